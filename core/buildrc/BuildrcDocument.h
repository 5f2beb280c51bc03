#pragma once

#include "BuildrcEvaluator.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hwb {

// A .buildrc as bytes, line by line, so that nothing the author wrote is lost: load then save without an edit
// gives the identical bytes (comments, blank lines, export, quotes, CRLF, a BOM, a missing final newline,
// even invalid UTF-8). Edits touch only the lines they must: setValue() rewrites the value of the key's
// last assignment in place (keeping `export`, indentation and a trailing comment) or appends a new line;
// removeKey() deletes the key's lines. New lines use the file's line-ending style.
class BuildrcDocument
{
public:
    BuildrcDocument() = default;
    static BuildrcDocument fromBytes(const QByteArray &bytes);
    // The file's document, an empty one when it does not exist (*exists tells), or nullopt when unreadable.
    static std::optional<BuildrcDocument> load(const QString &path, QString *error = nullptr, bool *exists = nullptr);

    QByteArray toBytes() const;
    // Atomic (QSaveFile): readers see the old or the new file, never half of it.
    bool save(const QString &path, QString *error = nullptr) const;

    // The text as sh reads it: a BOM as U+FEFF, CRLF as "\r\n".
    QString text() const;
    // The text for an editor: no BOM, "\n" line ends; ends with "\n" when the file does.
    QString editorText() const;
    // Takes an editor's text back, keeping the original bytes of every unchanged line (line diff).
    void setEditorText(const QString &text);

    BuildrcEvaluation evaluate(const BuildrcEvaluator::Options &options = BuildrcEvaluator::Options()) const;
    std::optional<QString> value(const QString &key) const; // nullopt when absent or unknown

    // Also rewrites a line meant to assign key that sh cannot read as one (see unreadAssignmentLine).
    void setValue(const QString &key, const QString &value);
    // False when some assignment of key spans lines or is part of a larger statement and was left alone.
    bool removeKey(const QString &key);

    QByteArray lineEnding() const; // "\r\n" when most lines end so, else "\n"
    bool hasBom() const { return !m_bom.isEmpty(); }
    bool endsWithNewline() const;
    int lineCount() const { return int(m_lines.size()); }
    bool isEmpty() const { return m_lines.isEmpty() && m_bom.isEmpty(); }

    // A sh word that gives exactly value: bare when safe, else single-quoted ('\'' for quotes).
    static QString quoteForShell(const QString &value);

    bool operator==(const BuildrcDocument &other) const { return toBytes() == other.toBytes(); }

private:
    struct Line
    {
        QByteArray text; // without its line end
        QByteArray eol;  // "\n", "\r\n" or "" (last line without newline)
    };
    QByteArray m_bom;
    QList<Line> m_lines;

    QString lineText(int index) const;
    // The 1-based line that looks like an assignment to key but that sh does not read as one: a byte order mark or a
    // blank before the '=' (the evaluator's "not-read-as-assignment"), or the line sh stops at (a quote left open,
    // `K=(a b)`); 0 when there is none.
    int unreadAssignmentLine(const BuildrcEvaluation &e, const QString &key) const;
    int lineStartInText(int index) const;
    void replaceInLine(int index, int from, int to, const QString &replacement);
    void appendLine(const QString &text);
};

} // namespace hwb
