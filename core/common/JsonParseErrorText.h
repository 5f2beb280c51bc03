#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace hwb {

// "line 3, column 7: unterminated object": where an editor shows a JSON mistake, for files people edit by hand
// (templates, profiles), rather than Qt's byte offset. Translated.
QString jsonParseErrorText(const QByteArray &bytes, const QJsonParseError &error);

} // namespace hwb
