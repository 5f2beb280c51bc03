#include "ScreenshotRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QThread>
#include <QWidget>

#include <algorithm>

namespace hwb::gui {

namespace {
// A page still reading what it shows (the Requests page and a big stored run) says so with this property.
bool stillLoading(const QWidget *window)
{
    const auto widgets = window->findChildren<QWidget *>();
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](const QWidget *w) { return w->property(ScreenshotRenderer::kLoadingProperty).toBool(); });
}
} // namespace

QString ScreenshotRenderer::render(QWidget *window, const QString &path, int settleMs)
{
    window->show();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settleMs || (stillLoading(window) && timer.elapsed() < settleMs + kLoadingWaitMs)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG"))
        return QCoreApplication::translate("hwb::gui::ScreenshotRenderer", "Cannot write the screenshot to %1.")
            .arg(path);
    return {};
}

} // namespace hwb::gui
