#pragma once

#include <QString>
#include <QtGlobal>

namespace hwb {

// Which file a path names and what stat(2) says of it: enough to tell later that a file read earlier is still
// the one on disk. Equal device, inode and size do not prove equal content (an in-place write keeps all
// three); a ReadLease held since the read is what rules that out.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;   // -1: no such file, or stat failed
    qint64 mtimeNs = 0; // nanoseconds since the epoch

    bool exists() const { return size >= 0; }
    bool sameFile(const FileIdentity &other) const
    {
        return exists() && device == other.device && inode == other.inode && size == other.size;
    }
    bool operator==(const FileIdentity &) const = default;

    static FileIdentity ofPath(const QString &path);
    static FileIdentity ofDescriptor(int fd);
};

} // namespace hwb
