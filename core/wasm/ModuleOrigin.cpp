#include "ModuleOrigin.h"

#include "GoBuildInfo.h"

#include "workspace/GoModule.h"

#include <QDir>
#include <QFileInfo>

namespace hwb {

QString ModuleOrigin::pluginDir(const GoBuildInfo &info, const QStringList &workspaces)
{
    // Upstream's package paths end in plugins/<family>/extensions/<name>; a fork keeps that tail under its own host.
    const QStringList parts = info.path.split(QLatin1Char('/'));
    const qsizetype at = parts.lastIndexOf(QStringLiteral("extensions"));
    if (at < 1 || at != parts.size() - 2 || !parts.at(at - 1).startsWith(QLatin1String("wasm-")))
        return {};
    const QString relative = QStringLiteral("plugins/%1/extensions/%2").arg(parts.at(at - 1), parts.at(at + 1));
    for (const QString &workspace : workspaces) {
        if (workspace.isEmpty())
            continue;
        const QString dir = QDir(workspace).filePath(relative);
        // A plugin of that name that is another module (renamed, a different checkout's) is not this module's.
        const GoModule goMod = GoModule::fromFile(QDir(dir).filePath(QStringLiteral("go.mod")));
        if (QFileInfo(dir).isDir() && !goMod.modulePath.isEmpty()
            && goMod.modulePath == (info.main.path.isEmpty() ? info.path : info.main.path))
            return QDir(dir).absolutePath();
    }
    return {};
}

} // namespace hwb
