#include "VerdictText.h"

#include <QTest>

using namespace hwb::cli;

// The verdict of `hwb build` at a terminal: the headline wrapped, then the fix, whose command stays whole.
class TestVerdictText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrapsProseKeepsCommands_data();
    void wrapsProseKeepsCommands();
};

void TestVerdictText::wrapsProseKeepsCommands_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");

    const QString command = "cd /w/plugins/wasm-go/extensions/ai-proxy-lite && GOOS=wasip1 GOARCH=wasm go build "
                            "-buildmode=c-shared -tags=proxy_wasm_version_0_2_100 -o main.wasm .";
    QTest::newRow("pass: one line, no fix") << "Module verified: exports proxy_abi_version_0_2_100." << QString() << QString() << 80
                                            << QStringList{"Module verified: exports proxy_abi_version_0_2_100."};
    QTest::newRow("fail: wrapped headline, command alone")
        << "The module FAILS verification: it exports proxy_abi_version_0_2_1, not 0_2_100, so requests will hang."
        << "Rebuild with the tag proxy_wasm_version_0_2_100: " + command << command << 60
        << QStringList{"The module FAILS verification: it exports",
                       "  proxy_abi_version_0_2_1, not 0_2_100, so requests will",
                       "  hang.",
                       "  fix: Rebuild with the tag proxy_wasm_version_0_2_100:",
                       "       " + command};
    QTest::newRow("prose fix is wrapped")
        << "Module verified, with a warning: x." << "Run gateway 2.1.5 or newer, or build this plugin with TinyGo."
        << QString() << 40
        << QStringList{"Module verified, with a warning: x.",
                       "  fix: Run gateway 2.1.5 or newer, or",
                       "       build this plugin with TinyGo."};
    QTest::newRow("a word longer than the line stays whole")
        << "The build wrote no new module at /a/very/long/path/to/plugins/wasm-go/extensions/x/main.wasm." << QString()
        << QString() << 40
        << QStringList{"The build wrote no new module at",
                       "  /a/very/long/path/to/plugins/wasm-go/extensions/x/main.wasm."};
    // Chinese prose ends in a full-width colon with no space after it: the command still stands alone, whole.
    QTest::newRow("zh_CN: command after a full-width colon")
        << QString::fromUtf8("模块验证失败。") << QString::fromUtf8("请使用标签 proxy_wasm_version_0_2_100 重新构建：") + command
        << command << 60
        << QStringList{QString::fromUtf8("模块验证失败。"),
                       QString::fromUtf8("  fix: 请使用标签 proxy_wasm_version_0_2_100 重新构建："), "       " + command};
}

void TestVerdictText::wrapsProseKeepsCommands()
{
    QFETCH(QString, headline);
    QFETCH(QString, fix);
    QFETCH(QString, command);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    QCOMPARE(VerdictText::lines(headline, fix, command, width), lines);
}

QTEST_GUILESS_MAIN(TestVerdictText)
#include "tst_verdicttext.moc"
