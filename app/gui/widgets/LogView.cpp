#include "LogView.h"

#include "EmptyViewHint.h"
#include "LogRowDelegate.h"

#include "common/LogSearch.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QScrollBar>

#include <algorithm>
#include <numeric>
#include <utility>

namespace hwb::gui {

LogView::LogView(QWidget *parent)
    : QListView(parent)
    , m_hint(new EmptyViewHint(this))
    , m_search(new LogSearch(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUniformItemSizes(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight); // only a line wider than the longest measured one, e.g. of CJK text
    setEditTriggers(NoEditTriggers);
    setSelectionMode(ExtendedSelection);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerItem); // rowsAboutToBeTrimmed() reads the top row from the scroll bar
    setItemDelegate(new LogRowDelegate(this));
    connect(m_search, &LogSearch::changed, viewport(), qOverload<>(&QWidget::update));
    // The user scrolling up stops the follow; scrolling back to the end resumes it. Appends move the range,
    // not the value, so they do not change it.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_following = value >= verticalScrollBar()->maximum(); });
}

void LogView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(this);
    QListView::setModel(model);
    m_search->setModel(model);
    resetWidth();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    rowsAppended(first, last);
            });
    // LogModel trims the oldest lines in one block per batch: a reader who scrolled up keeps the same lines
    // in view while the ring moves under them.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid() && first == 0)
                    rowsAboutToBeTrimmed(last + 1);
            });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_keepTop < 0)
            return;
        const QModelIndex top = this->model()->index(std::exchange(m_keepTop, -1), 0);
        if (top.isValid())
            scrollTo(top, PositionAtTop);
        else
            scrollToTop();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        resetWidth();
        m_following = true;
    });
}

void LogView::showMatch(int row, LogSearch::Range range)
{
    const QModelIndex index = model() ? model()->index(row, 0) : QModelIndex();
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    // A match off screen comes to the middle, with the lines around it that explain it.
    const QRect rowRect = visualRect(index);
    if (rowRect.top() < 0 || rowRect.bottom() > viewport()->height())
        scrollTo(index, PositionAtCenter);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    const QRect match = static_cast<LogRowDelegate *>(itemDelegate())->rangeRect(option, index, range);
    const int margin = option.fontMetrics.averageCharWidth() * 8;
    QScrollBar *bar = horizontalScrollBar();
    if (match.left() < 0)
        bar->setValue(bar->value() + match.left() - margin);
    else if (match.right() > viewport()->width())
        bar->setValue(bar->value() + match.right() - viewport()->width() + margin);
}

void LogView::setPlaceholderText(const QString &text)
{
    m_hint->setText(text);
}

QString LogView::placeholderText() const
{
    return m_hint->text();
}

void LogView::resetWidth()
{
    m_longestLine = 0;
    m_rowSize = {};
}

void LogView::rowsAppended(int first, int last)
{
    int longest = -1;
    qsizetype longestSize = m_longestLine;
    for (int row = first; row <= last; ++row) {
        const qsizetype size = model()->index(row, 0).data().toString().size();
        if (size > longestSize) {
            longestSize = size;
            longest = row;
        }
    }
    if (longest >= 0 || !m_rowSize.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const QModelIndex index = model()->index(longest >= 0 ? longest : last, 0);
        const QSize natural = static_cast<LogRowDelegate *>(itemDelegate())->naturalSize(option, index);
        m_rowSize = m_rowSize.isValid() ? m_rowSize.expandedTo(natural) : natural;
        m_longestLine = longestSize;
        scheduleDelayedItemsLayout();
    }
    if (m_following)
        scrollToBottom();
}

void LogView::rowsAboutToBeTrimmed(int count)
{
    if (m_following)
        return;
    // Scrolling by item, the value is the top row; the view's own layout is already gone at this point.
    m_keepTop = std::max(0, verticalScrollBar()->value() - count);
}

QString LogView::lines(const QList<int> &rows) const
{
    QStringList text;
    text.reserve(rows.size());
    for (int row : rows)
        text.append(model()->index(row, 0).data().toString());
    return text.join(QLatin1Char('\n'));
}

QString LogView::selectedText() const
{
    if (!model() || !selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end()); // selection order is click order
    return lines(rows);
}

QString LogView::text() const
{
    if (!model())
        return {};
    QList<int> rows(model()->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return lines(rows);
}

void LogView::copySelection() const
{
    if (const QString text = selectedText(); !text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LogView::copyAll() const
{
    QApplication::clipboard()->setText(text());
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    // QAbstractItemView copies only the current row.
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

// A shorter view, under a find bar that opens or in a smaller window, keeps showing the last line it followed.
void LogView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (m_following)
        scrollToBottom();
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, &LogView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selectionModel() && selectionModel()->hasSelection());
    QAction *copyAll = menu.addAction(tr("Copy &All"), this, &LogView::copyAll);
    menu.addSeparator();
    QAction *selectAll = menu.addAction(tr("Select All"), this, &LogView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    const bool empty = !model() || model()->rowCount() == 0;
    copyAll->setEnabled(!empty);
    selectAll->setEnabled(!empty);
    if (isSignalConnected(QMetaMethod::fromSignal(&LogView::findRequested))) {
        menu.addSeparator();
        QAction *find = menu.addAction(tr("&Find…"), this, &LogView::findRequested);
        find->setShortcut(QKeySequence::Find);
    }
    menu.exec(event->globalPos());
}

} // namespace hwb::gui
