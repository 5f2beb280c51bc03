#include "TextTable.h"

#include <QTest>

using hwb::cli::TextTable;
using Align = TextTable::Align;

class TestTextTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << "ai-proxy" << 8;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("chinese") << u"请求标记"_qs << 8;
        QTest::newRow("full-width parenthesis") << u"Say Hello（Rust）"_qs << 17;
        QTest::newRow("combining accent") << u"cafe\u0301"_qs << 4;
        QTest::newRow("supplementary ideograph") << QString::fromUcs4(U"\U00020000x") << 3;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(TextTable::displayWidth(text), width);
    }

    void columnsAreAsWideAsTheirWidestCell()
    {
        TextTable table;
        table.addRow({"USE_HIGRESS_TINYGO", "[makefile]", "false"});
        table.addRow({"GO", "[default]", "/usr/local/go/bin/go"});
        QCOMPARE(table.lines(), (QStringList{"USE_HIGRESS_TINYGO  [makefile]  false",
                                             "GO                  [default]   /usr/local/go/bin/go"}));
    }

    void wideCharactersTakeTwoCells()
    {
        TextTable table;
        table.addRow({u"请求标记"_qs, "go-wasip1"});
        table.addRow({"hello-world", "go-wasip1"});
        QCOMPARE(table.lines(), (QStringList{u"请求标记     go-wasip1"_qs, "hello-world  go-wasip1"}));
    }

    void rightAlignedColumnsPadOnTheLeft()
    {
        TextTable table({Align::Left, Align::Right}, " ");
        table.addRow({"a", "72 ms"});
        table.addRow({"bb", "1352 ms"});
        QCOMPARE(table.lines(), (QStringList{"a    72 ms", "bb 1352 ms"}));
    }

    void noTrailingBlanksWhenTheLastCellsAreEmpty()
    {
        TextTable table;
        table.addRow({"ai-proxy-lite", ".buildrc", ""});
        table.addRow({"hello-world", "", ""});
        QCOMPARE(table.lines(), (QStringList{"ai-proxy-lite  .buildrc", "hello-world"}));
    }

    void cellsAreShownPrintable_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain text is kept") << "ai-proxy" << "ai-proxy";
        QTest::newRow("CJK and full-width are printable") << u"请求标记（精简版）"_qs << u"请求标记（精简版）"_qs;
        QTest::newRow("a terminal colour") << "evil\x1b[31mRED\x1b[0m" << "evil\\x1b[31mRED\\x1b[0m";
        QTest::newRow("a fake row") << "evil\nfake-plugin    wasm-go" << "evil\\nfake-plugin    wasm-go";
        QTest::newRow("tab and carriage return") << "a\tb\rc" << "a\\tb\\rc";
        QTest::newRow("a window title change (OSC, BEL)") << "\x1b]0;owned\x07" << "\\x1b]0;owned\\x07";
        QTest::newRow("C1 control CSI") << u"x\u009b2Jy"_qs << "x\\x9b2Jy";
        QTest::newRow("DEL") << "a\x7f" << "a\\x7f";
        QTest::newRow("bidi override") << u"abc\u202Etxt.exe"_qs << "abc\\u202etxt.exe";
        QTest::newRow("line separator") << u"a\u2028b"_qs << "a\\u2028b";
        QTest::newRow("a backslash stays") << "C:\\x" << "C:\\x";
    }

    // A folder name can hold anything but '/' and NUL: `hwb plugins` printed it raw, so a name could recolour the
    // terminal or add a row of its own. Every cell is shown with such characters escaped.
    void cellsAreShownPrintable()
    {
        QFETCH(QString, cell);
        QFETCH(QString, shown);
        QCOMPARE(TextTable::printable(cell), shown);
        TextTable table;
        table.addRow({cell, "wasm-go"});
        table.addRow({"x", "y"});
        const QStringList lines = table.lines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), shown + "  wasm-go");
        // Columns line up by what the terminal shows.
        QCOMPARE(lines.last(), "x" + QString(TextTable::displayWidth(shown) - 1, ' ') + "  y");
    }

    void rowsMayHaveFewerCells()
    {
        TextTable table;
        table.addRow({"a", "b", "c"});
        table.addRow({"long"});
        QCOMPARE(table.lines(), (QStringList{"a     b  c", "long"}));
        QVERIFY(!table.isEmpty());
        QVERIFY(TextTable().lines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
