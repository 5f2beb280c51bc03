#include "BuildrcEditor.h"

#include "SyntaxHighlighting.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace hwb::gui {

BuildrcEditor::BuildrcEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on, as in every field of the page: a keyboard user is never trapped here, and a .buildrc
    // (KEY=value lines for /bin/sh) has no use for a tab character.
    setTabChangesFocus(true);
    m_highlighter = SyntaxHighlighting::attach(document(), QStringLiteral("Bash"));
}

void BuildrcEditor::setDiagnostics(const QList<BuildrcDiagnostic> &diagnostics)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const BuildrcDiagnostic &d : diagnostics) {
        if (d.line <= 0)
            continue;
        const QTextBlock block = document()->findBlockByNumber(d.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        const int lineLength = int(block.text().size());
        const int column = std::clamp(d.column < 0 ? 0 : d.column, 0, lineLength);
        const int length = d.column < 0 || d.length <= 0 ? lineLength - column : std::min(d.length, lineLength - column);
        selection.cursor.setPosition(block.position() + column);
        selection.cursor.setPosition(block.position() + column + std::max(length, 0), QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection()) // an empty line or a construct at its end: mark the line
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        QColor color(QStringLiteral("#1a73e8"));
        if (d.severity == BuildrcDiagnostic::Severity::Error)
            color = QColor(QStringLiteral("#d93025"));
        else if (d.severity == BuildrcDiagnostic::Severity::Warning)
            color = QColor(QStringLiteral("#e37400"));
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(color);
        selection.format.setToolTip(d.message);
        if (selection.format.property(QTextFormat::FullWidthSelection).toBool()) {
            color.setAlpha(28);
            selection.format.setBackground(color);
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void BuildrcEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column, 0, int(block.text().size())));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void BuildrcEditor::replaceTextUndoably(const QString &text)
{
    if (text == toPlainText())
        return;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
}

} // namespace hwb::gui
