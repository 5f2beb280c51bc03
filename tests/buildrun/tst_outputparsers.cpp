#include "TestSupport.h"

#include "buildrun/BuildProgress.h"
#include "buildrun/DiagnosticsModel.h"
#include "buildrun/OutputLineParser.h"
#include "buildrun/OutputLineSplitter.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace hwb;

// Every line here was captured from a real tool on this machine (go 1.26 wasip1, GNU make 4.3, Docker 20.10
// BuildKit with plain progress, Docker 28 client without buildx) after breaking a copy of a demo plugin.
class TestOutputParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chain_data();
    void chain();
    void rustTwoLineDiagnostics_data();
    void rustTwoLineDiagnostics();
    void progress_data();
    void progress();
    void splitterKeepsTailAndStripsAnsi();
    void modelResolvesPaths();
    void fullModelStopsParsing_data();
    void fullModelStopsParsing();
};

void TestOutputParsers::chain_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("isDiagnostic");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lineNo");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QString>("fixContains");

    // go build -buildmode=c-shared, GOOS=wasip1 GOARCH=wasm
    QTest::newRow("go type error") << "./main.go:14:26: cannot use 42 (untyped int constant) as string value in struct literal"
                                   << true << "go" << "./main.go" << 14 << 26 << "cannot use 42" << "";
    QTest::newRow("go undefined") << "./main.go:14:37: undefined: undefinedThing" << true << "go" << "./main.go" << 14 << 37
                                  << "undefined: undefinedThing" << "";
    QTest::newRow("go unused") << "./main.go:49:17: declared and not used: x" << true << "go" << "./main.go" << 49 << 17
                               << "declared and not used" << "";
    QTest::newRow("go syntax") << "./main.go:14:10: syntax error: unexpected keyword return, expected expression" << true << "go"
                               << "./main.go" << 14 << 10 << "syntax error" << "";
    QTest::newRow("go in sdk") << "../../sdk/v2/proxywasm/hostcalls.go:8:6: missing function body" << true << "go"
                               << "../../sdk/v2/proxywasm/hostcalls.go" << 8 << 6 << "missing function body" << "";
    QTest::newRow("go import, no column") << "bad2.go:2:8: package nosuch/pkg is not in std (/usr/local/go/src/nosuch/pkg)"
                                          << true << "go" << "bad2.go" << 2 << 8 << "package nosuch/pkg" << "";
    // An offline checkout whose modules are not in the cache (a Higress plugin built with GOPROXY=off).
    QTest::newRow("go module offline") << "main.go:20:2: module lookup disabled by GOPROXY=off" << true << "go" << "main.go"
                                       << 20 << 2 << "module lookup disabled" << "go mod download";
    QTest::newRow("go missing go.sum entry")
        << "main.go:7:2: missing go.sum entry for module providing package github.com/tidwall/gjson (imported by "
           "github.com/alibaba/higress/plugins/wasm-go/extensions/ai-proxy); to add:"
        << true << "go" << "main.go" << 7 << 2 << "missing go.sum entry" << "go mod tidy";
    QTest::newRow("go package header") << "# github.com/alibaba/higress/plugins/wasm-go/extensions/hello-world" << false << ""
                                       << "" << 0 << 0 << "" << "";
    // The same compiler inside `make build`, behind BuildKit's step prefix.
    QTest::newRow("go inside docker") << "#9 53.44 ./main.go:57:28: cannot use \"x\" (untyped string constant) as int value in return statement"
                                      << true << "go" << "./main.go" << 57 << 28 << "cannot use \"x\"" << "";
    // GNU make
    QTest::newRow("make recipe failed") << "make: *** [Makefile:38: local-build] Error 2" << true << "make" << "Makefile" << 38 << 0
                                        << "Target 'local-build' failed: Error 2" << "";
    QTest::newRow("make no rule") << "make: *** No rule to make target 'nosuchtarget'.  Stop." << true << "make" << "" << 0 << 0
                                  << "No rule to make target 'nosuchtarget'" << "target";
    QTest::newRow("make missing separator") << "/tmp/i4cap/Bad.mk:2: *** missing separator.  Stop." << true << "make"
                                            << "/tmp/i4cap/Bad.mk" << 2 << 0 << "missing separator" << "tab";
    QTest::newRow("make echo is not an error") << "cd extensions/nonexist && GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -tags \"\" -o main.wasm ."
                                               << false << "" << "" << 0 << 0 << "" << "";
    QTest::newRow("sh cd failure is plain output") << "/bin/sh: 1: cd: can't cd to extensions/nonexist" << false << "" << ""
                                                   << 0 << 0 << "" << "";
    // Docker
    QTest::newRow("docker without buildx") << "ERROR: BuildKit is enabled but the buildx component is missing or broken."
                                           << true << "docker" << "" << 0 << 0 << "This Docker client cannot do BuildKit builds"
                                           << "/usr/bin/docker";
    QTest::newRow("buildkit step error") << "#9 ERROR: executor failed running [/bin/sh -c GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -tags \"$EXTRA_TAGS\" -o /main.wasm .]: exit code: 1"
                                         << true << "docker" << "" << 0 << 0 << "executor failed running" << "";
    QTest::newRow("builder image missing") << "#3 ERROR: failed to do request: Head \"https://registry-1.docker.io/v2/library/hwb-test-builder/manifests/nonexistent\": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host"
                                           << true << "docker" << "" << 0 << 0 << "failed to do request" << "BUILDER";
    QTest::newRow("failed to solve") << "failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head \"https://registry-1.docker.io/v2/library/hwb-test-builder/manifests/nonexistent\": dial tcp: lookup registry-1.docker.io on 10.255.255.53:53: no such host"
                                     << true << "docker" << "" << 0 << 0 << "failed to solve" << "";
    QTest::newRow("buildkit step line") << "#9 [builder 5/5] RUN GOOS=wasip1 GOARCH=wasm go build -buildmode=c-shared -tags \"proxy_wasm_version_0_2_100\" -o /main.wasm ."
                                        << false << "" << "" << 0 << 0 << "" << "";
    QTest::newRow("buildkit done") << "#9 DONE 53.2s" << false << "" << "" << 0 << 0 << "" << "";
}

