#include "ScreenshotRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QThread>
#include <QWidget>

namespace hwb::gui {

QString ScreenshotRenderer::render(QWidget *window, const QString &path, int settleMs)
{
    window->show();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < settleMs) {
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
