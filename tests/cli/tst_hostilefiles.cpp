#include "HostileFiles.h"
#include "TestSupport.h"
#include "WasmBuilder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using test::HostileKind;

Q_DECLARE_METATYPE(hwb::test::HostileKind)

namespace {
const QString kHello = QStringLiteral("plugins/wasm-go/extensions/hello-world");
const QString kAiProxy = QStringLiteral("plugins/wasm-go/extensions/ai-proxy-lite");
constexpr int kTimeoutMs = 20000; // each command reads a few small files: minutes mean it waits on one
} // namespace

// The audit's hostile checkouts, through the commands users type: none may hang (a FIFO, a link to /dev/stdin), eat
// the memory (/dev/zero), or skip a file without a word. Each command runs with a stdin that stays open and silent,
// as a terminal's does, so a reader of /dev/stdin would wait.
class TestHostileFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commandsSayWhatTheyCouldNotRead_data()
    {
        QTest::addColumn<QString>("file"); // relative to the workspace
        QTest::addColumn<HostileKind>("kind");
        QTest::addColumn<QStringList>("args"); // {WS} is the workspace
        QTest::addColumn<int>("exitCode"); // -2: not compared
        QTest::addColumn<QString>("said"); // in stdout or stderr

        const QStringList plugins{"plugins", "--workspace", "{WS}"};
        const QString versionNote = "warning: hello-world: VERSION was not read: it is not a regular file";
        QTest::newRow("plugins, VERSION a FIFO") << kHello + "/VERSION" << HostileKind::Fifo << plugins << 0 << versionNote;
        QTest::newRow("plugins, VERSION a link to /dev/stdin") << kHello + "/VERSION" << HostileKind::StdinLink << plugins << 0 << versionNote;
        QTest::newRow("plugins --json, README.md a FIFO")
            << kHello + "/README.md" << HostileKind::Fifo << QStringList{"plugins", "--json", "--workspace", "{WS}"} << 0
            << "\"README.md was not read: it is not a regular file";
        QTest::newRow("plugins, README_EN.md a link to /dev/stdin") << kAiProxy + "/README_EN.md" << HostileKind::StdinLink << plugins << 0
                                                                   << "warning: ai-proxy-lite: README_EN.md was not read";
        QTest::newRow("plugins, go.mod a FIFO") << kHello + "/go.mod" << HostileKind::Fifo << plugins << 0
                                                << "warning: hello-world: go.mod was not read";

        const QStringList plan{"plan", "hello-world", "--workspace", "{WS}"};
        const QString makefileNote = "Makefile was not read: it is not a regular file";
        QTest::newRow("plan, Makefile a FIFO") << "plugins/wasm-go/Makefile" << HostileKind::Fifo << plan << 0 << makefileNote;
        QTest::newRow("plan, Makefile a link to /dev/stdin") << "plugins/wasm-go/Makefile" << HostileKind::StdinLink << plan << 0 << makefileNote;
        QTest::newRow("plan, Makefile a link to /dev/zero") << "plugins/wasm-go/Makefile" << HostileKind::ZeroLink << plan << 0 << makefileNote;
        QTest::newRow("plan, Dockerfile a link to /dev/zero") << "plugins/wasm-go/Dockerfile" << HostileKind::ZeroLink
                                                              << QStringList{"plan", "hello-world", "--mode", "make-build", "--workspace", "{WS}"}
                                                              << 0 << "Dockerfile was not read: it is not a regular file";
        QTest::newRow("plan --json, Makefile a FIFO") << "plugins/wasm-go/Makefile" << HostileKind::Fifo
                                                      << QStringList{"plan", "hello-world", "--json", "--workspace", "{WS}"}
                                                      << 0 << "\"code\": \"file-unreadable\"";
        const QStringList cargo{"plan", "say-hello", "--mode", "cargo", "--workspace", "{WS}"};
        QTest::newRow("plan, Cargo.toml a FIFO") << "plugins/wasm-rust/extensions/say-hello/Cargo.toml" << HostileKind::Fifo
                                                 << cargo << -2 << "Cargo.toml was not read: it is not a regular file";
        QTest::newRow("plan, .prebuild a link to /dev/stdin")
            << "plugins/wasm-rust/extensions/say-hello/.prebuild" << HostileKind::StdinLink << cargo << 1
            << "PREBUILD=.prebuild names no readable file in the plugin folder (it is not a regular file";
        // The build plans first; the custom command then runs and writes nothing, which fails the build.
        QTest::newRow("build, Makefile a FIFO")
            << "plugins/wasm-go/Makefile" << HostileKind::Fifo
            << QStringList{"build", "hello-world", "--no-history", "--mode", "custom", "--command", "true", "--workspace", "{WS}"}
            << 1 << makefileNote;
        QTest::newRow("inspect, .buildrc a FIFO") << kAiProxy + "/.buildrc" << HostileKind::Fifo
                                                  << QStringList{"inspect", "{WS}/" + kAiProxy + "/main.wasm"} << 0
                                                  << "WARNING [buildrc-unreadable] The .buildrc is not read";
    }

    void commandsSayWhatTheyCouldNotRead()
    {
        QFETCH(QString, file);
        QFETCH(HostileKind, kind);
        QFETCH(QStringList, args);
        QTemporaryDir tmp;
        const QString workspace = test::copyDemoWorkspace(tmp);
        if (args.constFirst() == QLatin1String("inspect")) {
            using namespace test::wasm;
            test::writeFile(workspace + "/" + kAiProxy + "/main.wasm",
                            kHeader + importSection({{"env", "proxy_log"}})
                                + exportSection({{"proxy_abi_version_0_2_100", '\0'}, {"_initialize", '\0'},
                                                 {"proxy_on_request_headers", '\0'}, {"memory", '\x02'}}));
        }
        test::makeHostile(QDir(workspace).filePath(file), kind);
        if (QTest::currentTestFailed())
            return;
        args.replaceInStrings(QStringLiteral("{WS}"), workspace);
        const auto r = test::runProcess(test::hwbExecutable(), args, workspace,
                                        {"LANG=C", "HWB_PROFILE_FILE=" + tmp.filePath("profiles.json")}, kTimeoutMs);
        QVERIFY2(r.finished, "hwb waited on the file");
        QFETCH(int, exitCode);
        if (exitCode != -2) // -2: whatever this machine's Rust toolchain makes of the plan
            QCOMPARE(r.exitCode, exitCode);
        QFETCH(QString, said);
        QVERIFY2(r.stdOut.contains(said.toUtf8()) || r.stdErr.contains(said.toUtf8()),
                 QByteArray(r.stdOut + "\n---\n" + r.stdErr).constData());
    }

    // A folder name with terminal escapes and a newline printed raw: it recoloured the terminal and forged a row.
    void controlCharactersInNamesAreEscaped()
    {
        QTemporaryDir tmp;
        const QString workspace = test::copyDemoWorkspace(tmp);
        const QString evil = QStringLiteral("evil\x1b[31mRED\x1b[0m\nfake-plugin    wasm-go");
        QVERIFY(QDir(workspace).rename(kHello, "plugins/wasm-go/extensions/" + evil));
        const auto text = test::runProcess(test::hwbExecutable(), {"plugins", "--workspace", workspace}, {}, {"LANG=C"},
                                           kTimeoutMs);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(!text.stdOut.contains('\x1b'), text.stdOut.constData());
        QVERIFY2(text.stdOut.contains("evil\\x1b[31mRED\\x1b[0m\\nfake-plugin    wasm-go  wasm-go    go-wasip1"),
                 text.stdOut.constData());
        QVERIFY2(!text.stdOut.contains("\nfake-plugin"), text.stdOut.constData());
        // JSON keeps the exact name: scripts must find the folder.
        const auto json = test::runProcess(test::hwbExecutable(), {"plugins", "--json", "--workspace", workspace}, {},
                                           {"LANG=C"}, kTimeoutMs);
        QStringList names;
        for (const QJsonValue &p : QJsonDocument::fromJson(json.stdOut).array())
            names.append(p.toObject().value("name").toString());
        QVERIFY2(names.contains(evil), json.stdOut.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
