#pragma once

class QSqlDatabase;
#include <QString>
#include <QStringList>

namespace hwb {

// A private, named QtSql connection to one SQLite file, removed again when the owner goes away.
// Each history object gets its own connection name, so several can live in one process or thread.
class SqliteConnection
{
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Creates the folder, opens the file and runs the schema statements in order. Returns an error text,
    // or an empty string on success.
    QString open(const QString &path, const QStringList &schema);
    QSqlDatabase database() const;

private:
    QString m_name;
};

} // namespace hwb
