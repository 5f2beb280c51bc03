#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// Runs the real hwb binary, as scripts and users do.
class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void usageErrors_data();
    void usageErrors();
    void pluginsJsonContract();
    void pluginsFromWorkspaceEnvironment();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestCli::initTestCase()
{
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestCli::version()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdOut.startsWith("hwb 0."));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrContains");
    QTest::newRow("no args") << QStringList{} << 2 << QByteArray();
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("bad option") << QStringList{"plugins", "--nope"} << 2 << QByteArray("nope");
    QTest::newRow("unknown mode") << QStringList{"plan", "ai-proxy-lite", "--mode", "make", "--workspace", m_workspace} << 2
                                  << QByteArray("Unknown mode 'make'. The modes are: make-build, make-local, go, tinygo, cargo, custom.");
    QTest::newRow("buildrc without an action") << QStringList{"buildrc"} << 2 << QByteArray("Usage: hwb buildrc eval FILE");
    QTest::newRow("buildrc, a plugin for an action") << QStringList{"buildrc", "ai-proxy-lite"} << 2
                                                     << QByteArray("Unknown action 'ai-proxy-lite'. Usage: hwb buildrc");
    QTest::newRow("a port given as an argument") << QStringList{"mock-llm", "18080"} << 2
                                                 << QByteArray("Unexpected argument '18080'. See hwb mock-llm --help.");
    QTest::newRow("plugins takes no argument") << QStringList{"plugins", "ai-proxy-lite"} << 2
                                               << QByteArray("Unexpected argument 'ai-proxy-lite'.");
    QTest::newRow("not a workspace") << QStringList{"plugins", "--workspace", "/"} << 2 << QByteArray("not a Higress workspace");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrContains);
    const auto r = test::runProcess(test::hwbExecutable(), args, m_tmp.path(), {"LANG=C", "HWB_WORKSPACE="});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.stdErr.contains(stderrContains), r.stdErr.constData());
}

void TestCli::pluginsJsonContract()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"plugins", "--workspace", m_workspace, "--json"});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdOut, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    bool sawAiProxy = false;
    const QStringList families{"wasm-go", "wasm-rust", "wasm-cpp", "wasm-assemblyscript"};
    const QStringList eras{"tinygo-buildrc", "go-wasip1", "unknown"};
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"name", "family", "path", "era", "title", "description", "version", "has_buildrc"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(families.contains(o.value("family").toString()));
        QVERIFY(eras.contains(o.value("era").toString()));
        QVERIFY(o.value("has_buildrc").isBool());
        if (o.value("name").toString() == "ai-proxy-lite") {
            sawAiProxy = true;
            QCOMPARE(o.value("era").toString(), QStringLiteral("tinygo-buildrc"));
            QCOMPARE(o.value("has_buildrc").toBool(), true);
        }
    }
    QVERIFY(sawAiProxy);
}

void TestCli::pluginsFromWorkspaceEnvironment()
{
    const auto r = test::runProcess(test::hwbExecutable(), {"plugins"}, m_tmp.path(),
                                    {"HWB_WORKSPACE=" + m_workspace});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdOut.contains("ai-proxy-lite"));
    QVERIFY(r.stdOut.contains("hello-world"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
