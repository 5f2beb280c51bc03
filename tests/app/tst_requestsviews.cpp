#include "TestSupport.h"
#include "common/Translations.h"
#include "pages/RequestsBatchView.h"
#include "pages/RequestsSingleView.h"
#include "widgets/ChartAxes.h"
#include "widgets/HangBanner.h"
#include "widgets/LatencyHistogram.h"
#include "widgets/LatencyOverTimeChart.h"
#include "widgets/RequestTimelineChart.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QImage>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace hwb;
using namespace hwb::gui;

// The Requests page's views at the narrow widths of an 800x600 window, in both languages.
class TestRequestsViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamEventsFitTheirWidth_data();
    void streamEventsFitTheirWidth();
    void chartsKeepRoomForTheirPlot();
    void legendMovesBelowANarrowTitle();
    void percentileLegendAvoidsTheBars_data();
    void percentileLegendAvoidsTheBars();
    void timeAxesReadAsPeopleDo_data();
    void timeAxesReadAsPeopleDo();
    void axesTickAtRoundNumbers_data();
    void axesTickAtRoundNumbers();
    void everyScaleCoversItsValues();
    void aRunningBatchIsSummedUpPerRefreshNotPerRequest();
    void dotsOnOnePixelAreDrawnOnce();
    void aStoredRunSaysTheWaitItsRequestsHad();
    void aStoredRunThatStoppedEarlySaysWhatItHeldBack();
};

void TestRequestsViews::streamEventsFitTheirWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

// No sideways scrollbar with nothing to scroll, and the Delta header ("增量") shown whole.
void TestRequestsViews::streamEventsFitTheirWidth()
{
    QFETCH(QString, language);
    QVERIFY(Translations::install(language == "en" ? QLocale(QLocale::English) : QLocale(language)));
    RequestsSingleView view;
    view.resize(520, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    FireResult result;
    result.streamed = true;
    result.totalMs = 40;
    for (int i = 0; i < 5; ++i)
        result.events.append({double(i * 10), QStringLiteral("Hello, this is a fairly long delta of streamed text %1").arg(i),
                              QStringLiteral("message")});
    view.showResult(result);
    auto *events = view.findChild<QTreeWidget *>("streamEvents");
    QVERIFY(events);
    QVERIFY(events->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(events->horizontalScrollBar()->maximum(), 0);
    QHeaderView *header = events->header();
    for (int column = 0; column < 3; ++column) {
        const QString text = events->headerItem()->text(column);
        QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(text),
                 qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(header->sectionSize(column))));
    }
    QVERIFY(Translations::install(QLocale(QLocale::English)));
}

// At their minimum height the charts still have two lines of plot: room for bars, or for the hint that says
// where they will be (it spilled out of a 10-pixel plot before).
void TestRequestsViews::chartsKeepRoomForTheirPlot()
{
    RequestTimelineChart timeline;
    LatencyOverTimeChart overTime;
    const QList<LegendEntry> legend{{Qt::red, QStringLiteral("TTFT")}, {Qt::blue, QStringLiteral("total")}};
    // The over-time chart is narrow here: its legend takes a row of its own.
    for (const auto &[chart, keys] : {std::pair<QWidget *, QList<LegendEntry>>{&timeline, {}}, {&overTime, legend}}) {
        chart->resize(200, chart->minimumSizeHint().height());
        QImage image(chart->size(), QImage::Format_ARGB32);
        QPainter p(&image);
        const ChartAxes axes = ChartAxes::draw(p, chart, QStringLiteral("Per-request timeline"), 1, 1, "ms", "ms", keys);
        QVERIFY2(axes.plot.height() >= 2 * chart->fontMetrics().lineSpacing(),
                 qPrintable(QStringLiteral("%1: %2 px").arg(chart->metaObject()->className()).arg(axes.plot.height())));
    }
}

