#include "CommandLine.h"

#include "CliOutput.h"
#include "CommandRegistry.h"
#include "common/Suggestions.h"
#include "hwb_config.h"

#include <QCoreApplication>

namespace hwb::cli {

namespace {

void printUsage()
{
    printLine(tr("Usage: hwb <command> [options]"));
    printLine(QString());
    printLine(tr("Commands:"));
    for (const Command &c : CommandRegistry::all())
        printLine(QStringLiteral("  %1 %2").arg(QString::fromLatin1(c.name), -12).arg(QCoreApplication::translate("hwb::cli", c.summary)));
    printLine(QString());
    printLine(tr("Run 'hwb <command> --help' for a command's options. 'hwb --version' prints the version."));
}

} // namespace

int runCommandLine(const QStringList &args)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("--help")) {
        printUsage();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        printLine(QStringLiteral("hwb %1 (Qt %2)").arg(QStringLiteral(HWB_VERSION_STRING), QString::fromLatin1(qVersion())));
        return ExitOk;
    }
    setJsonRequested(args.contains(QStringLiteral("--json")));
    const Command *command = CommandRegistry::find(args.at(1));
    if (!command) {
        QStringList names;
        for (const Command &c : CommandRegistry::all())
            names.append(QString::fromLatin1(c.name));
        const QString meant = closestMatch(args.at(1), names);
        reportError({QStringLiteral("unknown-command"), tr("unknown command '%1'.").arg(args.at(1)),
                     meant.isEmpty() ? tr("Run 'hwb --help' for the list.")
                                     : tr("Did you mean '%1'? Run 'hwb --help' for the list.").arg(meant)});
        return finishCommand(ExitUsage);
    }
    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(QStringLiteral("hwb ") + args.at(1));
    return finishCommand(command->run(commandArgs));
}

int reportBuildServerLost(const QStringList &args)
{
    setJsonRequested(args.contains(QStringLiteral("--json")));
    reportError({QStringLiteral("build-server-lost"),
                 tr("The build server stopped before the build ended: whether it built, and what, is unknown."),
                 tr("Run the build again. HWB_BUILD_SERVER=0 builds without the server.")});
    return finishCommand(ExitFailure);
}

} // namespace hwb::cli
