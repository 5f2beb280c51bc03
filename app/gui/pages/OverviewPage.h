#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace hwb::gui {

class AppContext;
class BadgeLabel;

// What a plugin is: metadata from its README, VERSION and go.mod, and the era with the reason for it.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(AppContext &context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The verdict on the plugin's newest module, with the way to the Verify page: after a restart, a module that
    // fails was said on the Verify page only.
    void showModuleVerdict();

    AppContext &m_context;
    QLabel *m_title;
    QLabel *m_description;
    BadgeLabel *m_eraBadge;
    QLabel *m_eraReason;
    QLabel *m_buildrcHint;
    QLabel *m_moduleVerdict;
    QFormLayout *m_form;
};

} // namespace hwb::gui
