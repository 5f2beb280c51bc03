#pragma once

#include <QJsonObject>
#include <QString>

namespace hwb {

// Feeds a file through what the log pane uses (line splitter, diagnostics parsers, LogModel with its
// 100 ms batches) and reports throughput and peak memory. Backs `hwb build --feed-log FILE` for bench/.
class LogFeedBench
{
public:
    static QJsonObject run(const QString &path);
    static qint64 peakRssKb(); // VmHWM of this process, 0 where /proc is missing
};

} // namespace hwb
