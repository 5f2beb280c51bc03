#include "ArtifactVerdict.h"

#include "ArtifactReport.h"

#include <algorithm>

namespace hwb {

namespace {

const InspectionFinding *firstOf(const ArtifactReport &report, FindingSeverity severity)
{
    const auto it = std::find_if(report.findings.cbegin(), report.findings.cend(),
                                 [severity](const InspectionFinding &f) { return f.severity == severity; });
    return it == report.findings.cend() ? nullptr : &*it;
}

qsizetype countOf(const ArtifactReport &report, FindingSeverity severity)
{
    return std::count_if(report.findings.cbegin(), report.findings.cend(),
                         [severity](const InspectionFinding &f) { return f.severity == severity; });
}

// "exports proxy_abi_version_0_2_100, built with -tags=proxy_wasm_version_0_2_100": what a pass rests on.
QString passBasis(const ArtifactReport &report)
{
    QStringList abis;
    for (const QString &abi : report.surface.abiVersions)
        abis.append(QStringLiteral("proxy_abi_version_") + abi);
    const QString exports = abis.join(QLatin1String(", "));
    if (report.goBuildInfo.settings.isEmpty()) // TinyGo, Rust, C++: no build settings to read tags from
        return report.toolchain.id.isEmpty()
            ? QCoreApplication::translate("hwb::ArtifactVerdict", "exports %1").arg(exports)
            : QCoreApplication::translate("hwb::ArtifactVerdict", "exports %1, built by %2").arg(exports, report.toolchain.id);
    const QStringList tags = report.goBuildInfo.tags();
    return tags.isEmpty()
        ? QCoreApplication::translate("hwb::ArtifactVerdict", "exports %1, built without -tags").arg(exports)
        : QCoreApplication::translate("hwb::ArtifactVerdict", "exports %1, built with -tags=%2").arg(exports, tags.join(QLatin1Char(',')));
}

// A finding's title, or its code for a finding from before titles (a report read back from JSON).
QString titleOf(const InspectionFinding &f)
{
    return f.title.isEmpty() ? f.code : f.title;
}

} // namespace

QString ArtifactVerdict::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Pass: return QStringLiteral("pass");
    case Kind::PassWithWarnings: return QStringLiteral("pass-with-warnings");
    case Kind::LoadsButHangs: return QStringLiteral("loads-but-hangs");
    case Kind::Fail: return QStringLiteral("fail");
    }
    return {};
}

ArtifactVerdict ArtifactVerdict::of(const ArtifactReport &report)
{
    ArtifactVerdict v;
    // Names the first finding of a severity and counts the rest; false when there is none.
    const auto summarise = [&](FindingSeverity severity, Kind kind, const QString &one, const QString &many) {
        const InspectionFinding *first = firstOf(report, severity);
        if (!first)
            return false;
        const qsizetype count = countOf(report, severity);
        v.kind = kind;
        v.fix = first->fix;
        v.command = first->command;
        v.headline = count > 1 ? many.arg(titleOf(*first), QString::number(count)) : one.arg(titleOf(*first));
        return true;
    };
    if (summarise(FindingSeverity::Error, Kind::Fail, tr("The module FAILS verification: %1."),
                  tr("The module FAILS verification: %1 (the first of %2 problems).")))
        return v;
    const auto hang = std::find_if(report.findings.cbegin(), report.findings.cend(), [](const InspectionFinding &f) {
        return f.code == QLatin1String("abi-too-old");
    });
    if (hang != report.findings.cend()) {
        v.kind = Kind::LoadsButHangs;
        v.fix = hang->fix;
        v.command = hang->command;
        v.headline = tr("The module LOADS, but requests will hang: it exports proxy_abi_version_%1, not 0_2_100, and "
                        "no .buildrc or expected tags say the plugin can do without it.")
                         .arg(report.surface.newestAbi());
        return v;
    }
    if (summarise(FindingSeverity::Warning, Kind::PassWithWarnings, tr("Module verified, with a warning: %1."),
                  tr("Module verified, with warnings: %1 (the first of %2).")))
        return v;
    v.headline = tr("Module verified: %1.").arg(passBasis(report));
    return v;
}

} // namespace hwb
