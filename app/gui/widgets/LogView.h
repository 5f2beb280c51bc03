#pragma once

#include "common/LogSearch.h"

#include <QListView>

namespace hwb::gui {

class EmptyViewHint;

// A build log shown straight from its model (LogModel), one row a line. A text document re-laid out a
// growing log and trimmed it line by line, which froze the window for seconds on 100 MB of output; rows of
// one height cost the same whatever the log's length. It follows the tail unless the user scrolled up, and
// copies whole lines: Ctrl+C and the context menu take the selected lines, "Copy all" the kept log. Its search
// (a LogFindBar drives it) follows the model, and the rows show its matches.
class LogView : public QListView
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void setPlaceholderText(const QString &text); // shown while the log is empty
    QString placeholderText() const;

    bool isFollowing() const { return m_following; }
    QString selectedText() const; // the selected lines, top to bottom
    QString text() const;         // every line the model keeps
    QSize rowSize() const { return m_rowSize; } // invalid until a line arrives
    LogSearch *search() const { return m_search; }
    void showMatch(int row, LogSearch::Range range); // selects its row and scrolls it into view
    void copySelection() const;
    void copyAll() const;

Q_SIGNALS:
    void findRequested(); // from the context menu, which offers Find only when something is connected

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rowsAboutToBeTrimmed(int count);
    void rowsAppended(int first, int last);
    void resetWidth();
    QString lines(const QList<int> &rows) const;

    EmptyViewHint *m_hint;
    LogSearch *m_search;
    bool m_following = true; // the last line is in view: new lines scroll in
    int m_keepTop = -1;      // the top row to show again after a trim, when not following
    qsizetype m_longestLine = 0;
    QSize m_rowSize; // every row's: the longest line's width, so the horizontal scroll bar reaches its end
};

} // namespace hwb::gui
