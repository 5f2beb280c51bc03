#include "PluginItemDelegate.h"

#include "BadgeLabel.h"
#include "ThemeColors.h"
#include "workspace/PluginListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace hwb::gui {

namespace {
constexpr int kMargin = 6;

// Paints one badge ending at right; returns the badge's left edge.
int paintBadge(QPainter *p, const QFont &font, int right, int centerY, const QString &text, const QColor &color)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 12;
    const int h = fm.height() + 2;
    const QRect r(right - w, centerY - h / 2, w, h);
    QPainterPath path;
    path.addRoundedRect(r, h / 2.0, h / 2.0);
    p->fillPath(path, color);
    p->setPen(ThemeColors::textOn(color));
    p->setFont(font);
    p->drawText(r, Qt::AlignCenter, text);
    return r.left();
}
} // namespace

QString PluginItemDelegate::eraBadgeText(const QString &eraId)
{
    if (eraId == QLatin1String("tinygo-buildrc"))
        return tr("era 1");
    if (eraId == QLatin1String("go-wasip1"))
        return tr("era 2");
    return {};
}

void PluginItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = option.rect.adjusted(kMargin, 3, -kMargin, -3);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);

    int right = r.right();
    const QString era = index.data(PluginListModel::EraRole).toString();
    if (const QString text = eraBadgeText(era); !text.isEmpty())
        right = paintBadge(painter, small, right, r.top() + r.height() / 4 + 1, text, BadgeLabel::colorForEra(era)) - 4;
    if (index.data(PluginListModel::HasBuildrcRole).toBool())
        right = paintBadge(painter, small, right, r.top() + r.height() / 4 + 1, QStringLiteral(".buildrc"),
                           BadgeLabel::buildrcColor()) - 4;

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const QRect nameRect(r.left(), r.top(), right - r.left(), r.height() / 2);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(PluginListModel::NameRole).toString(), Qt::ElideRight,
                                                    nameRect.width()));

    painter->setFont(small);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    const QString family = index.data(PluginListModel::FamilyRole).toString();
    const QString title = index.data(PluginListModel::TitleRole).toString();
    const QString second = title.isEmpty() ? family : family + QStringLiteral(" · ") + title;
    const QRect titleRect(r.left(), r.top() + r.height() / 2, r.width(), r.height() / 2);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(second, Qt::ElideRight, titleRect.width()));
    painter->restore();
}

QSize PluginItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, fm.height() * 2 + 12};
}

} // namespace hwb::gui
