#pragma once

#include <QByteArray>
#include <QString>

namespace hwb {

// The JSON configuration a plugin runs with in the local gateway: the user's saved edit (app data
// folder), else the plugin's config.sample.json, else "{}".
class PluginConfigFile
{
public:
    static QByteArray load(const QString &pluginName, const QString &pluginDir, QString *origin = nullptr);
    static bool save(const QString &pluginName, const QByteArray &json);
    // Keeps an edit only when it differs from the sample, so later sample updates still reach the user.
    static bool saveIfEdited(const QString &pluginName, const QString &pluginDir, const QByteArray &json);
    static bool forget(const QString &pluginName); // back to the sample
    static QString savedPath(const QString &pluginName);
    static QString samplePath(const QString &pluginDir);
};

} // namespace hwb
