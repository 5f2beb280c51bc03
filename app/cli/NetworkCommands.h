#pragma once

#include "CommandRegistry.h"

namespace hwb::cli {

// The commands that talk over the network or to the keychain: fire, gateway and mock-llm. They are built into a
// second program, hwb-net, so that hwb itself links neither Qt Network nor QtKeychain. Those bring 20 more shared
// libraries (Kerberos, D-Bus, systemd, gcrypt) that took every hwb process ~5 ms to load, a fifth of what
// `hwb build` adds to a rebuild. hwb lists them with its own commands and hands them over with execv(), so the
// arguments, signals and exit code are the helper's own.

// A network command's registration in hwb-net. The name must be one of kNetworkCommands.
Command networkCommand(const char *name, Command::Run run);

struct NetworkCommandInfo
{
    const char *name;
    const char *summary; // marked with QT_TRANSLATE_NOOP("hwb::cli", ...)
};
extern const NetworkCommandInfo kNetworkCommands[3];

} // namespace hwb::cli
