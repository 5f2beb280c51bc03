#pragma once

#include <QPlainTextEdit>

namespace hwb::gui {

// The shell command a build runs, read-only and wrapped for reading. It wraps only where the command has a space:
// Qt's line breaking (Unicode's) may also break after a dash, and "-buildmode=c-shared -" above "tags=…" reads as
// a stray dash and a bare word. A word joiner after each dash keeps it with what follows; copying a selection
// gives the command without them, so what is pasted into a terminal is what runs. The same for the no-break spaces
// that keep "-o" with its value and go build's last "." with the argument before.
class CommandPreview : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommandPreview(QWidget *parent = nullptr);
    void setCommand(const QString &command);
    QString command() const { return m_command; }

protected:
    QMimeData *createMimeDataFromSelection() const override;

private:
    QString m_command;
    bool m_glued = false; // some spaces are shown as no-break spaces (and the command has none of its own)
};

} // namespace hwb::gui
