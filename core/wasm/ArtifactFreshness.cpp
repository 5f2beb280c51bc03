#include "ArtifactFreshness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
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

// The walk: getdents64(2)'s entry types instead of QDirIterator, whose set-up and per-entry
// QFileInfo were most of the judgement after every build. As QDirIterator with QDir::Files |
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
        if (folder < 0)
            return;
        QByteArrayList subfolders;
        for (;;) {
            const ssize_t got = ::getdents64(folder, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0 || sources >= ArtifactFreshness::kMaxEntries)
                break;
            for (ssize_t at = 0; at < got && sources < ArtifactFreshness::kMaxEntries;) {
                const auto *entry = reinterpret_cast<const dirent64 *>(buffer + at);
                at += entry->d_reclen;
                visitEntry(folder, path, entry->d_name, entry->d_type, &subfolders);
            }
        }
        ::close(folder);
        if (depth < kMaxDepth)
            for (const QByteArray &subfolder : std::as_const(subfolders))
                visit(subfolder, depth + 1);
    }

    void visitEntry(int folder, const QByteArray &path, const char *entryName, unsigned char type,
                    QByteArrayList *subfolders)
    {
        const QByteArrayView name(entryName);
        if (name == "." || name == "..")
            return;
        struct stat st;
        if (type == DT_UNKNOWN) { // some file systems do not say
            if (::fstatat(folder, entryName, &st, AT_SYMLINK_NOFOLLOW) != 0)
                return;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        if (type == DT_DIR) {
            subfolders->append(path + '/' + name.toByteArray());
            return;
        }
        // Through a link, the file it names (stat(), not lstat()); a broken link, or one to a folder, is none.
        if ((type != DT_REG && type != DT_LNK) || !isSource(name) || ::fstatat(folder, entryName, &st, 0) != 0
            || !S_ISREG(st.st_mode))
            return;
        ++sources;
        const qint64 modifiedMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
        if (modifiedMs > newestMs) {
            newestMs = modifiedMs;
            newest = path + '/' + name.toByteArray();
        }
    }

    // One folder is read at a time: getdents64(2) into this buffer, where readdir() allocated 32 KiB, with its
    // page faults, for every folder of every judgement.
    alignas(dirent64) char buffer[8192];

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
