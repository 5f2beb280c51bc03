#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hwb::cli {

// Rows of cells printed as aligned columns, each as wide as its widest cell. Fixed widths broke on real data:
// Higress's Makefile has USE_HIGRESS_TINYGO, and plugin names of every length made `hwb history` ragged.
// Widths count terminal cells, so a Chinese title takes two per character. The last column is never padded,
// so lines carry no trailing blanks. Cells are shown printable().
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(QList<Align> alignments = {}, QString separator = QStringLiteral("  "));

    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QStringList lines() const;

    // printableText() (common/TextEscape.h): what a terminal would act on, written as C escapes. A folder name can
    // hold any of it. Every cell goes through it; JSON output keeps the exact text.
    static QString printable(const QString &text);
    // How many terminal cells `text` takes: East Asian wide and full-width characters take two, combining marks none.
    static int displayWidth(const QString &text);
    // The first line of `text`, cut to at most `width` terminal cells with "…" where it was cut.
    static QString elided(const QString &text, int width);

private:
    QList<Align> m_alignments; // per column; columns beyond it align left
    QString m_separator;
    QList<QStringList> m_rows;
};

} // namespace hwb::cli
