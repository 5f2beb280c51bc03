#include "ArtifactFreshness.h"

#include <QDir>
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
// One folder is open at a time (its subfolders are visited once it is closed), and 64 levels is deep enough.
struct SourceWalk
{
    qint64 newestMs;
    int sources = 0;
    std::optional<QByteArray> newest;

    void visit(const QByteArray &path, int depth)
    {
        // The plugin's folder may itself be reached through a link (a workspace opened by one); none below it is.
        const int folder = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | (depth > 0 ? O_NOFOLLOW : 0));
        DIR *listing = folder >= 0 ? ::fdopendir(folder) : nullptr;
        if (!listing) {
            if (folder >= 0)
                ::close(folder);
            return;
        }
        QByteArrayList subfolders;
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
                subfolders.append(path + '/' + name.toByteArray());
                continue;
            }
            // Through a link, the file it names (stat(), not lstat()); a broken link, or one to a folder, is none.
            if ((type != DT_REG && type != DT_LNK) || !isSource(name)
                || ::fstatat(::dirfd(listing), entry->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode))
                continue;
            ++sources;
            const qint64 modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
            if (modifiedMs > newestMs) {
                newestMs = modifiedMs;
                newest = path + '/' + name.toByteArray();
            }
        }
        ::closedir(listing);
        if (depth < kMaxDepth)
            for (const QByteArray &subfolder : std::as_const(subfolders))
                visit(subfolder, depth + 1);
    }

    static constexpr int kMaxDepth = 64;
};

} // namespace

std::optional<QString> ArtifactFreshness::newerSource(const QString &pluginDir, const QDateTime &builtAt)
{
    if (pluginDir.isEmpty() || !builtAt.isValid())
        return std::nullopt;
    SourceWalk walk{builtAt.toMSecsSinceEpoch()};
    walk.visit(QFile::encodeName(QDir::cleanPath(QFileInfo(pluginDir).absoluteFilePath())), 0);
    return walk.newest ? std::optional<QString>(QFile::decodeName(*walk.newest)) : std::nullopt;
}

} // namespace hwb