void TestOutputParsers::chain()
{
    QFETCH(QString, line);
    QFETCH(bool, isDiagnostic);
    OutputParserChain chain;
    const auto d = chain.parse(line);
    QCOMPARE(d.has_value(), isDiagnostic);
    if (!d)
        return;
    QFETCH(QString, tool);
    QFETCH(QString, file);
    QFETCH(int, lineNo);
    QFETCH(int, column);
    QFETCH(QString, messageStart);
    QFETCH(QString, fixContains);
    QCOMPARE(d->tool, tool);
    QCOMPARE(d->file, file);
    QCOMPARE(d->line, lineNo);
    QCOMPARE(d->column, column);
    QVERIFY2(d->message.startsWith(messageStart), qPrintable(d->message));
    QVERIFY2(d->fix.contains(fixContains), qPrintable(d->fix));
}

void TestOutputParsers::rustTwoLineDiagnostics_data()
{
    // cargo 0.66 / rustc 1.63 (Debian 12) and cargo 1.95 (rustup), building a broken copy of the demo crate.
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected"); // "severity tool file:line:col message-start | fix-contains"
    QTest::newRow("error with code and location")
        << QStringList{"   Compiling say-hello v0.1.0 (/tmp/rust-err)",
                       "error[E0425]: cannot find value `missing_name` in this scope",
                       "  --> src/lib.rs:50:16",
                       "   |",
                       "50 |     let body = missing_name + NAME.with(|n| format!(\"hello, {}\\n\", n.borrow()));",
                       "   |                ^^^^^^^^^^^^ not found in this scope",
                       "",
                       "For more information about this error, try `rustc --explain E0425`.",
                       "error: could not compile `say-hello` due to previous error"}
        << QStringList{"error rustc src/lib.rs:50:16 cannot find value `missing_name` in this scope [E0425] | "};
    QTest::newRow("warning, and cargo's summary is not one")
        << QStringList{"warning: unused variable: `unused`",
                       "  --> src/lib.rs:49:9",
                       "   |",
                       "49 |     let unused = 5;",
                       "   = note: `#[warn(unused_variables)]` on by default",
                       "",
                       "warning: `say-hello` (lib) generated 1 warning",
                       "    Finished release [optimized] target(s) in 2.28s"}
        << QStringList{"warning rustc src/lib.rs:49:9 unused variable: `unused` | "};
    QTest::newRow("target not installed (rustup)")
        << QStringList{"error[E0463]: can't find crate for `std`",
                       "  |",
                       "  = note: the `wasm32-wasip1` target may not be installed",
                       "  = help: consider downloading the target with `rustup target add wasm32-wasip1`",
                       "error: could not compile `say-hello` (lib) due to 1 previous error"}
        << QStringList{"error rustc :0:0 can't find crate for `std` [E0463] | rustup target add wasm32-wasip1"};
    QTest::newRow("no rust-lld (Debian 13 without rust-llvm)")
        << QStringList{"error: linker `rust-lld` not found", "  |", "  = note: No such file or directory (os error 2)",
                       "", "error: could not compile `say-hello` (lib) due to 1 previous error"}
        << QStringList{"error rustc :0:0 linker `rust-lld` not found | rust-llvm"};
    QTest::newRow("a location not right after its header is not taken")
        << QStringList{"error[E0425]: cannot find value `x` in this scope", "   |", "  --> src/lib.rs:3:1"}
        << QStringList{};
}

