// What of a build stays out of its log and the history: credential-named values, and any URL's password (a
// GOPROXY behind a login, which `make build` echoes as a --build-arg). Ordinary text passes untouched.
#include "buildplan/BuildPlan.h"
#include "buildplan/PlanSecrets.h"
#include "buildrun/BuildRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace hwb;

class TestPlanSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mask_data();
    void mask();
    void maskedPlanHidesUrlPasswords();
    void buildLogIsMasked();

private:
    static BuildPlan planWith(const QList<BuildVariable> &variables)
    {
        BuildPlan plan;
        plan.variables = variables;
        return plan;
    }
};

void TestPlanSecrets::mask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("GOPROXY with a login")
        << "GOPROXY=https://bob:pr0xyPass@goproxy.corp.example,direct"
        << "GOPROXY=https://bob:[REDACTED]@goproxy.corp.example,direct";
    QTest::newRow("make build's echo")
        << "docker build --build-arg GOPROXY=https://bob:pr0xyPass@goproxy.corp.example --build-arg PLUGIN_NAME=x ."
        << "docker build --build-arg GOPROXY=https://bob:[REDACTED]@goproxy.corp.example --build-arg PLUGIN_NAME=x .";
    QTest::newRow("a token by value") << "go: fetching with ghp_0123456789abc" << "go: fetching with [REDACTED]";
    QTest::newRow("a short key is left to its name")
        << "-tags=proxy_wasm_version_0_2_100 -o main.wasm" << "-tags=proxy_wasm_version_0_2_100 -o main.wasm";
    QTest::newRow("an address without a password") << "git@github.com:alibaba/higress.git user@example.com"
                                                  << "git@github.com:alibaba/higress.git user@example.com";
    QTest::newRow("a URL without a login") << "go: downloading https://proxy.golang.org/@v/list"
                                          << "go: downloading https://proxy.golang.org/@v/list";
}

void TestPlanSecrets::mask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const PlanSecrets secrets(planWith({{"GITHUB_TOKEN", "ghp_0123456789abc", VariableLayer::Override, {}},
                                        {"API_KEY", "1", VariableLayer::Override, {}}}));
    QCOMPARE(secrets.mask(text), masked);
}

void TestPlanSecrets::maskedPlanHidesUrlPasswords()
{
    {
        // --set FOO=sk-…: a provider's key is masked by its shape, whatever it is named.
        BuildPlan keyed = planWith({{"FOO", "sk-AUDITSECRETSET3abcdef", VariableLayer::Override, {}}});
        keyed.program = "make";
        keyed.args = {"build", "FOO=sk-AUDITSECRETSET3abcdef"};
        const BuildPlan masked = keyed.withSecretsMasked();
        QCOMPARE(masked.value("FOO"), "[REDACTED]");
        QVERIFY2(!masked.commandLine().contains("AUDITSECRET"), qPrintable(masked.commandLine()));
        QCOMPARE(PlanSecrets(keyed).mask("echo sk-AUDITSECRETSET3abcdef"), "echo [REDACTED]");
    }
    BuildPlan plan = planWith({{"GOPROXY", "https://bob:pr0xyPass@goproxy.corp.example", VariableLayer::Profile, {}}});
    plan.program = "make";
    plan.args = {"build", "GOPROXY=https://bob:pr0xyPass@goproxy.corp.example"};
    plan.env = {{"GOPROXY", "https://bob:pr0xyPass@goproxy.corp.example"}};
    const BuildPlan masked = plan.withSecretsMasked();
    QCOMPARE(masked.value("GOPROXY"), "https://bob:[REDACTED]@goproxy.corp.example");
    QCOMPARE(masked.args.at(1), "GOPROXY=https://bob:[REDACTED]@goproxy.corp.example");
    QCOMPARE(masked.env.value(0).second, "https://bob:[REDACTED]@goproxy.corp.example");
    QVERIFY(!masked.commandLine().contains("pr0xyPass"));
    QVERIFY(plan.commandLine().contains("pr0xyPass")); // the plan itself, which runs, is untouched
}

// The runner masks what the build prints, whichever program prints it.
void TestPlanSecrets::buildLogIsMasked()
{
    BuildPlan plan = planWith({{"GITHUB_TOKEN", "ghp_0123456789abc", VariableLayer::Override, {}}});
    plan.program = "/bin/sh";
    plan.args = {"-c", "echo \"token $GITHUB_TOKEN\"; echo 'proxy https://bob:pr0xyPass@goproxy.corp.example'"};
    plan.env = {{"GITHUB_TOKEN", "ghp_0123456789abc"}};
    BuildRunner runner;
    QStringList log;
    connect(&runner, &BuildRunner::linesReceived, this, [&](const QStringList &lines) { log += lines; });
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(20000));
    QCOMPARE(log, (QStringList{"token [REDACTED]", "proxy https://bob:[REDACTED]@goproxy.corp.example"}));
}

QTEST_GUILESS_MAIN(TestPlanSecrets)
#include "tst_plansecrets.moc"
