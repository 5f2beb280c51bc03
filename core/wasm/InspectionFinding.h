#pragma once

#include <QJsonObject>
#include <QString>

namespace hwb {

enum class FindingSeverity { Error, Warning, Info };
QString severityId(FindingSeverity severity); // "error" | "warning" | "info" (JSON contract)

// One verdict line about an artifact. `code` is a stable BRIEF §5 id (not-wasm, truncated, abi-missing,
// abi-too-old, tags-not-applied, command-module, import-unsupported, stale-artifact); message and fix are
// translated prose for people.
struct InspectionFinding
{
    QString code;
    FindingSeverity severity = FindingSeverity::Error;
    QString message; // what is wrong and what it does at the gateway
    QString fix;     // what to do, often the exact rebuild command
    // That command alone, when the fix gives one: what a Copy button copies and what tells two findings with one
    // cure apart from two with different ones. The fix text above keeps it too, for readers of the prose.
    QString command;
    // The message in one clause that reads after "The module FAILS verification: ", for the headlines of a build
    // and an inspection, where the whole message is too long to be read at a glance.
    QString title;

    QJsonObject toJson() const;
};

} // namespace hwb
