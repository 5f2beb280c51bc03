#pragma once

#include <QLabel>

namespace hwb::gui {

// The red line that says a request hung, with the way out: the Verify page, where a build that skipped its
// .buildrc tags shows up. The single-request and the batch views both use it, so a hang looks the same in both.
class HangBanner : public QLabel
{
    Q_OBJECT
public:
    explicit HangBanner(QWidget *parent = nullptr);
    // Plain text; with offerVerify, the link to the Verify page is added.
    void showHang(const QString &message, bool offerVerify = true);
    // Amber, before the hang is named: a request has had no first byte for a while. Plain text.
    void showWaiting(const QString &message);
    bool isWaiting() const { return m_waiting; }

    // The height its text needs at its width, not at the width QLabel guesses: a cause wraps to four lines in a
    // narrow window, and a layout that counted one took the missing lines from the charts below, down to 5 px.
    // With the real height the page scrolls instead.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void verifyRequested();

private:
    bool m_waiting = false;
};

} // namespace hwb::gui
