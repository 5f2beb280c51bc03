#include "ToolLocator.h"

#include "hwb_config.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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

bool ToolLocator::isExecutable(const QString &path)
{
    const QFileInfo fi(path);
    return !path.isEmpty() && fi.isFile() && fi.isExecutable();
}

QString ToolLocator::settingsKey(Tool tool)
{
    return QString::fromLatin1(specOf(tool).key);
}

QString ToolLocator::find(Tool tool)
{
    const ToolSpec spec = specOf(tool);
    if (const QString env = qEnvironmentVariable(spec.envVar); isExecutable(env))
        return env;
    if (const QString configured = QSettings().value(QLatin1String(spec.key)).toString(); isExecutable(configured))
        return configured;
    if (const QString builtIn = QString::fromUtf8(spec.builtIn); isExecutable(builtIn))
        return builtIn;
    return QStandardPaths::findExecutable(QString::fromLatin1(spec.program));
}

} // namespace hwb
