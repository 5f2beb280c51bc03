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
