#include "gateway/GatewayContainers.h"
#include "gateway/GatewayController.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// How gateway containers are named, labelled and found: per namespace (a test suite never touches a developer's
// gateway), per workspace (two checkouts with a plugin of the same name do not replace each other's).
class TestGatewayContainers : public QObject
{
    Q_OBJECT

private:
    static QByteArray psLine(const QString &id, const QString &plugin, const QString &workspace, const char *state = "running")
    {
        return QStringLiteral("%1\thwb-gateway-%2\t%3\tUp 2 minutes\timg:1\t%2\t%4\t/tmp/hwb-gateway-x\t10000,9901\n")
            .arg(id, plugin, QLatin1String(state), workspace)
            .toUtf8();
    }

private Q_SLOTS:
    void cleanup() { qunsetenv("HWB_GATEWAY_NAMESPACE"); }

    void namespaceSeparatesOwners()
    {
        qunsetenv("HWB_GATEWAY_NAMESPACE");
        QCOMPARE(GatewayContainers::ownerValue(), QString("1"));
        QCOMPARE(GatewayContainers::containerName("ai-proxy-lite"), QString("hwb-gateway-ai-proxy-lite"));
        const QString developers = GatewayContainers::listArguments().join(' ');
        QVERIFY2(developers.contains("--filter label=io.higress.workbench=1 "), qPrintable(developers));

        qputenv("HWB_GATEWAY_NAMESPACE", "test");
        QCOMPARE(GatewayContainers::ownerValue(), QString("test"));
        // Another name too: docker names are one namespace, and a clash would fail `create` (or it was removed).
        QCOMPARE(GatewayContainers::containerName("ai-proxy-lite"), QString("hwb-test-gateway-ai-proxy-lite"));
        QVERIFY(GatewayContainers::listArguments().join(' ').contains("--filter label=io.higress.workbench=test "));
        GatewaySpec spec;
        spec.pluginName = "ai-proxy-lite";
        QVERIFY(GatewayController::createArguments(spec, "/tmp/x").join(' ').contains("--label io.higress.workbench=test "));

        qputenv("HWB_GATEWAY_NAMESPACE", "a b/c"); // only what a label value and a container name can hold
        QCOMPARE(GatewayContainers::ownerValue(), QString("a-b-c"));
    }

    void workspaceIsPartOfTheName()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const QString inA = GatewayContainers::containerName("ai-proxy-lite", a.path());
        const QString inB = GatewayContainers::containerName("ai-proxy-lite", b.path());
        QVERIFY2(inA.startsWith("hwb-gateway-ai-proxy-lite-ws"), qPrintable(inA));
        QVERIFY(inA != inB);
        // The same folder however it is spelled.
        QCOMPARE(GatewayContainers::containerName("ai-proxy-lite", a.path() + "/"), inA);
        QCOMPARE(GatewayContainers::workspaceKey(a.path() + "/sub/.."), GatewayContainers::workspaceKey(a.path()));
        // A bare module (hwb gateway up --artifact) belongs to no workspace.
        QCOMPARE(GatewayContainers::containerName("ai-proxy-lite", QString()), QString("hwb-gateway-ai-proxy-lite"));
        GatewaySpec spec;
        spec.pluginName = "ai-proxy-lite";
        spec.workspace = a.path();
        const QString line = GatewayController::createArguments(spec, "/tmp/x").join(' ');
        QVERIFY(line.contains("--name " + inA + " "));
        QVERIFY(line.contains("--label io.higress.workbench.workspace=" + GatewayContainers::workspaceKey(a.path()) + " "));
    }

    void parseReadsEveryField()
    {
        const auto list = GatewayContainers::parse(psLine("abc123", "hello-world", "/ws") + "\n" + "short\tline\n");
        QCOMPARE(list.size(), 1);
        const GatewayContainer &c = list.first();
        QCOMPARE(c.id, QString("abc123"));
        QCOMPARE(c.name, QString("hwb-gateway-hello-world"));
        QVERIFY(c.isRunning());
        QCOMPARE(c.status, QString("Up 2 minutes"));
        QCOMPARE(c.image, QString("img:1"));
        QCOMPARE(c.plugin, QString("hello-world"));
        QCOMPARE(c.workspace, QString("/ws"));
        QCOMPARE(c.runDir, QString("/tmp/hwb-gateway-x"));
        QCOMPARE(c.listenerPort, 10000);
        QCOMPARE(c.adminPort, 9901);
        // A container made before the workspace label: docker prints "<no value>".
        QCOMPARE(GatewayContainers::parse(psLine("old", "hello-world", "<no value>")).first().workspace, QString());
    }

    // The upstream label, a tenth field: a gateway of the mock names its port; one made before the label, nothing.
    void parseReadsTheUpstream()
    {
        QByteArray line = psLine("abc123", "hello-world", "/ws");
        line.chop(1);
        QCOMPARE(GatewayContainers::parse(line + "\tmock:18081\n").first().mockPort(), 18081);
        QCOMPARE(GatewayContainers::parse(line + "\thttps://api.openai.com:443\n").first().upstream,
                 QString("https://api.openai.com:443"));
        QCOMPARE(GatewayContainers::parse(line + "\t<no value>\n").first().upstream, QString());
        QVERIFY(GatewayContainers::listArguments().join(' ').contains("io.higress.workbench.upstream"));
    }

    void findPrefersThisWorkspaceAndRunningOnes()
    {
        const QList<GatewayContainer> list = GatewayContainers::parse(
            psLine("other", "ai-proxy-lite", "/other") + psLine("bare", "ai-proxy-lite", "")
            + psLine("mine-exited", "ai-proxy-lite", "/mine", "exited") + psLine("mine", "ai-proxy-lite", "/mine")
            + psLine("hello", "hello-world", "/mine"));
        QCOMPARE(GatewayContainers::find(list, "ai-proxy-lite", QString("/mine"))->id, QString("mine"));
        // Another workspace's gateway is not this workspace's, whatever its name.
        QVERIFY(!GatewayContainers::belongsTo(list.first(), "ai-proxy-lite", QString("/mine")));
        QVERIFY(GatewayContainers::belongsTo(list.first(), "ai-proxy-lite", std::nullopt));
        // One of a bare module belongs to every workspace: `down` from a checkout still reaches it.
        QVERIFY(GatewayContainers::belongsTo(list.at(1), "ai-proxy-lite", QString("/mine")));
        QCOMPARE(GatewayContainers::find(list, "ai-proxy-lite", QString("/third"))->id, QString("bare"));
        QVERIFY(GatewayContainers::find(list, "ai-proxy-lite", std::nullopt)->isRunning());
        QVERIFY(!GatewayContainers::find(list, "request-stamp", std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestGatewayContainers)
#include "tst_gatewaycontainers.moc"
