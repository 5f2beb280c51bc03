#include "ToolLocator.h"

#include "hwb_config.h"
#include "storage/AppDataFolder.h"
#include "storage/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QVersionNumber>

#include <algorithm>

namespace hwb {

namespace {

struct ToolSpec
{
    const char *envVar;
    const char *key;
    const char *builtIn;
    const char *program;
};

ToolSpec specOf(ToolLocator::Tool tool)
{
    switch (tool) {
    case ToolLocator::Tool::Go: return {"HWB_GO", "tools/go", HWB_DEFAULT_GO_EXECUTABLE, "go"};
    case ToolLocator::Tool::Docker: return {"HWB_DOCKER", "tools/docker", HWB_DEFAULT_DOCKER_EXECUTABLE, "docker"};
    case ToolLocator::Tool::Sh: return {"HWB_SH", "tools/sh", "/bin/sh", "sh"};
    case ToolLocator::Tool::Make: return {"HWB_MAKE", "tools/make", "", "make"};
    case ToolLocator::Tool::TinyGo: return {"HWB_TINYGO", "tools/tinygo", "", "tinygo"};
    case ToolLocator::Tool::Cargo: return {"HWB_CARGO", "tools/cargo", "", "cargo"};
    }
    return {"", "", "", ""};
}

} // namespace

// They are there because the system's Go was too old, so they come before PATH.
QString ToolLocator::fetchedGo()
{
    QDir toolchains(AppDataFolder::filePath(QStringLiteral("toolchains")));
    QStringList names = toolchains.entryList({QStringLiteral("go*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    const auto version = [](const QString &name) { return QVersionNumber::fromString(name.mid(2)); }; // "go1.24.4"
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) { return version(a) > version(b); });
    for (const QString &name : std::as_const(names))
        if (const QString go = toolchains.filePath(name + QStringLiteral("/bin/go")); ToolLocator::isExecutable(go))
            return go;
    return {};
}

bool ToolLocator::isExecutable(const QString &path)
{
    const QFileInfo fi(path);
    return !path.isEmpty() && fi.isFile() && fi.isExecutable();
}

QString ToolLocator::environmentVariable(Tool tool)
{
    return QString::fromLatin1(specOf(tool).envVar);
}

QString ToolLocator::settingsKey(Tool tool)
{
    return QString::fromLatin1(specOf(tool).key);
}

QString ToolLocator::find(Tool tool, Origin *origin)
{
    const ToolSpec spec = specOf(tool);
    const auto from = [origin](Origin o, const QString &path) {
        if (origin)
            *origin = o;
        return path;
    };
    // A program the user named is used even when it cannot run, so the plan says so: falling back to another one
    // in silence would build with a Go they did not choose.
    if (const QString env = qEnvironmentVariable(spec.envVar); !env.isEmpty())
        return from(Origin::Environment, env);
    if (const QString configured = AppSettings::value(QLatin1String(spec.key)).toString(); !configured.isEmpty())
        return from(Origin::Settings, configured);
    if (const QString builtIn = QString::fromUtf8(spec.builtIn); isExecutable(builtIn))
        return from(Origin::BuiltIn, builtIn);
    if (tool == Tool::Go)
        if (const QString go = fetchedGo(); !go.isEmpty())
            return from(Origin::Fetched, go);
    const QString onPath = QStandardPaths::findExecutable(QString::fromLatin1(spec.program));
    return from(onPath.isEmpty() ? Origin::None : Origin::Path, onPath);
}

} // namespace hwb