// The legend shares the title's row only when both fit; otherwise it takes a row of its own and the plot starts
// below it, instead of being drawn over the title.
void TestRequestsViews::legendMovesBelowANarrowTitle()
{
    LatencyOverTimeChart chart;
    const QList<LegendEntry> legend{{Qt::red, QStringLiteral("TTFT")}, {Qt::blue, QStringLiteral("total")},
                                    {Qt::darkRed, QStringLiteral("failed")}};
    const auto plotTop = [&](int width) {
        chart.resize(width, 240);
        QImage image(chart.size(), QImage::Format_ARGB32);
        QPainter p(&image);
        const double withLegend = ChartAxes::draw(p, &chart, QStringLiteral("TTFT and total over time"), 1, 1, "s",
                                                  "ms", legend).plot.top();
        const double without = ChartAxes::draw(p, &chart, QStringLiteral("TTFT and total over time"), 1, 1, "s", "ms")
                                   .plot.top();
        return withLegend - without;
    };
    QCOMPARE(plotTop(900), 0.0);
    QVERIFY(plotTop(260) >= chart.fontMetrics().lineSpacing());
}

// The histogram's "p50 · p90 · p99" legend goes to the top corner over the lower bars: fast requests fill the left,
// a batch that mostly hung the right. The columns with red in the top band are counted in each half: the text spans
// many, the dashed percentile lines a few.
void TestRequestsViews::percentileLegendAvoidsTheBars_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("onTheRight");
    QList<double> fast(40, 10.0), slow(40, 950.0);
    fast << 990.0; // the axis reaches 1000 ms; the bars stand left
    slow << 5.0;
    QTest::newRow("fast") << fast << true;
    QTest::newRow("slow") << slow << false;
}
void TestRequestsViews::percentileLegendAvoidsTheBars()
{
    QFETCH(QList<double>, values);
    QFETCH(bool, onTheRight);
    LatencyHistogram histogram;
    histogram.resize(600, 220);
    histogram.setValues(values);
    const QImage image = histogram.grab().toImage();
    const auto redIn = [&image](int from, int to) {
        int columns = 0;
        for (int x = from; x < to; ++x) {
            bool red = false;
            for (int y = 0; y < image.height() / 3 && !red; ++y) {
                const QColor c = image.pixelColor(x, y);
                red = c.red() > 140 && c.green() < 110 && c.blue() < 110;
            }
            columns += red ? 1 : 0;
        }
        return columns;
    };
    const int left = redIn(0, image.width() / 2), right = redIn(image.width() / 2, image.width());
    QVERIFY2(onTheRight ? right > 3 * left : left > 3 * right, qPrintable(QString("%1 left, %2 right").arg(left).arg(right)));
}

// A batch that hung for 40 s reads "40 s", not "40000 ms"; requests that all started at once read "0.4 ms", not "4e-04 s".
void TestRequestsViews::timeAxesReadAsPeopleDo_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("label"); // the last tick's label
    QTest::newRow("hang-long total") << 40000.0 << "ms" << "40 s";
    QTest::newRow("ordinary total") << 2500.0 << "ms" << "2500 ms";
    QTest::newRow("simultaneous starts") << 0.0004 << "s" << "0.4 ms";
    QTest::newRow("tiny starts") << 0.00008 << "s" << "0.08 ms";
    QTest::newRow("seconds") << 12.0 << "s" << "12 s";
}

void TestRequestsViews::timeAxesReadAsPeopleDo()
{
    QFETCH(double, max);
    QFETCH(QString, unit);
    QFETCH(QString, label);
    const ChartAxes::Unit shown = ChartAxes::readableTime(max, unit);
    QCOMPARE(ChartAxes::number(max * shown.factor) + " " + shown.name, label);
    QCOMPARE(ChartAxes::number(0.00008), QString("0.00008")); // never an exponent
}

