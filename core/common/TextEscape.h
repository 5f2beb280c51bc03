#pragma once

#include <QString>

namespace hwb {

// text with what a terminal would act on instead of showing (ESC starting a colour or a title change, a carriage
// return that sends the cursor back over the line, a newline starting a fake row, bidi overrides reordering a line,
// a byte order mark) written as C escapes: \r, \n, \t, \x1b, \u202e, \ufeff. File and folder names, and text quoted
// from a file into a message, can hold any of them.
QString printableText(const QString &text);

} // namespace hwb
