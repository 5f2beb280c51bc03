#include "Diagnostic.h"

namespace hwb {

QString diagnosticSeverityId(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Note: return QStringLiteral("note");
    }
    return {};
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o{{QStringLiteral("severity"), diagnosticSeverityId(severity)}, {QStringLiteral("tool"), tool},
                  {QStringLiteral("message"), message}};
    if (!file.isEmpty()) {
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("line"), line);
        o.insert(QStringLiteral("column"), column);
    }
    if (!fix.isEmpty())
        o.insert(QStringLiteral("fix"), fix);
    return o;
}

} // namespace hwb
