#include "GatewaySpec.h"

#include <QDir>
#include <QFileInfo>

namespace hwb {

QString GatewaySpec::defaultImage(const QString &version)
{
    return QStringLiteral("higress-registry.cn-hangzhou.cr.aliyuncs.com/higress/gateway:") + version;
}

QString GatewaySpec::defaultArtifact(const QString &pluginDir)
{
    // `make local-build` writes main.wasm; the docs' compose mounts plugin.wasm. Take whichever is newer.
    QFileInfo best;
    for (const QString &name : {QStringLiteral("main.wasm"), QStringLiteral("plugin.wasm"),
                                QStringLiteral("build/plugin.wasm")}) {
        const QFileInfo candidate(QDir(pluginDir).filePath(name));
        if (candidate.isFile() && (!best.exists() || candidate.lastModified() > best.lastModified()))
            best = candidate;
    }
    return best.exists() ? best.absoluteFilePath() : QString();
}

} // namespace hwb