void TestRequestsViews::axesTickAtRoundNumbers_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("maxSteps");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<double>("top");
    QTest::addColumn<int>("steps");
    // The histogram's tallest bar of 21: it read 6.25, 12.5, 18.75, 25.
    QTest::newRow("21 requests in a bin") << 21.0 << 4 << true << 30.0 << 3;
    QTest::newRow("3 requests, 4 lines") << 3.0 << 4 << true << 3.0 << 3;
    QTest::newRow("one request") << 1.0 << 4 << true << 1.0 << 1;
    QTest::newRow("no request") << 0.0 << 4 << true << 4.0 << 4;
    QTest::newRow("9 requests, 4 lines") << 9.0 << 4 << true << 10.0 << 2;
    QTest::newRow("90 requests") << 90.0 << 4 << true << 100.0 << 4;
    QTest::newRow("whole, short chart") << 7.0 << 1 << true << 10.0 << 1;
    QTest::newRow("12 ms") << 12.0 << 5 << false << 12.5 << 5;
    QTest::newRow("40 s hang") << 40000.0 << 5 << false << 40000.0 << 4;
    QTest::newRow("0.0004 s of starts") << 0.0004 << 5 << false << 0.0004 << 4;
    QTest::newRow("exactly a step") << 100.0 << 4 << false << 100.0 << 4;
    QTest::newRow("just over a step") << 100.5 << 4 << false << 150.0 << 3;
}

// Every tick of an axis reads as a round number, and counts as whole ones.
void TestRequestsViews::axesTickAtRoundNumbers()
{
    QFETCH(double, max);
    QFETCH(int, maxSteps);
    QFETCH(bool, whole);
    QFETCH(double, top);
    QFETCH(int, steps);
    const ChartAxes::Scale scale =
        ChartAxes::niceScale(max, maxSteps, whole ? ChartAxes::Values::Whole : ChartAxes::Values::Continuous);
    QCOMPARE(scale.max, top);
    QCOMPARE(scale.steps, steps);
}

void TestRequestsViews::everyScaleCoversItsValues()
{
    const auto isRound = [](double step) {
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        for (double m : {1.0, 2.0, 2.5, 5.0})
            if (std::abs(mantissa - m) < 1e-6)
                return true;
        return false;
    };
    for (double max = 0.00013; max < 1e6; max *= 1.37) {
        for (int maxSteps = 1; maxSteps <= 5; ++maxSteps) {
            for (const auto values : {ChartAxes::Values::Continuous, ChartAxes::Values::Whole}) {
                const ChartAxes::Scale scale = ChartAxes::niceScale(max, maxSteps, values);
                const double step = scale.max / scale.steps;
                const QString what = QString("max %1, %2 steps").arg(max).arg(maxSteps);
                QVERIFY2(scale.max >= max && scale.steps >= 1 && scale.steps <= maxSteps, qPrintable(what));
                QVERIFY2(isRound(step), qPrintable(what));
                // Some fewer steps of the same size would not have covered max: the top is as low as it can be.
                QVERIFY2(scale.steps == 1 || step * (scale.steps - 1) < max, qPrintable(what));
                if (values == ChartAxes::Values::Whole)
                    QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(what));
            }
        }
    }
}

// A batch of thousands of requests: the view sums the run up when it refreshes (ten times a second at most), not once
// per finished request; summing up every request again at each of 10,000 took the window a minute and a half.
void TestRequestsViews::aRunningBatchIsSummedUpPerRefreshNotPerRequest()
{
    RequestsBatchView view;
    view.resize(1000, 700);
    view.show();
    constexpr int n = 3000;
    const QList<FireResult> results = test::loadTestResults(n);
    QList<FireResult> done;
    int summaries = 0;
    view.begin(n, [&] {
        ++summaries;
        return RunSummary::of(done, 1000);
    });
    const int atBegin = summaries;
    for (const FireResult &r : results) {
        done.append(r);
        view.add(r);
    }
    QLabel *summary = nullptr;
    for (QLabel *l : view.findChildren<QLabel *>())
        summary = l->text().contains(" done, ") ? l : summary;
    QVERIFY(summary);
    QTRY_VERIFY2(summary->text().contains("3000 of 3000 done, 3000 ok"), qPrintable(summary->text()));
    QCOMPARE(view.model()->rowCount(), n);
    QVERIFY2(summaries - atBegin <= 3, qPrintable(QString::number(summaries - atBegin)));
}

