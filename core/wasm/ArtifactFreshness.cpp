#include "ArtifactFreshness.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace hwb {

namespace {

bool isSource(QStringView name)
{
    return name.endsWith(u".go") || name.endsWith(u".rs") || name == u"go.mod" || name == u"go.sum"
           || name == u".buildrc" || name == u"Cargo.toml";
}

} // namespace

std::optional<QString> ArtifactFreshness::newerSource(const QString &pluginDir, const QDateTime &builtAt)
{
    if (pluginDir.isEmpty() || !builtAt.isValid())
        return std::nullopt;
    // The names are matched here, not by QDirIterator's name filters: those compile six wildcard expressions on
    // every call, which was most of this walk's cost after every build. Times compare as milliseconds since the
    // epoch, without the local-time conversions of QFileInfo::lastModified().
    QDirIterator it(pluginDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    std::optional<QString> newest;
    qint64 newestMs = builtAt.toMSecsSinceEpoch();
    for (int n = 0; n < kMaxEntries && it.hasNext();) {
        const QString path = it.next();
        if (!isSource(QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1)))
            continue;
        ++n;
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            continue;
        const qint64 modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
        if (modifiedMs > newestMs) {
            newestMs = modifiedMs;
            newest = QFileInfo(path).absoluteFilePath();
        }
    }
    return newest;
}

} // namespace hwb
