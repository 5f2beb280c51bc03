#include "BuildSummary.h"

#include "EarlyInspection.h"

#include "wasm/ArtifactContentCache.h"
#include "wasm/ArtifactFreshness.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hwb {

QJsonObject BuildSummary::toJson() const
{
    return {{QStringLiteral("ok"), ok()},
            {QStringLiteral("state"), buildStateId(result.state)},
            {QStringLiteral("exit_code"), result.exitCode},
            {QStringLiteral("duration_ms"), result.durationMs},
            {QStringLiteral("artifact"), artifact},
            {QStringLiteral("size"), artifactSize < 0 ? QJsonValue() : QJsonValue(artifactSize)},
            {QStringLiteral("sha256"), sha256.isEmpty() ? QJsonValue() : QJsonValue(sha256)},
            {QStringLiteral("verdict"), verdict.isEmpty() ? QJsonValue() : QJsonValue(verdict)},
            {QStringLiteral("verdict_detail"), verdictDetail},
            {QStringLiteral("verdict_headline"), verdictHeadline},
            {QStringLiteral("verdict_fix"), verdictFix},
            {QStringLiteral("verdict_kind"), verdict.isEmpty() ? QJsonValue() : QJsonValue(ArtifactVerdict::kindId(verdictKind))},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("unchanged"), artifactUnchanged},
            {QStringLiteral("error"), failureReason().isEmpty() ? QJsonValue() : QJsonValue(failureReason())}};
}

QString BuildSummary::failureReason() const
{
    if (!result.error.isEmpty())
        return result.error;
    const auto text = [](const char *source) { return QCoreApplication::translate("hwb::BuildSummary", source); };
    switch (result.state) {
    case BuildState::Failed:
        return result.exitCode >= 0
            ? text(QT_TRANSLATE_NOOP("hwb::BuildSummary", "the build exited with status %1")).arg(result.exitCode)
            : text(QT_TRANSLATE_NOOP("hwb::BuildSummary", "the build was killed by a signal"));
    case BuildState::Succeeded:
        return ok() ? QString() : verdictHeadline; // it exited 0 but wrote no module
    default:
        return {}; // a user's cancel is no failure
    }
}

QStringList BuildSummary::abiVersions(const ArtifactReport &report)
{
    QStringList abis;
    for (const auto &e : report.module.exports)
        if (e.name.startsWith(QLatin1String("proxy_abi_version_")))
            abis.append(e.name.mid(18));
    return abis;
}

QString BuildSummary::abiSummary(const ArtifactReport &report)
{
    const auto text = [](const char *source) { return QCoreApplication::translate("hwb::BuildSummary", source); };
    if (!report.readable())
        return text(QT_TRANSLATE_NOOP("hwb::BuildSummary", "not a readable wasm module"));
    const QStringList abis = abiVersions(report);
    if (abis.isEmpty())
        return text(QT_TRANSLATE_NOOP("hwb::BuildSummary", "no proxy_abi_version export"));
    return abis.contains(QLatin1String("0_2_100")) ? text(QT_TRANSLATE_NOOP("hwb::BuildSummary", "abi 0_2_100 present"))
                                                   : text(QT_TRANSLATE_NOOP("hwb::BuildSummary", "abi %1 only")).arg(abis.join(QLatin1Char(',')));
}

ArtifactInspector::Options BuildSummary::inspectionOptions(const BuildPlan &plan)
{
    ArtifactInspector::Options options;
    for (const auto &t : plan.tags)
        options.expectTags.append(t.name);
    options.expectTagsSource = QCoreApplication::translate("hwb::BuildSummary", "the build plan");
    options.pluginDir = plan.pluginPath;
    return options;
}

BuildSummary BuildSummary::refused(const BuildPlan &plan)
{
    QStringList errors;
    for (const BuildWarning &w : plan.warnings)
        if (w.severity == BuildWarning::Severity::Error)
            errors.append(w.message);
    BuildSummary s;
    s.result = {BuildState::Failed, -1, 0, errors.join(QLatin1Char(' '))};
    s.artifact = plan.artifact;
    return s;
}

BuildSummary BuildSummary::of(const BuildPlan &plan, const BuildResult &result, const FileIdentity &before,
                              EarlyInspection *early)
{
    BuildSummary s;
    s.result = result;
    s.artifact = plan.artifact;
    if (result.state != BuildState::Succeeded)
        return s;
    // Not "older than the start, give or take 2 s": a build that wrote nothing, just after another wrote the file,
    // passed for fresh, and its history entry claimed the other build's module. Go touches an output it finds up to
    // date, so with Go a file left alone is not the build's. cargo leaves an up-to-date output alone: there it is
    // the build's result, unchanged (a second `hwb build say-hello` a minute after the first failed).
    // Only while no source is newer than it, though: cargo would have rebuilt, so an untouched file then is not
    // where this cargo writes (CARGO_TARGET_DIR, a target-dir in .cargo/config.toml).
    const FileIdentity now = FileIdentity::ofPath(plan.artifact);
    const bool untouched = now.exists() && now == before;
    const bool upToDate = untouched && plan.mode == BuildMode::Cargo
        && !ArtifactFreshness::newerSource(plan.pluginPath, QDateTime::fromMSecsSinceEpoch(now.mtimeNs / 1000000));
    if (!now.exists() || (untouched && !upToDate)) {
        s.verdict = QStringLiteral("fail");
        s.verdictDetail = QCoreApplication::translate("hwb::BuildSummary", "the build wrote no new artifact at %1").arg(plan.artifact);
        s.verdictHeadline = QCoreApplication::translate("hwb::BuildSummary", "The build wrote no new module at %1: there is "
                                                        "nothing to verify.").arg(plan.artifact);
        return s;
    }
    std::optional<ArtifactReport> earlyReport = early ? early->take() : std::nullopt;
    const ArtifactReport report = earlyReport ? std::move(*earlyReport)
                                              : ArtifactContentCache::shared().inspect(plan.artifact, inspectionOptions(plan));
    s.artifactUnchanged = untouched || (earlyReport && early->judgedRememberedContent());
    s.artifactSize = report.size;
    s.sha256 = report.sha256; // empty only when the artifact could not be opened
    s.verdictOk = report.passed();
    s.verdict = s.verdictOk ? QStringLiteral("pass") : QStringLiteral("fail");
    QStringList problems;
    QStringList problemCodes;
    for (const InspectionFinding &f : report.findings) {
        s.findings.append(f.toJson());
        if (f.severity == FindingSeverity::Error) {
            problems.append(f.code + QStringLiteral(": ") + f.message);
            problemCodes.append(f.code);
        }
    }
    s.verdictDetail = problems.isEmpty() ? abiSummary(report) : problems.join(QStringLiteral("; "));
    const QStringList abis = abiVersions(report);
    s.verdictRecord = s.verdict + QStringLiteral(": ")
        + (!problemCodes.isEmpty() ? problemCodes.join(QStringLiteral(", "))
           : abis.isEmpty()        ? QStringLiteral("no abi export")
                                   : QStringLiteral("abi ") + abis.join(QLatin1Char(',')));
    const ArtifactVerdict verdict = ArtifactVerdict::of(report);
    s.verdictHeadline = verdict.headline;
    s.verdictFix = verdict.fix;
    s.verdictCommand = verdict.command;
    s.verdictKind = verdict.kind;
    return s;
}

} // namespace hwb
