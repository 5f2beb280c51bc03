#include "LogFeedBench.h"

#include "DiagnosticsModel.h"
#include "LogModel.h"
#include "OutputLineSplitter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

namespace hwb {

qint64 LogFeedBench::peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QJsonObject LogFeedBench::run(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{QStringLiteral("error"), file.errorString()}};
    const qint64 rssBefore = peakRssKb();
    OutputLineSplitter splitter;
    LogModel log;
    DiagnosticsModel diagnostics;
    qint64 bytes = 0;
    int flushes = 0;
    QObject::connect(&log, &LogModel::flushed, &log, [&flushes] { ++flushes; });
    QElapsedTimer clock;
    clock.start();
    qint64 maxStallMs = 0;
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    // Reads as QProcess delivers output (64 KiB chunks) and lets the event loop run between chunks, as the GUI does.
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(64 * 1024);
        bytes += chunk.size();
        const QStringList lines = splitter.feed(chunk);
        diagnostics.addLines(lines);
        log.appendLines(lines);
        maxStallMs = std::max(maxStallMs, sinceEvents.elapsed());
        QCoreApplication::processEvents();
        sinceEvents.restart();
    }
    log.appendLines(splitter.finish());
    log.flush();
    const qint64 ms = std::max<qint64>(1, clock.elapsed());
    return {{QStringLiteral("bytes"), bytes},
            {QStringLiteral("lines"), log.totalLines()},
            {QStringLiteral("kept_lines"), log.rowCount()},
            {QStringLiteral("dropped_lines"), log.droppedLines()},
            {QStringLiteral("diagnostics"), diagnostics.rowCount()},
            {QStringLiteral("elapsed_ms"), ms},
            {QStringLiteral("mb_per_s"), double(bytes) / 1048576.0 / (double(ms) / 1000.0)},
            {QStringLiteral("view_batches"), flushes},
            {QStringLiteral("max_event_gap_ms"), maxStallMs},
            {QStringLiteral("peak_rss_kb"), peakRssKb()},
            {QStringLiteral("rss_before_kb"), rssBefore}};
}

} // namespace hwb
