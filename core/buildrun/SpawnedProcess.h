#pragma once

#include <QByteArray>
#include <QObject>
#include <QByteArrayList>
#include <QString>
#include <QStringList>

#include <memory>

#include <sys/types.h>

class QSocketNotifier;
class QTimer;

namespace hwb {

// A build's process: started with posix_spawn() as the leader of a new process group, its stdout and stderr
// merged into one pipe, stdin on /dev/null, and its end watched through a pidfd.
// Why not QProcess: a child-process modifier (which the process group needs) makes Qt fork() the whole
// calling process. The build server and the window are tens of megabytes; copying their page tables and then
// faulting every page they touch took 1.2 ms per build, a third of what hwb added to a no-op `go build`.
// glibc's posix_spawn() shares the memory until the exec (vfork semantics), whatever the size of the caller.
class SpawnedProcess : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString program; // an absolute path
        QStringList arguments;
        QString workingFolder;
        QByteArrayList environment; // NAME=value
    };

    explicit SpawnedProcess(QObject *parent = nullptr);
    ~SpawnedProcess() override; // a process still running is killed (its group) and reaped

    // False, with errorString() saying why (the exec's own error), when the program could not be started.
    bool start(Spec spec);
    bool isRunning() const { return m_pid > 0 && !m_exited; }
    pid_t pid() const { return m_pid; }
    QString program() const { return m_program; }
    QString errorString() const { return m_error; }

    QByteArray readAvailable(); // what the pipe holds now, without waiting
    // Blocks up to `ms` for the end (a runner being destroyed). True when it ended.
    bool waitForFinished(int ms);

    // After finished(): the exit code, or the signal that ended it.
    bool exitedNormally() const { return m_signal == 0; }
    int exitCode() const { return m_exitCode; }
    int terminatingSignal() const { return m_signal; }

Q_SIGNALS:
    void readyRead();
    void finished(); // after the last readyRead(): whatever the pipe held at the end has been offered

private:
    void reap();
    void closeOutput();

    QString m_program;
    pid_t m_pid = -1;
    int m_pidFd = -1;
    int m_output = -1;
    bool m_exited = false;
    int m_exitCode = -1;
    int m_signal = 0;
    QString m_error;
    std::unique_ptr<QSocketNotifier> m_outputNotifier;
    std::unique_ptr<QSocketNotifier> m_exitNotifier;
    std::unique_ptr<QTimer> m_exitPoll; // without a pidfd
};

} // namespace hwb
