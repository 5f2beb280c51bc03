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

// Reads the newest stored run on a thread of its own, so a window opens at once on a history whose last run has
// thousands of requests (half a second to read 10,000), or whose file another program holds locked.
// Only the newest wish is answered: loading again or discard() leaves the reads before it unanswered, so a
// late read never replaces what the user did meanwhile.
class RunHistoryLoader : public QObject
{
    Q_OBJECT
public:
    // path: the history file; empty means RunHistory::defaultPath() at the time of each load.
    explicit RunHistoryLoader(const QString &path = QString(), QObject *parent = nullptr);
    // Waits for a read under way (bounded by kShutdownWaitMs): a QtSql connection may not outlive its thread.
    ~RunHistoryLoader() override;

    void loadLatest();
    void discard();                                       // whatever is on its way is no longer wanted
    bool isLoading() const { return m_wanted != 0; }      // a wanted read has not been answered yet
    int pending() const { return m_pending; }             // reads under way, wanted or not

    static constexpr int kShutdownWaitMs = 10000;

Q_SIGNALS:
    void loaded(const hwb::StoredRun &run);
    void failed(const QString &error);

private:
    void finishedOne(int ticket, const hwb::StoredRun &run, const QString &error);

    QString m_path;
    RunHistoryReader *m_worker; // lives in m_thread
    WorkerThread m_thread;
    int m_pending = 0;
    int m_lastTicket = 0;
    int m_wanted = 0; // the ticket whose answer is shown; 0: none
};

} // namespace hwb
