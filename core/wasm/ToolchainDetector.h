#pragma once

#include "WasmModule.h"

#include <QString>

namespace hwb {

// Which compiler made a module, from the evidence toolchains leave behind: the `producers` section
// (Go >= 1.21, rustc, clang), Go's modinfo and go:buildid section, TinyGo's runtime symbol names.
struct Toolchain
{
    QString id;      // "go" | "tinygo" | "rust" | "clang" | "unknown" (JSON contract values)
    QString version; // e.g. "go1.24.4", "1.86.0 (…)", may be empty
    QString language; // from producers, e.g. "C++14"
};

class ToolchainDetector
{
public:
    static Toolchain detect(const WasmModule &module);
};

} // namespace hwb
