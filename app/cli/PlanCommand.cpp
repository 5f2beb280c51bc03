#include "BuildOptions.h"
#include "CliOutput.h"
#include "CommandRegistry.h"
#include "TextTable.h"


#include <QCoreApplication>

namespace hwb::cli {

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    addBuildOptions(parser);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Show what a build would run, with every variable and the layer it came from.\n"
                                         "Example: hwb plan ai-proxy --set EXTRA_TAGS=+debug"),
                        &exitCode))
        return exitCode;
    BuildPlan plan;
    if (!planFromOptions(parser, &plan, &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(plan.toJson());
        return plan.hasErrors() ? ExitFailure : ExitOk;
    }
    // As the Build page shows it: credentials masked. --json keeps the real values, for scripts that run the command.
    const BuildPlan shown = plan.withSecretsMasked();
    printLine(tr("mode: %1 (--mode picks another: %2)").arg(buildModeId(plan.mode), buildModeIdList()));
    printLine(QString());
    TextTable variables({}, QStringLiteral(" "));
    for (const BuildVariable &v : std::as_const(shown.variables)) {
        QStringList notes;
        if (!v.leftForMake.isEmpty())
            notes.append(leftForMakeNote(v.leftForMake));
        if (!v.applied)
            notes.append(tr("not used by this mode"));
        variables.addRow({v.name, QLatin1Char('[') + layerId(v.layer) + QLatin1Char(']'),
                          notes.isEmpty() ? v.value : v.value + QStringLiteral("  (") + notes.join(QStringLiteral("; ")) + QLatin1Char(')')});
    }
    printTable(variables);
    printLine(QString());
    printLine(shown.commandLine());
    printWarnings(plan);
    return plan.hasErrors() ? ExitFailure : ExitOk;
}

const CommandRegistration registration{
    {"plan", QT_TRANSLATE_NOOP("hwb::cli", "Show a build's merged flags and exact command"), &run}};

} // namespace
} // namespace hwb::cli
