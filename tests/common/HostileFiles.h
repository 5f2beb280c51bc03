#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace hwb::test {

// Files a checkout can hold that a naive reader hangs on, or reads until memory runs out.
enum class HostileKind {
    Fifo,      // open() waits for a writer that never comes
    StdinLink, // a symlink to /dev/stdin: reads whatever the process's stdin holds, or waits on it
    ZeroLink,  // a symlink to /dev/zero: endless bytes
    Oversized, // a sparse regular file of the given size: no disk, but a reader without a limit takes it all
    NoAccess,  // mode 000: unreadable to anyone but root (see Unprivileged)
};

// Replaces whatever is at path by a file of that kind; fails the running test when it cannot.
void makeHostile(const QString &path, HostileKind kind, qint64 size = 0);

// Runs work, which must not wait on the FIFOs at fifos. If it still runs after timeoutMs, each FIFO is opened for
// writing and closed again, so a reader stuck in open() or read() sees the end, and a test that fails still ends.
// Returns whether work finished on its own in time.
bool finishesWithoutWaitingOn(const QStringList &fifos, const std::function<void()> &work, int timeoutMs = 5000);

// While it lives, this process's file access is the user `nobody`'s when it runs as root, which reads through
// mode 000; as anybody else it changes nothing. Files it must still reach need world access (a QTemporaryDir is 0700).
class Unprivileged
{
public:
    Unprivileged();
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

private:
    bool m_switched = false;
};

} // namespace hwb::test
