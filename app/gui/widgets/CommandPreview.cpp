#include "CommandPreview.h"

#include <QMimeData>
#include <QTextDocumentFragment>

namespace hwb::gui {

namespace {
constexpr QChar kWordJoiner(0x2060);
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
    QString shown;
    shown.reserve(command.size() + command.count(QLatin1Char('-')));
    for (const QChar c : command) {
        shown.append(c);
        if (c == QLatin1Char('-'))
            shown.append(kWordJoiner);
    }
    setPlainText(shown);
}

QMimeData *CommandPreview::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    mime->setText(textCursor().selection().toPlainText().remove(kWordJoiner));
    return mime;
}

} // namespace hwb::gui
