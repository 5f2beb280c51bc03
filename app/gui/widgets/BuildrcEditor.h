#pragma once

#include "buildrc/BuildrcDiagnostic.h"

#include <QPlainTextEdit>

namespace hwb::gui {

// A plain-text editor for a shell fragment: monospace, Bash highlighting where KSyntaxHighlighting exists,
// and diagnostics drawn as wavy underlines (red errors, orange warnings, blue notes).
class BuildrcEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BuildrcEditor(QWidget *parent = nullptr);

    void setDiagnostics(const QList<BuildrcDiagnostic> &diagnostics);
    void goToLine(int line, int column = 0);
    // Replaces the whole text as one undoable step (used when the key table edits the document).
    void replaceTextUndoably(const QString &text);
    bool isHighlighted() const { return m_highlighter != nullptr; }

private:
    QObject *m_highlighter = nullptr;
};

} // namespace hwb::gui
