#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hwb {

// A JSON file the workbench keeps its own data in (gateway profiles, build profiles), which users may also edit
// by hand. Reading tells a missing file from one that cannot be read; writing is atomic, and never goes over a
// file that could not be read: that one is kept beside, as PATH.unreadable, for the user to mend.
class JsonStoreFile
{
public:
    explicit JsonStoreFile(const QString &path) : m_path(path) {}

    // The file's object: empty when there is no file, nothing when it is not a JSON object (*why says what is wrong).
    std::optional<QJsonObject> read(QString *why) const;
    bool write(const QJsonObject &object, QString *error) const;

    const QString &path() const { return m_path; }

private:
    QString m_path;
};

} // namespace hwb
