#include "TestSupport.h"

#include "gateway/HangTargetProbe.h"
#include "llm/HangExplanation.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace hwb;

Q_DECLARE_METATYPE(HangTarget::Kind)

namespace {
// A module as ModuleCheck reports one: "failed" has the story's error, "passed" no problem, "" no check at all.
std::optional<ModuleCheck> check(const QString &state)
{
    if (state.isEmpty())
        return std::nullopt;
    ModuleCheck c;
    c.artifact = "/work/higress/plugins/wasm-go/extensions/ai-proxy/main.wasm";
    if (state == "failed")
        c.problems.append({"abi-too-old", FindingSeverity::Error,
                           "The module exports proxy_abi_version_0_2_1: the gateway holds every request.", "Rebuild."});
    return c;
}
} // namespace

// What a hang is said to mean, for each thing that can sit at the URL: one place for the window and hwb.
class TestHangExplanation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cause_data()
    {
        QTest::addColumn<HangTarget::Kind>("kind");
        QTest::addColumn<QString>("module");
        QTest::addColumn<bool>("streaming");
        QTest::addColumn<QString>("causeId");
        QTest::addColumn<bool>("pointsAtModule");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("neverSays");
        using K = HangTarget::Kind;
        const QString artifact = "/work/higress/plugins/wasm-go/extensions/ai-proxy/main.wasm";
        QTest::newRow("managed gateway, module failed its check")
            << K::ManagedGateway << "failed" << true << "module-check-failed" << true
            << QStringList{"failed its check", "[abi-too-old]", artifact, "That is the cause", "`hwb inspect " + artifact}
            << QStringList{"plugin.wasm", "passed", "If a proxy-wasm plugin"};
        QTest::newRow("managed gateway, module passed its check")
            << K::ManagedGateway << "passed" << true << "module-check-passed" << false
            << QStringList{"passed its check", artifact, "upstream", "30 s", "hwb gateway logs ai-proxy"}
            << QStringList{"plugin.wasm", "EXTRA_TAGS", "failed", "does not stream"};
        QTest::newRow("managed gateway, passed, slow non-streaming upstream")
            << K::ManagedGateway << "passed" << false << "module-check-passed" << false
            << QStringList{"passed its check", "does not stream", "first-byte timeout longer than 30 s"}
            << QStringList{"EXTRA_TAGS"};
        QTest::newRow("managed gateway, module unreadable")
            << K::ManagedGateway << "" << true << "module-not-checked" << true
            << QStringList{"could not read it", "hwb inspect FILE.wasm"} << QStringList{"plugin.wasm", "passed"};
        QTest::newRow("the mock LLM alone")
            << K::MockLlm << "" << true << "mock-llm" << false
            << QStringList{"built-in mock LLM", "127.0.0.1:18080", "x-mock-fault: hang"}
            << QStringList{"gateway accepted", "gateway runs", "EXTRA_TAGS", "hwb inspect"};
        QTest::newRow("a server hwb did not start")
            << K::Server << "" << true << "not-managed" << true
            << QStringList{"No gateway started by hwb listens on 127.0.0.1:18080", "hwb inspect FILE.wasm"}
            << QStringList{"gateway accepted", "plugin.wasm", "does not stream"};
        QTest::newRow("a server, slow non-streaming reply")
            << K::Server << "" << false << "not-managed" << true
            << QStringList{"does not stream", "first-byte timeout longer than 30 s"} << QStringList{"gateway accepted"};
        QTest::newRow("not looked up yet")
            << K::Unknown << "" << true << "unknown" << true
            << QStringList{"still asking the container engine what listens on 127.0.0.1:18080", "hwb inspect FILE.wasm"}
            << QStringList{"gateway accepted"};
    }
    void cause()
    {
        QFETCH(HangTarget::Kind, kind);
        QFETCH(QString, module);
        QFETCH(bool, streaming);
        QFETCH(QString, causeId);
        QFETCH(bool, pointsAtModule);
        QFETCH(QStringList, says);
        QFETCH(QStringList, neverSays);
        HangTarget target;
        target.kind = kind;
        target.address = "127.0.0.1:18080";
        target.plugin = kind == HangTarget::Kind::ManagedGateway ? "ai-proxy" : "";
        target.check = check(module);
        target.streaming = streaming;
        QCOMPARE(target.causeId(), causeId);
        QCOMPARE(target.pointsAtModule(), pointsAtModule);
        const QString hung = HangExplanation::hung(target, 30.0066);
        const QString summary = HangExplanation::summary(target, 4, 8, 30);
        QVERIFY2(hung.startsWith("No response: 127.0.0.1:18080 accepted the connection but sent no byte in 30 s."),
                 qPrintable(hung));
        QVERIFY2(summary.startsWith("4 of 8 requests hung: no response byte in 30 s.\n"), qPrintable(summary));
        for (const QString &text : {hung, summary, HangExplanation::cause(target, 30)}) {
            for (const QString &s : says)
                QVERIFY2(text.contains(s), qPrintable(QString("missing '%1' in: %2").arg(s, text)));
            for (const QString &s : neverSays)
                QVERIFY2(!text.contains(s), qPrintable(QString("unexpected '%1' in: %2").arg(s, text)));
        }
        const QJsonObject json = HangExplanation::toJson(target, 30);
        QCOMPARE(json.value("cause").toString(), causeId);
        QCOMPARE(json.value("artifact").toString(), target.check ? target.check->artifact : QString());
        QCOMPARE(json.value("findings").toArray().size(), target.check ? target.check->problems.size() : qsizetype(0));
    }

    // The window names its pages, not commands to type, and itself "the workbench": a banner that said "hwb cannot
    // tell" and "`hwb inspect FILE.wasm`" spoke as the CLI inside the GUI.
    void theWindowNamesItsPagesNotCommands()
    {
        using K = HangTarget::Kind;
        for (const auto &[kind, module, lookupTimedOut, address] :
             {std::tuple{K::ManagedGateway, QString("failed"), false, QString("127.0.0.1:18080")},
              {K::ManagedGateway, QString("passed"), false, QString("127.0.0.1:18080")},
              {K::ManagedGateway, QString(), false, QString("127.0.0.1:18080")},
              {K::MockLlm, QString(), false, QString("127.0.0.1:18080")},
              {K::Server, QString(), false, QString("127.0.0.1:18080")},
              {K::Unknown, QString(), false, QString("127.0.0.1:18080")},
              {K::Unknown, QString(), true, QString("127.0.0.1:18080")},
              {K::Unknown, QString(), false, QString()}}) {
            HangTarget target;
            target.kind = kind;
            target.address = address;
            target.lookupTimedOut = lookupTimedOut;
            target.plugin = kind == K::ManagedGateway ? "ai-proxy" : "";
            target.check = check(module);
            const auto voice = HangExplanation::Voice::Window;
            for (const QString &text : {HangExplanation::hung(target, 30, voice), HangExplanation::summary(target, 4, 8, 30, voice),
                                        HangExplanation::stoppedEarly(4, 4, 30, voice)}) {
                QVERIFY2(!text.contains("hwb") && !text.contains('`'), qPrintable(text));
                if (target.pointsAtModule() && text != HangExplanation::stoppedEarly(4, 4, 30, voice))
                    QVERIFY2(text.contains("Verify page"), qPrintable(text));
            }
            // The terminal keeps its commands.
            if (target.pointsAtModule())
                QVERIFY2(HangExplanation::cause(target, 30).contains("hwb inspect"), qPrintable(HangExplanation::cause(target, 30)));
        }
    }

    void waiting_data()
    {
        QTest::addColumn<HangTarget::Kind>("kind");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("says");
        using K = HangTarget::Kind;
        QTest::newRow("failed") << K::ManagedGateway << "failed" << "failed its check (abi-too-old)";
        QTest::newRow("passed") << K::ManagedGateway << "passed" << "passed its check: look at the upstream";
        QTest::newRow("mock") << K::MockLlm << "" << "is the mock LLM, with no gateway in the path";
        QTest::newRow("server") << K::Server << "" << "If a proxy-wasm plugin is in the path";
    }
    void waiting()
    {
        QFETCH(HangTarget::Kind, kind);
        QFETCH(QString, module);
        QFETCH(QString, says);
        HangTarget target;
        target.kind = kind;
        target.address = "127.0.0.1:18080";
        target.check = check(module);
        const QString text = HangExplanation::waiting(target, 5, 30);
        QVERIFY2(text.startsWith("No first byte after 5 s. "), qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(text.endsWith("The request is named a hang at 30 s."), qPrintable(text));
    }

    void inFlightLine_data()
    {
        QTest::addColumn<QList<double>>("ttfb");
        QTest::addColumn<double>("silentMs");
        QTest::addColumn<QString>("line");
        QTest::newRow("none") << QList<double>{} << 0.0 << "";
        QTest::newRow("all waiting") << QList<double>{-1, -1, -1} << 0.0 << "3 in flight · no first byte yet · 4.2 s";
        QTest::newRow("some waiting") << QList<double>{-1, 120} << 0.0
                                      << "2 in flight · 1 without a first byte (4.2 s) · 1 receiving";
        QTest::newRow("all receiving") << QList<double>{80, 120} << 2999.0 << "2 in flight · receiving · 4.2 s";
        // A response that stopped sending is not "receiving": a stall is said while it lasts, not at its timeout.
        QTest::newRow("all receiving, one silent") << QList<double>{80, 120} << 3400.0
                                                   << "2 in flight · no data for 3.4 s · 4.2 s";
        QTest::newRow("some waiting, one silent") << QList<double>{-1, 120} << 3400.0
                                                  << "2 in flight · 1 without a first byte (4.2 s) · 1 receiving (no data for 3.4 s)";
    }
    void inFlightLine()
    {
        QFETCH(QList<double>, ttfb);
        QFETCH(double, silentMs);
        QFETCH(QString, line);
        QList<FireResult> inFlight;
        for (double t : ttfb) {
            FireResult r;
            r.inFlight = true;
            r.ttfbMs = t;
            r.totalMs = 4200 - inFlight.size() * 100;
            r.silentMs = t < 0 ? 0 : silentMs;
            inFlight.append(r);
        }
        QCOMPARE(HangExplanation::inFlightLine(inFlight, 3000), line);
    }

    void managedGatewayFromItsLabels_data()
    {
        QTest::addColumn<QByteArray>("ps");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("plugin");
        // GatewayContainers' ps lines: id, name, state, status, image, plugin, workspace, run folder, ports.
        const QByteArray two = "a1\thwb-gateway-ai-proxy\trunning\tUp 1 minute\thiggress/gateway:2.1.6\tai-proxy\t/ws"
                               "\t/tmp/hwb-gateway-ai-proxy-a1\t10000,9901\n"
                               "b2\thwb-gateway-hello\trunning\tUp 2 minutes\thwb-test-gateway:latest\thello\t/ws"
                               "\t/tmp/hwb-gateway-hello-b2\t10010,9911\n";
        QTest::newRow("first") << two << 10000 << "ai-proxy";
        QTest::newRow("second") << two << 10010 << "hello";
        QTest::newRow("admin port is not the listener") << two << 9901 << "";
        QTest::newRow("none running") << QByteArray() << 10000 << "";
        QTest::newRow("garbage") << QByteArray("Cannot connect to the Docker daemon\n") << 10000 << "";
    }
    void managedGatewayFromItsLabels()
    {
        QFETCH(QByteArray, ps);
        QFETCH(int, port);
        QFETCH(QString, plugin);
        const auto running = HangTargetProbe::findListener(ps, port);
        QCOMPARE(running ? running->plugin : QString(), plugin);
        if (running)
            QVERIFY(running->runDir.startsWith("/tmp/hwb-gateway-" + plugin));
    }

    void onlyLoopbackIsLookedUp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:10000/" << true;
        QTest::newRow("localhost") << "http://LocalHost:10000/" << true;
        QTest::newRow("::1") << "http://[::1]:10000/" << true;
        QTest::newRow("a provider") << "https://api.openai.com/v1" << false;
        QTest::newRow("lan") << "http://192.168.1.20:8080/" << false;
    }
    void onlyLoopbackIsLookedUp()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(HangTargetProbe::isLoopback(QUrl(url)), loopback);
        HangTargetProbe probe;
        probe.start(QUrl(url), true);
        if (!loopback) { // answered at once, without the container engine
            QVERIFY(probe.isDone());
            QCOMPARE(probe.target().kind, HangTarget::Kind::Server);
        }
    }

    // A daemon too busy to list its containers in time says nothing about what runs: the target stays unknown, and
    // the words say the engine did not answer, not that no gateway of hwb's runs there.
    void anEngineThatDoesNotAnswerInTimeLeavesItUnknown()
    {
        QTemporaryDir dir;
        HangTargetProbe probe;
        probe.setEngineProgram(test::writeFakeEngine(dir.path(), "ai-proxy-lite", 10000, "5"));
        probe.setTimeoutMs(300);
        QSignalSpy resolved(&probe, &HangTargetProbe::resolved);
        probe.start(QUrl("http://127.0.0.1:10000/"), true);
        QVERIFY(resolved.wait(5000));
        QCOMPARE(probe.target().kind, HangTarget::Kind::Unknown);
        QVERIFY(probe.target().lookupTimedOut);
        const QString words = HangExplanation::cause(probe.target(), 30);
        QVERIFY2(words.contains("did not answer in time, so hwb cannot tell what listens on 127.0.0.1:10000"),
                 qPrintable(words));
        QVERIFY(!words.contains("No gateway started by hwb"));
    }

    // A look-up still under way when the next request goes elsewhere answers for nothing: its listing is of another
    // moment, and the new request's port need not be the old one's.
    void aNewLookUpDropsTheOneUnderWay()
    {
        QTemporaryDir dir;
        HangTargetProbe probe;
        probe.setEngineProgram(test::writeFakeEngine(dir.path(), "ai-proxy-lite", 443, "1"));
        QSignalSpy resolved(&probe, &HangTargetProbe::resolved);
        probe.start(QUrl("http://127.0.0.1:443/"), true); // ai-proxy-lite's gateway, once the engine answers
        probe.start(QUrl("https://api.openai.com/v1"), true);
        QCOMPARE(resolved.count(), 1);
        QTest::qWait(1500);
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(probe.target().kind, HangTarget::Kind::Server);
        QVERIFY(probe.target().plugin.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHangExplanation)
#include "tst_hangexplanation.moc"
