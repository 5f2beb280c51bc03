#include "PluginInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace hwb {

namespace {
struct FamilyName { PluginFamily family; const char *id; };
constexpr FamilyName kFamilies[] = {
    {PluginFamily::WasmGo, "wasm-go"},
    {PluginFamily::WasmRust, "wasm-rust"},
    {PluginFamily::WasmCpp, "wasm-cpp"},
    {PluginFamily::WasmAssemblyScript, "wasm-assemblyscript"},
};
struct EraName { PluginEra era; const char *id; };
constexpr EraName kEras[] = {
    {PluginEra::TinyGoBuildrc, "tinygo-buildrc"},
    {PluginEra::GoWasip1, "go-wasip1"},
    {PluginEra::Unknown, "unknown"},
};
} // namespace

QString familyId(PluginFamily family)
{
    for (const auto &f : kFamilies)
        if (f.family == family)
            return QString::fromLatin1(f.id);
    return {};
}

QList<PluginFamily> allFamilies()
{
    QList<PluginFamily> families;
    for (const auto &f : kFamilies)
        families.append(f.family);
    return families;
}

std::optional<PluginFamily> familyFromId(const QString &id)
{
    for (const auto &f : kFamilies)
        if (id == QLatin1String(f.id))
            return f.family;
    return std::nullopt;
}

QString eraId(PluginEra era)
{
    for (const auto &e : kEras)
        if (e.era == era)
            return QString::fromLatin1(e.id);
    return {};
}

std::optional<PluginEra> eraFromId(const QString &id)
{
    for (const auto &e : kEras)
        if (id == QLatin1String(e.id))
            return e.era;
    return std::nullopt;
}

QString eraDisplayName(PluginEra era)
{
    switch (era) {
    case PluginEra::TinyGoBuildrc:
        return QCoreApplication::translate("hwb::PluginInfo", "Era 1 (TinyGo, .buildrc)");
    case PluginEra::GoWasip1:
        return QCoreApplication::translate("hwb::PluginInfo", "Era 2 (Go wasip1)");
    case PluginEra::Unknown:
        break;
    }
    return QCoreApplication::translate("hwb::PluginInfo", "Unknown era");
}

QString PluginInfo::buildrcPath() const
{
    return QDir(path).filePath(QStringLiteral(".buildrc"));
}

QJsonObject PluginInfo::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("family"), familyId(family)},
        {QStringLiteral("path"), path},
        {QStringLiteral("era"), eraId(era)},
        {QStringLiteral("era_reason"), eraReason},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
        {QStringLiteral("version"), version},
        {QStringLiteral("has_buildrc"), hasBuildrc},
        {QStringLiteral("has_option_yaml"), hasOptionYaml},
        {QStringLiteral("go_version"), goVersion},
        {QStringLiteral("sdk"), sdkModule},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
}

} // namespace hwb
