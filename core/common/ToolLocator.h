#pragma once

#include <QString>

namespace hwb {

// Finds the external programs the workbench drives. Order: environment (HWB_GO, HWB_DOCKER),
// the user's setting, the path found at configure time, then PATH.
// Docker matters: a Docker 28 client without buildx fails BuildKit builds, Debian's /usr/bin/docker does not.
class ToolLocator
{
public:
    enum class Tool { Go, Docker, Sh, Make, TinyGo, Cargo };

    static QString find(Tool tool);
    static QString settingsKey(Tool tool);
    static bool isExecutable(const QString &path); // an existing file we may run
};

} // namespace hwb
