#pragma once

#include <QByteArray>
#include <QString>

namespace hwb {

// A POSIX ustar archive built in memory, for `docker cp -` (which reads a tar on stdin). It lets a file
// reach a container without ever being written to the host: the gateway's envoy.yaml holds the provider
// key, and a file under /tmp would hand it to every local user.
class TarArchive
{
public:
    // Paths are relative, '/'-separated, at most 100 bytes of UTF-8 (no prefix field: these are short).
    // Entries are owned by root, as `docker cp` of a stream keeps the archive's owner.
    void addDirectory(const QString &path, int mode = 0755);
    void addFile(const QString &path, const QByteArray &content, int mode = 0644);

    // The archive with its end-of-archive blocks. Empty if a path did not fit.
    QByteArray finish() const;

private:
    void addEntry(const QString &path, char type, const QByteArray &content, int mode);

    QByteArray m_data;
    bool m_valid = true;
};

} // namespace hwb
