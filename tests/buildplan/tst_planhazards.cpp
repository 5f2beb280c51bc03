#include "TestSupport.h"

#include "buildplan/BuildPlanner.h"
#include "buildrun/BuildRunner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hwb;

// What a plan says before a build that could not work, or would not build what was asked: a program that cannot
// run and who named it, values that make or sh would change on the way, a folder where the module goes.
class TestPlanHazards : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void toolNotFoundNamesItsVariable();
    void programThatCannotRunNamesItsSource_data();
    void programThatCannotRunNamesItsSource();
    void customTemplateQuotesValues();
    void valuesAndPathsThatWouldBreakTheBuild();
    void makefileThatRunsDockerFromPath();

private:
    PluginInfo plugin(const QString &name) const { return test::pluginNamed(m_workspace, name); }
    BuildPlan plan(const QString &name, BuildMode mode, const QStringList &overrides = {}, const QString &command = {}) const
    {
        return test::planNamed(m_workspace, name, mode, overrides, command);
    }

    QTemporaryDir m_tmp;
    QString m_workspace;
};

void TestPlanHazards::initTestCase()
{
    qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
    m_workspace = test::copyDemoWorkspace(m_tmp);
    QVERIFY(!m_workspace.isEmpty());
}

void TestPlanHazards::toolNotFoundNamesItsVariable()
{
    // A tool not found names the variable that would name it for this mode's tool (it once said HWB_GO / HWB_DOCKER
    // for tinygo too).
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_tmp.path()));
    const BuildPlan noTinyGo = plan("ai-proxy-lite", BuildMode::TinyGo);
    qputenv("PATH", path);
    const auto missing = std::find_if(noTinyGo.warnings.cbegin(), noTinyGo.warnings.cend(),
                                      [](const BuildWarning &w) { return w.code == "tool-missing"; });
    QVERIFY(missing != noTinyGo.warnings.cend());
    QCOMPARE(missing->message, QString("'tinygo' was not found."));
    QCOMPARE(missing->fix, QString("Install it, or give its path in the settings or in HWB_TINYGO."));

    // A Go that HWB_GO names and that is not there is an error that points at HWB_GO, not a build with another Go.
    const QByteArray savedGo = qgetenv("HWB_GO");
    qputenv("HWB_GO", "/nonexistent/go");
    const BuildPlan namedGo = plan("hello-world", BuildMode::Go);
    qputenv("HWB_GO", savedGo);
    QCOMPARE(namedGo.program, QString("/nonexistent/go"));
    QVERIFY(namedGo.hasErrors());
    QCOMPARE(namedGo.warnings.first().fix, QString("Correct or unset HWB_GO, which names it."));
}

void TestPlanHazards::programThatCannotRunNamesItsSource_data()
{
    QTest::addColumn<QByteArray>("buildrc");
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<QString>("profileGo");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fix");
    const QString override = "Correct or remove --set GO (this build's override).";
    QTest::newRow("missing, override") << QByteArray() << QStringList{"GO=/nonexistent/go"} << ""
                                       << "/nonexistent/go does not exist." << override;
    QTest::newRow("not executable, override") << QByteArray() << QStringList{"GO=/etc/passwd"} << ""
                                              << "/etc/passwd is not an executable program." << override;
    QTest::newRow("a folder, override") << QByteArray() << QStringList{"GO=/tmp"} << ""
                                        << "/tmp is not an executable program." << override;
    QTest::newRow("missing, .buildrc") << QByteArray("GO=/nonexistent/go\n") << QStringList{} << ""
                                       << "/nonexistent/go does not exist." << "Correct or remove GO in the plugin's .buildrc.";
    QTest::newRow("missing, profile") << QByteArray() << QStringList{} << "/nonexistent/go"
                                      << "/nonexistent/go does not exist."
                                      << "Correct or remove GO in the workspace's build profile.";
}

