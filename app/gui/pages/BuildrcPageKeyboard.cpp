// The .buildrc page from the keyboard: Tab in reading order (the buttons above, the editor, then the values and
// diagnostics beside it), the titles' mnemonics, and names for the editor and the diff.
#include "BuildrcPage.h"

#include "widgets/BuildrcEditor.h"
#include "widgets/TabOrder.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace hwb::gui {

void BuildrcPage::setUpKeyboard()
{
    m_create->setObjectName(QStringLiteral("createBuildrc"));
    m_save->setObjectName(QStringLiteral("saveBuildrc"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_reload->setObjectName(QStringLiteral("reloadFromDisk"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_diffButton->setObjectName(QStringLiteral("showDiff"));
    m_diff->setObjectName(QStringLiteral("buildrcDiff"));

    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_valuesTitle->setBuddy(m_table);
    m_diagnosticsTitle->setBuddy(m_list);
    TabOrder::follow({m_create, m_undo, m_redo, m_save, m_reload, m_keepMine, m_diffButton, m_editor, m_diff,
                      m_table, m_list});
}

void BuildrcPage::retranslateAccessibleNames()
{
    m_editor->setAccessibleName(tr(".buildrc file"));
    m_diff->setAccessibleName(tr("Your edits against the file on disk"));
}

} // namespace hwb::gui
