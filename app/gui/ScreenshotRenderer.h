#pragma once

#include <QString>

class QWidget;

namespace hwb::gui {

// Renders a top-level widget to a PNG without a display (QT_QPA_PLATFORM=offscreen works), so UI
// changes can be looked at and documented.
class ScreenshotRenderer
{
public:
    // Lets pending layouts, timers and queued signals settle for settleMs, and for up to kLoadingWaitMs more while a
    // widget's kLoadingProperty is true, then grabs. Returns an error text.
    static QString render(QWidget *window, const QString &path, int settleMs = 300);

    static constexpr const char *kLoadingProperty = "hwb.loading";
    static constexpr int kLoadingWaitMs = 10000;
};

} // namespace hwb::gui
