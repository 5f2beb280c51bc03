#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace hwb {

// Feeds a file through the log pane and reports throughput, peak memory and how responsive the event loop
// stayed. Backs `hwb build --feed-log FILE` (the pane's models alone) and `higress-workbench --bench-log-pane
// FILE` (the Build page with its view, as the user sees it) for bench/log_pane.sh.
class LogFeedBench
{
public:
    using Sink = std::function<void(const QStringList &lines)>;

    static constexpr int kWatchdogMs = 10;

    // The models alone: line splitter, diagnostics parsers, LogModel with its 100 ms batches.
    static QJsonObject run(const QString &path);
    // Reads the file in 64 KiB chunks from the event loop, as QProcess delivers a build's output, and hands each
    // chunk's lines to `sink`; `drain` runs after the last one (show what is pending). A QTimer ticking every
    // kWatchdogMs measures the longest time the event loop could not run it: how long the window froze.
    static QJsonObject run(const QString &path, const Sink &sink, const std::function<void()> &drain);
    static qint64 peakRssKb(); // VmHWM of this process, 0 where /proc is missing
};

} // namespace hwb
