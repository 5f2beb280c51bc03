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
    void signalsOnlyWhatChanged();
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

// A rescan of a 300-plugin checkout in which one plugin changed: one dataChanged for its row, and a run of new or
// removed plugins is one insert or one remove; rowOfPath follows every change.
void TestPluginListModel::signalsOnlyWhatChanged()
{
    PluginListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<PluginInfo> plugins;
    for (int i = 0; i < 300; ++i)
        plugins.append(plugin(QString("p%1").arg(i, 3, 10, QChar('0'))));
    model.setPlugins(plugins);
    QPersistentModelIndex selected = model.index(150);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.setPlugins(plugins);
    QCOMPARE(changed.count() + inserted.count() + removed.count() + moved.count(), 0);

    plugins[200].version = "2.0.0";
    model.setPlugins(plugins);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 200);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 200);
    QCOMPARE(model.index(200).data(PluginListModel::PluginRole).value<PluginInfo>().version, QString("2.0.0"));

    // Three new plugins in a row, two apart, and a run of five gone.
    QList<PluginInfo> next = plugins;
    next.insert(10, plugin("p009c"));
    next.insert(10, plugin("p009b"));
    next.insert(10, plugin("p009a"));
    next.insert(14, plugin("p010a"));
    next.remove(100, 5); // p096..p100
    changed.clear();
    model.setPlugins(next);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(model.rowCount(), 299);
    for (int row = 0; row < next.size(); ++row) {
        QCOMPARE(model.index(row).data(PluginListModel::PathRole).toString(), next[row].path);
        QCOMPARE(model.rowOfPath(next[row].path), row);
    }
    QCOMPARE(model.rowOfPath(plugins[98].path), -1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), QString("p150"));
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
