#pragma once

#include "RunHistory.h"
#include "common/WorkerThread.h"

#include <QObject>

namespace hwb {

class RunHistoryWriter;

// Stores finished runs in the history on a thread of its own, so a window stays responsive while a run of
// thousands of requests is written. Runs are stored one after the other, in the order they were handed in, each
// through a connection the thread opens for it (QtSql connections belong to one thread).
class RunHistorySaver : public QObject
{
    Q_OBJECT
public:
    // path: the history file; empty means RunHistory::defaultPath() at the time of each save.
    explicit RunHistorySaver(const QString &path = QString(), QObject *parent = nullptr);
    // Waits for the runs still being stored (bounded by kShutdownWaitMs), so closing a window does not lose one.
    ~RunHistorySaver() override;

    void save(const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary);
    int pending() const { return m_pending; } // handed in, not yet reported by saved() or failed()

    static constexpr int kShutdownWaitMs = 30000;

Q_SIGNALS:
    void saved(qint64 id);
    void failed(const QString &error);

private:
    void finishedOne(qint64 id, const QString &error);

    QString m_path;
    RunHistoryWriter *m_worker; // lives in m_thread
    WorkerThread m_thread;
    int m_pending = 0;
};

} // namespace hwb
