#pragma once

#include <QtGlobal>

namespace hwb {

// The longest string Linux passes to a program as one argument or environment entry (MAX_ARG_STRLEN, 32 pages):
// a variable's value longer than this could not reach the build anyway. Values that grow without bound (a .buildrc
// line that doubles a variable, make references that multiply) are followed up to here and no further.
inline constexpr qsizetype kMaxArgumentLength = 128 * 1024;

} // namespace hwb
