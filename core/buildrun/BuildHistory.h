#pragma once

#include "storage/SqliteConnection.h"

#include "BuildSummary.h"

#include "wasm/ArtifactContent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace hwb {

struct BuildRecord
{
    qint64 id = 0;
    QDateTime finishedAt; // UTC
    QString plugin;
    QString workspace;
    QString mode;
    QString artifact;
    qint64 size = 0;
    QString sha256;
    qint64 durationMs = 0;
    int exitCode = 0;
    QString verdict;
    bool unchanged = false; // the build left the artifact as the one before it did (BuildSummary::artifactUnchanged)
    QJsonObject plan; // the full BuildPlan JSON

    QJsonObject toJson() const;
};

// Successful builds, in SQLite (QtSql) in the app data folder: what was built, from which plan, and the
// artifact's digest, so "which flags made this plugin.wasm?" has an answer later.
class BuildHistory
{
public:
    explicit BuildHistory(const QString &path = defaultPath());
    ~BuildHistory();
    BuildHistory(const BuildHistory &) = delete;
    BuildHistory &operator=(const BuildHistory &) = delete;

    static QString defaultPath(); // HWB_HISTORY_FILE, else AppDataFolder::path()/build-history.sqlite
    // The history at `path` this thread already has open, else a new one. The build server keeps one open per
    // file between builds, and a build then uses it: no new connection, schema check and statements to compile
    // (~0.5 ms a build), and its end does not checkpoint the WAL, after which the next commit would sync a new
    // WAL's header to disk. One thread only, as a QSqlDatabase connection is.
    static std::shared_ptr<BuildHistory> shared(const QString &path = defaultPath());

    bool isOpen() const { return m_error.isEmpty(); }
    // Whether the path still names the file this history opened: one deleted or replaced since (by hand, or a
    // tidy-up) is not written to any more; shared() opens the new one.
    bool isStillOnDisk() const;
    QString errorString() const { return m_error; }
    // Takes the write lock now (BEGIN IMMEDIATE) for the record() to come. A build holds it from before it tells
    // its user the result until it has recorded: the build server lets its client go first, and a reader that
    // waitForWriters() (`hwb history` typed just after) still finds the build.
    bool beginRecord();
    // With `content` (EarlyInspection::provenContent()), also what the artifact contained, for the next build.
    bool record(const BuildPlan &plan, const BuildSummary &summary, const std::optional<ArtifactContent> &content = {});
    // What the last recorded build of `artifact` left there, as of then; nothing if unknown or unreadable.
    std::optional<ArtifactContent> lastContent(const QString &artifact) const;
    // Waits (up to SQLite's busy timeout) until no build holds the write lock: see beginRecord().
    void waitForWriters() const;
    // Newest first. `plugin` is a name (every family's plugin of that name) or FAMILY/NAME (that folder's only,
    // as hwb names plugins when a name repeats across families).
    QList<BuildRecord> recent(int limit = 200, const QString &plugin = {}) const;
    // Every plugin name with a recorded build, of any workspace.
    QStringList pluginNames() const;
    // The median time of the last five successful builds of `artifact` in `mode` (a BuildModes id) that rebuilt
    // it; 0 if none. A no-op rebuild takes a fraction of an edit's time and would make the guess too short.
    qint64 typicalDurationMs(const QString &artifact, const QString &mode) const;
    // Its query (artifact, mode), which the index builds_that_built serves.
    static constexpr const char *kTypicalDurationsSql = "SELECT duration_ms FROM builds WHERE artifact = ? AND mode = ? "
                                                        "AND unchanged = 0 ORDER BY id DESC LIMIT 5";

private:
    void addColumnIfMissing(const QString &column, const QString &definition);
    // A statement compiled once for the life of this history. A SELECT's caller finish()es it after reading,
    // or it would hold its read snapshot open.
    QSqlQuery &statement(const QString &sql) const;

    SqliteConnection m_db;
    QString m_error;
    bool m_recordBegun = false;
    QString m_path;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; // after m_db: gone before it
};

} // namespace hwb
