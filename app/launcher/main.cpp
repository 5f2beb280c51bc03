// hwb, the command users type, is this small program: it loads no Qt. A Qt program takes ~5 ms on this kind of
// machine just to reach main() (the page faults of mapping and relocating Qt Core and ICU), more than the 3% a
// no-op `go build` leaves for everything hwb adds to it. So `hwb build` goes to the resident build server when
// one runs (ServedBuild.h), and every other command, and a build no server takes, becomes hwb-cli, the Qt
// program that holds all of hwb's commands, through execv(): same arguments, same process, same exit code.

#include "ServedBuild.h"
#include "ServerWire.h"
#include "hwb_config.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

extern char **environ;

namespace {

// hwb-cli's path: HWB_CLI_FROM_BINDIR from the folder this binary is in (the build tree keeps the installed
// layout), following a symbolic link to hwb, as a ~/bin/hwb link to an installation is.
bool cliBesideSelf(char (&path)[PATH_MAX])
{
    char self[PATH_MAX];
    if (!hwb::serverwire::thisExecutable(self, sizeof self))
        return false;
    char *slash = std::strrchr(self, '/');
    if (!slash)
        return false;
    *slash = '\0';
    // The folder without its "bin/..", for the message should hwb-cli be missing.
    char folder[PATH_MAX];
    int n = std::snprintf(folder, sizeof folder, "%s/%s", self, HWB_CLI_FROM_BINDIR);
    if (n <= 0 || std::size_t(n) >= sizeof folder)
        return false;
    *std::strrchr(folder, '/') = '\0';
    char real[PATH_MAX];
    n = std::snprintf(path, sizeof path, "%s/%s", ::realpath(folder, real) ? real : folder,
                      std::strrchr(HWB_CLI_FROM_BINDIR, '/') ? std::strrchr(HWB_CLI_FROM_BINDIR, '/') + 1 : HWB_CLI_FROM_BINDIR);
    return n > 0 && std::size_t(n) < sizeof path;
}

// `text` as the inside of a JSON string.
void printJsonEscaped(const char *text)
{
    for (const char *c = text; *c; ++c) {
        if (*c == '"' || *c == '\\')
            std::printf("\\%c", *c);
        else if (static_cast<unsigned char>(*c) < 0x20)
            std::printf("\\u%04x", *c);
        else
            std::putchar(*c);
    }
}

bool wantsJson(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--json") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    char cli[PATH_MAX];
    if (!cliBesideSelf(cli))
        std::snprintf(cli, sizeof cli, "%s", HWB_CLI_FROM_BINDIR);

    if (argc > 1 && std::strcmp(argv[1], "build") == 0 && !hwb::serverwire::serverDisabled(environ)) {
        using hwb::launcher::ServedBuild;
        const ServedBuild served = hwb::launcher::runServedBuild(cli, argc, argv);
        if (served.state == ServedBuild::State::Finished)
            return served.exitCode;
        // hwb-cli says it, in the user's language, with --json too.
        if (served.state == ServedBuild::State::ServerLost)
            ::setenv("HWB_BUILD_SERVER_LOST", "1", 1);
    }
    ::execv(cli, argv);

    // The one message hwb cannot translate: the translations are in the program that did not start. The words
    // are hwb-cli's own for a missing hwb-net.
    const int error = errno;
    char message[PATH_MAX + 256];
    std::snprintf(message, sizeof message, "cannot run %s, which serves hwb's commands: %s.", cli, std::strerror(error));
    const char *hint = "Is the installation complete? Link hwb rather than copy it: it finds its helpers in libexec/ "
                       "beside its own bin/.";
    std::fprintf(stderr, "hwb: %s\n%s\n", message, hint);
    if (wantsJson(argc, argv)) {
        std::printf("{\"error\": {\"code\": \"helper-missing\", \"message\": \"");
        printJsonEscaped(message);
        std::printf("\", \"hint\": \"%s\"}}\n", hint);
    }
    return 1;
}