// The over-time chart stamps one dot per pixel: of 10,000 requests many fall on the same pixel, and drawing them all
// cost 30 ms a frame. Which pixels get a dot does not change.
void TestRequestsViews::dotsOnOnePixelAreDrawnOnce()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(10 + (i % 100) * 0.5, 20 + (i % 37) * 0.25)); // 50 x 10 pixels
    const QList<QPointF> kept = LatencyOverTimeChart::onePerPixel(points);
    QSet<QPair<int, int>> pixels, keptPixels;
    for (const QPointF &p : points)
        pixels.insert({int(p.x()), int(p.y())});
    for (const QPointF &p : kept)
        keptPixels.insert({int(p.x()), int(p.y())});
    QCOMPARE(kept.size(), pixels.size());
    QCOMPARE(keptPixels, pixels);
    QCOMPARE(kept.first(), points.first());
    QCOMPARE(LatencyOverTimeChart::onePerPixel({{1.2, 1.2}, {1.8, 1.9}, {2.1, 1.2}}),
             (QList<QPointF>{{1.2, 1.2}, {2.1, 1.2}}));
}

// A run from the history was fired with its own first-byte limit; its hang banner says that wait, not the limit the
// page has now.
void TestRequestsViews::aStoredRunSaysTheWaitItsRequestsHad()
{
    RequestsBatchView view;
    view.setWaitLimits(15000, 30000);
    QList<FireResult> results;
    for (int i = 0; i < 4; ++i) {
        FireResult r;
        r.index = i;
        r.outcome = Outcome::HangNoFirstByte;
        r.totalMs = 501.4 + i;
        results.append(r);
    }
    view.showRun(results, RunSummary::of(results, 1000), QStringLiteral("Run #1 from the history"));
    view.show();
    auto *banner = view.findChild<HangBanner *>();
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains("4 of 4 requests hung: no response byte in 0.5 s."), qPrintable(banner->text()));
}

// Loaded from the history, a batch that stopped when its first round hung read "4 of 4 done" under a full bar: the
// 16 requests it held back were nowhere.
void TestRequestsViews::aStoredRunThatStoppedEarlySaysWhatItHeldBack()
{
    RequestsBatchView view;
    QList<FireResult> results;
    for (int i = 0; i < 4; ++i) {
        FireResult r;
        r.index = i;
        r.outcome = Outcome::HangNoFirstByte;
        r.totalMs = 2000;
        results.append(r);
    }
    RunSummary summary = RunSummary::of(results, 2000);
    summary.stoppedOnHang = true;
    summary.notFired = 16;
    view.showRun(results, summary, QStringLiteral("Run #2 from the history"));
    view.show();
    QLabel *line = nullptr;
    for (QLabel *l : view.findChildren<QLabel *>())
        line = l->text().contains(" done, ") ? l : line;
    QVERIFY(line);
    QVERIFY2(line->text().contains("4 of 20 done, 0 ok · 16 not fired: the first round hung"), qPrintable(line->text()));
    auto *progress = view.findChild<QProgressBar *>();
    QCOMPARE(progress->value(), 4);
    QCOMPARE(progress->maximum(), 20);
    QVERIFY2(view.findChild<HangBanner *>()->text().contains("4 of 20 requests hung"),
             qPrintable(view.findChild<HangBanner *>()->text()));

    // Cancelled by the user instead: the same count, its own reason.
    summary.stoppedOnHang = false;
    summary.cancelled = true;
    view.showRun(results, summary, QStringLiteral("Run #3 from the history"));
    QVERIFY2(line->text().contains("4 of 20 done, 0 ok · 16 not fired: the run was cancelled"), qPrintable(line->text()));
}

QTEST_MAIN(TestRequestsViews)
#include "tst_requestsviews.moc"
