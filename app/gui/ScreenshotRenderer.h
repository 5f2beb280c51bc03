#pragma once

#include <QString>

class QWidget;

namespace hwb::gui {

// Renders a top-level widget to a PNG without a display (QT_QPA_PLATFORM=offscreen works), so UI
// changes can be looked at and documented.
class ScreenshotRenderer
{
public:
    // Lets pending layouts, timers and queued signals settle for settleMs, then grabs. Returns an error text.
    static QString render(QWidget *window, const QString &path, int settleMs = 300);
};

} // namespace hwb::gui
