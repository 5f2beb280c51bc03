#include "EmptyViewHint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

namespace hwb::gui {

EmptyViewHint::EmptyViewHint(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void EmptyViewHint::setText(const QString &text)
{
    m_text = text;
    m_view->viewport()->update();
}

bool EmptyViewHint::isShown() const
{
    const QAbstractItemModel *model = m_view->model();
    return !m_text.isEmpty() && (!model || model->rowCount(m_view->rootIndex()) == 0);
}

bool EmptyViewHint::eventFilter(QObject *watched, QEvent *event)
{
    // The viewport's background is already filled when its paint event arrives, and an empty view draws nothing
    // over what is painted here.
    if (event->type() == QEvent::Paint && watched == m_view->viewport() && isShown()) {
        QWidget *viewport = m_view->viewport();
        QPainter painter(viewport);
        painter.setPen(m_view->palette().color(QPalette::PlaceholderText));
        const int margin = 2 * viewport->fontMetrics().height();
        painter.drawText(viewport->rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_text);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hwb::gui
