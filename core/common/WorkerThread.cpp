#include "WorkerThread.h"

#include <QDebug>

namespace hwb {

WorkerThread::WorkerThread(QObject *worker, const QString &name, int waitMs, QThread::Priority priority)
    : m_thread(new QThread)
    , m_worker(worker)
    , m_waitMs(waitMs)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(priority);
}

WorkerThread::~WorkerThread()
{
    // Quitting is queued behind the work already handed to the worker, so all of it is done before the thread ends.
    QMetaObject::invokeMethod(m_worker, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
    if (m_thread->wait(m_waitMs)) {
        delete m_thread;
        return;
    }
    qWarning("hwb: %s was still busy after %d ms; what it was doing may be lost", qPrintable(m_thread->objectName()),
             m_waitMs);
}

} // namespace hwb
