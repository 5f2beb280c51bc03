#include "CommandPreview.h"

#include <QMimeData>
#include <QTextDocumentFragment>

namespace hwb::gui {

namespace {
constexpr QChar kWordJoiner(0x2060);
constexpr QChar kNoBreakSpace(0x00A0);
}

CommandPreview::CommandPreview(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void CommandPreview::setCommand(const QString &command)
{
    m_command = command;
    // Some spaces become no-break spaces (a word joiner after a space does not stop Qt from breaking there): after
    // a one-letter option, so "-o" stays with "main.wasm", and before a short last argument, as go build's ".",
    // which alone on a line reads as a stray full stop. Not when the command has a no-break space of its own,
    // which copying must keep.
    m_glued = !command.contains(kNoBreakSpace);
    const qsizetype lastSpace = command.lastIndexOf(QLatin1Char(' '));
    const auto glue = [&](qsizetype i) {
        const bool afterShortOption = i >= 2 && command[i - 2] == QLatin1Char('-') && command[i - 1].isLetter()
                                      && (i == 2 || command[i - 3] == QLatin1Char(' '));
        const bool beforeShortLast = i == lastSpace && i > 0 && command.size() - i <= 3;
        return m_glued && (afterShortOption || beforeShortLast);
    };
    QString shown;
    shown.reserve(command.size() + command.count(QLatin1Char('-')));
    for (qsizetype i = 0; i < command.size(); ++i) {
        shown.append(command[i] == QLatin1Char(' ') && glue(i) ? kNoBreakSpace : command[i]);
        if (command[i] == QLatin1Char('-'))
            shown.append(kWordJoiner);
    }
    setPlainText(shown);
}

QMimeData *CommandPreview::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    // Raw: toPlainText() would turn a no-break space of the command's own into a space.
    QString text = textCursor().selection().toRawText().remove(kWordJoiner);
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (m_glued)
        text.replace(kNoBreakSpace, QLatin1Char(' '));
    mime->setText(text);
    return mime;
}

} // namespace hwb::gui