void TestOutputParsers::rustTwoLineDiagnostics()
{
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    OutputParserChain chain;
    QStringList got;
    for (const QString &line : lines)
        if (const auto d = chain.parse(line))
            got.append(QStringLiteral("%1 %2 %3:%4:%5 %6 | %7")
                           .arg(diagnosticSeverityId(d->severity), d->tool, d->file).arg(d->line).arg(d->column)
                           .arg(d->message, d->fix));
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i) {
        const QString want = expected[i];
        const QString head = want.section(" | ", 0, 0), fix = want.section(" | ", 1);
        QVERIFY2(got[i].startsWith(head), qPrintable(got[i]));
        QVERIFY2(got[i].section(" | ", 1).contains(fix), qPrintable(got[i]));
    }
}

void TestOutputParsers::progress_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("current");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("text");
    QTest::newRow("buildkit stage step") << "#7 [builder 3/5] COPY . ." << 3 << 5 << "COPY . .";
    QTest::newRow("buildkit output stage") << "#10 [output 1/1] COPY --from=builder /main.wasm plugin.wasm" << 1 << 1
                                           << "COPY --from=builder /main.wasm plugin.wasm";
    QTest::newRow("go -v package") << "internal/goarch" << 0 << 0 << "internal/goarch";
    QTest::newRow("go error header") << "# github.com/alibaba/higress/plugins/wasm-go/extensions/hello-world" << 0 << 0
                                     << "github.com/alibaba/higress/plugins/wasm-go/extensions/hello-world";
    // cargo 0.66 and 1.95
    QTest::newRow("cargo compiling") << "   Compiling say-hello v0.1.0 (/tmp/rust-err)" << 0 << 0 << "Compiling say-hello v0.1.0";
    QTest::newRow("cargo finished") << "    Finished release [optimized] target(s) in 2.28s" << 0 << 0
                                    << "Finished release [optimized] target(s) in 2.28s";
    QTest::newRow("not progress: rustc note") << "   = note: `#[warn(unused_variables)]` on by default" << -1 << -1 << "";
    QTest::newRow("not progress: error line") << "./main.go:49:17: declared and not used: x" << -1 << -1 << "";
    QTest::newRow("not progress: internal step") << "#2 [internal] load .dockerignore" << -1 << -1 << "";
    QTest::newRow("not progress: make echo") << "output wasm file: extensions/ai-proxy-lite/plugin.wasm" << -1 << -1 << "";
}

void TestOutputParsers::progress()
{
    QFETCH(QString, line);
    QFETCH(int, current);
    QFETCH(int, total);
    QFETCH(QString, text);
    const auto p = BuildProgressParser::parse(line);
    QCOMPARE(p.has_value(), current >= 0);
    if (!p)
        return;
    QCOMPARE(p->current, current);
    QCOMPARE(p->total, total);
    QCOMPARE(p->text, text);
}

