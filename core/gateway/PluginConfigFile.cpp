#include "PluginConfigFile.h"

#include "PluginConfigSecrets.h"
#include "common/BoundedFile.h"
#include "storage/AppDataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hwb {

namespace {
// Before edits were kept per family, one file per plugin name served ai-proxy of every family. It is still read
// until that plugin's edit is saved again.
QString sharedPath(const PluginInfo &plugin)
{
    return AppDataFolder::filePath(QStringLiteral("plugin-configs/")) + plugin.name + QStringLiteral(".json");
}

// Before one family's edit changes, the shared file becomes every family's own, so the others keep it.
void splitShared(const PluginInfo &plugin)
{
    const QString shared = sharedPath(plugin);
    if (!QFileInfo::exists(shared))
        return;
    for (PluginFamily family : allFamilies()) {
        PluginInfo other = plugin;
        other.family = family;
        const QString own = PluginConfigFile::savedPath(other);
        QDir().mkpath(QFileInfo(own).absolutePath());
        if (!QFileInfo::exists(own) && !QFile::copy(shared, own))
            return; // the shared file stays, and is still read
    }
    QFile::remove(shared);
}
} // namespace

QString PluginConfigFile::savedPath(const PluginInfo &plugin)
{
    return AppDataFolder::filePath(QStringLiteral("plugin-configs/")) + familyId(plugin.family) + QLatin1Char('/')
        + plugin.name + QStringLiteral(".json");
}

QString PluginConfigFile::samplePath(const QString &pluginDir)
{
    return QDir(pluginDir).filePath(QStringLiteral("config.sample.json"));
}

QByteArray PluginConfigFile::load(const PluginInfo &plugin, QString *origin)
{
    // Bounded: config.sample.json is the checkout's, and a FIFO or a huge file there must not hang the page.
    for (const QString &path : {savedPath(plugin), sharedPath(plugin), samplePath(plugin.path)}) {
        QString error;
        if (const auto bytes = BoundedFile::read(path, BoundedFile::kStoreLimit, &error)) {
            if (origin)
                *origin = path;
            return *bytes;
        }
    }
    if (origin)
        origin->clear();
    return "{}\n";
}

bool PluginConfigFile::saveIfEdited(const PluginInfo &plugin, const QByteArray &json, QString *error)
{
    splitShared(plugin);
    QString unread;
    if (const auto sample = BoundedFile::read(samplePath(plugin.path), BoundedFile::kStoreLimit, &unread);
        sample && sample->trimmed() == json.trimmed())
        return forget(plugin) || !QFileInfo::exists(savedPath(plugin));
    if (const auto literals = PluginConfigSecrets::literals(json); !literals.isEmpty()) {
        *error = QCoreApplication::translate("hwb::PluginConfigFile",
                                             "The configuration has an API key written out (%1). Keys are not saved "
                                             "in clear text: write ${API_KEY} in its place, and the key is taken "
                                             "from the keychain (hwb: $HWB_API_KEY) when the gateway starts.")
                     .arg(PluginConfigSecrets::describe(literals));
        return false;
    }
    const QString path = savedPath(plugin);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = QCoreApplication::translate("hwb::PluginConfigFile", "Could not save the configuration to %1: %2.")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PluginConfigFile::forget(const PluginInfo &plugin)
{
    splitShared(plugin);
    return QFile::remove(savedPath(plugin));
}

} // namespace hwb
