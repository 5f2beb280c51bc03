#include "RunHistory.h"

#include "storage/AppDataFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace hwb {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QJsonObject parse(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toByteArray()).object();
}

// What the history keeps of a request. The raw body of a stream that went well holds its events and text again,
// wrapped in SSE and JSON; nothing shows it (a stream is shown as its text), yet it was nine tenths of a stored
// run's bytes and most of what saving one cost. A failed stream keeps its bytes: they may be what explains it.
FireResult storedForm(FireResult result)
{
    if (result.streamed && result.isOk())
        result.keptBody.clear();
    return RunExport::redacted(std::move(result));
}
} // namespace

QString RunHistory::defaultPath()
{
    if (const QString env = qEnvironmentVariable("HWB_RUN_HISTORY_FILE"); !env.isEmpty())
        return env;
    return AppDataFolder::filePath(QStringLiteral("run-history.sqlite"));
}

RunHistory::RunHistory(const QString &path)
{
    m_error = m_db.open(path, {QStringLiteral("PRAGMA foreign_keys = ON"),
                               QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                              "started_at INTEGER, label TEXT, info TEXT, summary TEXT)"),
                               QStringLiteral("CREATE TABLE IF NOT EXISTS requests (run_id INTEGER REFERENCES runs(id) "
                                              "ON DELETE CASCADE, i INTEGER, result TEXT)"),
                               QStringLiteral("CREATE INDEX IF NOT EXISTS requests_run ON requests(run_id, i)")});
}

RunHistory::~RunHistory() = default;

qint64 RunHistory::save(const RunInfo &info, const QList<FireResult> &results, const RunSummary &summary)
{
    if (!isOpen())
        return 0;
    QSqlDatabase db = m_db.database();
    db.transaction();
    QSqlQuery q(db);
    // A run is stored whole or not at all: a run without some of its requests would compare as a different run.
    const auto fail = [&](const QSqlError &error) {
        m_error = error.text();
        db.rollback();
        return 0;
    };
    q.prepare(QStringLiteral("INSERT INTO runs (started_at, label, info, summary) VALUES (?, ?, ?, ?)"));
    q.addBindValue(info.startedAtMsEpoch);
    q.addBindValue(info.label);
    q.addBindValue(compact(info.toJson()));
    q.addBindValue(compact(summary.toJson()));
    if (!q.exec())
        return fail(q.lastError());
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO requests (run_id, i, result) VALUES (?, ?, ?)"));
    for (const FireResult &r : results) {
        q.addBindValue(id);
        q.addBindValue(r.index);
        q.addBindValue(compact(storedForm(r).toJson(true)));
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!db.commit())
        return fail(db.lastError());
    return id;
}

QList<RunHistory::Entry> RunHistory::runs(int limit) const
{
    QList<Entry> list;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id, info, summary FROM runs ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        list.append({q.value(0).toLongLong(), RunInfo::fromJson(parse(q.value(1))), RunSummary::fromJson(parse(q.value(2)))});
    return list;
}

std::optional<RunHistory::Entry> RunHistory::run(qint64 id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id, info, summary FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Entry{q.value(0).toLongLong(), RunInfo::fromJson(parse(q.value(1))), RunSummary::fromJson(parse(q.value(2)))};
}

QList<FireResult> RunHistory::requests(qint64 runId) const
{
    QList<FireResult> list;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT result FROM requests WHERE run_id = ? ORDER BY i"));
    q.addBindValue(runId);
    q.exec();
    while (q.next())
        list.append(FireResult::fromJson(parse(q.value(0))));
    return list;
}

bool RunHistory::remove(qint64 id)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

} // namespace hwb
