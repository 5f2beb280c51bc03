#include "DemoWorkspace.h"

#include "WorkspaceScanner.h"
#include "hwb_config.h"
#include "storage/AppDataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace hwb {

namespace {

bool copyTree(const QString &from, const QString &to, QString *error)
{
    const QDir source(from);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        const QString rel = source.relativeFilePath(fi.absoluteFilePath());
        const QString dest = QDir(to).filePath(rel);
        if (fi.isDir()) {
            if (!QDir().mkpath(dest)) {
                *error = QCoreApplication::translate("hwb::DemoWorkspace", "Cannot create %1.").arg(dest);
                return false;
            }
            continue;
        }
        // Build outputs of a previous run in the source tree are not part of the demo.
        if (fi.suffix() == QLatin1String("wasm"))
            continue;
        QDir().mkpath(QFileInfo(dest).absolutePath());
        if (!QFile::copy(fi.absoluteFilePath(), dest)) {
            *error = QCoreApplication::translate("hwb::DemoWorkspace", "Cannot copy %1 to %2.").arg(rel, dest);
            return false;
        }
        // Installed files are read-only; the copy must be editable.
        QFile::setPermissions(dest, QFile::permissions(dest) | QFile::WriteOwner);
    }
    return true;
}

} // namespace

QString DemoWorkspace::bundledPath()
{
    const QString fromEnv = qEnvironmentVariable("HWB_DEMO_WORKSPACE");
    const QString beside = QCoreApplication::applicationDirPath()
        + QStringLiteral("/../share/higress-workbench/demo-workspace");
    for (const QString &candidate : {fromEnv, beside, QStringLiteral(HWB_INSTALLED_DEMO_WORKSPACE),
                                     QStringLiteral(HWB_SOURCE_DEMO_WORKSPACE)}) {
        if (!candidate.isEmpty() && WorkspaceScanner::isWorkspace(candidate))
            return QDir(candidate).canonicalPath();
    }
    return {};
}

QString DemoWorkspace::ensureWritableCopy(QString *error, bool reset, QString target)
{
    const QString bundled = bundledPath();
    if (bundled.isEmpty()) {
        *error = QCoreApplication::translate("hwb::DemoWorkspace",
                                             "The bundled demo workspace was not found. Set HWB_DEMO_WORKSPACE.");
        return {};
    }
    if (target.isEmpty())
        target = AppDataFolder::filePath(QStringLiteral("demo-workspace"));
    QDir targetDir(target);
    if (targetDir.exists() && WorkspaceScanner::isWorkspace(target) && !reset)
        return targetDir.absolutePath();
    if (targetDir.exists() && !targetDir.removeRecursively()) {
        *error = QCoreApplication::translate("hwb::DemoWorkspace", "Cannot remove the old copy at %1.").arg(target);
        return {};
    }
    // Copy next to the target, then rename, so an interrupted copy never looks like a workspace.
    const QString staging = target + QStringLiteral(".partial");
    QDir(staging).removeRecursively();
    if (!copyTree(bundled, staging, error))
        return {};
    if (!QDir().rename(staging, target)) {
        *error = QCoreApplication::translate("hwb::DemoWorkspace", "Cannot move %1 to %2.").arg(staging, target);
        return {};
    }
    return QDir(target).absolutePath();
}

} // namespace hwb
