#include "TextTable.h"

#include "common/TextEscape.h"

#include <QChar>

#include <algorithm>
#include <utility>

namespace hwb::cli {

namespace {

// The wide ranges of Unicode's East Asian Width property (W and F) that hwb's text can contain: Hangul Jamo,
// CJK and its punctuation, Hangul syllables, compatibility ideographs, full-width forms, and the supplementary
// ideograph planes.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width, TextTable::Align align)
{
    const QString fill(std::max(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
    return align == TextTable::Align::Left ? text + fill : fill + text;
}

} // namespace

TextTable::TextTable(QList<Align> alignments, QString separator)
    : m_alignments(std::move(alignments))
    , m_separator(std::move(separator))
{
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList shown;
    shown.reserve(cells.size());
    for (const QString &cell : cells)
        shown.append(printable(cell));
    m_rows.append(shown);
}

QString TextTable::printable(const QString &text)
{
    return printableText(text);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::elided(const QString &text, int width)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (displayWidth(line) <= width && line.size() == text.trimmed().size())
        return line;
    QString cut;
    for (const char32_t c : line.toUcs4()) {
        const QString next = cut + QString::fromUcs4(&c, 1);
        if (displayWidth(next) > width - 1)
            break;
        cut = next;
    }
    return cut.trimmed() + QChar(0x2026);
}

QStringList TextTable::lines() const
{
    QList<int> widths;
    for (const QStringList &row : m_rows)
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column == widths.size())
                widths.append(0);
            widths[column] = std::max(widths[column], displayWidth(row[column]));
        }
    QStringList lines;
    lines.reserve(m_rows.size());
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const Align align = column < m_alignments.size() ? m_alignments[column] : Align::Left;
            const bool last = column == row.size() - 1;
            if (column > 0)
                line += m_separator;
            line += last && align == Align::Left ? row[column] : padded(row[column], widths[column], align);
        }
        while (line.endsWith(QLatin1Char(' '))) // an empty last cell
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

} // namespace hwb::cli
