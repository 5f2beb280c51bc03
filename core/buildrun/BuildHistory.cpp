#include "BuildHistory.h"

#include "common/FileIdentity.h"
#include "storage/AppDataFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace hwb {

namespace {
// One artifact has one history, however the workspace was reached: `--workspace link` and `--workspace real` spell
// the same main.wasm two ways, and the "unchanged since the last build" note only found the spelling it was recorded
// under. Its folder is resolved, not the file, which may not exist yet (or any more); a folder that does not exist
// leaves the path as typed, made absolute.
QString artifactKey(const QString &artifact)
{
    const QFileInfo file(artifact);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(file.absoluteFilePath()) : folder + QLatin1Char('/') + file.fileName();
}
} // namespace

QJsonObject BuildRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODate)},
            {QStringLiteral("plugin"), plugin},
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("artifact"), artifact},
            {QStringLiteral("size"), size},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("exit_code"), exitCode},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("plan"), plan}};
}

QString BuildHistory::defaultPath()
{
    const QString env = qEnvironmentVariable("HWB_HISTORY_FILE");
    if (!env.isEmpty())
        return env;
    return AppDataFolder::filePath(QStringLiteral("build-history.sqlite"));
}

BuildHistory::BuildHistory(const QString &path)
    : m_path(path)
{
    m_error = m_db.open(path, {QStringLiteral(
        "CREATE TABLE IF NOT EXISTS builds ("
        "id INTEGER PRIMARY KEY AUTOINCREMENT, finished_at TEXT NOT NULL, plugin TEXT NOT NULL, "
        "workspace TEXT, mode TEXT, artifact TEXT, size INTEGER, sha256 TEXT, duration_ms INTEGER, "
        "exit_code INTEGER, verdict TEXT, plan TEXT, unchanged INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS builds_by_artifact ON builds (artifact, mode)"),
        // One row per artifact path: what its last recorded build left (ArtifactContent::toBytes()).
        QStringLiteral("CREATE TABLE IF NOT EXISTS artifact_contents (artifact TEXT PRIMARY KEY, content BLOB NOT NULL)")});
    if (isOpen()) {
        addColumnIfMissing(QStringLiteral("unchanged"), QStringLiteral("INTEGER NOT NULL DEFAULT 0"));
        // typicalDurationMs() wants the last builds that built something. With only (artifact, mode) indexed, it
        // stepped over every no-op rebuild since: 6 ms per build after 20,000 of them, during each build.
        QSqlQuery(m_db.database())
            .exec(QStringLiteral("CREATE INDEX IF NOT EXISTS builds_that_built ON builds (artifact, mode, id) "
                                 "WHERE unchanged = 0"));
    }
    const FileIdentity opened = FileIdentity::ofPath(path);
    m_device = opened.device;
    m_inode = opened.inode;
}

// Histories written before a column existed get it, with its default, the first time a newer hwb opens them.
void BuildHistory::addColumnIfMissing(const QString &column, const QString &definition)
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("PRAGMA table_info(builds)")))
        return;
    while (q.next())
        if (q.value(1).toString() == column)
            return;
    // Another process may add it at the same moment; then this fails and the column is there all the same.
    q.exec(QStringLiteral("ALTER TABLE builds ADD COLUMN %1 %2").arg(column, definition));
}

BuildHistory::~BuildHistory() = default;

std::shared_ptr<BuildHistory> BuildHistory::shared(const QString &path)
{
    static QHash<QString, std::weak_ptr<BuildHistory>> open;
    if (std::shared_ptr<BuildHistory> known = open.value(path).lock(); known && known->isStillOnDisk())
        return known;
    auto history = std::make_shared<BuildHistory>(path);
    open.insert(path, history);
    return history;
}

bool BuildHistory::isStillOnDisk() const
{
    const FileIdentity now = FileIdentity::ofPath(m_path);
    return now.exists() && now.device == m_device && now.inode == m_inode;
}

QSqlQuery &BuildHistory::statement(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db.database());
        query->prepare(sql);
    }
    return *query;
}

bool BuildHistory::beginRecord()
{
    if (!isOpen())
        return false;
    QSqlQuery &begin = statement(QStringLiteral("BEGIN IMMEDIATE"));
    m_recordBegun = begin.exec();
    if (!m_recordBegun)
        m_error = begin.lastError().text();
    return m_recordBegun;
}

void BuildHistory::waitForWriters() const
{
    if (!isOpen())
        return;
    // Taking the write lock and giving it back at once: a history this user may only read skips the wait.
    if (statement(QStringLiteral("BEGIN IMMEDIATE")).exec())
        statement(QStringLiteral("ROLLBACK")).exec();
}

