#include "ArtifactFreshness.h"

#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hwb {

namespace {

bool isSource(QByteArrayView name)
{
    return name.endsWith(".go") || name.endsWith(".rs") || name == "go.mod" || name == "go.sum" || name == ".buildrc"
           || name == "Cargo.toml";
}

// The walk, by descriptor: openat() and readdir()'s entry types instead of QDirIterator, whose set-up and
// per-entry QFileInfo were most of the judgement after every build. As QDirIterator with QDir::Files |
// QDir::Hidden and Subdirectories did: hidden entries too, files and links to files, no descent through a link.
struct SourceWalk
{
    qint64 newestMs;
    int sources = 0;
    std::optional<QByteArray> newest;

    void visit(int folder, const QByteArray &path)
    {
        DIR *listing = ::fdopendir(folder);
        if (!listing) {
            ::close(folder);
            return;
        }
        while (sources < ArtifactFreshness::kMaxEntries) {
            const dirent *entry = ::readdir(listing);
            if (!entry)
                break;
            const QByteArrayView name(entry->d_name);
            if (name == "." || name == "..")
                continue;
            unsigned char type = entry->d_type;
            struct stat st;
            if (type == DT_UNKNOWN) { // some file systems do not say
                if (::fstatat(::dirfd(listing), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
            }
            if (type == DT_DIR) {
                const int sub = ::openat(::dirfd(listing), entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (sub >= 0)
                    visit(sub, path + '/' + name.toByteArray());
                continue;
            }
            if ((type != DT_REG && type != DT_LNK) || !isSource(name))
                continue;
            ++sources;
            // Through a link, the file it names (stat(), not lstat()); a broken link is no source.
            if (::fstatat(::dirfd(listing), entry->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
                continue;
            const qint64 modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
            if (modifiedMs > newestMs) {
                newestMs = modifiedMs;
                newest = path + '/' + name.toByteArray();
            }
        }
        ::closedir(listing);
    }
};

} // namespace

std::optional<QString> ArtifactFreshness::newerSource(const QString &pluginDir, const QDateTime &builtAt)
{
    if (pluginDir.isEmpty() || !builtAt.isValid())
        return std::nullopt;
    const QByteArray root = QFile::encodeName(QFileInfo(pluginDir).absoluteFilePath());
    const int folder = ::open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return std::nullopt;
    SourceWalk walk{builtAt.toMSecsSinceEpoch()};
    walk.visit(folder, root);
    return walk.newest ? std::optional<QString>(QFile::decodeName(*walk.newest)) : std::nullopt;
}

} // namespace hwb
