#pragma once

#include <QByteArray>
#include <QString>

namespace hwb {

// The file a gateway container mounts: a copy of the module. It lives under the temp
// folder (TMPDIR), never in the build tree: in CI the engine runs on the host and sees the same TMPDIR
// path, and a copy means a rebuild cannot change a running gateway's module under it.
class GatewayRunDir
{
public:
    // Returns the new folder, or an empty string with *error.
    static QString create(const QString &pluginName, const QString &artifact, QString *error);
    // Removes a folder create() made; refuses anything else.
    static bool remove(const QString &dir);

    static QString wasmPath(const QString &dir);
};

} // namespace hwb
