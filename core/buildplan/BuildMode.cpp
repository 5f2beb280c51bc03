#include "BuildMode.h"

#include <QCoreApplication>

namespace hwb {

namespace {
struct ModeName { BuildMode mode; const char *id; const char *display; };
constexpr ModeName kModes[] = {
    {BuildMode::MakeBuild, "make-build", QT_TRANSLATE_NOOP("hwb::BuildMode", "make build (Docker)")},
    {BuildMode::MakeLocal, "make-local", QT_TRANSLATE_NOOP("hwb::BuildMode", "make local-build")},
    {BuildMode::Go, "go", QT_TRANSLATE_NOOP("hwb::BuildMode", "go build (wasip1)")},
    {BuildMode::TinyGo, "tinygo", QT_TRANSLATE_NOOP("hwb::BuildMode", "TinyGo (legacy)")},
    {BuildMode::Cargo, "cargo", QT_TRANSLATE_NOOP("hwb::BuildMode", "cargo (WASI target)")},
    {BuildMode::Custom, "custom", QT_TRANSLATE_NOOP("hwb::BuildMode", "Custom command")},
};
} // namespace

QString buildModeId(BuildMode mode)
{
    for (const auto &m : kModes)
        if (m.mode == mode)
            return QString::fromLatin1(m.id);
    return {};
}

QString buildModeIdList(const QList<BuildMode> &modes)
{
    QStringList ids;
    for (const auto &m : kModes)
        if (modes.isEmpty() || modes.contains(m.mode))
            ids.append(QString::fromLatin1(m.id));
    return ids.join(QStringLiteral(", "));
}

std::optional<BuildMode> buildModeFromId(const QString &id)
{
    for (const auto &m : kModes)
        if (id == QLatin1String(m.id))
            return m.mode;
    return std::nullopt;
}

QString buildModeDisplayName(BuildMode mode)
{
    for (const auto &m : kModes)
        if (m.mode == mode)
            return QCoreApplication::translate("hwb::BuildMode", m.display);
    return {};
}

QList<BuildMode> buildModesFor(PluginFamily family)
{
    switch (family) {
    case PluginFamily::WasmGo:
        return {BuildMode::Go, BuildMode::MakeLocal, BuildMode::MakeBuild, BuildMode::TinyGo, BuildMode::Custom};
    case PluginFamily::WasmRust:
        return {BuildMode::Cargo, BuildMode::MakeBuild, BuildMode::Custom};
    case PluginFamily::WasmCpp:
    case PluginFamily::WasmAssemblyScript:
        return {BuildMode::MakeBuild, BuildMode::Custom};
    }
    return {BuildMode::Custom};
}

BuildMode defaultBuildMode(PluginFamily family)
{
    return buildModesFor(family).first();
}

bool buildModeUsesTags(BuildMode mode, PluginFamily family)
{
    return mode == BuildMode::Go || mode == BuildMode::TinyGo || (family == PluginFamily::WasmGo && mode != BuildMode::Cargo);
}

} // namespace hwb
