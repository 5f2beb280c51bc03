#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// `hwb fire` as scripts use it: the BRIEF §5 lines against the fault server running as its own process.
class TestFireCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void jsonContract();
    void exitCodes_data();
    void exitCodes();
    void humanOutputAndKeyRedaction();
    void usageErrors_data();
    void usageErrors();

private:
    QString url(const QString &path) const { return QString("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    QProcess m_server;
    int m_port = 0;
    QTemporaryDir m_home;
};

void TestFireCli::initTestCase()
{
    m_server.start(test::binaryDir() + "/tests/hwb-fault-server", {});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(m_server.waitForReadyRead(10000));
    m_port = m_server.readLine().trimmed().toInt();
    QVERIFY(m_port > 0);
}

void TestFireCli::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

void TestFireCli::jsonContract()
{
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url("/stream?tokens=3"), "-n", "4", "-c", "2", "--json"}, {},
                                    {"XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.stdOut.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QSet<int> indexes;
    for (int i = 0; i < 4; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        for (const char *key : {"i", "outcome", "status", "ttfb_ms", "ttft_ms", "total_ms", "itl_ms", "chunks",
                                "output_tokens", "bytes", "error"})
            QVERIFY2(o.contains(key), key);
        for (const char *key : {"p50", "p90", "max"})
            QVERIFY(o.value("itl_ms").toObject().contains(key));
        QCOMPARE(o.value("outcome").toString(), QString("ok"));
        QCOMPARE(o.value("status").toInt(), 200);
        QCOMPARE(o.value("output_tokens").toInt(), 3);
        QVERIFY(o.value("error").isNull());
        indexes.insert(o.value("i").toInt());
    }
    QCOMPARE(indexes, (QSet<int>{0, 1, 2, 3}));
    const QJsonObject summary = QJsonDocument::fromJson(lines[4]).object().value("summary").toObject();
    QCOMPARE(summary.value("n").toInt(), 4);
    QCOMPARE(summary.value("ok").toInt(), 4);
    QCOMPARE(summary.value("outcomes").toObject().value("ok").toInt(), 4);
    QCOMPARE(summary.value("status").toObject().value("200").toInt(), 4);
    for (const char *key : {"ttfb_ms", "ttft_ms", "total_ms"})
        QVERIFY(summary.value(key).toObject().contains("p99"));
    QVERIFY(summary.value("rps").toDouble() > 0);
}

void TestFireCli::exitCodes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("hang") << "/hang-before-headers" << "hang_no_first_byte";
    QTest::newRow("500") << "/status/500" << "http_error";
    QTest::newRow("truncated") << "/truncated" << "truncated";
}

void TestFireCli::exitCodes()
{
    QFETCH(QString, path);
    QFETCH(QString, outcome);
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url(path), "--first-byte-timeout", "0.3", "--idle-timeout", "0.3", "--json"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.stdOut.split('\n').first()).object();
    QCOMPARE(o.value("outcome").toString(), outcome);
    QVERIFY(!o.value("error").toString().isEmpty());
}

void TestFireCli::humanOutputAndKeyRedaction()
{
    const QString key = "sk-test-0123456789abcdef";
    const QString exported = m_home.filePath("run.json");
    const auto r = test::runProcess(test::hwbExecutable(),
                                    {"fire", url("/hang-before-headers"), "--first-byte-timeout", "0.3",
                                     "--header", "X-Api-Key: " + key, "--export", exported},
                                    {}, {"HWB_API_KEY=" + key, "XDG_DATA_HOME=" + m_home.path()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stdOut.contains("hang_no_first_byte"), r.stdOut.constData());
    QVERIFY(r.stdOut.contains("accepted the request but never answered"));
    QVERIFY(r.stdOut.contains("hwb inspect"));
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("[REDACTED]"));
    QVERIFY(!json.contains(key.toUtf8()));
    QVERIFY(!r.stdOut.contains(key.toUtf8()));
    QVERIFY(!r.stdErr.contains(key.toUtf8()));
}

void TestFireCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("stderrContains");
    QTest::newRow("no url") << QStringList{"fire"} << QByteArray("exactly one URL");
    QTest::newRow("bad template") << QStringList{"fire", "http://127.0.0.1:1/", "--template", "nope"} << QByteArray("no template named");
    QTest::newRow("bad n") << QStringList{"fire", "http://127.0.0.1:1/", "-n", "0"} << QByteArray("-n");
    QTest::newRow("bad header") << QStringList{"fire", "http://127.0.0.1:1/", "--header", "nocolon"} << QByteArray("Name: value");
    QTest::newRow("bad timeout") << QStringList{"fire", "http://127.0.0.1:1/", "--timeout", "x"} << QByteArray("--timeout");
}

void TestFireCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stderrContains);
    const auto r = test::runProcess(test::hwbExecutable(), args, {}, {"LANG=C"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.stdErr.contains(stderrContains), r.stdErr.constData());
}

QTEST_GUILESS_MAIN(TestFireCli)
#include "tst_firecli.moc"
