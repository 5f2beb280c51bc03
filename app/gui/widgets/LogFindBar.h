#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace hwb::gui {

class LogView;

// The find bar of a log, as Qt Creator and Kate have it: inline under the log, not a dialog. Ctrl+F in the log
// opens it; the field searches as one types; Enter and F3 go to the next match, Shift with either to the
// previous, both wrapping; Escape closes it and gives the log its focus back. Hidden, it finds nothing and
// marks nothing. While the bar is only open, the log keeps following its tail: only a search or a step moves it.
class LogFindBar : public QWidget
{
    Q_OBJECT
public:
    explicit LogFindBar(LogView *view, QWidget *parent = nullptr);

    void open();  // shows the bar and selects the field's text, searching it again
    void dismiss(); // hides the bar, forgets the matches and focuses the log
    // Ctrl+F in `widget` opens the bar too while the log is on screen, e.g. in the tab bar over it.
    void openFrom(QWidget *widget);

    QLineEdit *field() const { return m_field; }
    QString countText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Key { None, Open, Next, Previous, Close };
    Key keyFor(QObject *watched, const QKeyEvent *event) const;
    void search();
    void showCount();
    void retranslate();

    LogView *m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_matchCase;
    QToolButton *m_close;
    QList<QObject *> m_openers; // widgets where Ctrl+F opens the bar
};

} // namespace hwb::gui
