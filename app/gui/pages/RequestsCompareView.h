#pragma once

#include "llm/RunHistory.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace hwb::gui {

// Two stored runs side by side (e.g. the build with the tag against one without), with the change.
class RequestsCompareView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsCompareView(QWidget *parent = nullptr);
    // Re-reads the run history and compares the newest run with the one before; with keepChoice (a language
    // switch), the two runs the user picked stay picked.
    void reload(bool keepChoice = false);
    void retranslate();

private:
    void compare();

    QList<RunHistory::Entry> m_runs;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_stoppedNote; // a run cut short on a hang is not compared as a whole one by mistake
    QTableWidget *m_table;
};

} // namespace hwb::gui
