#include "TabOrder.h"

#include <QWidget>

namespace hwb::gui::TabOrder {

void follow(const QList<QWidget *> &widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        // A container that passes its focus on, such as JsonConfigEditor: the proxy takes its place. (A spin
        // box's proxy is its own line edit, which QWidget::setTabOrder moves along with it.)
        while (w->focusPolicy() == Qt::NoFocus && w->focusProxy())
            w = w->focusProxy();
        if (w->focusPolicy() == Qt::NoFocus) // QWidget::setTabOrder ignores these, and would break the chain
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace hwb::gui::TabOrder
