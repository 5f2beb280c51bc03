#include "InspectionFinding.h"

namespace hwb {

QString severityId(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error: return QStringLiteral("error");
    case FindingSeverity::Warning: return QStringLiteral("warning");
    case FindingSeverity::Info: return QStringLiteral("info");
    }
    return {};
}

QJsonObject InspectionFinding::toJson() const
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("severity"), severityId(severity)},
            {QStringLiteral("message"), message},
            {QStringLiteral("fix"), fix},
            {QStringLiteral("title"), title}};
}

} // namespace hwb