bool BuildHistory::record(const BuildPlan &plan, const BuildSummary &summary, const std::optional<ArtifactContent> &content)
{
    if (!isOpen())
        return false;
    if (!std::exchange(m_recordBegun, false))
        statement(QStringLiteral("BEGIN")).exec();
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO builds (finished_at, plugin, workspace, mode, artifact, size, sha256, duration_ms, "
        "exit_code, verdict, plan, unchanged) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(plan.plugin);
    q.addBindValue(plan.workspace);
    q.addBindValue(buildModeId(plan.mode));
    const QString artifact = artifactKey(summary.artifact);
    q.addBindValue(artifact);
    q.addBindValue(summary.artifactSize);
    q.addBindValue(summary.sha256);
    q.addBindValue(summary.result.durationMs);
    q.addBindValue(summary.result.exitCode);
    q.addBindValue(summary.verdictRecord.isEmpty() ? summary.verdict : summary.verdictRecord);
    q.addBindValue(QString::fromUtf8(QJsonDocument(plan.withSecretsMasked().toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(int(summary.artifactUnchanged));
    bool ok = q.exec();
    if (ok) {
        // A stale row would be worse than none: without content the row goes.
        QSqlQuery &c = statement(content ? QStringLiteral("INSERT OR REPLACE INTO artifact_contents (artifact, content) VALUES (?,?)")
                                         : QStringLiteral("DELETE FROM artifact_contents WHERE artifact = ?"));
        c.addBindValue(artifact);
        if (content)
            c.addBindValue(content->toBytes());
        ok = c.exec();
        if (!ok)
            m_error = c.lastError().text();
    } else {
        m_error = q.lastError().text();
    }
    QSqlQuery &end = statement(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (!end.exec() && ok) {
        m_error = end.lastError().text();
        statement(QStringLiteral("ROLLBACK")).exec(); // a commit that failed (busy for too long) leaves it open
        return false;
    }
    return ok;
}

std::optional<ArtifactContent> BuildHistory::lastContent(const QString &artifact) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery &q = statement(QStringLiteral("SELECT content FROM artifact_contents WHERE artifact = ?"));
    q.addBindValue(artifactKey(artifact));
    const bool found = q.exec() && q.next();
    const QByteArray bytes = found ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    if (!found)
        return std::nullopt;
    return ArtifactContent::fromBytes(bytes);
}

QStringList BuildHistory::pluginNames() const
{
    QStringList names;
    if (!isOpen())
        return names;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT DISTINCT plugin FROM builds ORDER BY plugin")))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QList<BuildRecord> BuildHistory::recent(int limit, const QString &plugin) const
{
    QList<BuildRecord> out;
    if (!isOpen())
        return out;
    // Builds record the plugin's name; its family shows in where the artifact lies, under
    // plugins/FAMILY/extensions/NAME/ (also a cargo build's, deeper in target/).
    const QString family = plugin.section(QLatin1Char('/'), 0, -2);
    const QString name = plugin.section(QLatin1Char('/'), -1);
    QString where;
    if (!name.isEmpty())
        where = family.isEmpty() ? QStringLiteral("WHERE plugin = ?") : QStringLiteral("WHERE plugin = ? AND instr(artifact, ?) > 0");
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id, finished_at, plugin, workspace, mode, artifact, size, sha256, duration_ms, exit_code, "
                             "verdict, plan, unchanged FROM builds %1 ORDER BY id DESC LIMIT ?")
                  .arg(where));
    if (!name.isEmpty())
        q.addBindValue(name);
    if (!family.isEmpty())
        q.addBindValue(QStringLiteral("/plugins/%1/extensions/%2/").arg(family, name));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        BuildRecord r;
        r.id = q.value(0).toLongLong();
        r.finishedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.plugin = q.value(2).toString();
        r.workspace = q.value(3).toString();
        r.mode = q.value(4).toString();
        r.artifact = q.value(5).toString();
        r.size = q.value(6).toLongLong();
        r.sha256 = q.value(7).toString();
        r.durationMs = q.value(8).toLongLong();
        r.exitCode = q.value(9).toInt();
        r.verdict = q.value(10).toString();
        r.plan = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        r.unchanged = q.value(12).toInt() != 0;
        out.append(r);
    }
    return out;
}

qint64 BuildHistory::typicalDurationMs(const QString &artifact, const QString &mode) const
{
    if (!isOpen())
        return 0;
    QSqlQuery &q = statement(QString::fromLatin1(kTypicalDurationsSql));
    q.addBindValue(artifactKey(artifact));
    q.addBindValue(mode);
    QList<qint64> durations;
    if (q.exec())
        while (q.next())
            durations.append(q.value(0).toLongLong());
    q.finish();
    if (durations.isEmpty())
        return 0;
    std::sort(durations.begin(), durations.end());
    return durations.at(durations.size() / 2);
}

} // namespace hwb
