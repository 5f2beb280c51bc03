#pragma once

#include "WasmModule.h"

#include "common/FileIdentity.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hwb {

// What a readable artifact's bytes say, apart from any judgement of them: enough to judge the file again without
// reading it, while it is provably the same file (`identity` equal in every field, change time included).
// EarlyInspection keeps one per artifact in the build history, so a rebuild that Go finds up to date (it only
// touches the output) costs no hash and no parse: 13 ms for Higress's ai-proxy.
struct ArtifactContent
{
    FileIdentity identity; // when the content was last proven under a ReadLease
    QString sha256;
    WasmModule module;

    // A compact binary form for the history; fromBytes() refuses another format version or damaged bytes.
    QByteArray toBytes() const;
    static std::optional<ArtifactContent> fromBytes(const QByteArray &bytes);
};

} // namespace hwb
