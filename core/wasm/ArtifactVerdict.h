#pragma once

#include <QCoreApplication>
#include <QString>

namespace hwb {

struct ArtifactReport;

// A report summed up in one headline, worded alike by `hwb inspect`, `hwb build` and the Build page, so that no
// headline says "pass" while a finding below it says requests will hang.
struct ArtifactVerdict
{
    enum class Kind {
        Pass,
        PassWithWarnings,
        // No error, but the module exports the old ABI and nothing says the plugin may do without the new one: the
        // gateway loads it and requests through it hang. Still no error: only the plugin's .buildrc (or the caller)
        // can say the tag was needed, and `hwb inspect`'s exit status follows the errors (BRIEF §5).
        LoadsButHangs,
        Fail,
    };

    Kind kind = Kind::Pass;
    QString headline; // "The module FAILS verification: it exports proxy_abi_version_0_2_1, not 0_2_100, …"
    QString fix;      // the first problem's fix, often a command; empty when there is no problem
    QString command;  // the command that fix gives, alone (InspectionFinding::command)

    bool failed() const { return kind == Kind::Fail; }
    static QString kindId(Kind kind); // "pass" | "pass-with-warnings" | "loads-but-hangs" | "fail" (JSON)
    static ArtifactVerdict of(const ArtifactReport &report);

    Q_DECLARE_TR_FUNCTIONS(hwb::ArtifactVerdict)
};

} // namespace hwb
