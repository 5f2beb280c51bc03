#include "RunHistoryLoader.h"

namespace hwb {

// Reads in the loader's thread, each time through a connection of its own (QtSql connections belong to one thread),
// and answers through a signal: its queued connection goes with the loader, should the loader stop waiting first.
class RunHistoryReader : public QObject
{
    Q_OBJECT
public:
    void readLatest(int ticket, const QString &path)
    {
        RunHistory history(path);
        StoredRun run;
        if (history.isOpen()) {
            run.entry = history.runs(1).value(0);
            if (run.entry.id > 0)
                run.results = history.requests(run.entry.id);
        }
        Q_EMIT done(ticket, run, history.errorText());
    }

    void readList(int ticket, const QString &path)
    {
        RunHistory history(path);
        const QList<RunHistory::Entry> runs = history.isOpen() ? history.runs() : QList<RunHistory::Entry>();
        Q_EMIT listDone(ticket, runs, history.errorText());
    }

Q_SIGNALS:
    void done(int ticket, const hwb::StoredRun &run, const QString &error);
    void listDone(int ticket, const QList<hwb::RunHistory::Entry> &runs, const QString &error);
};

RunHistoryLoader::RunHistoryLoader(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_worker(new RunHistoryReader)
    , m_thread(m_worker, QStringLiteral("hwb-run-history-reader"), kShutdownWaitMs)
{
    connect(m_worker, &RunHistoryReader::done, this, &RunHistoryLoader::finishedOne);
    connect(m_worker, &RunHistoryReader::listDone, this, &RunHistoryLoader::finishedList);
}

RunHistoryLoader::~RunHistoryLoader() = default; // m_thread waits for a read under way

void RunHistoryLoader::loadLatest()
{
    ++m_pending;
    m_wanted = ++m_lastTicket;
    QMetaObject::invokeMethod(
        m_worker, [reader = m_worker, ticket = m_wanted, path = path()] { reader->readLatest(ticket, path); },
        Qt::QueuedConnection);
}

void RunHistoryLoader::loadRunList()
{
    ++m_pending;
    m_wantedList = ++m_lastTicket;
    QMetaObject::invokeMethod(
        m_worker, [reader = m_worker, ticket = m_wantedList, path = path()] { reader->readList(ticket, path); },
        Qt::QueuedConnection);
}

QString RunHistoryLoader::path() const
{
    return m_path.isEmpty() ? RunHistory::defaultPath() : m_path;
}

void RunHistoryLoader::discard()
{
    m_wanted = 0;
    m_wantedList = 0;
}

void RunHistoryLoader::finishedOne(int ticket, const StoredRun &run, const QString &error)
{
    --m_pending;
    if (ticket != m_wanted)
        return;
    m_wanted = 0;
    if (error.isEmpty())
        Q_EMIT loaded(run);
    else
        Q_EMIT failed(error);
}

void RunHistoryLoader::finishedList(int ticket, const QList<RunHistory::Entry> &runs, const QString &error)
{
    --m_pending;
    if (ticket != m_wantedList)
        return;
    m_wantedList = 0;
    if (error.isEmpty())
        Q_EMIT runListLoaded(runs);
    else
        Q_EMIT failed(error);
}

} // namespace hwb

#include "RunHistoryLoader.moc"
