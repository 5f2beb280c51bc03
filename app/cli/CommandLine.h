#pragma once

#include <QStringList>

namespace hwb::cli {

// Runs one hwb command line (args[0] is the program, args[1] the command), once the application object, the
// settings and the translations are there: usage, --version, an unknown command, or the command itself with
// finishCommand(). main() calls it once; the build server (BuildServer.h) once for every build it serves.
int runCommandLine(const QStringList &args);

// The same words for a command that no program serves: the build server that took `hwb build` stopped before it
// ended (the launcher saw it go). Returns the exit code.
int reportBuildServerLost(const QStringList &args);

} // namespace hwb::cli
