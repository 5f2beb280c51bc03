#pragma once

#include <QList>

class QWidget;

namespace hwb::gui::TabOrder {

// Tab visits the widgets in this order, the page's reading order, whatever order they were made in. Widgets
// that take no keyboard focus are left out of the chain.
void follow(const QList<QWidget *> &widgets);

} // namespace hwb::gui::TabOrder
