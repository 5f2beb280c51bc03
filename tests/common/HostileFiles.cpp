#include "HostileFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <chrono>
#include <future>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hwb::test {

namespace {
constexpr uid_t kNobody = 65534;
}

void makeHostile(const QString &path, HostileKind kind, qint64 size)
{
    const QByteArray name = QFile::encodeName(path);
    ::unlink(name.constData());
    bool ok = false;
    switch (kind) {
    case HostileKind::Fifo:
        // Writable to all: finishesWithoutWaitingOn opens it for writing, as whoever the test then is.
        ok = ::mkfifo(name.constData(), 0666) == 0 && ::chmod(name.constData(), 0666) == 0;
        break;
    case HostileKind::StdinLink:
        ok = ::symlink("/dev/stdin", name.constData()) == 0;
        break;
    case HostileKind::ZeroLink:
        ok = ::symlink("/dev/zero", name.constData()) == 0;
        break;
    case HostileKind::Oversized: {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.resize(size);
        break;
    }
    case HostileKind::NoAccess: {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write("1.0.0\n") == 6;
        file.close();
        ok = ok && ::chmod(name.constData(), 0) == 0;
        break;
    }
    }
    if (!ok)
        QFAIL(qPrintable(QStringLiteral("could not make %1 hostile: %2").arg(path, qt_error_string(errno))));
}

bool finishesWithoutWaitingOn(const QStringList &fifos, const std::function<void()> &work, int timeoutMs)
{
    std::future<void> done = std::async(std::launch::async, work);
    if (done.wait_for(std::chrono::milliseconds(timeoutMs)) == std::future_status::ready)
        return true;
    while (done.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        for (const QString &fifo : fifos) {
            // Succeeds only while a reader waits; closing it at once gives that reader the end of the stream.
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0)
                ::close(fd);
        }
    }
    return false;
}

Unprivileged::Unprivileged()
{
    if (::geteuid() != 0)
        return;
    // The group first: a process that is no longer root cannot change it back.
    m_switched = ::setegid(kNobody) == 0 && ::seteuid(kNobody) == 0;
    if (!m_switched)
        qFatal("Unprivileged: could not become nobody: %s", qPrintable(qt_error_string(errno)));
}

Unprivileged::~Unprivileged()
{
    if (m_switched && (::seteuid(0) != 0 || ::setegid(0) != 0))
        qFatal("Unprivileged: could not become root again: %s", qPrintable(qt_error_string(errno)));
}

} // namespace hwb::test
