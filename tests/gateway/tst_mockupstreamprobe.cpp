#include "gateway/GatewayContainers.h"
#include "gateway/HangTargetProbe.h"
#include "gateway/MockUpstreamProbe.h"
#include "gateway/mock/MockLlmServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace hwb;
using V = MockUpstreamStatus::Verdict;

Q_DECLARE_METATYPE(hwb::MockUpstreamStatus::Verdict)

namespace {

// 127.0.0.2 stands for the docker bridge's gateway: it is this host's too (all of 127/8 is), and, like the bridge,
// a server bound to 127.0.0.1 does not answer there while one bound to 0.0.0.0 does.
const QHostAddress kContainerSide(QStringLiteral("127.0.0.2"));

// A server that holds the port and is not the mock: it answers every request with its own page, or says nothing.
class OtherServer : public QTcpServer
{
public:
    explicit OtherServer(bool silent)
        : m_silent(silent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_silent)
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n"
                                      "Connection: close\r\n\r\nhello\n");
                });
            }
        });
    }

private:
    bool m_silent;
};

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed when it goes
}

} // namespace

class TestMockUpstreamProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("containerAddressKnown");
        QTest::addColumn<V>("verdict");
        QTest::newRow("mock on 0.0.0.0") << "mock-any" << true << V::Reachable;
        QTest::newRow("mock on loopback only") << "mock-loopback" << true << V::LoopbackOnly;
        QTest::newRow("mock on the container side only") << "mock-container-side" << true << V::Reachable;
        QTest::newRow("mock, container side unknown") << "mock-loopback" << false << V::Answering;
        QTest::newRow("another server") << "other" << true << V::NotTheMock;
        QTest::newRow("a server that says nothing") << "silent" << true << V::NotTheMock;
        QTest::newRow("closed port") << "closed" << true << V::NotAnswering;
        QTest::newRow("closed port, container side unknown") << "closed" << false << V::NotAnswering;
    }

    void verdicts()
    {
        QFETCH(QString, what);
        QFETCH(bool, containerAddressKnown);
        QFETCH(V, verdict);
        MockLlmServer mock;
        OtherServer other(what == QLatin1String("silent"));
        quint16 port = 0;
        if (what == QLatin1String("mock-any")) {
            QVERIFY(mock.listen(QHostAddress::AnyIPv4, 0));
            port = mock.port();
        } else if (what == QLatin1String("mock-loopback")) {
            QVERIFY(mock.listen(QHostAddress::LocalHost, 0));
            port = mock.port();
        } else if (what == QLatin1String("mock-container-side")) {
            QVERIFY(mock.listen(kContainerSide, 0));
            port = mock.port();
        } else if (what == QLatin1String("other") || what == QLatin1String("silent")) {
            QVERIFY(other.listen(QHostAddress::AnyIPv4, 0));
            port = other.serverPort();
        } else {
            port = closedPort();
        }

        MockUpstreamProbe probe;
        probe.setTimeoutMs(500);
        probe.setContainerAddresses(containerAddressKnown ? QList<QHostAddress>{kContainerSide} : QList<QHostAddress>{});
        QSignalSpy finished(&probe, &MockUpstreamProbe::finished);
        probe.start(port);
        QVERIFY(!probe.isDone()); // asynchronous: the answer comes from the event loop
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const MockUpstreamStatus status = probe.status();
        QCOMPARE(status.verdict, verdict);
        QCOMPARE(status.port, int(port));
        QCOMPARE(status.containerAddress, containerAddressKnown ? kContainerSide.toString() : QString());
        QCOMPARE(status.toJson().value(QLatin1String("answering")).toBool(), status.answering());
        QCOMPARE(status.toJson().value(QLatin1String("verdict")).toString(), status.id());
        QVERIFY(probe.isDone());
    }

    // The engine's answer for `network inspect bridge`: its IPv4 gateways (host-gateway is one of them), or, for a
    // subnet listed without one, the host's own address in it.
    void bridgeGateways()
    {
        const QHostAddress docker0(QStringLiteral("172.17.0.1"));
        const QList<QHostAddress> host{QHostAddress::LocalHost, QHostAddress(QStringLiteral("10.0.2.15")), docker0};
        QCOMPARE(MockUpstreamProbe::bridgeGateways("172.17.0.1|172.17.0.0/16 \n", {}), QList<QHostAddress>{docker0});
        QCOMPARE(MockUpstreamProbe::bridgeGateways("172.17.0.1|172.17.0.0/16 fd00::1|fd00::/64 \n", host).size(), 1);
        QCOMPARE(MockUpstreamProbe::bridgeGateways("|172.17.0.0/16 \n", host), QList<QHostAddress>{docker0});
        QVERIFY(MockUpstreamProbe::bridgeGateways("|172.18.0.0/16 \n", host).isEmpty()); // not this host's bridge
        QVERIFY(MockUpstreamProbe::bridgeGateways("\n", host).isEmpty());
        QVERIFY(MockUpstreamProbe::bridgeGateways("Error: No such network: bridge", host).isEmpty());
    }

    void isMockHealthz()
    {
        QVERIFY(MockUpstreamProbe::isMockHealthz(200, "higress-workbench mock LLM upstream\n"));
        QVERIFY(!MockUpstreamProbe::isMockHealthz(200, "hello\n"));
        QVERIFY(!MockUpstreamProbe::isMockHealthz(404, "higress-workbench mock LLM upstream\n"));
    }

    // What `hwb gateway up` says, and what a 503 of the gateway is explained with: one sentence per verdict, each
    // with what to do.
    void text_data()
    {
        QTest::addColumn<V>("verdict");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("never");
        const QString start = QStringLiteral("'hwb mock-llm --port 18080 --bind 0.0.0.0'");
        QTest::newRow("reachable") << V::Reachable << QStringList{"answers", "18080", "172.17.0.1"}
                                   << QStringList{"--bind", "start it"};
        QTest::newRow("loopback only") << V::LoopbackOnly << QStringList{"127.0.0.1:18080 only", "172.17.0.1", start}
                                       << QStringList{"Nothing answers"};
        QTest::newRow("answering") << V::Answering << QStringList{"127.0.0.1:18080", "could not be told", "--bind 0.0.0.0"}
                                   << QStringList{"Nothing answers"};
        QTest::newRow("nothing") << V::NotAnswering << QStringList{"Nothing answers", "18080", start}
                                 << QStringList{"only"};
        QTest::newRow("not the mock") << V::NotTheMock << QStringList{"not the mock LLM", "18080", "--mock-port"}
                                      << QStringList{"Nothing answers"};
    }

    void text()
    {
        QFETCH(V, verdict);
        QFETCH(QStringList, says);
        QFETCH(QStringList, never);
        MockUpstreamStatus status;
        status.verdict = verdict;
        status.port = 18080;
        status.containerAddress = verdict == V::Answering ? QString() : QStringLiteral("172.17.0.1");
        const QString text = status.text();
        for (const QString &part : says)
            QVERIFY2(text.contains(part), qPrintable(text));
        for (const QString &part : never)
            QVERIFY2(!text.contains(part), qPrintable(text));
        const QString unreachable = status.unreachableText();
        QVERIFY2(unreachable.contains(QLatin1String("upstream is the mock LLM on host port 18080")), qPrintable(unreachable));
        if (verdict == V::Reachable) // it answers, so the way between the container and the host is what fails
            QVERIFY2(unreachable.contains(QLatin1String("firewall")), qPrintable(unreachable));
        else
            QVERIFY(unreachable.endsWith(text));
    }

    // A gateway not known to forward to the mock (another upstream, or a container older than the label): the
    // likeliest cause, hedged.
    void unreachableWithoutProbe()
    {
        const QString text = MockUpstreamStatus().unreachableText();
        QVERIFY2(text.contains(QLatin1String("cannot reach its upstream")) && text.contains(QLatin1String("--bind 0.0.0.0")),
                 qPrintable(text));
    }

    // The container says which upstream its gateway forwards to, so a 503 can be explained after the fact.
    void upstreamLabel()
    {
        QCOMPARE(GatewayContainers::upstreamLabel(QStringLiteral("mock"), 18080), QStringLiteral("mock:18080"));
        QCOMPARE(GatewayContainers::upstreamLabel(QString(), 19000), QStringLiteral("mock:19000"));
        QCOMPARE(GatewayContainers::upstreamLabel(QStringLiteral("https://user:secret@api.openai.com/v1"), 18080),
                 QStringLiteral("https://api.openai.com:443"));
        QVERIFY(GatewayContainers::upstreamLabel(QStringLiteral("ftp://x"), 18080).isEmpty());
        const QStringList labels = GatewayContainers::labelArguments(QStringLiteral("p"), QString(), QStringLiteral("/r"),
                                                                     10000, 9901, QStringLiteral("mock:18080"));
        QVERIFY(labels.contains(QStringLiteral("io.higress.workbench.upstream=mock:18080")));

        GatewayContainer c;
        c.upstream = QStringLiteral("mock:18081");
        QCOMPARE(c.mockPort(), 18081);
        c.upstream = QStringLiteral("https://api.openai.com:443");
        QCOMPARE(c.mockPort(), 0);
        c.upstream.clear(); // a container started before the label existed
        QCOMPARE(c.mockPort(), 0);
    }

    // A gateway that forwards to a provider: a 503 names that provider and what stands between, not the mock.
    void unreachableProviderIsNamed()
    {
        GatewayContainer c;
        c.plugin = QStringLiteral("ai-proxy");
        c.upstream = QStringLiteral("https://api.openai.com:443");
        const HangTarget target = HangTargetProbe::managedTarget(c, QString());
        QCOMPARE(target.mockPort, 0);
        QCOMPARE(target.provider, c.upstream);
        const QString text = MockUpstreamStatus::forProvider(target.provider).unreachableText();
        QVERIFY2(text.contains(QLatin1String("https://api.openai.com:443")) && !text.contains(QLatin1String("mock")),
                 qPrintable(text));

        c.upstream = QStringLiteral("mock:18080"); // the mock is no provider
        QVERIFY(HangTargetProbe::managedTarget(c, QString()).provider.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMockUpstreamProbe)
#include "tst_mockupstreamprobe.moc"
