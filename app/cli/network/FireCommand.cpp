#include "CliOutput.h"
#include "InterruptWatcher.h"
#include "LiveStatusLine.h"
#include "NetworkCommands.h"
#include "common/Suggestions.h"
#include "TextTable.h"
#include "UserInput.h"

#include "common/BoundedFile.h"
#include "common/OpenFileLimit.h"
#include "gateway/HangTargetProbe.h"
#include "gateway/MockUpstreamProbe.h"
#include "llm/BatchRunner.h"
#include "llm/HangExplanation.h"
#include "llm/Redactor.h"
#include "llm/RequestTemplate.h"
#include "llm/RequestUrl.h"
#include "llm/RunExport.h"
#include "llm/RunHistory.h"
#include "llm/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <limits>

namespace hwb::cli {

namespace {

QString ms(double v)
{
    return v < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(v, 0, 'f', 1);
}

void printHuman(const FireResult &r)
{
    printLine(tr("#%1  %2  %3  ttfb %4  ttft %5  total %6  itl p50 %7  tokens %8%9  bytes %10")
                  .arg(r.index)
                  .arg(OutcomeClassifier::id(r.outcome), -18)
                  .arg(r.status > 0 ? QString::number(r.status) : QStringLiteral("---"))
                  .arg(ms(r.ttfbMs), ms(r.ttftMs), ms(r.totalMs), ms(r.itl.p50))
                  .arg(r.outputTokens)
                  .arg(r.tokensEstimated ? QStringLiteral("~") : QString())
                  .arg(r.bytes));
    // A hang's cause is the same for every request: the summary says it once.
    if (!r.error.isEmpty() && r.outcome != Outcome::HangNoFirstByte)
        printLine(QStringLiteral("    ") + r.error);
}

void printHumanSummary(const RunSummary &s)
{
    const auto dist = [](const Percentiles &p) {
        return QStringLiteral("p50 %1  p90 %2  p99 %3  max %4").arg(ms(p.p50), ms(p.p90), ms(p.p99), ms(p.max));
    };
    QStringList outcomes;
    for (auto it = s.outcomes.cbegin(); it != s.outcomes.cend(); ++it) {
        if (it.value() > 0)
            outcomes.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    }
    printLine(QString());
    printLine(tr("%1, %2 ok (%3)").arg(requestCount(s.n)).arg(s.ok).arg(outcomes.join(QLatin1String(", "))));
    // Each row over its own requests, said: a row of ok requests alone would hide the hangs from the tail.
    printLine(tr("TTFB   %1  (%2 with a first byte)").arg(dist(s.ttfb)).arg(s.ttfb.count));
    printLine(tr("TTFT   %1  (%2 ok with content)").arg(dist(s.ttft)).arg(s.ttft.count));
    printLine(tr("total  %1  (%2 not cancelled)").arg(dist(s.total)).arg(s.total.count));
    printLine(tr("%1 req/s, %2 tokens/s over %3 s")
                  .arg(s.rps, 0, 'f', 1)
                  .arg(s.tokensPerSecond, 0, 'f', 1)
                  .arg(s.durationMs / 1000.0, 0, 'f', 2));
}

int run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("url"), tr("Gateway URL: a base (http://127.0.0.1:10000, or one ending in /v1) "
                                                           "gets the template's endpoint; any other path is sent as typed."));
    parser.addOptions({
        {QStringLiteral("template"), tr("Bundled or saved request template (default openai-chat-stream)."), QStringLiteral("name")},
        {QStringLiteral("body"), tr("Send this file as the body, in place of the template's ('-' for stdin); the template still gives the "
                                      "endpoint and the headers."), QStringLiteral("file")},
        {QStringLiteral("header"), tr("Extra header 'K: V' (repeatable)."), QStringLiteral("header")},
        {QStringLiteral("n"), tr("Number of requests (default 1)."), QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("c"), tr("Requests in flight at once (default 1)."), QStringLiteral("C"), QStringLiteral("1")},
        {QStringLiteral("rate"), tr("Start at most R requests per second."), QStringLiteral("R")},
        {QStringLiteral("connect-timeout"), tr("Seconds to connect (default 10)."), QStringLiteral("S")},
        {QStringLiteral("first-byte-timeout"), tr("Seconds to wait for the first response byte (default 30)."), QStringLiteral("S")},
        {QStringLiteral("first-byte-notice"), tr("On a terminal, say after S seconds without a first byte that a request "
                                                 "may hang (default 5, at most half the first-byte timeout)."),
         QStringLiteral("S")},
        {QStringLiteral("idle-timeout"), tr("Seconds without data once the response started (default 30)."), QStringLiteral("S")},
        {QStringLiteral("timeout"), tr("Seconds for the whole request (default 300)."), QStringLiteral("S")},
        {QStringLiteral("insecure"), tr("Accept any TLS certificate.")},
        {QStringLiteral("keep-alive"), tr("Reuse connections between requests (TTFB then excludes connecting).")},
        {QStringLiteral("no-early-stop"), tr("Fire all N requests even when every request of the first round (the first "
                                             "C) hangs; by default the rest are then not fired, since they would hang "
                                             "the same way.")},
        {QStringLiteral("list-templates"), tr("List the request templates and exit.")},
        {QStringLiteral("save"), tr("Store the run in the run history (compare runs in the workbench).")},
        {QStringLiteral("label"), tr("Label for the stored run, e.g. 'with tag' (implies --save)."), QStringLiteral("text")},
        {QStringLiteral("export"), tr("Also write the run to FILE (.json or .csv)."), QStringLiteral("file")},
        {QStringLiteral("engine"), tr("docker or podman executable, asked which gateway container listens at the URL "
                                      "(default: $HWB_DOCKER, else the workbench's setting, else docker)."),
         QStringLiteral("path")},
    });
    parser.addOption(jsonOption());
    int exitCode = ExitOk;
    if (!parseArguments(parser, args, tr("Fire sample LLM requests and measure status, TTFB, TTFT and ITL.\n"
                                         "The API key for ${API_KEY} comes from $HWB_API_KEY.\n"
                                         "Example: hwb fire http://127.0.0.1:10000 --template openai-chat-stream -n 20 -c 4"),
                        &exitCode))
        return exitCode;
    const bool json = parser.isSet(QStringLiteral("json"));

