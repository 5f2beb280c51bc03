#include "RunHistorySaver.h"

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
    , m_worker(new RunHistoryWriter)
    // A save left running past the wait may still finish before the process ends; if it does not, SQLite rolls
    // its transaction back and the file stays whole.
    , m_thread(m_worker, QStringLiteral("hwb-run-history"), kShutdownWaitMs, QThread::LowPriority)
{
    connect(m_worker, &RunHistoryWriter::stored, this, &RunHistorySaver::finishedOne);
}

RunHistorySaver::~RunHistorySaver() = default; // m_thread stores what was handed in first

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
