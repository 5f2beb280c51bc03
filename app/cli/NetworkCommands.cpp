#include "NetworkCommands.h"

#include <cstdlib>
#include <cstring>

namespace hwb::cli {

const NetworkCommandInfo kNetworkCommands[3] = {
    {"fire", QT_TRANSLATE_NOOP("hwb::cli", "Fire sample LLM requests and measure them")},
    {"gateway", QT_TRANSLATE_NOOP("hwb::cli", "Run the plugin in a local gateway container")},
    {"mock-llm", QT_TRANSLATE_NOOP("hwb::cli", "Serve the built-in mock LLM upstream")},
};

Command networkCommand(const char *name, Command::Run run)
{
    for (const NetworkCommandInfo &info : kNetworkCommands)
        if (std::strcmp(info.name, name) == 0)
            return {info.name, info.summary, run};
    std::abort(); // a programming error, caught by every run of hwb-net
}

} // namespace hwb::cli
