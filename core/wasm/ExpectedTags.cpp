#include "ExpectedTags.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace hwb {

QStringList splitBuildTags(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList tags = value.split(separators, Qt::SkipEmptyParts);
    tags.removeDuplicates();
    return tags;
}

QStringList expectedTagsForPlugin(const QString &pluginDir)
{
    QFile file(QDir(pluginDir).filePath(QStringLiteral(".buildrc")));
    if (pluginDir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:export\\s+)?EXTRA_TAGS=(?:\"([^\"]*)\"|'([^']*)'|(\\S*))\\s*(?:#.*)?$"));
    QString value;
    const QStringList lines = QString::fromUtf8(file.read(64 * 1024)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const auto m = assignment.match(line);
        if (m.hasMatch()) // the last assignment wins, as in the shell
            value = m.captured(1) + m.captured(2) + m.captured(3);
    }
    return splitBuildTags(value);
}

} // namespace hwb