// A program that cannot start made a build fail in its first millisecond with only "Failed"; the plan now says so
// before it runs, and where the value came from.
void TestPlanHazards::programThatCannotRunNamesItsSource()
{
    QFETCH(QByteArray, buildrc);
    QFETCH(QStringList, overrides);
    QFETCH(QString, profileGo);
    QFETCH(QString, message);
    QFETCH(QString, fix);
    QTemporaryDir dir;
    const QString ws = test::copyDemoWorkspace(dir);
    const QString pluginDir = ws + "/plugins/wasm-go/extensions/key-auth-lite";
    if (!buildrc.isEmpty())
        test::writeFile(pluginDir + "/.buildrc", buildrc);
    BuildProfile profile;
    if (!profileGo.isEmpty())
        profile.variables.set("GO", profileGo);
    const BuildPlan p = test::planFor(ws, pluginDir, PluginFamily::WasmGo, BuildMode::Go, overrides, {}, profile);
    const auto missing = std::find_if(p.warnings.cbegin(), p.warnings.cend(),
                                      [](const BuildWarning &w) { return w.code == "tool-missing"; });
    QVERIFY(missing != p.warnings.cend());
    QCOMPARE(missing->severity, BuildWarning::Severity::Error);
    QCOMPARE(missing->message, message);
    QCOMPARE(missing->fix, fix);
}

void TestPlanHazards::customTemplateQuotesValues()
{
    const BuildPlan p = plan("ai-proxy-lite", BuildMode::Custom, {"EXTRA_TAGS=+two words"},
                             "printf '%s|' ${EXTRA_TAGS} ${PLUGIN_NAME} ${UNKNOWN_VAR}");
    QCOMPARE(p.program, "/bin/sh");
    QCOMPARE(p.args.value(1), "printf '%s|' 'proxy_wasm_version_0_2_100 two words' ai-proxy-lite ${UNKNOWN_VAR}");

    // A value reaches sh as itself wherever its ${NAME} stands: bare, in "..." (where sh quotes would be kept and
    // a '$' in a path expanded), or in '...'. Run by the real sh.
    const QString value = "it's $HOME `id` \"q\" \\ end";
    const BuildPlan quoted = plan("hello-world", BuildMode::Custom, {"X=" + value}, "printf '%s|' ${X} \"${X}\" 'a${X}b' \"${X}x\"");
    const auto run = test::runProcess(quoted.program, quoted.args, quoted.cwd);
    QCOMPARE(QString::fromUtf8(run.stdOut), value + "|" + value + "|a" + value + "b|" + value + "x|");
    // ARTIFACT has a default, so a template can name the output the way the verdict expects it.
    QCOMPARE(quoted.value("ARTIFACT"), QString("main.wasm"));
    QCOMPARE(quoted.artifact, plugin("hello-world").path + "/main.wasm");
}

// make expands '$' in a command-line value where the Makefile uses it, and its recipes put values into shell
// commands unquoted: a '$' is passed as '$$' (real make shows it arrives), a name with a space stops a make build,
// and a tag that is not one is said.
void TestPlanHazards::valuesAndPathsThatWouldBreakTheBuild()
{
    const BuildPlan dollar = plan("hello-world", BuildMode::MakeLocal, {"EXTRA_TAGS=a$b"});
    QVERIFY2(dollar.args.contains("EXTRA_TAGS=a$$b"), qPrintable(dollar.args.join(' ')));
    const auto dryRun = test::runProcess("make", QStringList{"-n"} + dollar.args, dollar.cwd);
    QVERIFY2(dryRun.exitCode == 0, dryRun.stdErr.constData());
    QVERIFY2(dryRun.stdOut.contains("-tags \"a$b\""), dryRun.stdOut.constData());
    QVERIFY(std::any_of(dollar.warnings.cbegin(), dollar.warnings.cend(),
                        [](const BuildWarning &w) { return w.code == "invalid-build-tag"; }));

    const QString extensions = m_workspace + "/plugins/wasm-go/extensions/";
    QCOMPARE(test::runProcess("cp", {"-r", extensions + "hello-world", extensions + "hello world"}).exitCode, 0);
    PluginInfo spaced = plugin("hello-world");
    spaced.name = "hello world";
    spaced.path = extensions + "hello world";
    const auto unsafe = [](const BuildPlan &p) {
        return std::find_if(p.warnings.cbegin(), p.warnings.cend(), [](const BuildWarning &w) { return w.code == "make-unsafe-value"; });
    };
    const BuildPlan make = test::planFor(m_workspace, spaced.path, spaced.family, BuildMode::MakeLocal);
    QVERIFY(unsafe(make) != make.warnings.cend());
    QCOMPARE(unsafe(make)->severity, BuildWarning::Severity::Error);
    QVERIFY(make.hasErrors());
    const BuildPlan go = test::planFor(m_workspace, spaced.path, spaced.family, BuildMode::Go);
    QVERIFY(unsafe(go) == go.warnings.cend());
    QVERIFY(!go.hasErrors());
    QDir(extensions + "hello world").removeRecursively();

    // A folder where the module goes: go build -o DIR writes into it and succeeds, so the plan stops first.
    QVERIFY(QDir().mkpath(extensions + "hello-world/main.wasm"));
    const BuildPlan folder = plan("hello-world", BuildMode::Go);
    QDir(extensions + "hello-world/main.wasm").removeRecursively();
    QVERIFY(std::any_of(folder.warnings.cbegin(), folder.warnings.cend(), [](const BuildWarning &w) {
        return w.code == "artifact-is-folder" && w.severity == BuildWarning::Severity::Error;
    }));
}

