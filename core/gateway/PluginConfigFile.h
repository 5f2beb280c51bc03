#pragma once

#include "workspace/PluginInfo.h"

#include <QByteArray>
#include <QString>

namespace hwb {

// The JSON configuration a plugin runs with in the local gateway: the user's saved edit (app data folder, one
// per family and plugin), else the plugin's config.sample.json, else "{}".
class PluginConfigFile
{
public:
    static QByteArray load(const PluginInfo &plugin, QString *origin = nullptr);
    // Keeps an edit only when it differs from the sample, so later sample updates still reach the user. An edit
    // with an API key written out is not written to disk: *error says where the key is (PluginConfigSecrets).
    static bool saveIfEdited(const PluginInfo &plugin, const QByteArray &json, QString *error);
    static bool forget(const PluginInfo &plugin); // back to the sample
    static QString savedPath(const PluginInfo &plugin);
    static QString samplePath(const QString &pluginDir);
};

} // namespace hwb
