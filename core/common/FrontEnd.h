#pragma once

namespace hwb {

// Which front end shows a message from core/. A failure is worded once, in core; its fix names what the user of
// that front end can change: a setting of the window (the gateway profile, the keychain), or an option or
// variable of `hwb` (--port, --engine, the environment).
enum class FrontEnd { Window, CommandLine };

} // namespace hwb
