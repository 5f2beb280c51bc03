#pragma once

namespace hwb::launcher {

// `hwb build` handed to the resident build server (docs/build-server.md): the server, which has Qt loaded and
// its pages in memory, runs the build as if it were this process (this folder, this environment, umask, stdin,
// stdout and stderr), and this process waits for the exit code. Ctrl-C, SIGTERM and SIGHUP cancel the build.
struct ServedBuild
{
    enum class State {
        NotServed,  // no server, a busy one, or none may run here: build in this process. A server is started
                    // for the next build when there was none.
        Finished,   // exitCode is the build's
        ServerLost, // the server went away during the build: its result is unknown
    };
    State state = State::NotServed;
    int exitCode = 0;
};

ServedBuild runServedBuild(const char *cliPath, int argc, char *argv[]);

} // namespace hwb::launcher
