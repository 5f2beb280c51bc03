#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>

namespace hwb::gui {

// The Build page's log pane as the user has it: a shown page (offscreen) whose build output arrives in 64 KiB
// chunks through the page's own path, into LogModel, the problems list and the view that paints them.
// Backs `higress-workbench --bench-log-pane FILE` for bench/log_pane.sh; the figures are LogFeedBench's.
class LogPaneBench
{
public:
    static QJsonObject run(const QString &path, const QSize &windowSize);
};

} // namespace hwb::gui
