// Discovery on a Higress-shaped tree of 64 plugins (both eras, all four families), the CLI contract on it,
// and refresh on disk changes without losing the selection.
#include "TestSupport.h"

#include "workspace/PluginFilterModel.h"
#include "workspace/PluginListModel.h"
#include "workspace/WorkspaceScanner.h"
#include "workspace/WorkspaceWatcher.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

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

    // A change names the plugin folders it touched, and the watches follow it: after every step they are what a
    // watcher set up afresh would watch.
    void watchesFollowChanges()
    {
        QTemporaryDir dir;
        const QString root = QDir(dir.filePath("w")).absolutePath();
        makeTree(root);
        WorkspaceWatcher watcher;
        watcher.setDebounceInterval(50);
        watcher.setRoot(root);
        const auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };
        const auto fresh = [&] {
            WorkspaceWatcher other;
            other.setRoot(root);
            return sorted(other.watchedPaths());
        };
        QCOMPARE(sorted(watcher.watchedPaths()), fresh());
        QSignalSpy changed(&watcher, &WorkspaceWatcher::changed);
        // The folders named by the change signals of one step, once they stop coming.
        const auto named = [&] {
            QSet<QString> dirs;
            if (!QTest::qWaitFor([&] { return !changed.isEmpty(); }, 5000))
                return dirs;
            QTest::qWait(200);
            for (const QList<QVariant> &signal : std::as_const(changed))
                for (const QString &d : signal.at(0).toStringList())
                    dirs.insert(d);
            changed.clear();
            return dirs;
        };
        const QString go05 = root + "/plugins/wasm-go/extensions/go-05";

        test::writeFile(go05 + "/VERSION", "1.5.1\n");
        QCOMPARE(named(), QSet<QString>{go05});

        // A file the scanner reads appears: watched from now on.
        test::writeFile(go05 + "/.buildrc", "EXTRA_TAGS=x\n");
        QCOMPARE(named(), QSet<QString>{go05});
        QVERIFY(watcher.watchedPaths().contains(go05 + "/.buildrc"));
        QCOMPARE(sorted(watcher.watchedPaths()), fresh());

        // An editor's save renames a new file over the old one, which drops the old one's watch: it is watched again.
        test::writeFile(go05 + "/VERSION.tmp", "1.5.2\n");
        QVERIFY(::rename(QFile::encodeName(go05 + "/VERSION.tmp").constData(), QFile::encodeName(go05 + "/VERSION").constData()) == 0);
        QCOMPARE(named(), QSet<QString>{go05});
        QCOMPARE(sorted(watcher.watchedPaths()), fresh());
        QFile version(go05 + "/VERSION");
        QVERIFY(version.open(QIODevice::Append));
        version.write("\n");
        version.close();
        QCOMPARE(named(), QSet<QString>{go05});

        // A new plugin folder, and a removed one.
        const QString added = root + "/plugins/wasm-go/extensions/zz-new";
        test::writeFile(added + "/VERSION", "0.1.0\n");
        QVERIFY(named().contains(added));
        QVERIFY(watcher.watchedPaths().contains(added + "/VERSION"));
        QCOMPARE(sorted(watcher.watchedPaths()), fresh());
        const QString removed = root + "/plugins/wasm-rust/extensions/p2";
        QVERIFY(QDir(removed).removeRecursively());
        QVERIFY(named().contains(removed));
        QCOMPARE(sorted(watcher.watchedPaths()), fresh());
        QVERIFY(!watcher.watchedPaths().contains(removed));

        // A new family folder brings its plugins.
        const QString family = root + "/plugins/wasm-zig/extensions/zig-1";
        test::writeFile(family + "/README.md", "---\ntitle: Zig\n---\n");
        named();
        QTRY_COMPARE(sorted(watcher.watchedPaths()), fresh());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDiscovery)
#include "tst_workspacediscovery.moc"
