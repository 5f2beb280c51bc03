#pragma once

#include "gateway/ModuleCheck.h"

#include <QWidget>

namespace hwb::gui {

class MessageBar;

// The Gateway page's word on the module it would load, before Start: verification's errors and warnings
// (ModuleCheck). A module built without its .buildrc tags starts and then hangs every request, and the gateway's
// log does not say why. Checked again when the module, the plugin, the image or the language changes.
class GatewayModuleNotice : public QWidget
{
    Q_OBJECT
public:
    explicit GatewayModuleNotice(QWidget *parent = nullptr);

    // An empty artifact hides the notice.
    void check(const QString &artifact, const QString &pluginDir, const QString &image);
    const ModuleCheck &result() const { return m_check; }
    QString text() const; // what the notice says, empty when it is hidden

Q_SIGNALS:
    void verifyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void recheck();
    void showResult();

    MessageBar *m_bar;
    ModuleCheck m_check;
    QString m_pluginDir;
    QString m_image;
    QString m_checkedKey; // the module's identity and the image the shown result is for
};

} // namespace hwb::gui
