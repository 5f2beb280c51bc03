#include "ArtifactFreshness.h"

#include <QDirIterator>
#include <QFileInfo>

namespace hwb {

std::optional<QString> ArtifactFreshness::newerSource(const QString &pluginDir, const QDateTime &builtAt)
{
    if (pluginDir.isEmpty() || !builtAt.isValid())
        return std::nullopt;
    const QStringList patterns{QStringLiteral("*.go"), QStringLiteral("go.mod"), QStringLiteral("go.sum"),
                               QStringLiteral(".buildrc"), QStringLiteral("Cargo.toml"), QStringLiteral("*.rs")};
    QDirIterator it(pluginDir, patterns, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    std::optional<QString> newest;
    QDateTime newestTime = builtAt;
    for (int n = 0; n < kMaxEntries && it.hasNext(); ++n) {
        const QFileInfo info(it.next());
        if (info.lastModified() > newestTime) {
            newestTime = info.lastModified();
            newest = info.absoluteFilePath();
        }
    }
    return newest;
}

} // namespace hwb
