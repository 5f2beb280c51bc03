#pragma once

#include "RunHistory.h"
#include "common/WorkerThread.h"

#include <QObject>

namespace hwb {

class RunHistoryReader;

// A stored run with its requests, as the history gives it back. entry.id is 0 when the history has no run.
struct StoredRun
{
    RunHistory::Entry entry;
    QList<FireResult> results;
};

// Reads the newest stored run, or the list of stored runs, on a thread of its own, so a window opens at once on a
// history whose last run has thousands of requests (half a second to read 10,000), or whose file another program
// holds locked (the Compare tab's list, read on the GUI thread, held the window back for as long as the lock).
// Only the newest wish of each kind is answered: loading again or discard() leaves the reads before it
// unanswered, so a late read never replaces what the user did meanwhile.
class RunHistoryLoader : public QObject
{
    Q_OBJECT
public:
    // path: the history file; empty means RunHistory::defaultPath() at the time of each load.
    explicit RunHistoryLoader(const QString &path = QString(), QObject *parent = nullptr);
    // Waits for a read under way (bounded by kShutdownWaitMs): a QtSql connection may not outlive its thread.
    ~RunHistoryLoader() override;

    void loadLatest();
    void loadRunList(); // the runs' entries, newest first, without their requests
    void discard();                                       // whatever is on its way is no longer wanted
    bool isLoading() const { return m_wanted != 0; }      // a wanted loadLatest() has not been answered yet
    int pending() const { return m_pending; }             // reads under way, wanted or not

    static constexpr int kShutdownWaitMs = 10000;

Q_SIGNALS:
    void loaded(const hwb::StoredRun &run);
    void runListLoaded(const QList<hwb::RunHistory::Entry> &runs);
    void failed(const QString &error);

private:
    void finishedOne(int ticket, const hwb::StoredRun &run, const QString &error);
    void finishedList(int ticket, const QList<hwb::RunHistory::Entry> &runs, const QString &error);
    QString path() const;

    QString m_path;
    RunHistoryReader *m_worker; // lives in m_thread
    WorkerThread m_thread;
    int m_pending = 0;
    int m_lastTicket = 0;
    int m_wanted = 0; // the ticket whose answer is shown; 0: none
    int m_wantedList = 0;
};

} // namespace hwb
