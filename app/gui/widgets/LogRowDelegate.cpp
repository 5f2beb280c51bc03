#include "LogRowDelegate.h"

#include "LogView.h"

#include <QApplication>
#include <QPainter>

namespace hwb::gui {

LogRowDelegate::LogRowDelegate(LogView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QSize LogRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize row = m_view->rowSize();
    return row.isValid() ? row : naturalSize(option, index);
}

QSize LogRowDelegate::naturalSize(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index);
}

QRect LogRowDelegate::rangeRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                LogSearch::Range range) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // As QCommonStyle lays out an item's text: its rectangle, less the focus frame's margin on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    const int left = text.left() + metrics.horizontalAdvance(opt.text.left(range.start));
    const int width = metrics.horizontalAdvance(opt.text.mid(range.start, range.length));
    const int height = std::min(text.height(), metrics.height());
    return QRect(left, text.top() + (text.height() - height) / 2, width, height);
}

void LogRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const LogSearch *search = m_view->search();
    const QList<LogSearch::Range> ranges = search->matchesIn(index.row());
    if (ranges.isEmpty())
        return;
    const LogSearch::Range current = index.row() == search->currentRow() ? search->currentRange() : LogSearch::Range();
    // On a selected row the highlight is the background: the marks are drawn in the colours the other way round.
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor mark = palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    painter->save();
    for (const LogSearch::Range range : ranges) {
        const QRect rect = rangeRect(option, index, range);
        if (range == current) {
            // Solid, with its text redrawn on it, as an editor shows its selected text: it reads at any contrast.
            painter->fillRect(rect, mark);
            painter->setPen(palette.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
            painter->setFont(option.font);
            painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                              index.data().toString().mid(range.start, range.length));
        } else {
            QColor faint = mark;
            faint.setAlpha(selected ? 60 : 70);
            painter->fillRect(rect, faint);
        }
    }
    painter->restore();
}

} // namespace hwb::gui
