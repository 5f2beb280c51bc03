#include "CliOutput.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "buildrc/BuildrcEvaluator.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hwb::cli {

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(workspaceOption());
    const QCommandLineOption buildrcOption(QStringLiteral("buildrc"),
                                           tr("With --json: add each plugin's evaluated .buildrc as \"buildrc\"."));
    parser.addOption(buildrcOption);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("List the plugins of a Higress workspace."), &exitCode, 0))
        return exitCode;
    const QString root = resolveWorkspace(parser);
    if (root.isEmpty())
        return ExitUsage;

    const auto result = WorkspaceScanner::scan(root);
    if (!result.error.isEmpty()) {
        printError(result.error);
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        const bool withBuildrc = parser.isSet(buildrcOption);
        for (const PluginInfo &p : result.plugins) {
            QJsonObject object = p.toJson();
            if (withBuildrc && p.hasBuildrc)
                object.insert(QStringLiteral("buildrc"), evaluateBuildrcFile(p.buildrcPath()).toJson());
            array.append(object);
        }
        printJson(array);
        return ExitOk;
    }
    TextTable plugins;
    for (const PluginInfo &p : result.plugins)
        plugins.addRow({p.name, familyId(p.family), eraId(p.era), p.hasBuildrc ? QStringLiteral(".buildrc") : QString(),
                        p.title});
    printTable(plugins);
    // What could not be read, said where the user reads: an empty version or an unknown era is then not the plugin's.
    for (const PluginInfo &p : result.plugins)
        for (const QString &note : p.notes)
            printError(QStringLiteral("warning: %1: %2").arg(TextTable::printable(p.name), note));
    return ExitOk;
}

const CommandRegistration registration{
    {"plugins", QT_TRANSLATE_NOOP("hwb::cli", "List the plugins of a workspace"), &run}};

} // namespace
} // namespace hwb::cli
