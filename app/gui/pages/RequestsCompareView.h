#pragma once

#include "llm/RunHistory.h"
#include "llm/RunHistoryLoader.h"

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
    // Re-reads the run history (on a thread: the file may be locked by another program) and then compares the
    // newest run with the one before.
    void reload();
    // Words the lists again; the two runs the user picked stay picked.
    void retranslate();

private:
    void fill(const QList<RunHistory::Entry> &runs, bool keepChoice);
    void compare();

    void showStatus();

    QList<RunHistory::Entry> m_runs;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_stoppedNote; // a run cut short on a hang is not compared as a whole one by mistake
    QTableWidget *m_table;
    RunHistoryLoader *m_loader;
    QLabel *m_status; // while the list is read, or why it could not be
    QString m_listError;
};

} // namespace hwb::gui
