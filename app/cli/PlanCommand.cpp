#include "BuildOptions.h"
#include "CliOutput.h"
#include "CommandRegistry.h"


#include <QCoreApplication>

namespace hwb::cli {

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    addBuildOptions(parser);
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Show what a build would run, with every variable and the layer it came from."),
                        &exitCode))
        return exitCode;
    BuildPlan plan;
    if (!planFromOptions(parser, &plan, &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(plan.toJson());
        return plan.hasErrors() ? ExitFailure : ExitOk;
    }
    for (const BuildVariable &v : std::as_const(plan.variables))
        printLine(QStringLiteral("%1 %2 %3").arg(v.name, -16).arg(QString(QLatin1Char('[') + layerId(v.layer) + QLatin1Char(']')), -11)
                      .arg(v.value));
    printLine(QString());
    printLine(plan.commandLine());
    printWarnings(plan);
    return plan.hasErrors() ? ExitFailure : ExitOk;
}

const CommandRegistration registration{
    {"plan", QT_TRANSLATE_NOOP("hwb::cli", "Show a build's merged flags and exact command"), &run}};

} // namespace
} // namespace hwb::cli
