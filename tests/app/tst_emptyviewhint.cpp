#include "widgets/EmptyViewHint.h"

#include <QImage>
#include <QListView>
#include <QStringListModel>
#include <QTest>

using hwb::gui::EmptyViewHint;

namespace {
// How many pixels of the view's viewport differ from its base colour: text drawn there, or nothing.
int inkedPixels(QListView &view)
{
    const QImage image = view.viewport()->grab().toImage();
    const QRgb base = view.palette().color(QPalette::Base).rgb();
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != base;
    return inked;
}
} // namespace

class TestEmptyViewHint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The hint shows while the model has no rows, follows rows coming and going, and a model swapped in later.
    void showsOnlyWhileTheViewIsEmpty()
    {
        QListView view;
        view.resize(400, 200);
        QStringListModel model;
        view.setModel(&model);
        auto *hint = new EmptyViewHint(&view);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(inkedPixels(view), 0); // no text yet: nothing to show

        hint->setText("Run a batch to list every request here.");
        QVERIFY(hint->isShown());
        QVERIFY(inkedPixels(view) > 50);

        model.setStringList({QString()}); // one row that draws nothing itself
        QVERIFY(!hint->isShown());
        QCOMPARE(inkedPixels(view), 0);

        model.setStringList({});
        QVERIFY(hint->isShown());
        QVERIFY(inkedPixels(view) > 50);

        QStringListModel other({QString(), QString()});
        view.setModel(&other);
        QVERIFY(!hint->isShown());
        QCOMPARE(inkedPixels(view), 0);
    }
};

QTEST_MAIN(TestEmptyViewHint)
#include "tst_emptyviewhint.moc"
