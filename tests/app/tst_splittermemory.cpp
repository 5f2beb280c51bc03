#include "storage/AppSettings.h"
#include "widgets/SplitterMemory.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hwb;
using namespace hwb::gui;

// Where the user leaves a splitter's handle is where the next session finds it.
class TestSplitterMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void aDraggedHandleIsWhereTheNextSessionFindsIt();
    void aStateOfAnotherLayoutIsIgnored();

private:
    static std::unique_ptr<QSplitter> makeSplitter()
    {
        auto splitter = std::make_unique<QSplitter>(Qt::Horizontal);
        splitter->setObjectName(QStringLiteral("testSplit"));
        splitter->addWidget(new QLabel(QStringLiteral("list")));
        splitter->addWidget(new QLabel(QStringLiteral("page")));
        splitter->setSizes({300, 700});
        splitter->resize(1000, 300);
        return splitter;
    }
    // What the splitter shows of its default sizes, with room made for its handle.
    static QList<int> defaultSizes()
    {
        const auto splitter = makeSplitter();
        splitter->show();
        return QTest::qWaitForWindowExposed(splitter.get()) ? splitter->sizes() : QList<int>();
    }
};

void TestSplitterMemory::aDraggedHandleIsWhereTheNextSessionFindsIt()
{
    QList<int> dragged;
    {
        const auto splitter = makeSplitter();
        rememberSplitterSizes(splitter.get());
        splitter->show();
        QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        for (int dx = 10; dx <= 200; dx += 10) { // a drag: many moves, one rest
            QMouseEvent move(QEvent::MouseMove, QPointF(grip + QPoint(dx, 0)), handle->mapToGlobal(QPointF(grip + QPoint(dx, 0))),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(handle, &move);
        }
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(200, 0));
        dragged = splitter->sizes();
        QVERIFY2(dragged.first() > 450, qPrintable(QString::number(dragged.first())));
        QVERIFY(AppSettings::splitterState(QStringLiteral("testSplit")).isEmpty()); // not yet: the handle may move on
        QTRY_VERIFY(!AppSettings::splitterState(QStringLiteral("testSplit")).isEmpty());
    }
    const auto next = makeSplitter();
    rememberSplitterSizes(next.get());
    next->show();
    QVERIFY(QTest::qWaitForWindowExposed(next.get()));
    QCOMPARE(next->sizes(), dragged);

    // A splitter of another name keeps its own sizes.
    const auto other = makeSplitter();
    other->setObjectName(QStringLiteral("otherSplit"));
    rememberSplitterSizes(other.get());
    other->show();
    QVERIFY(QTest::qWaitForWindowExposed(other.get()));
    QCOMPARE(other->sizes(), defaultSizes());
}

// A blob that is not a splitter's state (a settings file edited by hand, or a newer version's) leaves the defaults.
void TestSplitterMemory::aStateOfAnotherLayoutIsIgnored()
{
    AppSettings::setSplitterState(QStringLiteral("testSplit"), QByteArray("not a splitter state"));
    const auto splitter = makeSplitter();
    rememberSplitterSizes(splitter.get());
    splitter->show();
    QVERIFY(QTest::qWaitForWindowExposed(splitter.get()));
    QCOMPARE(splitter->sizes(), defaultSizes());
}

QTEST_MAIN(TestSplitterMemory)
#include "tst_splittermemory.moc"
