#pragma once

#include "llm/RunHistory.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace hwb::gui {

// Two stored runs side by side (e.g. the build with the tag against one without), with the change.
class RequestsCompareView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsCompareView(QWidget *parent = nullptr);
    void reload(); // re-reads the run history
    void retranslate();

private:
    void compare();

    QList<RunHistory::Entry> m_runs;
    QComboBox *m_left;
    QComboBox *m_right;
    QTableWidget *m_table;
};

} // namespace hwb::gui
