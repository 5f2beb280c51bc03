#include "BuildrcDiagnostic.h"

namespace hwb {

QString BuildrcDiagnostic::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject BuildrcDiagnostic::toJson() const
{
    QJsonObject object{{QStringLiteral("line"), line},
                       {QStringLiteral("severity"), severityId(severity)},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("message"), message}};
    if (!key.isEmpty())
        object.insert(QStringLiteral("key"), key);
    if (column >= 0) {
        object.insert(QStringLiteral("column"), column);
        object.insert(QStringLiteral("length"), length);
    }
    return object;
}

} // namespace hwb
