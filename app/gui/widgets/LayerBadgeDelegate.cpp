#include "LayerBadgeDelegate.h"

#include "ThemeColors.h"
#include "buildplan/BuildVariablesModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace hwb::gui {

QColor LayerBadgeDelegate::colorForLayer(const QString &layerId)
{
    if (layerId == QLatin1String("makefile"))
        return QColor(0x70, 0x75, 0x7a);
    if (layerId == QLatin1String("environment"))
        return QColor(0x00, 0x6d, 0x77);
    if (layerId == QLatin1String("buildrc"))
        return QColor(0x1a, 0x5f, 0xb4);
    if (layerId == QLatin1String("profile"))
        return QColor(0x18, 0x80, 0x38);
    if (layerId == QLatin1String("override"))
        return QColor(0xb0, 0x60, 0x00);
    return QColor(0x9a, 0xa0, 0xa6); // default
}

void LayerBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QFontMetrics fm(opt.font);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - fm.height() / 2 - 1, fm.horizontalAdvance(text) + 12,
                      fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const QColor color = colorForLayer(index.data(BuildVariablesModel::LayerIdRole).toString());
    painter->setBrush(color);
    painter->drawRoundedRect(badge, 6, 6);
    painter->setPen(ThemeColors::textOn(color));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize LayerBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 20;
    size.rheight() += 4;
    return size;
}

} // namespace hwb::gui
