#include "CliOutput.h"
#include "CommandRegistry.h"
#include "common/Suggestions.h"
#include "TextTable.h"
#include "UserInput.h"

#include "buildrun/BuildHistory.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

namespace hwb::cli {

namespace {

// Rows recorded by older versions hold a paragraph of translated prose: the table shows its start, `--json` all of it.
constexpr int kVerdictWidth = 48;

// A name with no builds is still a plugin when the workspace has it (no builds yet: not an error); a name that is
// neither in the history, which holds every workspace's builds, nor in the workspace is a typo.
bool isKnownPlugin(const QCommandLineParser &parser, const QString &name, const QStringList &recorded)
{
    const bool given = parser.isSet(QStringLiteral("workspace")) || !qEnvironmentVariableIsEmpty("HWB_WORKSPACE");
    const QString root = given ? resolveWorkspace(parser) : WorkspaceScanner::workspaceContaining(QDir::currentPath());
    if (given && root.isEmpty())
        return false; // resolveWorkspace said why
    if (!root.isEmpty() && !WorkspaceScanner::find(root, name).families.isEmpty())
        return true;
    QStringList candidates = recorded;
    if (!root.isEmpty()) {
        for (const PluginInfo &p : WorkspaceScanner::scan(root).plugins)
            candidates.append(p.name);
    }
    candidates.removeDuplicates();
    const QString meant = closestMatch(name.section(QLatin1Char('/'), -1), candidates);
    const QString where = root.isEmpty() ? tr("No builds of %1 recorded, and no workspace here has a plugin of that name.").arg(name)
                                         : tr("No builds of %1 recorded, and %2 has no plugin of that name.").arg(name, root);
    reportError({QStringLiteral("unknown-plugin"), where,
                 meant.isEmpty() ? tr("hwb history lists every plugin's builds.")
                                 : tr("Did you mean %1?").arg(meant) + QLatin1Char(' ') + tr("hwb history lists every plugin's builds.")});
    return false;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("plugin"), tr("Only this plugin's builds: a name, FAMILY/NAME, or its folder."),
                                 QStringLiteral("[plugin]"));
    parser.addOption({QStringLiteral("limit"), tr("At most N builds (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("List successful builds, newest first, with the artifact digest and the plan.\n"
                                         "Example: hwb history ai-proxy --limit 5"),
                        &exitCode, 1))
        return exitCode;
    int limit = 0;
    if (!intOption(parser, QStringLiteral("limit"), 1, std::numeric_limits<int>::max(), &limit))
        return ExitUsage;
    BuildHistory history;
    if (!history.isOpen()) {
        printError(history.errorString());
        return ExitFailure;
    }
    history.waitForWriters(); // a build that has told its result may still be recording it (BuildHistory::beginRecord)
    QString plugin = parser.positionalArguments().value(0);
    if (const QString root = WorkspaceScanner::workspaceContaining(QDir::currentPath()); !plugin.isEmpty() && !root.isEmpty())
        if (const QString atPath = pluginAtPath(root, plugin); !atPath.isEmpty())
            plugin = atPath;
    const auto records = history.recent(limit, plugin);
    if (records.isEmpty() && !plugin.isEmpty() && !isKnownPlugin(parser, plugin, history.pluginNames()))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BuildRecord &r : records)
            array.append(r.toJson());
        printJson(array);
        return ExitOk;
    }
    if (records.isEmpty()) {
        printLine(plugin.isEmpty() ? tr("No builds recorded yet.") : tr("No builds of %1 recorded.").arg(plugin));
        return ExitOk;
    }
    using Align = TextTable::Align;
    TextTable table({Align::Left, Align::Left, Align::Left, Align::Right});
    table.addRow({tr("FINISHED"), tr("PLUGIN"), tr("MODE"), tr("TIME"), tr("SHA256"), tr("VERDICT"), tr("ARTIFACT")});
    for (const BuildRecord &r : records)
        table.addRow({r.finishedAt.toLocalTime().toString(Qt::ISODate), r.plugin, r.mode,
                      QStringLiteral("%1 ms").arg(r.durationMs), r.sha256.left(12), TextTable::elided(r.verdict, kVerdictWidth),
                      r.artifact + (r.unchanged ? QStringLiteral("  (%1)").arg(tr("unchanged: nothing rebuilt")) : QString())});
    printTable(table);
    return ExitOk;
}

const CommandRegistration registration{
    {"history", QT_TRANSLATE_NOOP("hwb::cli", "List successful builds with their artifacts"), &run}};

} // namespace
} // namespace hwb::cli
