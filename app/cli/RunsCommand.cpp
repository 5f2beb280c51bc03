#include "CliOutput.h"
#include "CommandRegistry.h"
#include "TextTable.h"
#include "UserInput.h"

#include "llm/RunComparison.h"
#include "llm/RunHistory.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

namespace hwb::cli {

namespace {

int list(const RunHistory &history, const QCommandLineParser &parser, int limit)
{
    const auto runs = history.runs(limit);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RunHistory::Entry &e : runs) {
            QJsonObject run = RunComparison::runJson(e);
            run.insert(QStringLiteral("summary"), e.summary.toJson());
            array.append(run);
        }
        printJson(array);
        return ExitOk;
    }
    if (runs.isEmpty())
        printLine(tr("No stored runs yet: hwb fire --save or --label keeps one."));
    for (const RunHistory::Entry &e : runs) {
        // A run cut short is not compared as a full one by mistake.
        const QString fired = e.summary.stoppedOnHang
            ? tr("%1 (stopped early, %2 not fired)").arg(requestCount(e.summary.n)).arg(e.summary.notFired)
            : requestCount(e.summary.n);
        printLine(tr("#%1  %2  %3  %4, %5 ok, %6 hung  TTFB p50 %7 ms  %8")
                      .arg(e.id)
                      .arg(QDateTime::fromMSecsSinceEpoch(e.info.startedAtMsEpoch).toString(Qt::ISODate), e.info.title(),
                           fired)
                      .arg(e.summary.ok)
                      .arg(e.summary.outcomes.value(QStringLiteral("hang_no_first_byte")))
                      .arg(RunComparison::valueText(e.summary.ttfb.p50 < 0 ? std::nullopt
                                                                           : std::optional<double>(e.summary.ttfb.p50)),
                           e.info.url));
    }
    return ExitOk;
}

int compare(const RunHistory &history, const QCommandLineParser &parser, const QStringList &ids)
{
    // Like the Requests page: without ids, the newest run (B) against the one before it (A).
    std::optional<RunHistory::Entry> a, b;
    if (ids.isEmpty()) {
        const auto recent = history.runs(2);
        if (recent.size() < 2) {
            printError(tr("Comparing needs two stored runs; the history has %1. Store runs with hwb fire --save or --label.")
                           .arg(recent.size()));
            return ExitFailure;
        }
        b = recent.at(0);
        a = recent.at(1);
    } else if (ids.size() == 2) {
        for (int i = 0; i < 2; ++i) {
            bool ok = false;
            const qint64 id = ids.at(i).toLongLong(&ok);
            const auto run = ok ? history.run(id) : std::nullopt;
            if (!run) { // a run id that is not there is a mistake in the command, as an unknown plugin is
                printError(tr("No run %1 in the history; hwb runs lists them.").arg(ids.at(i)));
                return ExitUsage;
            }
            (i == 0 ? a : b) = run;
        }
    } else {
        printError(tr("Name two runs, A and B, or none for the newest two."));
        return ExitUsage;
    }
    const RunComparison comparison = RunComparison::of(&a->summary, &b->summary);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject out = comparison.toJson();
        out.insert(QStringLiteral("a"), RunComparison::runJson(*a));
        out.insert(QStringLiteral("b"), RunComparison::runJson(*b));
        printJson(out);
        return ExitOk;
    }
    printLine(tr("A: #%1 %2").arg(a->id).arg(a->info.title()));
    printLine(tr("B: #%1 %2").arg(b->id).arg(b->info.title()));
    using Align = TextTable::Align;
    TextTable table({Align::Left, Align::Right, Align::Right, Align::Right});
    for (const RunComparison::Metric &m : comparison.metrics)
        table.addRow({m.displayName(), RunComparison::valueText(m.a), RunComparison::valueText(m.b), m.changeText(),
                      m.direction == RunComparison::Direction::Better  ? tr("better")
                      : m.direction == RunComparison::Direction::Worse ? tr("worse")
                                                                        : QString()});
    printTable(table);
    return ExitOk;
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("compare"), tr("Compare run A with run B (ids from the list)."),
                                 QStringLiteral("[compare [A B]]"));
    parser.addOption({QStringLiteral("limit"), tr("At most N runs (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
    int exitCode = ExitOk;
    if (!parseArguments(parser, args,
                        tr("List the stored request runs (hwb fire --save or --label, and the Requests page), newest "
                           "first, or compare two of them metric by metric."),
                        &exitCode))
        return exitCode;
    int limit = 0;
    if (!intOption(parser, QStringLiteral("limit"), 1, std::numeric_limits<int>::max(), &limit))
        return ExitUsage;
    const RunHistory history;
    if (!history.isOpen()) {
        printError(history.errorText());
        return ExitFailure;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return list(history, parser, limit);
    if (positional.first() == QLatin1String("compare"))
        return compare(history, parser, positional.mid(1));
    printError(tr("Unknown argument %1; use hwb runs or hwb runs compare [A B].").arg(positional.first()));
    return ExitUsage;
}

const CommandRegistration registration{
    {"runs", QT_TRANSLATE_NOOP("hwb::cli", "List stored request runs, or compare two"), &run}};

} // namespace
} // namespace hwb::cli
