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
    void showHang(const QString &message); // plain text; the link to the Verify page is added

Q_SIGNALS:
    void verifyRequested();
};

} // namespace hwb::gui
