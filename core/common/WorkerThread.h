#pragma once

#include <QString>
#include <QThread>

class QObject;

namespace hwb {

// A thread of its own for one worker object: work queued to the worker (a queued call or signal) runs there, in
// order. Going away, it ends the thread behind the work already queued and waits for it, at most waitMs: a QtSql
// connection must not outlive its thread, and a save handed in must not be lost. Past that it leaves the thread
// running rather than abort the process, as destroying a running QThread would.
class WorkerThread
{
public:
    // Takes the worker (parentless), moves it into the thread and starts it; the worker is deleted in its thread.
    WorkerThread(QObject *worker, const QString &name, int waitMs, QThread::Priority priority = QThread::InheritPriority);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

private:
    QThread *m_thread;
    QObject *m_worker;
    int m_waitMs;
};

} // namespace hwb
