// The Gateway page from the keyboard: Tab in reading order (the profile form, the mock, the gateway's buttons,
// then the configuration's buttons before its editor, then the log), the log title's mnemonic, and names for
// the editor and the log.
#include "GatewayPage.h"

#include "widgets/JsonConfigEditor.h"
#include "widgets/LogView.h"
#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>

namespace hwb::gui {

// The profile form's fields come first, in the order it makes them, which is the order it shows them.
void GatewayPage::setUpKeyboard()
{
    m_mockButton->setObjectName(QStringLiteral("mockButton"));
    m_up->setObjectName(QStringLiteral("startGateway"));
    m_down->setObjectName(QStringLiteral("stopGateway"));
    m_restart->setObjectName(QStringLiteral("restartGateway"));
    m_cancel->setObjectName(QStringLiteral("cancelGateway"));
    m_autoRestart->setObjectName(QStringLiteral("autoRestart"));
    m_saveConfig->setObjectName(QStringLiteral("saveConfig"));
    m_resetConfig->setObjectName(QStringLiteral("resetConfig"));

    m_logTitle->setBuddy(m_logView);
    TabOrder::follow({m_mockButton, m_up, m_down, m_restart, m_cancel, m_autoRestart, m_saveConfig, m_resetConfig,
                      m_editor, m_logView});
}

void GatewayPage::retranslateAccessibleNames()
{
    m_editor->focusProxy()->setAccessibleName(tr("Plugin configuration (JSON)"));
}

} // namespace hwb::gui
