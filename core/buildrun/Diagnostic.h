#pragma once

#include <QJsonObject>
#include <QString>

namespace hwb {

// One problem a build tool reported, with where it is when the tool said so.
struct Diagnostic
{
    enum class Severity { Error, Warning, Note };
    Severity severity = Severity::Error;
    QString tool;    // "go", "make", "docker", "rustc"
    QString file;    // as printed; DiagnosticsModel resolves it against the build's folders
    int line = 0;    // 1-based, 0 when unknown
    int column = 0;
    QString message;
    QString fix;     // what to do, when we know it

    QJsonObject toJson() const;
};
QString diagnosticSeverityId(Diagnostic::Severity severity);

} // namespace hwb
