#pragma once

#include <QStyledItemDelegate>

namespace hwb::gui {

// Paints a variable's layer ("Makefile", ".buildrc", ...) as a colored badge, one color per layer, so the
// provenance of every flag reads at a glance.
class LayerBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor colorForLayer(const QString &layerId);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hwb::gui
