#include "GatewayRunDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace hwb {

namespace {
const QString kPrefix = QStringLiteral("hwb-gateway-");

QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::GatewayRunDir", text);
}

constexpr QFile::Permissions kReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
} // namespace

QString GatewayRunDir::wasmPath(const QString &dir)
{
    return dir + QStringLiteral("/plugin.wasm");
}

QString GatewayRunDir::create(const QString &pluginName, const QString &artifact, QString *error)
{
    QTemporaryDir temp(QDir::tempPath() + QLatin1Char('/') + kPrefix + pluginName + QStringLiteral("-XXXXXX"));
    if (!temp.isValid()) {
        *error = tr("Cannot create a folder for the gateway's files in %1: %2").arg(QDir::tempPath(), temp.errorString());
        return {};
    }
    const QString dir = temp.path();
    // Gateways may run as a non-root user: the mounted module must be readable by anyone. It holds no secret.
    QFile::setPermissions(dir, kReadable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    if (!QFile::copy(artifact, wasmPath(dir))) {
        *error = tr("Cannot copy the module %1 into %2.").arg(artifact, dir);
        return {};
    }
    QFile::setPermissions(wasmPath(dir), kReadable);
    temp.setAutoRemove(false);
    return dir;
}

bool GatewayRunDir::remove(const QString &dir)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.isDir() || !info.fileName().startsWith(kPrefix)
        || QDir::cleanPath(info.absolutePath()) != QDir::cleanPath(QDir::tempPath()))
        return false;
    return QDir(dir).removeRecursively();
}

} // namespace hwb
