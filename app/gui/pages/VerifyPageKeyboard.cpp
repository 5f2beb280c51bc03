// The Verify page from the keyboard: the gateway version's mnemonic, Tab in reading order, and the tables named
// after their tabs for a screen reader.
#include "VerifyPage.h"

#include "widgets/TabOrder.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

namespace hwb::gui {

void VerifyPage::setUpKeyboard()
{
    m_gateway->setObjectName(QStringLiteral("targetGateway"));
    m_open->setObjectName(QStringLiteral("openWasm"));
    m_tabs->setObjectName(QStringLiteral("artifactTables"));
    m_scroll->setObjectName(QStringLiteral("findings")); // takes the focus, so the arrows scroll long findings
    for (int i = 0; i < m_tabs->count(); ++i) // Tab leaves a table; the arrows move in it
        static_cast<QAbstractItemView *>(m_tabs->widget(i))->setTabKeyNavigation(false);
    m_gatewayLabel->setBuddy(m_gateway);
    TabOrder::follow({m_gateway, m_open, m_scroll, m_tabs});
}

void VerifyPage::retranslateAccessibleNames()
{
    m_scroll->setAccessibleName(tr("Findings"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setAccessibleName(m_tabs->tabText(i));
}

} // namespace hwb::gui
