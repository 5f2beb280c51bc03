// Discovery on a Higress-shaped tree of 64 plugins (both eras, all four families), the CLI contract on it,
// and refresh on disk changes without losing the selection.
#include "TestSupport.h"

#include "workspace/PluginFilterModel.h"
#include "workspace/PluginListModel.h"
#include "workspace/WorkspaceScanner.h"
#include "workspace/WorkspaceWatcher.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

namespace {

// 48 wasm-go (half era 1 with .buildrc or an old go.mod, half era 2), 6 rust, 6 cpp, 4 assemblyscript.
void makeTree(const QString &root)
{
    for (int i = 0; i < 48; ++i) {
        const QString dir = QString("%1/plugins/wasm-go/extensions/go-%2").arg(root).arg(i, 2, 10, QChar('0'));
        test::writeFile(dir + "/README.md", QString("---\ntitle: 插件 %1\ndescription: 中文描述 %1\n---\n").arg(i).toUtf8());
        if (i % 3 == 0)
            test::writeFile(dir + "/README_EN.md", QString("---\ntitle: Plugin %1\ndescription: English %1\n---\n").arg(i).toUtf8());
        test::writeFile(dir + "/VERSION", QString("1.%1.0\n").arg(i).toUtf8());
        if (i % 4 == 0)
            test::writeFile(dir + "/option.yaml", "build:\n  tinygo-version: 0.28.1\n");
        if (i < 24) {
            test::writeFile(dir + "/go.mod", "module x\n\ngo 1.19\n\nrequire github.com/tetratelabs/proxy-wasm-go-sdk v0.22.0\n");
            if (i % 2 == 0)
                test::writeFile(dir + "/.buildrc", "EXTRA_TAGS=proxy_wasm_version_0_2_100");
        } else {
            test::writeFile(dir + "/go.mod", "module x\n\ngo 1.24\n\nrequire github.com/higress-group/wasm-go v1.0.0\n");
        }
    }
    const struct { const char *family; int count; } others[] = {{"wasm-rust", 6}, {"wasm-cpp", 6},
                                                                 {"wasm-assemblyscript", 4}};
    for (const auto &o : others)
        for (int i = 0; i < o.count; ++i)
            test::writeFile(QString("%1/plugins/%2/extensions/p%3/README.md").arg(root, o.family).arg(i),
                  "---\ntitle: Other\n---\n");
}

} // namespace

class TestWorkspaceDiscovery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_root;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.filePath("higress");
        makeTree(m_root);
    }

    void scansHigressShapedTree()
    {
        const auto result = WorkspaceScanner::scan(m_root, QLocale::Chinese);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.plugins.size(), 64);
        QMap<QString, int> families, eras;
        int buildrc = 0, options = 0;
        for (const PluginInfo &p : result.plugins) {
            ++families[familyId(p.family)];
            ++eras[eraId(p.era)];
            buildrc += p.hasBuildrc;
            options += p.hasOptionYaml;
        }
        QCOMPARE(families, (QMap<QString, int>{{"wasm-go", 48}, {"wasm-rust", 6}, {"wasm-cpp", 6},
                                               {"wasm-assemblyscript", 4}}));
        QCOMPARE(eras, (QMap<QString, int>{{"tinygo-buildrc", 24}, {"go-wasip1", 24}, {"unknown", 16}}));
        QCOMPARE(buildrc, 12);
        QCOMPARE(options, 12);
        const PluginInfo &first = result.plugins.at(10); // sorted by family folder (as, cpp, go), then name
        QCOMPARE(first.name, QString("go-00"));
        QCOMPARE(first.title, QString::fromUtf8("插件 0"));
        QCOMPARE(first.version, QString("1.0.0"));
    }

    void readmeFollowsUiLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("english picks README_EN") << int(QLocale::English) << "Plugin 0";
        QTest::newRow("chinese picks README") << int(QLocale::Chinese) << QString::fromUtf8("插件 0");
    }
    void readmeFollowsUiLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, title);
        const auto result = WorkspaceScanner::scan(m_root, QLocale::Language(language));
        const auto it = std::find_if(result.plugins.cbegin(), result.plugins.cend(),
                                     [](const PluginInfo &p) { return p.name == "go-00"; });
        QCOMPARE(it->title, title);
        // No README_EN.md: English falls back to README.md.
        const auto other = std::find_if(result.plugins.cbegin(), result.plugins.cend(),
                                        [](const PluginInfo &p) { return p.name == "go-01"; });
        QCOMPARE(other->title, QString::fromUtf8("插件 1"));
    }

    void cliListsTheTree()
    {
        const auto r = test::runProcess(test::hwbExecutable(), {"plugins", "--workspace", m_root, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(r.stdOut).array();
        QCOMPARE(array.size(), 64);
        for (const char *key : {"name", "family", "path", "era", "title", "description", "version", "has_buildrc"})
            QVERIFY2(array.first().toObject().contains(key), key);
    }

    void refreshKeepsSelection()
    {
        PluginListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PluginFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlugins(WorkspaceScanner::scan(m_root).plugins);
        QItemSelectionModel selection(&filter);
        const QString selectedPath = m_root + "/plugins/wasm-go/extensions/go-30";
        const int row = model.rowOfPath(selectedPath);
        QVERIFY(row >= 0);
        selection.setCurrentIndex(filter.mapFromSource(model.index(row)), QItemSelectionModel::SelectCurrent);

        WorkspaceWatcher watcher;
        watcher.setDebounceInterval(50);
        watcher.setRoot(m_root);
        QVERIFY(watcher.watchedPaths().size() > 64);
        QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
        QObject::connect(&watcher, &WorkspaceWatcher::changed, &model,
                         [&] { model.setPlugins(WorkspaceScanner::scan(m_root).plugins); });

        // A new plugin appears, and another plugin's .buildrc is created: one debounced refresh.
        test::writeFile(m_root + "/plugins/wasm-go/extensions/aa-new/README.md", "---\ntitle: New\n---\n");
        test::writeFile(m_root + "/plugins/wasm-go/extensions/go-31/.buildrc", "EXTRA_TAGS=x\n");
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_COMPARE(model.rowCount(), 65);
        QTRY_VERIFY(model.plugins().at(model.rowOfPath(m_root + "/plugins/wasm-go/extensions/go-31")).hasBuildrc);
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(selection.currentIndex().data(PluginListModel::PathRole).toString(), selectedPath);

        // An edit to a watched file of the selected plugin refreshes its metadata in place.
        changed.clear();
        test::writeFile(selectedPath + "/VERSION", "9.9.9\n");
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_COMPARE(selection.currentIndex().data(PluginListModel::PluginRole).value<PluginInfo>().version,
                     QString("9.9.9"));

        // Removing a plugin drops its row only.
        QVERIFY(QDir(m_root + "/plugins/wasm-go/extensions/aa-new").removeRecursively());
        QTRY_COMPARE(model.rowCount(), 64);
        QCOMPARE(selection.currentIndex().data(PluginListModel::PathRole).toString(), selectedPath);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDiscovery)
#include "tst_workspacediscovery.moc"