void TestOutputParsers::splitterKeepsTailAndStripsAnsi()
{
    OutputLineSplitter s;
    QCOMPARE(s.feed("one\ntw"), QStringList{"one"});
    QCOMPARE(s.feed("o\n\x1b[31mred\x1b[0m and \x1b]8;;http://x\x07link\x1b]8;;\x07\r\n"), (QStringList{"two", "red and link"}));
    QCOMPARE(s.feed("progress 10%\rprogress 100%\n"), QStringList{"progress 100%"});
    // A UTF-8 character split across two reads.
    const QByteArray zh = QString("构建\n").toUtf8();
    QCOMPARE(s.feed(zh.left(2)), QStringList{});
    QCOMPARE(s.feed(zh.mid(2)), QStringList{"构建"});
    QCOMPARE(s.feed("tail without newline"), QStringList{});
    QCOMPARE(s.finish(), QStringList{"tail without newline"});
    QCOMPARE(s.finish(), QStringList{});
}

void TestOutputParsers::modelResolvesPaths()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString family = test::demoWorkspaceSource() + "/plugins/wasm-go";
    const QString dir = family + "/extensions/hello-world";
    model.setSearchFolders({family, dir}); // make's folder, then the plugin's: as the Build page sets them
    model.addLines({"make: *** [Makefile:38: local-build] Error 2", "noise", "./main.go:3:1: made up",
                    "#9 53.44 /workspace/extensions/hello-world/main.go:5:2: inside docker"});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.errorCount(), 3);
    QCOMPARE(model.index(1, 0).data(DiagnosticsModel::FilePathRole).toString(), dir + "/main.go");
    QCOMPARE(model.index(1, 0).data(DiagnosticsModel::LineRole).toInt(), 3);
    QCOMPARE(model.index(2, 0).data(DiagnosticsModel::FilePathRole).toString(), dir + "/main.go");
    QCOMPARE(model.index(1, DiagnosticsModel::LocationColumn).data().toString(), "./main.go:3:1");
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestOutputParsers::fullModelStopsParsing_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("noiseEvery"); // every Nth line is not a diagnostic
    QTest::newRow("one big batch") << 20000 << 0;
    QTest::newRow("fills mid-batch") << 3000 << 0;
    QTest::newRow("fills at a batch's end") << 1000 << 0;
    QTest::newRow("with noise") << 777 << 3;
}

// A runaway build keeps the first kMaxDiagnostics problems; the lines after them cost no regular expression.
void TestOutputParsers::fullModelStopsParsing()
{
    QFETCH(int, batchSize);
    QFETCH(int, noiseEvery);
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int cap = DiagnosticsModel::kMaxDiagnostics;
    int line = 0;
    int fullAt = -1; // lines given when the list filled
    for (int b = 0; b < 10; ++b) {
        QStringList lines;
        for (int i = 0; i < batchSize; ++i, ++line)
            lines.append(noiseEvery && line % noiseEvery == 0 ? QString("noise %1").arg(line)
                                                              : QString("./main.go:%1:1: problem").arg(line + 1));
        const int before = model.rowCount();
        model.addLines(lines);
        QVERIFY(model.rowCount() <= cap);
        if (before < cap && model.rowCount() == cap)
            fullAt = int(model.parsedLines());
    }
    QCOMPARE(model.rowCount(), cap);
    QVERIFY(fullAt > 0);
    QCOMPARE(model.parsedLines(), qsizetype(fullAt)); // nothing parsed once full, not even the rest of that batch
    const int expectedFullAt = noiseEvery ? cap + (cap + 1) / (noiseEvery - 1) : cap;
    QCOMPARE(fullAt, expectedFullAt);
    // The kept problems are the first ones, in order.
    QCOMPARE(model.diagnostics().constLast().line, expectedFullAt);

    model.clear();
    model.addLines({"./main.go:7:1: after clear"});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.parsedLines(), 1);
}

QTEST_GUILESS_MAIN(TestOutputParsers)
#include "tst_outputparsers.moc"
