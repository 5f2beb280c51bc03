#include "BuildOptions.h"
#include "CliOutput.h"
#include "CommandRegistry.h"
#include "InterruptWatcher.h"
#include "VerdictText.h"

#include "buildrun/BuildHistory.h"
#include "buildrun/BuildRunner.h"
#include "buildrun/BuildSummary.h"
#include "buildrun/DiagnosticsModel.h"
#include "buildrun/EarlyInspection.h"
#include "buildrun/LogFeedBench.h"
#include "wasm/ArtifactContentCache.h"
#include "wasm/ArtifactInspector.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>

#include <csignal>
#include <optional>

namespace hwb::cli {

namespace {

// A build that exited 0 but wrote no artifact built nothing: it fails, as its summary's "ok" says.
int exitCodeOf(const BuildSummary &summary)
{
    switch (summary.result.state) {
    case BuildState::Succeeded: return summary.ok() ? ExitOk : ExitFailure;
    case BuildState::Cancelled: return InterruptWatcher::kExitCode;
    default: return summary.result.exitCode > 0 ? summary.result.exitCode : ExitFailure;
    }
}

void printJsonSummary(const BuildSummary &summary, const DiagnosticsModel *diagnostics)
{
    QJsonObject out = summary.toJson();
    QJsonArray problems;
    if (diagnostics)
        for (const Diagnostic &d : diagnostics->diagnostics())
            problems.append(d.toJson());
    out.insert(QStringLiteral("diagnostics"), problems);
    printJsonLine(out);
}

// "Succeeded in 812 ms: ARTIFACT sha256 HEX", then the verdict's headline on a line of its own and the first
// problem's fix: all on one line, the verdict of a module that hangs requests read as a footnote to a success, and
// its fix was in --json only. A build that wrote no artifact has a verdict too ("The build wrote no new module").
// A build that rebuilt nothing says so: whoever expected an edit in this artifact learns it is not there.
QStringList summaryLines(const BuildSummary &summary)
{
    QString line = tr("%1 in %2 ms").arg(buildStateDisplayName(summary.result.state)).arg(summary.result.durationMs);
    if (!summary.sha256.isEmpty())
        line += QStringLiteral(": %1 sha256 %2").arg(summary.artifact, summary.sha256);
    if (summary.artifactUnchanged)
        line += QStringLiteral(" (%1)").arg(tr("unchanged since the last build: nothing was rebuilt"));
    QStringList lines{line};
    if (!summary.verdictHeadline.isEmpty())
        lines += VerdictText::lines(summary.verdictHeadline, summary.verdictFix, summary.verdictCommand);
    return lines;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    addBuildOptions(parser);
    parser.addOption({QStringLiteral("no-history"), tr("Do not record this build in the history.")});
    QCommandLineOption feedLog(QStringLiteral("feed-log"), QStringLiteral("bench: feed FILE through the log pane model"),
                               QStringLiteral("FILE"));
    feedLog.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(feedLog);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Build a plugin with its merged flags. The exit code is the build's; with --json "
                                         "the log goes to stderr and stdout ends with a summary object.\n"
                                         "Example: hwb build ai-proxy --mode make-local"),
                        &exitCode))
        return exitCode;
    if (parser.isSet(feedLog)) {
        printJson(LogFeedBench::run(parser.value(feedLog)));
        return ExitOk;
    }
    // A build is an action with a record, not a report: a reader that goes away (`hwb build X | head -1`) must
    // not kill hwb halfway, leaving Go running unwatched and the build unrecorded. Output to a closed pipe is
    // dropped instead, and the build runs to its end. The build itself gets the default back from QProcess.
    std::signal(SIGPIPE, SIG_IGN);
    BuildPlan plan;
    if (!planFromOptions(parser, &plan, &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));
    printWarnings(plan);
    if (plan.hasErrors()) {
        if (json)
            printJsonSummary(BuildSummary::refused(plan), nullptr);
        return ExitFailure;
    }
    if (!json)
        printLine(QStringLiteral("$ ") + plan.withSecretsMasked().commandLine());
    BuildRunner runner;
    DiagnosticsModel diagnostics;
    diagnostics.setSearchFolders({plan.cwd, plan.pluginPath});
    QObject::connect(&runner, &BuildRunner::linesReceived, &runner, [&](const QStringList &lines) {
        if (!runner.isCancelling())
            diagnostics.addLines(lines);
        // With --json stdout carries only the summary, so the log goes to stderr.
        if (json)
            printLog(lines.join(QLatin1Char('\n')));
        else
            printLine(lines.join(QLatin1Char('\n')));
    });
    QEventLoop loop;
    QObject::connect(&runner, &BuildRunner::finished, &loop, &QEventLoop::quit);
    // The build runs in its own process group, so Ctrl-C reaches hwb only: hwb turns it into a cancel of the group.
    const InterruptWatcher interrupts([&runner] { runner.cancel(); });
    const FileIdentity artifactBefore = FileIdentity::ofPath(plan.artifact);
    std::shared_ptr<BuildHistory> history;
    EarlyInspection early(plan.artifact, BuildSummary::inspectionOptions(plan));
    if (runner.start(plan)) {
        // What does not need the artifact happens while the build runs, on the core it leaves idle: loading
        // the SQLite driver and opening the history, the inspector's one-time set-up. A rebuild that Go finds
        // up to date takes ~50 ms, and these were a fifth of what hwb added to it.
        // The content the last build left is in this process's memory when it made it (a build server's), else
        // in the history.
        std::optional<ArtifactContent> previous = ArtifactContentCache::shared().find(artifactBefore);
        if (!parser.isSet(QStringLiteral("no-history"))) {
            history = BuildHistory::shared();
            early.expectDuration(history->typicalDurationMs(plan.artifact, buildModeId(plan.mode)));
            if (!previous)
                previous = history->lastContent(plan.artifact);
        }
        if (previous)
            early.expectUnchanged(*previous);
        ArtifactInspector::warmUp();
        loop.exec();
    }

    const BuildSummary summary = BuildSummary::of(plan, runner.result(), artifactBefore, &early);
    if (json) {
        printJsonSummary(summary, &diagnostics);
    } else {
        for (const Diagnostic &d : diagnostics.diagnostics())
            if (!d.fix.isEmpty())
                printError(d.message + QLatin1Char(' ') + d.fix);
        if (!summary.result.error.isEmpty())
            printError(summary.result.error);
        printLine(summaryLines(summary).join(QLatin1Char('\n')));
    }
    // The history's write lock is taken before the user is let go, and the record made after: a served build's
    // client exits without waiting for SQLite, and `hwb history` typed next waits for the lock instead. Taken
    // only now, after the printing, which a slow reader of the output can hold up for any time.
    const bool recording = summary.ok() && history && history->beginRecord();
    if (summary.ok() && history && !recording)
        printError(tr("Could not record the build in the history: %1").arg(history->errorString()));
    const int buildExitCode = exitCodeOf(summary);
    resultDelivered(buildExitCode);
    if (recording && !history->record(plan, summary, early.provenContent()))
        printError(tr("Could not record the build in the history: %1").arg(history->errorString()));
    return buildExitCode;
}

const CommandRegistration registration{{"build", QT_TRANSLATE_NOOP("hwb::cli", "Build a plugin with its merged flags"), &run}};

} // namespace
} // namespace hwb::cli
