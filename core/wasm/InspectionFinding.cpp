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
    QJsonObject json{{QStringLiteral("code"), code},
                     {QStringLiteral("severity"), severityId(severity)},
                     {QStringLiteral("message"), message},
                     {QStringLiteral("fix"), fix},
                     {QStringLiteral("title"), title}};
    if (!command.isEmpty())
        json.insert(QStringLiteral("fix_command"), command);
    return json;
}

} // namespace hwb
