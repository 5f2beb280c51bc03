#include "PageScrollArea.h"

#include <QEvent>
#include <QScrollBar>

namespace hwb::gui {

PageScrollArea::PageScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false);
}

void PageScrollArea::setPage(QWidget *page)
{
    setWidget(page);
    page->installEventFilter(this);
    fitPage();
}

void PageScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitPage();
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitPage();
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::fitPage()
{
    QWidget *page = widget();
    if (!page)
        return;
    const QSize minimum = page->minimumSizeHint().expandedTo(page->minimumSize());
    // The viewport as it is without scroll bars, so a page that fits does not keep a bar it once needed.
    QSize room = size() - QSize(2 * frameWidth(), 2 * frameWidth());
    if (minimum.height() > room.height())
        room.rwidth() -= verticalScrollBar()->sizeHint().width();
    if (minimum.width() > room.width())
        room.rheight() -= horizontalScrollBar()->sizeHint().height();
    page->resize(room.expandedTo(minimum));
}

} // namespace hwb::gui
