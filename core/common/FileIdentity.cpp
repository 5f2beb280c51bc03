#include "FileIdentity.h"

#include <QFile>

#include <sys/stat.h>

namespace hwb {

namespace {

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

FileIdentity fromStat(const struct stat &st)
{
    return {quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size), nanoseconds(st.st_mtim)};
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

} // namespace hwb
