#include "CargoManifest.h"

#include "common/BoundedFile.h"

#include <QRegularExpression>

namespace hwb {

QString CargoManifest::artifactStem() const
{
    QString stem = libName.isEmpty() ? packageName : libName;
    return stem.replace(QLatin1Char('-'), QLatin1Char('_'));
}

CargoManifest CargoManifest::parse(const QByteArray &text)
{
    static const QRegularExpression key(QStringLiteral("^(name|version)\\s*=\\s*\"([^\"]*)\""));
    CargoManifest manifest;
    QString table;
    for (const QString &raw : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            table = line;
            continue;
        }
        const auto m = key.match(line);
        if (!m.hasMatch())
            continue;
        const bool name = m.captured(1) == QLatin1String("name");
        if (table == QLatin1String("[package]") && name && manifest.packageName.isEmpty())
            manifest.packageName = m.captured(2);
        else if (table == QLatin1String("[package]") && !name && manifest.version.isEmpty())
            manifest.version = m.captured(2);
        else if (table == QLatin1String("[lib]") && name && manifest.libName.isEmpty())
            manifest.libName = m.captured(2);
    }
    return manifest;
}

CargoManifest CargoManifest::fromFile(const QString &path, QString *unreadable)
{
    return parse(BoundedFile::readOptional(path, BoundedFile::kBuildFileLimit, unreadable));
}

} // namespace hwb
