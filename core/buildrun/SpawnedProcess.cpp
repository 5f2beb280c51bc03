#include "SpawnedProcess.h"

#include "common/CStringArray.h"

#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hwb {

namespace {

constexpr int kExitPollMs = 20;

} // namespace

SpawnedProcess::SpawnedProcess(QObject *parent)
    : QObject(parent)
{
}

SpawnedProcess::~SpawnedProcess()
{
    if (isRunning()) {
        ::kill(-m_pid, SIGKILL);
        waitForFinished(1000);
    }
    closeOutput();
    if (m_pidFd >= 0)
        ::close(m_pidFd);
}

bool SpawnedProcess::start(Spec spec)
{
    m_program = spec.program;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDERR_FILENO);
    const QByteArray folder = QFile::encodeName(spec.workingFolder);
    if (!folder.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, folder.constData());

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own group (Cancel signals all of it), no blocked signals, and SIGPIPE back to the default that hwb,
    // which ignores it, would otherwise pass on (as QProcess does too).
    sigset_t none;
    sigemptyset(&none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const QByteArray program = QFile::encodeName(spec.program);
    QByteArrayList argv{program};
    for (const QString &a : spec.arguments)
        argv.append(a.toLocal8Bit());
    CStringArray args(std::move(argv));
    CStringArray env(std::move(spec.environment));
    pid_t pid = -1;
    // glibc's posix_spawn reports a failed exec here, as its return value.
    const int error = ::posix_spawn(&pid, program.constData(), &actions, &attributes, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(pipeFds[1]);
    if (error != 0) {
        ::close(pipeFds[0]);
        m_error = QString::fromLocal8Bit(std::strerror(error));
        return false;
    }
    m_pid = pid;
    m_output = pipeFds[0];
    ::fcntl(m_output, F_SETFL, ::fcntl(m_output, F_GETFL) | O_NONBLOCK);
    m_outputNotifier = std::make_unique<QSocketNotifier>(m_output, QSocketNotifier::Read);
    connect(m_outputNotifier.get(), &QSocketNotifier::activated, this, &SpawnedProcess::readyRead);
    // The system call itself: glibc 2.36's <sys/pidfd.h> declares pidfd_open() without C linkage.
    m_pidFd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (m_pidFd >= 0) {
        m_exitNotifier = std::make_unique<QSocketNotifier>(m_pidFd, QSocketNotifier::Read);
        connect(m_exitNotifier.get(), &QSocketNotifier::activated, this, &SpawnedProcess::reap);
    } else { // a kernel before 5.3 has no pidfd: look now and then
        m_exitPoll = std::make_unique<QTimer>();
        connect(m_exitPoll.get(), &QTimer::timeout, this, &SpawnedProcess::reap);
        m_exitPoll->start(kExitPollMs);
    }
    return true;
}

QByteArray SpawnedProcess::readAvailable()
{
    QByteArray data;
    if (m_output < 0)
        return data;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(m_output, buffer, sizeof buffer);
        if (n > 0) {
            data.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0) // every writer is gone
            m_outputNotifier->setEnabled(false);
        return data;
    }
}

void SpawnedProcess::reap()
{
    siginfo_t info = {};
    if (m_exited || ::waitid(P_PID, id_t(m_pid), &info, WEXITED | WNOHANG) != 0 || info.si_pid == 0)
        return;
    m_exited = true;
    if (info.si_code == CLD_EXITED) {
        m_exitCode = info.si_status;
    } else {
        m_signal = info.si_status;
        m_exitCode = -1;
    }
    m_exitNotifier.reset();
    m_exitPoll.reset();
    // Like QProcess: what the pipe holds now is offered once more, and then the process is finished, even when
    // a process it left behind still holds the pipe open.
    Q_EMIT readyRead();
    closeOutput();
    Q_EMIT finished();
}

void SpawnedProcess::closeOutput()
{
    m_outputNotifier.reset();
    if (m_output >= 0) {
        ::close(m_output);
        m_output = -1;
    }
}

bool SpawnedProcess::waitForFinished(int ms)
{
    if (!isRunning())
        return true;
    if (m_pidFd >= 0) {
        pollfd exit = {m_pidFd, POLLIN, 0};
        ::poll(&exit, 1, ms);
        reap();
        return m_exited;
    }
    for (int waited = 0; !m_exited && waited < ms; waited += kExitPollMs) {
        reap();
        if (!m_exited)
            ::usleep(kExitPollMs * 1000);
    }
    return m_exited;
}

} // namespace hwb
