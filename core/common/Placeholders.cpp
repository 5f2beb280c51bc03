#include "Placeholders.h"

#include <QRegularExpression>

namespace hwb {

namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return re;
}
} // namespace

QString Placeholders::substitute(const QString &text, const Lookup &lookup, QStringList *unresolved)
{
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(1);
        const QString value = lookup ? lookup(name) : QString();
        if (value.isEmpty() && unresolved && !unresolved->contains(name))
            unresolved->append(name);
        out.append(QStringView(text).mid(last, match.capturedStart() - last));
        out.append(value);
        last = match.capturedEnd();
    }
    out.append(QStringView(text).mid(last));
    return out;
}

QStringList Placeholders::names(const QString &text)
{
    QStringList names;
    for (auto it = placeholder().globalMatch(text); it.hasNext();)
        if (const QString name = it.next().captured(1); !names.contains(name))
            names.append(name);
    return names;
}

bool Placeholders::contains(const QString &text)
{
    return placeholder().match(text).hasMatch();
}

} // namespace hwb
