#include "AppDataFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace hwb {

namespace {
const QString kFolderName = QStringLiteral("higress-workbench");
}

QStringList AppDataFolder::moveUpNestedFolder(const QString &folder)
{
    QDir nested(folder + QLatin1Char('/') + kFolderName);
    if (!nested.exists())
        return {};
    QStringList left;
    const QStringList names = nested.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString target = folder + QLatin1Char('/') + name;
        // QFileInfo::exists follows links; a dangling link above still counts as taken.
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink() || !QDir().rename(nested.filePath(name), target))
            left.append(name);
    }
    if (left.isEmpty())
        QDir(folder).rmdir(kFolderName);
    return left;
}

QString AppDataFolder::path()
{
    static const QString folder = [] {
        if (const QString own = qEnvironmentVariable("HWB_DATA_DIR"); !own.isEmpty())
            return QDir::cleanPath(QDir(own).absolutePath());
        QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (base.isEmpty())
            base = QDir::homePath() + QStringLiteral("/.local/share");
        const QString path = base + QLatin1Char('/') + kFolderName;
        moveUpNestedFolder(path);
        return path;
    }();
    return folder;
}

} // namespace hwb
