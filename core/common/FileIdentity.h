#pragma once

#include <QString>
#include <QtGlobal>

namespace hwb {

// Which file a path names and what stat(2) says of it: enough to tell later that a file read earlier is still
// the one on disk. Equal device, inode and size do not prove equal content (an in-place write keeps all
// three); a ReadLease held since the read is what rules that out. Between two leases, equal change times do:
// every write sets ctime, and no system call sets it back.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;   // -1: no such file, or stat failed
    qint64 mtimeNs = 0; // nanoseconds since the epoch
    qint64 ctimeNs = 0; // the inode's change time, likewise

    bool exists() const { return size >= 0; }
    bool sameFile(const FileIdentity &other) const
    {
        return exists() && device == other.device && inode == other.inode && size == other.size;
    }
    bool operator==(const FileIdentity &) const = default; // also: not written, touched or renamed since

    static FileIdentity ofPath(const QString &path);
    static FileIdentity ofDescriptor(int fd);

    // Whether the clock the kernel stamps file times with reads later than `ns` now: then no write from now on can
    // leave a change time equal to `ns`. False where the clock cannot be read.
    static bool clockIsPast(qint64 ns);
    // Whether this identity, taken now, proves the file's content from here on: no write can leave the change time as
    // it is. That needs a file system that stamps times finely and answers stat() itself (ext4, XFS, Btrfs, tmpfs,
    // F2FS, ZFS, overlayfs; not FAT or ext3, whose change times are whole seconds, nor NFS or FUSE, whose stat() may
    // answer from a cache for up to a minute), and a clock past the change time by more than a write in progress
    // still copies after stamping it. By the file's path, or by a descriptor open on it.
    static bool changeTimeSettled(const QString &path, const FileIdentity &identity);
    static bool changeTimeSettled(int fd, const FileIdentity &identity);
    // The rule itself, for a file system type (statfs(2)'s f_type), a change time and the clock's time now.
    static bool changeTimeSettled(quint32 fileSystemType, qint64 ctimeNs, qint64 nowNs);
    // Its first half: the file system stamps fine change times and answers stat() itself. Enough, with the clock
    // past the change time, where a lease proved that nothing wrote the file while it was read.
    static bool finelyStamped(const QString &path, const FileIdentity &identity);
    static constexpr qint64 kSettleNs = 20'000'000;
    // Blocks until the clock the kernel stamps file times with (a coarse clock, one tick every 1-10 ms) reads
    // later than `ns`; after that no write can leave a change time equal to `ns`. False if that takes over 50 ms
    // (the clock was set back), or where the clock cannot be read.
    static bool waitForClockPast(qint64 ns);
};

} // namespace hwb
