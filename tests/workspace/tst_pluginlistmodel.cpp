#include "workspace/PluginFilterModel.h"
#include "workspace/PluginListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hwb;

namespace {
PluginInfo plugin(const QString &name, PluginEra era = PluginEra::GoWasip1, bool buildrc = false,
                  PluginFamily family = PluginFamily::WasmGo)
{
    PluginInfo p;
    p.name = name;
    p.path = QStringLiteral("/ws/") + name;
    p.era = era;
    p.hasBuildrc = buildrc;
    p.family = family;
    p.title = name.toUpper();
    return p;
}
} // namespace

class TestPluginListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void updatesInPlace();
    void filters();
};

void TestPluginListModel::updatesInPlace()
{
    PluginListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlugins({plugin(QStringLiteral("a")), plugin(QStringLiteral("b")), plugin(QStringLiteral("c"))});
    QCOMPARE(model.rowCount(), 3);

    QPersistentModelIndex b = model.index(1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setPlugins({plugin(QStringLiteral("b"), PluginEra::TinyGoBuildrc, true), plugin(QStringLiteral("c")),
                      plugin(QStringLiteral("d"))});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(b.isValid()); // a view's selection of "b" survives
    QCOMPARE(b.data(PluginListModel::NameRole).toString(), QStringLiteral("b"));
    QCOMPARE(b.data(PluginListModel::EraRole).toString(), QStringLiteral("tinygo-buildrc"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("d"));

    model.setPlugins({plugin(QStringLiteral("d")), plugin(QStringLiteral("b"))});
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("d"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("b"));
    model.setPlugins({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPluginListModel::filters()
{
    PluginListModel model;
    PluginFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlugins({plugin(QStringLiteral("ai-proxy"), PluginEra::TinyGoBuildrc, true),
                      plugin(QStringLiteral("hello")),
                      plugin(QStringLiteral("rusty"), PluginEra::Unknown, false, PluginFamily::WasmRust)});
    QCOMPARE(filter.rowCount(), 3);
    filter.setText(QStringLiteral("PROXY"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QString());
    filter.setFamily(QStringLiteral("wasm-rust"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("rusty"));
    filter.setFamily(QString());
    filter.setEra(QStringLiteral("go-wasip1"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setEra(QString());
    filter.setBuildrcOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("ai-proxy"));
}

QTEST_GUILESS_MAIN(TestPluginListModel)
#include "tst_pluginlistmodel.moc"
