#include "TextEscape.h"

#include <QChar>
#include <QList>

#include <algorithm>

namespace hwb {

QString printableText(const QString &text)
{
    const auto shownAsIs = [](char32_t c) {
        const QChar::Category category = QChar::category(c);
        return QChar::isPrint(c) && category != QChar::Separator_Line && category != QChar::Separator_Paragraph;
    };
    const QList<uint> characters = text.toUcs4();
    if (std::all_of(characters.cbegin(), characters.cend(), shownAsIs))
        return text;
    QString out;
    for (const char32_t c : characters) {
        if (shownAsIs(c))
            out += QString::fromUcs4(&c, 1);
        else if (c == U'\n')
            out += QLatin1String("\\n");
        else if (c == U'\t')
            out += QLatin1String("\\t");
        else if (c == U'\r')
            out += QLatin1String("\\r");
        else if (c <= 0xFF)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (c <= 0xFFFF)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace hwb
