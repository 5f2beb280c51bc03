#include "SqliteConnection.h"

#include <QSqlDatabase>

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hwb {

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("hwb-sqlite-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqliteConnection::~SqliteConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqliteConnection::open(const QString &path, const QStringList &schema)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    QSqlQuery q(db);
    // WAL lets the GUI read a history while `hwb` appends to it, and with synchronous=NORMAL a commit no
    // longer waits for an fsync (a crash can lose the newest record, never corrupt the file). An fsync per
    // build record was most of what recording a build cost.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
        q.exec(QLatin1String(pragma)); // best effort: a file system without shared memory keeps its journal
    for (const QString &statement : schema)
        if (!q.exec(statement))
            return q.lastError().text();
    return {};
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name);
}

} // namespace hwb
