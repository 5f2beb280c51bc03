#pragma once

#include <QStyledItemDelegate>

namespace hwb::gui {

// The flags table's value column: a value that still holds references only make works out when it runs
// (IMG = ...:${IMAGE_TAG}, from $(shell date) and git) is drawn in italics with "make fills in IMAGE_TAG", so it does
// not read as the literal value the build will get.
class PendingValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hwb::gui
