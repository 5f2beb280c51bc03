#pragma once

#include <QStyledItemDelegate>

namespace hwb::gui {

// Draws a plugin row: name and title on two lines, era and .buildrc badges on the right.
class PluginItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString eraBadgeText(const QString &eraId);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hwb::gui
