#include "LogFeedBench.h"

#include "DiagnosticsModel.h"
#include "LogModel.h"
#include "OutputLineSplitter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

namespace hwb {

qint64 LogFeedBench::peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QJsonObject LogFeedBench::run(const QString &path, const Sink &sink, const std::function<void()> &drain)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{QStringLiteral("error"), file.errorString()}};
    const qint64 rssBefore = peakRssKb();
    OutputLineSplitter splitter;
    qint64 bytes = 0;
    qint64 lines = 0;
    QEventLoop loop;

    qint64 maxGapMs = 0;
    int stalls = 0; // gaps over 50 ms: a freeze the user notices
    QElapsedTimer sinceTick;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(kWatchdogMs);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        const qint64 gap = sinceTick.restart();
        maxGapMs = std::max(maxGapMs, gap);
        stalls += gap > 50 ? 1 : 0;
    });

    QTimer reader; // a zero timer: one chunk per pass of the event loop, like QProcess's readyRead
    QObject::connect(&reader, &QTimer::timeout, &loop, [&] {
        if (file.atEnd()) {
            reader.stop();
            const QStringList tail = splitter.finish();
            lines += tail.size();
            sink(tail);
            drain();
            loop.quit();
            return;
        }
        const QByteArray chunk = file.read(64 * 1024);
        bytes += chunk.size();
        const QStringList chunkLines = splitter.feed(chunk);
        lines += chunkLines.size();
        sink(chunkLines);
    });

    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    watchdog.start();
    reader.start(0);
    loop.exec();
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    return {{QStringLiteral("bytes"), bytes},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("elapsed_ms"), ms},
            {QStringLiteral("mb_per_s"), double(bytes) / 1048576.0 / (double(ms) / 1000.0)},
            {QStringLiteral("max_event_gap_ms"), maxGapMs},
            {QStringLiteral("stalls_over_50ms"), stalls},
            {QStringLiteral("watchdog_ms"), kWatchdogMs},
            {QStringLiteral("peak_rss_kb"), peakRssKb()},
            {QStringLiteral("rss_before_kb"), rssBefore}};
}

QJsonObject LogFeedBench::run(const QString &path)
{
    LogModel log;
    DiagnosticsModel diagnostics;
    int flushes = 0;
    QObject::connect(&log, &LogModel::flushed, &log, [&flushes] { ++flushes; });
    QJsonObject result = run(
        path,
        [&](const QStringList &lines) {
            diagnostics.addLines(lines);
            log.appendLines(lines);
        },
        [&] { log.flush(); });
    result.insert(QStringLiteral("kept_lines"), log.rowCount());
    result.insert(QStringLiteral("dropped_lines"), log.droppedLines());
    result.insert(QStringLiteral("diagnostics"), diagnostics.rowCount());
    result.insert(QStringLiteral("parsed_lines"), diagnostics.parsedLines());
    result.insert(QStringLiteral("view_batches"), flushes);
    return result;
}

} // namespace hwb
