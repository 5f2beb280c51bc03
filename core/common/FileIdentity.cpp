#include "FileIdentity.h"

#include <QFile>

#include <sys/stat.h>
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
#ifdef CLOCK_REALTIME_COARSE
    timespec now {};
    return ::clock_gettime(CLOCK_REALTIME_COARSE, &now) == 0 && nanoseconds(now) > ns;
#else
    Q_UNUSED(ns);
    return false;
#endif
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
