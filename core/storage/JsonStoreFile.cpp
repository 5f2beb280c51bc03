#include "JsonStoreFile.h"

#include "common/BoundedFile.h"
#include "common/JsonParsing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace hwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::JsonStoreFile", text);
}
} // namespace

std::optional<QJsonObject> JsonStoreFile::read(QString *why) const
{
    // Only a missing file is an empty store: one that is a folder, a FIFO (which would hang the read) or has no
    // permission is said, not taken for empty.
    if (!QFileInfo::exists(m_path))
        return QJsonObject();
    const auto bytes = BoundedFile::read(m_path, BoundedFile::kStoreLimit, why);
    if (!bytes)
        return std::nullopt;
    const auto doc = parseJson(*bytes, why);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        *why = tr("it is not a JSON object");
        return std::nullopt;
    }
    return doc->object();
}

bool JsonStoreFile::write(const QJsonObject &object, QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // A folder is no file to keep beside: moving it would surprise more than the refusal.
    if (QFileInfo(m_path).isDir()) {
        *error = tr("Could not write %1: it is a folder.").arg(m_path);
        return false;
    }
    if (QString why; QFileInfo::exists(m_path) && !read(&why)) {
        QString aside = m_path + QStringLiteral(".unreadable");
        if (QFileInfo::exists(aside)) // an earlier one is kept too
            aside += QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(m_path, aside)) {
            *error = tr("%1 could not be read, and could not be kept as %2.").arg(m_path, aside);
            return false;
        }
    }
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = tr("Could not write %1: %2.").arg(m_path, file.errorString());
    return false;
}

} // namespace hwb
