#include "FileIdentity.h"

#include <QFile>

#include <algorithm>
#include <iterator>
#include <optional>

#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>

namespace hwb {

namespace {

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

FileIdentity fromStat(const struct stat &st)
{
    return {quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size), nanoseconds(st.st_mtim),
            nanoseconds(st.st_ctim)};
}

// The clock the kernel stamps file times with; 0 where it cannot be read.
qint64 coarseClockNow()
{
#ifdef CLOCK_REALTIME_COARSE
    timespec now {};
    if (::clock_gettime(CLOCK_REALTIME_COARSE, &now) == 0)
        return nanoseconds(now);
#endif
    return 0;
}

// statfs(2)'s magic numbers (linux/magic.h), compared as the 32-bit values they are: f_type is a signed long.
bool finelyStampingType(quint32 fileSystemType)
{
    constexpr quint32 kFinelyStamped[] = {0xEF53 /* ext2/3/4 */, 0x58465342 /* XFS */, 0x9123683E /* Btrfs */,
                                          0x01021994 /* tmpfs */, 0xF2F52010 /* F2FS */, 0x2FC12FC1 /* ZFS */,
                                          0x794C7630 /* overlayfs */};
    return std::find(std::begin(kFinelyStamped), std::end(kFinelyStamped), fileSystemType) != std::end(kFinelyStamped);
}

// ext3, and ext4 with 128-byte inodes, share ext4's magic and stamp whole seconds: a change time without its
// nanoseconds is taken for one of those.
bool finelyStampedTime(qint64 ctimeNs)
{
    return ctimeNs % 1'000'000'000 != 0;
}

} // namespace

FileIdentity FileIdentity::ofPath(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? fromStat(st) : FileIdentity{};
}

FileIdentity FileIdentity::ofDescriptor(int fd)
{
    struct stat st {};
    return fd >= 0 && ::fstat(fd, &st) == 0 ? fromStat(st) : FileIdentity{};
}

bool FileIdentity::clockIsPast(qint64 ns)
{
    const qint64 now = coarseClockNow();
    return now != 0 && now > ns;
}

bool FileIdentity::changeTimeSettled(quint32 fileSystemType, qint64 ctimeNs, qint64 nowNs)
{
    return finelyStampingType(fileSystemType) && finelyStampedTime(ctimeNs) && nowNs > ctimeNs + kSettleNs;
}

namespace {

std::optional<quint32> fileSystemType(int statfsResult, const struct statfs &fs)
{
    return statfsResult == 0 ? std::optional<quint32>(quint32(fs.f_type)) : std::nullopt;
}

std::optional<quint32> fileSystemTypeOf(const QString &path)
{
    struct statfs fs {};
    return fileSystemType(::statfs(QFile::encodeName(path).constData(), &fs), fs);
}

} // namespace

bool FileIdentity::changeTimeSettled(const QString &path, const FileIdentity &identity)
{
    const auto type = identity.exists() ? fileSystemTypeOf(path) : std::nullopt;
    return type && changeTimeSettled(*type, identity.ctimeNs, coarseClockNow());
}

bool FileIdentity::changeTimeSettled(int fd, const FileIdentity &identity)
{
    struct statfs fs {};
    const auto type = identity.exists() && fd >= 0 ? fileSystemType(::fstatfs(fd, &fs), fs) : std::nullopt;
    return type && changeTimeSettled(*type, identity.ctimeNs, coarseClockNow());
}

bool FileIdentity::finelyStamped(const QString &path, const FileIdentity &identity)
{
    const auto type = identity.exists() ? fileSystemTypeOf(path) : std::nullopt;
    return type && finelyStampingType(*type) && finelyStampedTime(identity.ctimeNs);
}

bool FileIdentity::waitForClockPast(qint64 ns)
{
#ifndef CLOCK_REALTIME_COARSE
    return false; // without the clock, waiting cannot tell
#endif
    constexpr int kTicks = 50;
    for (int i = 0; i <= kTicks; ++i) {
        if (clockIsPast(ns))
            return true;
        const timespec pause {0, 1000000};
        ::nanosleep(&pause, nullptr);
    }
    return false;
}

} // namespace hwb
