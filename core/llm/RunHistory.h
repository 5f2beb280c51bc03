#pragma once

#include "storage/SqliteConnection.h"

#include "RunExport.h"

#include <QString>

namespace hwb {

// Past runs in SQLite (QtSql) in the app data folder, so two runs can be compared side by side, e.g. the
// same prompts through a build with the tag and one without. Everything stored is redacted first.
class RunHistory
{
public:
    struct Entry
    {
        qint64 id = 0;
        RunInfo info;
        RunSummary summary;
    };

    explicit RunHistory(const QString &path = defaultPath());
    ~RunHistory();
    RunHistory(const RunHistory &) = delete;
    RunHistory &operator=(const RunHistory &) = delete;

    static QString defaultPath(); // $HWB_RUN_HISTORY_FILE, else AppDataFolder::path()/run-history.sqlite

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }

    qint64 save(const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary);
    QList<Entry> runs(int limit = 200) const; // newest first
    std::optional<Entry> run(qint64 id) const;
    QList<FireResult> requests(qint64 runId) const; // ordered by index, with detail
    bool remove(qint64 id);

private:
    SqliteConnection m_db;
    QString m_error;
};

} // namespace hwb
