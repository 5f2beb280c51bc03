#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace hwb {

// The document in bytes; nothing when it does not parse, and *why says where as an editor shows it, for files
// people edit by hand (templates, profiles): "line 3, column 7: unterminated object", not Qt's byte offset.
// Translated.
std::optional<QJsonDocument> parseJson(const QByteArray &bytes, QString *why);

} // namespace hwb
