#include "CliOutput.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "buildplan/BuildFlagMerger.h"
#include "buildplan/BuildPlanner.h"
#include "buildplan/BuildProfile.h"

#include <QJsonObject>

namespace hwb::cli {

namespace {

QJsonObject toJson(const QString &workspace, const BuildProfile &profile)
{
    QJsonObject variables;
    for (const auto &[name, value] : profile.variables.values)
        variables.insert(name, value);
    return {{QStringLiteral("workspace"), workspace},
            {QStringLiteral("store"), BuildProfile::storePath()},
            {QStringLiteral("mode"), profile.mode ? QJsonValue(buildModeId(*profile.mode)) : QJsonValue()},
            {QStringLiteral("custom_command"), profile.customCommand},
            {QStringLiteral("variables"), variables}};
}

void print(const QString &workspace, const BuildProfile &profile)
{
    if (profile.isEmpty()) {
        printLine(tr("The workspace %1 has no build profile: its builds take the Makefile's and .buildrc's values.").arg(workspace));
        return;
    }
    printLine(tr("Build profile of %1 (in %2):").arg(workspace, BuildProfile::storePath()));
    TextTable table;
    if (profile.mode)
        table.addRow({tr("mode"), buildModeId(*profile.mode)});
    if (!profile.customCommand.isEmpty())
        table.addRow({tr("command"), profile.customCommand});
    for (const auto &[name, value] : profile.variables.values)
        table.addRow({name, value});
    printTable(table);
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("mode"), tr("set: the mode builds take when none is given (%1).")
                                                  .arg(buildModeIdList()), tr("mode")});
    parser.addOption({QStringLiteral("command"), tr("set: the custom mode's command template."), tr("template")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("show (default), set K=V…, unset K…, or clear"),
                                 QStringLiteral("[action]"));
    parser.addPositionalArgument(QStringLiteral("values"), tr("set: NAME=VALUE pairs, as --set takes them (EXTRA_TAGS "
                                                              "'+tag' adds, '-tag' removes, each set adding to the profile's; "
                                                              "EXTRA_TAGS= for none); unset: names, or 'mode' and 'command'."),
                                 QStringLiteral("[values…]"));
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Show or change the workspace's build profile: the layer between the plugin's "
                                         ".buildrc and one build's --set. hwb build and the Build page use it."),
                        &exitCode))
        return exitCode;
    const QString workspace = resolveWorkspace(parser);
    if (workspace.isEmpty())
        return ExitUsage;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QStringLiteral("show") : positional.takeFirst();
    QString unreadable;
    BuildProfile profile = BuildProfile::load(workspace, &unreadable);
    if (!unreadable.isEmpty()) {
        printError(unreadable);
        // Changing it would start the store afresh (the old file kept beside): every workspace's profile would go.
        if (action != QLatin1String("show")) {
            printError(tr("Mend the file, or move it away to start afresh; nothing was changed."));
            return ExitFailure;
        }
    }

    if (action == QLatin1String("set")) {
        VariableLayerValues parsed{VariableLayer::Profile, {}};
        QString hint;
        if (const QString error = BuildPlanner::parseOverrides(positional, &parsed, &hint); !error.isEmpty()) {
            printError(hint.isEmpty() ? error : error + QLatin1Char(' ') + hint);
            return ExitUsage;
        }
        if (parsed.values.isEmpty() && !parser.isSet(QStringLiteral("mode")) && !parser.isSet(QStringLiteral("command"))) {
            printError(tr("Nothing to set: give NAME=VALUE, --mode or --command."));
            return ExitUsage;
        }
        // EXTRA_TAGS edits add to the profile's, as repeated --set EXTRA_TAGS=… do: +debug then +foo keeps both.
        for (const auto &[name, value] : std::as_const(parsed.values)) {
            const auto kept = profile.variables.value(name);
            profile.variables.set(name, name == BuildFlagMerger::kExtraTags && kept ? ExtraTags::combine(*kept, value) : value);
        }
        if (parser.isSet(QStringLiteral("mode"))) {
            profile.mode = buildModeFromId(parser.value(QStringLiteral("mode")));
            if (!profile.mode) {
                printError(tr("Unknown mode '%1'. The modes are: %2.").arg(parser.value(QStringLiteral("mode")), buildModeIdList()));
                return ExitUsage;
            }
        }
        if (parser.isSet(QStringLiteral("command")))
            profile.customCommand = parser.value(QStringLiteral("command"));
    } else if (action == QLatin1String("unset")) {
        if (positional.isEmpty()) {
            printError(tr("Nothing to unset: give names, 'mode' or 'command'."));
            return ExitUsage;
        }
        for (const QString &name : std::as_const(positional)) {
            if (profile.variables.remove(name))
                continue;
            if (name == QLatin1String("mode") && profile.mode) {
                profile.mode.reset();
            } else if (name == QLatin1String("command") && !profile.customCommand.isEmpty()) {
                profile.customCommand.clear();
            } else {
                printError(tr("The profile has no %1.").arg(name));
                return ExitUsage;
            }
        }
    } else if (action == QLatin1String("clear")) {
        profile = {};
    } else if (action != QLatin1String("show") || !positional.isEmpty()) {
        printError(tr("Unknown action '%1': use show, set, unset or clear.").arg(action));
        return ExitUsage;
    }

    if (action != QLatin1String("show")) {
        if (const QString error = BuildProfile::save(workspace, profile, FrontEnd::CommandLine); !error.isEmpty()) {
            printError(error);
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(toJson(workspace, profile));
    else
        print(workspace, profile);
    return ExitOk;
}

const CommandRegistration registration{
    {"profile", QT_TRANSLATE_NOOP("hwb::cli", "Show or change the workspace's build profile"), &run}};

} // namespace
} // namespace hwb::cli
