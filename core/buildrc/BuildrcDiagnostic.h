#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hwb {

// One finding about a .buildrc. `line` is 1-based (0 = the whole file). `key` names the variable the finding
// is about, or is empty when it concerns the whole file (e.g. "evaluation stops here").
struct BuildrcDiagnostic
{
    enum class Severity { Error, Warning, Info };

    int line = 0;
    Severity severity = Severity::Info;
    QString code;    // stable id, e.g. "runs-code", "command-substitution"; see BuildrcEvaluator.h
    QString message; // translated, for people
    QString key;
    int column = -1;    // 0-based column in the line where the construct starts, -1 = whole line
    int length = 0;     // characters the construct spans on that line (for underlining)

    static QString severityId(Severity severity); // "error" | "warning" | "info"
    // {line, severity, code, message} per BRIEF §5, plus key/column/length when known.
    QJsonObject toJson() const;
    bool operator==(const BuildrcDiagnostic &other) const = default;
};

using BuildrcDiagnostics = QList<BuildrcDiagnostic>;

} // namespace hwb
