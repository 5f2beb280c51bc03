#include "RequestsCompareView.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace hwb::gui {

RequestsCompareView::RequestsCompareView(QWidget *parent)
    : QWidget(parent)
    , m_left(new QComboBox(this))
    , m_right(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_left, 1);
    pickers->addWidget(new QLabel(QStringLiteral("⇄"), this));
    pickers->addWidget(m_right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(m_table, 1);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setColumnCount(3);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_left, &QComboBox::currentIndexChanged, this, &RequestsCompareView::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &RequestsCompareView::compare);
    retranslate();
}

void RequestsCompareView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Run A"), tr("Run B"), tr("B vs A")});
    reload();
}

void RequestsCompareView::reload()
{
    RunHistory history;
    m_runs = history.runs();
    const QSignalBlocker a(m_left), b(m_right);
    m_left->clear();
    m_right->clear();
    for (const RunHistory::Entry &e : std::as_const(m_runs)) {
        const QString text = tr("#%1 %2 · %3 requests · %4")
                                 .arg(e.id)
                                 .arg(e.info.label.isEmpty() ? e.info.templateName : e.info.label)
                                 .arg(e.summary.n)
                                 .arg(QDateTime::fromMSecsSinceEpoch(e.info.startedAtMsEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        m_left->addItem(text);
        m_right->addItem(text);
    }
    // Newest run on the right, the one before it on the left: the usual "did my change help?" question.
    m_right->setCurrentIndex(m_runs.isEmpty() ? -1 : 0);
    m_left->setCurrentIndex(m_runs.size() > 1 ? 1 : m_right->currentIndex());
    compare();
}

void RequestsCompareView::compare()
{
    const int l = m_left->currentIndex(), r = m_right->currentIndex();
    struct Row { QString name; std::function<double(const RunSummary &)> value; bool lowerIsBetter; };
    const QList<Row> rows = {
        {tr("Requests"), [](const RunSummary &s) { return double(s.n); }, false},
        {tr("OK"), [](const RunSummary &s) { return double(s.ok); }, false},
        {tr("Hung (no first byte)"), [](const RunSummary &s) { return double(s.outcomes.value(QStringLiteral("hang_no_first_byte"))); }, true},
        {tr("TTFB p50 ms"), [](const RunSummary &s) { return s.ttfb.p50; }, true},
        {tr("TTFB p90 ms"), [](const RunSummary &s) { return s.ttfb.p90; }, true},
        {tr("TTFT p50 ms"), [](const RunSummary &s) { return s.ttft.p50; }, true},
        {tr("TTFT p90 ms"), [](const RunSummary &s) { return s.ttft.p90; }, true},
        {tr("Total p50 ms"), [](const RunSummary &s) { return s.total.p50; }, true},
        {tr("Total p99 ms"), [](const RunSummary &s) { return s.total.p99; }, true},
        {tr("Requests/s"), [](const RunSummary &s) { return s.rps; }, false},
        {tr("Tokens/s"), [](const RunSummary &s) { return s.tokensPerSecond; }, false},
    };
    m_table->setRowCount(int(rows.size()));
    QStringList names;
    for (int i = 0; i < rows.size(); ++i) {
        names.append(rows[i].name);
        const double a = l >= 0 ? rows[i].value(m_runs[l].summary) : -1;
        const double b = r >= 0 ? rows[i].value(m_runs[r].summary) : -1;
        const auto text = [](double v) { return v < 0 ? QStringLiteral("—") : QString::number(v, 'f', v == std::floor(v) ? 0 : 1); };
        m_table->setItem(i, 0, new QTableWidgetItem(text(a)));
        m_table->setItem(i, 1, new QTableWidgetItem(text(b)));
        QString delta = QStringLiteral("—");
        auto *deltaItem = new QTableWidgetItem;
        if (a > 0 && b >= 0) {
            const double change = (b - a) / a * 100.0;
            delta = QStringLiteral("%1%2%").arg(change >= 0 ? QStringLiteral("+") : QString()).arg(change, 0, 'f', 1);
            if (std::abs(change) >= 5)
                deltaItem->setForeground((change < 0) == rows[i].lowerIsBetter ? QColor(0x1e, 0x8e, 0x3e) : QColor(0xd9, 0x30, 0x25));
        }
        deltaItem->setText(delta);
        m_table->setItem(i, 2, deltaItem);
    }
    m_table->setVerticalHeaderLabels(names);
}

} // namespace hwb::gui
