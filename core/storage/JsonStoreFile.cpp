#include "JsonStoreFile.h"

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
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    const auto doc = parseJson(file.readAll(), why);
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