// Higress's Makefile runs `DOCKER_BUILDKIT=1 docker build`: DOCKER=... would change nothing, and PATH's docker (one
// without buildx, on the machine where this was found) would build. The plan puts the chosen Docker first on PATH;
// real make and sh show which one runs, from the runner and from the pasted preview.
void TestPlanHazards::makefileThatRunsDockerFromPath()
{
    QTemporaryDir dir;
    const QString workspace = test::copyDemoWorkspace(dir);
    test::writeFile(workspace + "/plugins/wasm-go/Makefile",
                    "PLUGIN_NAME ?= hello-world\n"
                    "build:\n"
                    "\tDOCKER_BUILDKIT=1 docker build --build-arg PLUGIN_NAME=${PLUGIN_NAME} -t x .\n");
    const QString marker = dir.filePath("ran");
    for (const char *which : {"onpath", "chosen"}) {
        QVERIFY(QDir().mkpath(dir.filePath(which)));
        const QString docker = dir.filePath(QString(which) + "/docker");
        test::writeFile(docker, "#!/bin/sh\necho " + QByteArray(which) + " \"$@\" > " + QFile::encodeName(marker) + "\n");
        QVERIFY(QFile::setPermissions(docker, QFile::permissions(docker) | QFile::ExeOwner));
    }
    const QByteArray path = qgetenv("PATH");
    const QByteArray docker = qgetenv("HWB_DOCKER");
    qputenv("PATH", QByteArray(QFile::encodeName(dir.filePath("onpath")) + ':' + path));
    qputenv("HWB_DOCKER", QFile::encodeName(dir.filePath("chosen/docker")));
    const BuildPlan plan = test::planNamed(workspace, "hello-world", BuildMode::MakeBuild);
    const BuildPlan pathDocker = test::planNamed(workspace, "hello-world", BuildMode::MakeBuild,
                                                 {"DOCKER=" + dir.filePath("onpath/docker")});
    qputenv("PATH", path);
    qputenv("HWB_DOCKER", docker);

    const auto routed = std::find_if(plan.env.cbegin(), plan.env.cend(), [](const auto &kv) { return kv.first == "PATH"; });
    QVERIFY(routed != plan.env.cend());
    QCOMPARE(routed->second, dir.filePath("chosen") + ':' + dir.filePath("onpath") + ':' + QString::fromLocal8Bit(path));
    const auto said = std::find_if(plan.warnings.cbegin(), plan.warnings.cend(),
                                   [](const BuildWarning &w) { return w.code == "docker-from-path"; });
    QVERIFY(said != plan.warnings.cend());
    QCOMPARE(said->severity, BuildWarning::Severity::Info);
    QVERIFY2(said->message.contains(dir.filePath("onpath/docker")) && said->message.contains(dir.filePath("chosen/docker")),
             qPrintable(said->message));
    // Choosing PATH's own Docker needs no route.
    QVERIFY(std::none_of(pathDocker.env.cbegin(), pathDocker.env.cend(), [](const auto &kv) { return kv.first == "PATH"; }));

    BuildRunner runner;
    QSignalSpy finished(&runner, &BuildRunner::finished);
    QVERIFY(runner.start(plan));
    QVERIFY(finished.wait(60000));
    QCOMPARE(test::readFile(marker), QByteArray("chosen build --build-arg PLUGIN_NAME=hello-world -t x .\n"));
    QVERIFY(QFile::remove(marker));
    const auto pasted = test::runProcess("/bin/sh", {"-c", plan.commandLine()}, dir.path(),
                                         {"PATH=" + dir.filePath("onpath") + ':' + QString::fromLocal8Bit(path)});
    QVERIFY2(pasted.exitCode == 0, pasted.stdErr.constData());
    QCOMPARE(test::readFile(marker), QByteArray("chosen build --build-arg PLUGIN_NAME=hello-world -t x .\n"));
}

QTEST_GUILESS_MAIN(TestPlanHazards)
#include "tst_planhazards.moc"
