#pragma once

#include "WasmModule.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace hwb {

// Reads the structure of a WebAssembly binary without trusting it: every length is checked against the
// bytes that are really there. Errors carry a stable code for the inspect findings.
class WasmReader
{
public:
    enum class ErrorCode { None, NotWasm, Truncated, Malformed, Unreadable };
    struct Error
    {
        ErrorCode code = ErrorCode::None;
        QString message;
        qsizetype offset = 0;
    };
    struct Result
    {
        WasmModule module;
        Error error; // module holds what was read before the error
        bool ok() const { return error.code == ErrorCode::None; }
    };

    static Result read(QByteArrayView bytes);
    static Result readFile(const QString &path);
};

} // namespace hwb
