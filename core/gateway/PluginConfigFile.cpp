#include "PluginConfigFile.h"

#include "storage/AppDataFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hwb {

QString PluginConfigFile::savedPath(const QString &pluginName)
{
    return AppDataFolder::filePath(QStringLiteral("plugin-configs/"))
        + pluginName + QStringLiteral(".json");
}

QString PluginConfigFile::samplePath(const QString &pluginDir)
{
    return QDir(pluginDir).filePath(QStringLiteral("config.sample.json"));
}

QByteArray PluginConfigFile::load(const QString &pluginName, const QString &pluginDir, QString *origin)
{
    for (const QString &path : {savedPath(pluginName), samplePath(pluginDir)}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            if (origin)
                *origin = path;
            return file.readAll();
        }
    }
    if (origin)
        origin->clear();
    return "{}\n";
}

bool PluginConfigFile::save(const QString &pluginName, const QByteArray &json)
{
    const QString path = savedPath(pluginName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
}

bool PluginConfigFile::saveIfEdited(const QString &pluginName, const QString &pluginDir, const QByteArray &json)
{
    QFile sample(samplePath(pluginDir));
    if (sample.open(QIODevice::ReadOnly) && sample.readAll().trimmed() == json.trimmed()) {
        forget(pluginName);
        return true;
    }
    return save(pluginName, json);
}

bool PluginConfigFile::forget(const QString &pluginName)
{
    return QFile::remove(savedPath(pluginName));
}

} // namespace hwb
