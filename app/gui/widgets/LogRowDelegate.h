#pragma once

#include "common/LogSearch.h"

#include <QStyledItemDelegate>

namespace hwb::gui {

class LogView;

// Paints a log's rows, one line each, with the find bar's matches marked in the palette's highlight: faint for
// every match, solid for the current one. Sizes every row like the longest line, so a long line
// scrolls into view rather than ending in an ellipsis (QListView sizes uniform rows like the last one).
class LogRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogRowDelegate(LogView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize naturalSize(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where `range` of the row's text is drawn, in the coordinates of option.rect.
    QRect rangeRect(const QStyleOptionViewItem &option, const QModelIndex &index, LogSearch::Range range) const;

private:
    LogView *m_view;
};

} // namespace hwb::gui
