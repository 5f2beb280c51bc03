#pragma once

#include "FileIdentity.h"

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace hwb {

// A read-only descriptor of a file with a Linux read lease on it (fcntl F_SETLEASE). The kernel grants the lease
// only while nobody has the file open for writing (a writable shared mapping counts) and breaks it when someone
// opens it for writing or truncates it. So while holds() is true, the content is what it was when the lease was
// taken: the proof EarlyInspection needs that a file it read during a build is still the file it read.
//
// A break is never made to wait: a SIGIO handler releases the lease at once and the writer goes on (the default
// would block it for /proc/sys/fs/lease-break-time, 45 s). A touch does not break a lease, nor does renaming another
// file over the name; compare identity() with the path for that.
//
// content() maps the file, and reading the mapping is always safe: a break first puts zero pages over the mapping
// and only then releases the lease, so a writer that truncates the file cannot make the reader fault (SIGBUS).
// What is read after a break is garbage, and holds() says so. (A mapping, not a read(2) into a buffer: a 10 MB
// buffer costs 2,400 page faults, which on a VM cost more than the hash and the parse together.)
//
// take() fails (nullptr) where leases cannot be had: the file is open for writing, we do not own it, the file
// system does not support them, or the platform is not Linux.
class ReadLease
{
public:
    static std::unique_ptr<ReadLease> take(const QString &path);
    ~ReadLease();
    ReadLease(const ReadLease &) = delete;
    ReadLease &operator=(const ReadLease &) = delete;

    int descriptor() const { return m_fd; }
    const FileIdentity &identity() const { return m_identity; } // of the descriptor, as the lease was taken
    bool holds() const;
    // The file's bytes as the lease was taken (identity().size of them), mapped on the first call and kept until
    // the lease is destroyed. Empty for an empty file, or when it cannot be mapped.
    QByteArrayView content();

private:
    explicit ReadLease(int fd);

    int m_fd = -1;
    FileIdentity m_identity;
    int m_mappingSlot = -1;
};

} // namespace hwb
