#include "ReadLease.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <csignal>
#include <mutex>
#endif

namespace hwb {

#ifdef Q_OS_LINUX

namespace {

// Async-signal-safe: one fcntl. The kernel names the descriptor in si_fd because F_SETSIG is set.
void releaseBrokenLease(int, siginfo_t *info, void *)
{
    if (info && info->si_fd >= 0)
        ::fcntl(info->si_fd, F_SETLEASE, F_UNLCK);
}

bool installBreakHandler()
{
    static const bool installed = [] {
        struct sigaction action {};
        action.sa_sigaction = releaseBrokenLease;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        return ::sigaction(SIGIO, &action, nullptr) == 0;
    }();
    return installed;
}

} // namespace

std::unique_ptr<ReadLease> ReadLease::take(const QString &path)
{
    if (!installBreakHandler())
        return nullptr;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    std::unique_ptr<ReadLease> lease(new ReadLease(fd));
    // The signal first: a break that came between the two calls would otherwise be SIGIO's default, exit.
    if (::fcntl(fd, F_SETSIG, SIGIO) != 0 || ::fcntl(fd, F_SETLEASE, F_RDLCK) != 0)
        return nullptr;
    lease->m_identity = FileIdentity::ofDescriptor(fd);
    return lease;
}

bool ReadLease::holds() const
{
    return ::fcntl(m_fd, F_GETLEASE) == F_RDLCK;
}

ReadLease::~ReadLease()
{
    ::fcntl(m_fd, F_SETLEASE, F_UNLCK);
    ::close(m_fd);
}

#else

std::unique_ptr<ReadLease> ReadLease::take(const QString &)
{
    return nullptr;
}

bool ReadLease::holds() const
{
    return false;
}

ReadLease::~ReadLease()
{
    ::close(m_fd);
}

#endif

ReadLease::ReadLease(int fd)
    : m_fd(fd)
{
}

} // namespace hwb
