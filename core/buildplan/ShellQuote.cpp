#include "ShellQuote.h"

namespace hwb {

namespace {
bool isSafe(QChar c)
{
    return (c.isLetterOrNumber() && c.unicode() < 128) || QStringView(u"_-+=./:,@%^").contains(c);
}
} // namespace

QString shellQuote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : word)
        safe = safe && isSafe(c);
    if (safe)
        return word;
    QString out = word;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString shellJoin(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &w : words)
        quoted.append(shellQuote(w));
    return quoted.join(QLatin1Char(' '));
}

} // namespace hwb
