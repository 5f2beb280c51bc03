#include "BorrowedProcessState.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <utility>
#include <unistd.h>

extern char **environ;

namespace hwb::cli {

BorrowedProcessState::BorrowedProcessState(Client &client)
    : m_environment(std::move(client.environment))
{
    for (int fd = 0; fd < 3; ++fd)
        m_clientStdio[fd] = std::exchange(client.stdio[fd], -1);
    m_ownFolder = ::open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_ownFolder < 0 || ::chdir(client.workingFolder.constData()) != 0)
        return;
    for (int fd = 0; fd < 3; ++fd) {
        m_ownStdio[fd] = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
        ::dup2(m_clientStdio[fd], fd);
    }
    // The array itself is swapped, not its entries (putenv() one by one): the server's own comes back intact.
    m_ownEnvironment = environ;
    environ = m_environment.data();
    m_ownUmask = ::umask(client.umask);
    m_ok = true;
}

BorrowedProcessState::~BorrowedProcessState()
{
    if (m_ok) {
        ::umask(m_ownUmask);
        environ = m_ownEnvironment;
        for (int fd = 0; fd < 3; ++fd) {
            ::dup2(m_ownStdio[fd], fd);
            ::close(m_ownStdio[fd]);
        }
        [[maybe_unused]] const int back = ::fchdir(m_ownFolder);
    }
    if (m_ownFolder >= 0)
        ::close(m_ownFolder);
    for (const int fd : m_clientStdio)
        if (fd >= 0)
            ::close(fd);
}

} // namespace hwb::cli
