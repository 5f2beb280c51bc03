#include "JsonParseErrorText.h"

#include <QCoreApplication>

namespace hwb {

QString jsonParseErrorText(const QByteArray &bytes, const QJsonParseError &error)
{
    const QByteArray before = bytes.left(error.offset);
    return QCoreApplication::translate("hwb::JsonParseError", "line %1, column %2: %3")
        .arg(before.count('\n') + 1)
        .arg(before.size() - before.lastIndexOf('\n'))
        .arg(error.errorString());
}

} // namespace hwb
