// The Requests page from the keyboard: Tab in reading order (the form row by row, then Send's row, then the
// batch's), label mnemonics that reach their fields, and names a screen reader can say for the unlabelled fields.
#include "RequestsPage.h"

#include "widgets/TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace hwb::gui {

void RequestsPage::setUpKeyboard()
{
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_rate->setObjectName(QStringLiteral("rate"));
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_export->setObjectName(QStringLiteral("export"));
    m_tabs->setObjectName(QStringLiteral("results"));

    m_urlLabel->setBuddy(m_url);
    m_templateLabel->setBuddy(m_template);
    m_keyLabel->setBuddy(m_apiKey);
    m_batchLabel->setBuddy(m_count);
    TabOrder::follow({m_url, m_template, m_saveTemplate, m_apiKey, m_body, m_send, m_firstByteTimeout, m_keepAlive,
                      m_export, m_count, m_concurrency, m_rate, m_batch, m_cancel, m_tabs});
}

// The spin boxes show their meaning as a prefix ("requests: 20"), which a screen reader would read with the number.
void RequestsPage::retranslateAccessibleNames()
{
    m_body->setAccessibleName(m_body->placeholderText());
    m_count->setAccessibleName(m_count->toolTip());
    m_concurrency->setAccessibleName(m_concurrency->toolTip());
    m_rate->setAccessibleName(tr("Requests per second"));
    m_firstByteTimeout->setAccessibleName(tr("Seconds without a response byte before a request is a hang"));
}

} // namespace hwb::gui
