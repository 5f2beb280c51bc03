#include "widgets/ShrinkableCombo.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>

using hwb::gui::ShrinkableCombo;

namespace {
const QString kLongItem = QStringLiteral("higress-registry.cn-hangzhou.cr.aliyuncs.com/higress/gateway:2.1.6");

// A window holding the combo beside a greedy line edit, as the Requests page holds its template picker.
struct Row
{
    QWidget window;
    ShrinkableCombo *combo = new ShrinkableCombo(12, &window);
    Row()
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(new QLineEdit(&window), 1);
        layout->addWidget(combo);
    }
    int shownTextWidth() const { return combo->fontMetrics().horizontalAdvance(kLongItem); }
};
} // namespace

class TestShrinkableCombo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // In a wide window the item shows whole; in a narrow one the combo gives way instead of widening the window.
    void growsWithRoomAndShrinksWithout_data()
    {
        QTest::addColumn<int>("windowWidth");
        QTest::addColumn<bool>("itemWhole");
        QTest::newRow("wide") << 1600 << true;
        QTest::newRow("narrow") << 300 << false;
    }
    void growsWithRoomAndShrinksWithout()
    {
        QFETCH(int, windowWidth);
        QFETCH(bool, itemWhole);
        Row row;
        row.combo->addItem(kLongItem);
        row.window.resize(windowWidth, 40);
        row.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&row.window));
        QCOMPARE(row.combo->width() >= row.shownTextWidth(), itemWhole);
        QVERIFY(row.window.minimumSizeHint().width() < row.shownTextWidth());
    }

    // Items added after the first show (a saved run, a new profile) widen it again.
    void followsItemsAddedLater()
    {
        Row row;
        row.combo->addItem(QStringLiteral("short"));
        row.window.resize(1600, 40);
        row.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&row.window));
        QVERIFY(row.combo->width() < row.shownTextWidth());
        row.combo->addItem(kLongItem);
        QTRY_VERIFY(row.combo->width() >= row.shownTextWidth());
    }
};

QTEST_MAIN(TestShrinkableCombo)
#include "tst_shrinkablecombo.moc"
