#pragma once

#include <QString>

namespace hwb {

// Finds the external programs the workbench drives. Order: environment (HWB_GO, HWB_DOCKER),
// the user's setting, the path found at configure time, a Go the set-up scripts fetched, then PATH.
// Docker matters: a Docker 28 client without buildx fails BuildKit builds, Debian's /usr/bin/docker does not.
class ToolLocator
{
public:
    enum class Tool { Go, Docker, Sh, Make, TinyGo, Cargo };

    enum class Origin { Environment, Settings, BuiltIn, Fetched, Path, None };

    // The program to run; *origin says where it was named. One the user named (HWB_GO, the settings) comes back
    // even when it cannot run, for the caller to say so.
    static QString find(Tool tool, Origin *origin = nullptr);
    static QString settingsKey(Tool tool);
    static QString environmentVariable(Tool tool); // "HWB_GO": names the program for this process
    static bool isExecutable(const QString &path); // an existing file we may run
    // The newest Go toolchain the set-up scripts fetched into the app's data folder (scripts/lib/go.sh), or "".
    static QString fetchedGo();
};

} // namespace hwb