    if (parser.isSet(QStringLiteral("list-templates"))) {
        QJsonArray list;
        TextTable templates;
        QList<TemplateFileError> unreadable;
        for (const RequestTemplate &t : TemplateLibrary::all(&unreadable)) {
            list.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("title"), t.title},
                                    {QStringLiteral("bundled"), t.bundled}, {QStringLiteral("streaming"), t.isStreaming()}});
            templates.addRow({t.name, t.title});
        }
        if (json)
            printJson(list);
        else
            printTable(templates);
        for (const TemplateFileError &e : unreadable) // on stderr: the list itself stays what scripts read
            printWarning(tr("%1 is not listed, it cannot be read: %2").arg(e.path, e.reason));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printError(tr("fire needs exactly one URL"));
        return ExitUsage;
    }
    const QString typed = parser.positionalArguments().first();
    const QUrl url = RequestUrl::parse(typed);
    if (url.isEmpty()) {
        printError(tr("not an http(s) URL: %1").arg(Redactor::global().redact(typed))); // it may hold a password
        return ExitUsage;
    }

    SecretStore secrets(SecretStore::Backend::Memory);
    if (const QString key = qEnvironmentVariable("HWB_API_KEY"); !key.isEmpty())
        secrets.setValue(QStringLiteral("API_KEY"), key);

    // A body from a file replaces the template's body only: the template still gives the endpoint, the method and
    // the headers, the API key among them, as the window's body editor does. Sent raw to the URL as typed, a body
    // for http://gateway/v1 went to /v1 (404) without its Authorization header.
    std::optional<QByteArray> bodyFromFile;
    if (parser.isSet(QStringLiteral("body"))) {
        const QString path = parser.value(QStringLiteral("body"));
        QString error;
        QFile in;
        if (path != QLatin1String("-"))
            bodyFromFile = BoundedFile::read(path, BoundedFile::kRequestBodyLimit, &error);
        else if (in.open(stdin, QIODevice::ReadOnly))
            bodyFromFile = BoundedFile::readStream(in, BoundedFile::kRequestBodyLimit, &error);
        else
            error = in.errorString();
        if (!bodyFromFile) {
            printError(tr("cannot read %1: %2").arg(path, error));
            return ExitUsage;
        }
    }
    const QString templateName = parser.isSet(QStringLiteral("template")) ? parser.value(QStringLiteral("template"))
                                                                          : QStringLiteral("openai-chat-stream");
    // A saved template that cannot be read is named as such, not as missing, nor passed over for a bundled one.
    for (const TemplateFileError &e : TemplateLibrary::unreadable()) {
        if (e.name == templateName) {
            printError(tr("the saved template '%1' cannot be read: %2: %3").arg(templateName, e.path, e.reason));
            return ExitUsage;
        }
    }
    const auto t = TemplateLibrary::find(templateName);
    if (!t) {
        QStringList names;
        for (const RequestTemplate &known : TemplateLibrary::all())
            names.append(known.name);
        const QString meant = closestMatch(templateName, names);
        reportError({QStringLiteral("unknown-template"), tr("no template named '%1'").arg(templateName),
                     meant.isEmpty() ? tr("hwb fire --list-templates lists them.")
                                     : tr("Did you mean %1?").arg(meant) + QLatin1Char(' ')
                                           + tr("hwb fire --list-templates lists them.")});
        return ExitUsage;
    }
    RequestTemplate chosen = *t;
    if (bodyFromFile)
        chosen.body = {}; // its placeholders are not sent, so none of them is missing
    QStringList unresolved;
    RequestSpec spec = chosen.render(url, [&](const QString &name) { return secrets.value(name); }, &unresolved);
    if (bodyFromFile)
        spec.body = *bodyFromFile;
    if (!unresolved.isEmpty())
        printWarning(tr("%1 not set (export HWB_API_KEY=...); sending it empty").arg(unresolved.join(QLatin1String(", "))));
    for (const QString &h : parser.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            printError(tr("a header is 'Name: value', got '%1'").arg(Redactor::global().redact(h)));
            return ExitUsage;
        }
        const QByteArray name = h.left(colon).trimmed().toLatin1();
        spec.headers.removeIf([&](const auto &existing) { return existing.first.compare(name, Qt::CaseInsensitive) == 0; });
        spec.headers.append({name, h.mid(colon + 1).trimmed().toUtf8()});
        if (Redactor::isSecretHeader(name))
            Redactor::global().addSecret(h.mid(colon + 1).trimmed().section(QLatin1Char(' '), -1));
    }

    BatchOptions options;
    constexpr int kMax = std::numeric_limits<int>::max();
    if (!intOption(parser, QStringLiteral("n"), 1, kMax, &options.count)
        || !intOption(parser, QStringLiteral("c"), 1, kMax, &options.concurrency))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        options.rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || !(options.rate > 0) || std::isinf(options.rate)) { // also NaN and inf, which parse
            printError(tr("--rate needs a positive number"));
            return ExitUsage;
        }
    }
    if (!secondsOption(parser, QStringLiteral("connect-timeout"), &options.timeouts.connectMs)
        || !secondsOption(parser, QStringLiteral("first-byte-timeout"), &options.timeouts.firstByteMs)
        || !secondsOption(parser, QStringLiteral("first-byte-notice"), &options.timeouts.noticeMs)
        || !secondsOption(parser, QStringLiteral("idle-timeout"), &options.timeouts.idleMs)
        || !secondsOption(parser, QStringLiteral("timeout"), &options.timeouts.totalMs))
        return ExitUsage;
    options.limits = options.count > 1 ? BatchRunner::batchLimits() : FireLimits{};
    options.limits.ignoreTlsErrors = parser.isSet(QStringLiteral("insecure"));
    options.limits.keepAlive = parser.isSet(QStringLiteral("keep-alive"));
    // Waiting out N/C more first-byte timeouts for the same hang tells a user nothing the first round did not.
    options.stopWhenFirstRoundHangs = !parser.isSet(QStringLiteral("no-early-stop"));

    const QString exportPath = parser.value(QStringLiteral("export"));
    if (QString error; !exportPath.isEmpty() && !RunExport::canWrite(exportPath, &error)) {
        printError(tr("cannot write %1: %2").arg(exportPath, error));
        return ExitUsage;
    }

    // Each request in flight holds a socket. Past the open-file limit connects fail on this machine, and the
    // batch would read as a gateway resetting connections.
    const qint64 filesWanted = qint64(options.concurrency) + OpenFileLimit::kReserved;
    if (const qint64 files = OpenFileLimit::raiseTo(filesWanted); files >= 0 && filesWanted > files)
        printWarning(tr("-c %1 needs about %2 open files, and this process may open %3 (ulimit -n): requests past that "
                        "fail here, before they reach the server.")
                         .arg(options.concurrency)
                         .arg(filesWanted)
                         .arg(files));

    RunInfo info;
    info.url = url.toString(QUrl::RemovePassword);
    info.templateName = templateName;
    info.label = parser.value(QStringLiteral("label"));
    info.count = options.count;
    info.concurrency = options.concurrency;
    info.rate = options.rate;
    info.startedAtMsEpoch = QDateTime::currentMSecsSinceEpoch();
    info.requestHeaders = spec.headers;

    // What answers at the URL decides what a hang means; looked up while the requests run.
    HangTargetProbe probe;
    probe.setEngineProgram(parser.value(QStringLiteral("engine")));
    probe.start(url, spec.asksForStream());
    const double hangAfter = options.timeouts.firstByteMs / 1000.0;

    BatchRunner batch(spec, options);
    // Ctrl-C cancels what is in flight ("cancelled"); the run is still printed, stored and exported.
    const InterruptWatcher interrupts([&batch] { batch.cancel(); });
    // On stderr, so --json's stdout stays what scripts read: the live line where stderr is a terminal, and each
    // notice once either way, so a hang or a stall is said while it happens, not only at its timeout.
    LiveStatusLine live(true);
    QTimer tick;
    tick.setInterval(200);
    bool noticed = false;
    bool silenceNoticed = false;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const QList<FireResult> inFlight = batch.inFlightResults();
        live.show(HangExplanation::inFlightLine(inFlight, options.timeouts.idleNoticeMs()));
        double waited = 0;
        double silent = 0;
        for (const FireResult &r : inFlight) {
            waited = r.ttfbMs < 0 ? qMax(waited, r.totalMs) : waited;
            silent = qMax(silent, r.silentMs);
        }
        if (!noticed && waited >= options.timeouts.firstByteNoticeMs()) {
            noticed = true;
            // Said at the threshold, not at the tick that noticed it (up to 200 ms later).
            live.printAbove(QStringLiteral("hwb: ")
                            + HangExplanation::waiting(probe.target(), options.timeouts.firstByteNoticeMs() / 1000.0, hangAfter));
        }
        if (!silenceNoticed && silent >= options.timeouts.idleNoticeMs()) {
            silenceNoticed = true;
            live.printAbove(QStringLiteral("hwb: ")
                            + HangExplanation::silent(options.timeouts.idleNoticeMs() / 1000.0,
                                                      options.timeouts.idleMs / 1000.0));
        }
    });
    QEventLoop loop;
    // A gateway that cannot reach its upstream: when hwb started it with the mock as its upstream, whether the mock
    // answers, and where, says what to do. Asked once, at the first such answer.
    MockUpstreamProbe mockProbe;
    mockProbe.setEngine(parser.value(QStringLiteral("engine")));
    int unreachable = 0;
    QString lastAdvice;
    const auto probeMockOnce = [&] {
        if (unreachable > 0 && probe.isDone() && probe.target().mockPort > 0 && !mockProbe.isStarted())
            mockProbe.start(probe.target().mockPort);
    };
    QObject::connect(&probe, &HangTargetProbe::resolved, &loop, probeMockOnce);
    QObject::connect(&batch, &BatchRunner::requestFinished, &loop, [&](const FireResult &result) {
        FireResult r = RunExport::redacted(result);
        if (r.upstreamUnreachable()) {
            ++unreachable;
            probeMockOnce();
            lastAdvice = (mockProbe.isDone() ? mockProbe.status() : MockUpstreamStatus::forProvider(probe.target().provider))
                             .unreachableText();
            r.error += QStringLiteral(" (") + lastAdvice + QLatin1Char(')');
        }
        live.clear();
        if (json)
            printJsonLine(r.toJson());
        else
            printHuman(r);
    });
    QObject::connect(&batch, &BatchRunner::finished, &loop, &QEventLoop::quit);
    batch.start();
    tick.start();
    if (batch.isRunning())
        loop.exec();
    tick.stop();
    live.clear();

    const RunSummary summary = batch.summary();
    if (summary.stoppedOnHang && !json) {
        // Said at once, before the figures: the run is shorter than asked for, and this is why.
        printLine(QString());
        printLine(HangExplanation::stoppedEarly(summary.n, summary.notFired, hangAfter) + QLatin1Char(' ')
                  + tr("Run it again with --no-early-stop to fire all %1.").arg(options.count));
    }
    const int hung = summary.outcomes.value(OutcomeClassifier::id(Outcome::HangNoFirstByte));
    if ((hung > 0 || unreachable > 0) && !probe.isDone()) {
        QObject::connect(&probe, &HangTargetProbe::resolved, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (mockProbe.isStarted() && !mockProbe.isDone()) {
        QObject::connect(&mockProbe, &MockUpstreamProbe::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const MockUpstreamStatus mock =
        mockProbe.isDone() ? mockProbe.status() : MockUpstreamStatus::forProvider(probe.target().provider);
    if (json) {
        QJsonObject summaryJson = summary.toJson();
        if (hung > 0)
            summaryJson.insert(QLatin1String("hang"), HangExplanation::toJson(probe.target(), hangAfter));
        if (unreachable > 0) {
            QJsonObject upstream{{QLatin1String("message"), mock.unreachableText()}};
            if (mockProbe.isDone())
                upstream.insert(QLatin1String("mock"), mock.toJson());
            else if (!mock.provider.isEmpty())
                upstream.insert(QLatin1String("provider"), mock.provider);
            summaryJson.insert(QLatin1String("upstream_unreachable"), upstream);
        }
        printJsonLine(QJsonObject{{QLatin1String("summary"), summaryJson}});
    } else {
        printHumanSummary(summary);
        if (hung > 0) {
            printLine(QString());
            printLine(HangExplanation::summary(probe.target(), hung, summary.n, hangAfter));
        }
        // Known only now for the requests that came back before the mock was probed: said once, at the end.
        if (unreachable > 0 && mock.unreachableText() != lastAdvice) {
            printLine(QString());
            printLine(mock.unreachableText());
        }
    }
    // The run is stored and exported as fired: info.count is what was asked for, the summary says it stopped.
    if (parser.isSet(QStringLiteral("save")) || parser.isSet(QStringLiteral("label"))) {
        RunHistory history;
        if (!history.isOpen() || history.save(info, batch.results(), summary) == 0)
            printError(tr("could not store the run: %1").arg(history.errorText()));
    }
    if (!exportPath.isEmpty()) {
        const QByteArray bytes = exportPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            ? RunExport::toCsv(batch.results())
            : RunExport::toJson(info, batch.results(), summary);
        QString error;
        if (!RunExport::writeFile(exportPath, bytes, &error)) {
            printError(tr("cannot write %1: %2").arg(exportPath, error));
            return ExitFailure;
        }
    }
    if (interrupts.interrupted())
        return InterruptWatcher::kExitCode;
    // A batch stopped early had hangs, so it fails here too.
    return summary.ok == summary.n && !summary.stoppedOnHang ? ExitOk : ExitFailure;
}

const CommandRegistration registration{networkCommand("fire", &run)};

} // namespace
} // namespace hwb::cli
