#include "RunHistorySaver.h"

#include <QDebug>
#include <QThread>

namespace hwb {

// The object the saves are queued on, in the saver's thread. It reports through a signal, not by calling the saver:
// a signal's queued connection goes with the saver, should the saver stop waiting and go first.
class RunHistoryWriter : public QObject
{
    Q_OBJECT
public:
    void store(const QString &path, const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary)
    {
        RunHistory history(path);
        const qint64 id = history.isOpen() ? history.save(info, results, summary) : 0;
        Q_EMIT stored(id, id > 0 ? QString() : history.errorText());
    }

Q_SIGNALS:
    void stored(qint64 id, const QString &error);
};

RunHistorySaver::RunHistorySaver(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread)
    , m_worker(new RunHistoryWriter)
{
    m_thread->setObjectName(QStringLiteral("hwb-run-history"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunHistoryWriter::stored, this, &RunHistorySaver::finishedOne);
    m_thread->start(QThread::LowPriority);
}

RunHistorySaver::~RunHistorySaver()
{
    // Quitting is queued behind the saves already handed in, so they are all stored before the thread ends.
    QMetaObject::invokeMethod(m_worker, [thread = m_thread] { thread->quit(); }, Qt::QueuedConnection);
    if (m_thread->wait(kShutdownWaitMs)) {
        delete m_thread;
        return;
    }
    // Destroying a running QThread aborts the process. Left running, the save may still finish before the
    // process ends; if it does not, SQLite rolls its transaction back and the file stays whole.
    qWarning("hwb: a run was still being stored after %d ms; it may be lost", kShutdownWaitMs);
}

void RunHistorySaver::save(const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary)
{
    ++m_pending;
    const QString path = m_path.isEmpty() ? RunHistory::defaultPath() : m_path;
    QMetaObject::invokeMethod(
        m_worker, [writer = m_worker, path, info, results, summary] { writer->store(path, info, results, summary); },
        Qt::QueuedConnection);
}

void RunHistorySaver::finishedOne(qint64 id, const QString &error)
{
    --m_pending;
    if (id > 0)
        Q_EMIT saved(id);
    else
        Q_EMIT failed(error);
}

} // namespace hwb

#include "RunHistorySaver.moc"
