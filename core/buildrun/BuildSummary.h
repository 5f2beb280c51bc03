#pragma once

#include "BuildRunner.h"

#include "buildplan/BuildPlan.h"
#include "common/FileIdentity.h"
#include "wasm/ArtifactInspector.h"
#include "wasm/ArtifactVerdict.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hwb {

class EarlyInspection;

// What a finished build produced: the `hwb build --json` summary line (BRIEF §5) and the history record.
struct BuildSummary
{
    BuildResult result;
    QString artifact;
    qint64 artifactSize = -1;
    QString sha256;       // hex, empty when there is no artifact
    QString verdict;      // "pass" | "fail" as `hwb inspect` judges it (core/wasm ArtifactInspector)
    QString verdictDetail; // for people: "abi 0_2_100 present" or the error findings
    // What the build history keeps, in no language, so that a history filled in Chinese reads in English too:
    // "pass: abi 0_2_100" or "fail: abi-too-old, tags-not-applied" (the error findings' codes).
    QString verdictRecord;
    bool verdictOk = false;
    // ArtifactVerdict's headline ("The module FAILS verification: …", "Module verified: exports …") and the first
    // problem's fix: what a person reads first; verdictDetail has every error finding.
    QString verdictHeadline;
    QString verdictFix;
    QString verdictCommand; // the command verdictFix gives, alone, to be shown whole
    ArtifactVerdict::Kind verdictKind = ArtifactVerdict::Kind::Fail;
    QJsonArray findings;  // the inspector's findings, BRIEF §5 shape
    // The build left the artifact as the last recorded build did (proven, EarlyInspection): nothing was rebuilt.
    // An edit that was meant to change the plugin did not reach this build.
    bool artifactUnchanged = false;

    bool ok() const { return result.state == BuildState::Succeeded && !sha256.isEmpty(); }
    // Why it is not ok, for `error`: the runner's reason, the exit status, or that no module was written. Empty
    // when it is ok, and for a user's cancel, which is no failure.
    QString failureReason() const;
    // {ok, exit_code, duration_ms, artifact, sha256, verdict, state, size, unchanged, verdict_headline, verdict_fix, ...}
    QJsonObject toJson() const;

    // Reads the artifact when the build succeeded. An artifact the build left as it found it (`before`: its stat
    // identity when the build started, change time included) was not written by it: Go touches an output it finds
    // up to date, so with Go a file left alone is stale. cargo leaves an up-to-date output alone, so for cargo it is
    // the build's result, unchanged. (On a filesystem with coarse timestamps, a rewrite in place with the same size
    // within one tick would read as left alone.) With `early` (watching this build's artifact), its read is used
    // when it is still good.
    static BuildSummary of(const BuildPlan &plan, const BuildResult &result, const FileIdentity &before,
                           EarlyInspection *early = nullptr);
    // The summary of a build its plan's errors stopped before it started: failed, with the errors as `error`.
    static BuildSummary refused(const BuildPlan &plan);
    // How a build's artifact is judged: as `hwb inspect --expect-tags <the plan's tags>` would.
    static ArtifactInspector::Options inspectionOptions(const BuildPlan &plan);
    static QString abiSummary(const ArtifactReport &report);
    static QStringList abiVersions(const ArtifactReport &report); // of its proxy_abi_version_* exports: "0_2_100"
};

} // namespace hwb
