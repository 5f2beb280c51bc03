#include "NetworkCommands.h"

namespace hwb::cli {
namespace {

// hwb's entries for the network commands: no run function, the program that serves them instead, beside hwb-cli.
[[maybe_unused]] const bool registered = [] {
    for (const NetworkCommandInfo &info : kNetworkCommands)
        CommandRegistry::add({info.name, info.summary, nullptr, "hwb-net"});
    return true;
}();

} // namespace
} // namespace hwb::cli
