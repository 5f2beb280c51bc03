#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace hwb {

// The four plugin families of a Higress checkout, named after their folders under plugins/.
enum class PluginFamily { WasmGo, WasmRust, WasmCpp, WasmAssemblyScript };

// How a Go plugin is built: era 1 is TinyGo with an optional .buildrc, era 2 is Go >= 1.24 for wasip1.
enum class PluginEra { TinyGoBuildrc, GoWasip1, Unknown };

QString familyId(PluginFamily family);                 // "wasm-go", ...
std::optional<PluginFamily> familyFromId(const QString &id);
QList<PluginFamily> allFamilies();
QString eraId(PluginEra era);                          // "tinygo-buildrc", ...
std::optional<PluginEra> eraFromId(const QString &id);
QString eraDisplayName(PluginEra era);

struct PluginInfo
{
    QString name;
    PluginFamily family = PluginFamily::WasmGo;
    QString path;          // absolute folder of the plugin
    PluginEra era = PluginEra::Unknown;
    QString eraReason;     // why the classifier decided, shown to the user
    QString title;
    QString description;
    QStringList keywords;
    QString version;       // content of VERSION, trimmed
    bool hasBuildrc = false;
    bool hasOptionYaml = false;
    QString goVersion;     // the go directive of go.mod
    QString sdkModule;     // the proxy-wasm SDK the plugin requires, with its version
    QStringList notes;     // what could not be read (a file that is a FIFO, a folder without permission), and why

    bool operator==(const PluginInfo &) const = default;

    QString buildrcPath() const;
    // The BRIEF §5 contract of `hwb plugins --json`, plus a few extra keys.
    QJsonObject toJson() const;
};

} // namespace hwb

Q_DECLARE_METATYPE(hwb::PluginInfo)
