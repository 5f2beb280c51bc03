#include "RequestsCompareView.h"

#include "llm/RunComparison.h"
#include "widgets/ShrinkableCombo.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>


namespace hwb::gui {

RequestsCompareView::RequestsCompareView(QWidget *parent)
    : QWidget(parent)
    , m_left(new ShrinkableCombo(12, this))
    , m_right(new ShrinkableCombo(12, this))
    , m_stoppedNote(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_loader(new RunHistoryLoader(QString(), this))
    , m_status(new QLabel(this))
{
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_left, 1);
    pickers->addWidget(new QLabel(QStringLiteral("⇄"), this));
    pickers->addWidget(m_right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_status);
    layout->addWidget(m_stoppedNote);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    connect(m_loader, &RunHistoryLoader::runListLoaded, this, [this](const QList<RunHistory::Entry> &runs) {
        m_listError.clear();
        fill(runs, false);
        showStatus();
    });
    connect(m_loader, &RunHistoryLoader::failed, this, [this](const QString &error) {
        m_listError = error;
        showStatus();
    });
    layout->addWidget(m_table, 1);
    m_stoppedNote->setObjectName(QStringLiteral("compareStoppedNote"));
    m_stoppedNote->setWordWrap(true);
    m_stoppedNote->hide();
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_left->setObjectName(QStringLiteral("compareRunA"));
    m_right->setObjectName(QStringLiteral("compareRunB"));
    m_table->setColumnCount(3);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_left, &QComboBox::currentIndexChanged, this, &RequestsCompareView::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &RequestsCompareView::compare);
    retranslate();
    reload();
}

void RequestsCompareView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Run A"), tr("Run B"), tr("B vs A")});
    m_left->setAccessibleName(m_table->horizontalHeaderItem(0)->text());
    m_right->setAccessibleName(m_table->horizontalHeaderItem(1)->text());
    showStatus();
    fill(m_runs, true);
}

void RequestsCompareView::reload()
{
    m_loader->loadRunList();
    showStatus();
}

void RequestsCompareView::showStatus()
{
    if (!m_listError.isEmpty())
        m_status->setText(tr("The stored runs cannot be read: %1").arg(m_listError));
    else if (m_loader->pending() > 0 && m_runs.isEmpty())
        m_status->setText(tr("Reading the stored runs…"));
    m_status->setVisible(!m_listError.isEmpty() || (m_loader->pending() > 0 && m_runs.isEmpty()));
}

void RequestsCompareView::fill(const QList<RunHistory::Entry> &runs, bool keepChoice)
{
    const QVariant pickedA = m_left->currentData(), pickedB = m_right->currentData();
    m_runs = runs;
    const QSignalBlocker a(m_left), b(m_right);
    m_left->clear();
    m_right->clear();
    for (const RunHistory::Entry &e : std::as_const(m_runs)) {
        const QString requests = tr("%n request(s)", nullptr, e.summary.n);
        const QString text = tr("#%1 %2 · %3 · %4")
                                 .arg(e.id)
                                 .arg(e.info.title(), e.summary.stoppedOnHang
                                                          ? tr("%1, stopped early").arg(requests)
                                                          : requests)
                                 .arg(QDateTime::fromMSecsSinceEpoch(e.info.startedAtMsEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_left->addItem(text, e.id);
        m_right->addItem(text, e.id);
    }
    // Newest run on the right, the one before it on the left: the usual "did my change help?" question.
    m_right->setCurrentIndex(m_runs.isEmpty() ? -1 : 0);
    m_left->setCurrentIndex(m_runs.size() > 1 ? 1 : m_right->currentIndex());
    if (keepChoice && m_left->findData(pickedA) >= 0 && m_right->findData(pickedB) >= 0) {
        m_left->setCurrentIndex(m_left->findData(pickedA));
        m_right->setCurrentIndex(m_right->findData(pickedB));
    }
    compare();
}

void RequestsCompareView::compare()
{
    const int l = m_left->currentIndex(), r = m_right->currentIndex();
    const RunComparison comparison = RunComparison::of(l >= 0 ? &m_runs[l].summary : nullptr,
                                                       r >= 0 ? &m_runs[r].summary : nullptr);
    m_table->setRowCount(int(comparison.metrics.size()));
    QStringList names;
    for (int i = 0; i < comparison.metrics.size(); ++i) {
        const RunComparison::Metric &m = comparison.metrics[i];
        names.append(m.displayName());
        m_table->setItem(i, 0, new QTableWidgetItem(RunComparison::valueText(m.a)));
        m_table->setItem(i, 1, new QTableWidgetItem(RunComparison::valueText(m.b)));
        auto *delta = new QTableWidgetItem(m.changeText());
        if (m.direction == RunComparison::Direction::Better)
            delta->setForeground(QColor(0x1e, 0x8e, 0x3e));
        else if (m.direction == RunComparison::Direction::Worse)
            delta->setForeground(QColor(0xd9, 0x30, 0x25));
        m_table->setItem(i, 2, delta);
    }
    m_table->setVerticalHeaderLabels(names);
    QStringList stopped;
    for (const auto &[side, index] : {std::pair{tr("Run A"), l}, {tr("Run B"), r}}) {
        const RunSummary *s = index >= 0 ? &m_runs[index].summary : nullptr;
        if (s && s->stoppedOnHang)
            stopped.append(tr("%1 stopped early: its first requests hung (%2 fired), so the workbench held back the "
                              "remaining "
                              "%3. Its figures cover the %2 fired.")
                               .arg(side)
                               .arg(s->n)
                               .arg(s->notFired));
    }
    if (l == r && stopped.size() == 2)
        stopped.removeLast(); // the same run on both sides
    m_stoppedNote->setText(stopped.join(QLatin1Char('\n')));
    m_stoppedNote->setVisible(!stopped.isEmpty());
}

} // namespace hwb::gui
