// The Build page from the keyboard: Tab in reading order, label mnemonics that reach their fields, and names a
// screen reader can say for what has no label of its own.
#include "BuildPage.h"

#include "widgets/CommandPreview.h"
#include "widgets/LogView.h"
#include "widgets/TabOrder.h"
#include "widgets/TagChips.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

namespace hwb::gui {

// Called before the first plan: the tag chips made later place themselves before TagChips's own field.
void BuildPage::setUpKeyboard()
{
    m_mode->setObjectName(QStringLiteral("mode"));
    m_modeIsDefault->setObjectName(QStringLiteral("modeIsDefault"));
    m_build->setObjectName(QStringLiteral("build"));
    m_cancel->setObjectName(QStringLiteral("cancelBuild"));
    m_copy->setObjectName(QStringLiteral("copyCommand"));
    m_flags->setObjectName(QStringLiteral("buildVariables"));
    m_tabs->setObjectName(QStringLiteral("buildOutput"));

    // Tab leaves a table, as it leaves every other field; the arrows move from cell to cell.
    m_flags->setTabKeyNavigation(false);
    m_modeLabel->setBuddy(m_mode);
    m_customLabel->setBuddy(m_customCommand);
    m_previewLabel->setBuddy(m_preview);
    m_tagsLabel->setBuddy(m_tags->addField());
    TabOrder::follow({m_mode, m_modeIsDefault, m_build, m_cancel, m_customCommand, m_preview, m_copy,
                      m_tags->addField(), m_addOverride, m_flags, m_tabs});
}

void BuildPage::retranslateAccessibleNames()
{
    m_addOverride->setAccessibleName(m_addOverride->placeholderText());
    m_flags->setAccessibleName(tr("Build variables"));
    m_logView->setAccessibleName(tr("Build log"));
    m_problems->setAccessibleName(m_tabs->tabText(m_tabs->indexOf(m_problems)));
    m_source->setAccessibleName(m_tabs->tabText(m_tabs->indexOf(m_source)));
    m_history->setAccessibleName(tr("Build history"));
}

} // namespace hwb::gui
