#pragma once

#include <QString>
#include <QStringList>

namespace hwb::cli {

// A verdict for people at a terminal: the headline on its own lines, then the fix. Prose is wrapped at word
// boundaries; the command the fix ends with ("Rebuild with the tag X: cd … && go build …"), given apart as
// `command`, gets a line of its own and is never wrapped, so it can be copied and run as it is.
class VerdictText
{
public:
    static constexpr int kDefaultWidth = 100;

    static QStringList lines(const QString &headline, const QString &fix, const QString &command,
                             int width = terminalWidth());
    // $COLUMNS when a shell exported it and it is usable, else kDefaultWidth.
    static int terminalWidth();
    // `text` broken at spaces into lines of at most `width` cells, the first `firstIndent` and the others `indent`.
    // A word longer than a line stays whole.
    static QStringList wrap(const QString &text, int width, const QString &firstIndent, const QString &indent);
};

} // namespace hwb::cli
