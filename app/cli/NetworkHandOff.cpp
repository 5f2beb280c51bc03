#include "NetworkCommands.h"

#include "hwb_config.h"

namespace hwb::cli {
namespace {

// hwb's entries for the network commands: no run function, the program that serves them instead.
[[maybe_unused]] const bool registered = [] {
    for (const NetworkCommandInfo &info : kNetworkCommands)
        CommandRegistry::add({info.name, info.summary, nullptr, HWB_NETWORK_HELPER_FROM_BINDIR});
    return true;
}();

} // namespace
} // namespace hwb::cli
