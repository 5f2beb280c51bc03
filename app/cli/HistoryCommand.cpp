#include "CliOutput.h"
#include "CommandRegistry.h"
#include "TextTable.h"
#include "UserInput.h"

#include "buildrun/BuildHistory.h"

#include <QCoreApplication>

#include <limits>

namespace hwb::cli {

namespace {

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("plugin"), tr("Only this plugin's builds."), QStringLiteral("[plugin]"));
    parser.addOption({QStringLiteral("limit"), tr("At most N builds (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("List successful builds, newest first, with the artifact digest and the plan."),
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
    const auto records = history.recent(limit,
                                        parser.positionalArguments().value(0));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BuildRecord &r : records)
            array.append(r.toJson());
        printJson(array);
        return ExitOk;
    }
    if (records.isEmpty())
        printLine(parser.positionalArguments().isEmpty() ? tr("No builds recorded yet.")
                                                         : tr("No builds of %1 recorded.").arg(parser.positionalArguments().first()));
    using Align = TextTable::Align;
    TextTable table({Align::Left, Align::Left, Align::Left, Align::Right});
    for (const BuildRecord &r : records)
        table.addRow({r.finishedAt.toLocalTime().toString(Qt::ISODate), r.plugin, r.mode,
                      QStringLiteral("%1 ms").arg(r.durationMs), r.sha256.left(12), r.verdict,
                      r.artifact + (r.unchanged ? QStringLiteral("  (%1)").arg(tr("unchanged: nothing rebuilt")) : QString())});
    printTable(table);
    return ExitOk;
}

const CommandRegistration registration{
    {"history", QT_TRANSLATE_NOOP("hwb::cli", "List successful builds with their artifacts"), &run}};

} // namespace
} // namespace hwb::cli
