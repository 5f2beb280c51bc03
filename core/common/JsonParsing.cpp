#include "JsonParsing.h"

#include <QCoreApplication>

namespace hwb {

namespace {
QString jsonParseErrorText(const QByteArray &bytes, const QJsonParseError &error)
{
    const QByteArray before = bytes.left(error.offset);
    return QCoreApplication::translate("hwb::JsonParseError", "line %1, column %2: %3")
        .arg(before.count('\n') + 1)
        .arg(before.size() - before.lastIndexOf('\n'))
        .arg(error.errorString());
}
} // namespace

std::optional<QJsonDocument> parseJson(const QByteArray &bytes, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    *why = jsonParseErrorText(bytes, error);
    return std::nullopt;
}

} // namespace hwb
