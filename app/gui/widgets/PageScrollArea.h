#pragma once

#include <QScrollArea>

namespace hwb::gui {

// Holds a page in its tab: the page fills the tab, and scrolls only when the tab is smaller than the page's
// minimum size (a 1366x768 laptop at 150 %), so no page sets the window's minimum size.
// Not QScrollArea's widgetResizable: for a page whose layout has wrapping labels that gives the page its
// preferred height, and the page scrolls at sizes it fits.
class PageScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit PageScrollArea(QWidget *parent = nullptr);
    void setPage(QWidget *page);
    QWidget *page() const { return widget(); }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPage();
};

} // namespace hwb::gui
