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
