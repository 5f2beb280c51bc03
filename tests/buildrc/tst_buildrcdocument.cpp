#include "buildrc/BuildrcDocument.h"
#include "buildrc/LineDiff.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestBuildrcDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("upstream single line, no final newline") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100");
        QTest::newRow("final newline") << QByteArray("EXTRA_TAGS=a\n");
        QTest::newRow("crlf") << QByteArray("A=1\r\nB='x y'\r\n");
        QTest::newRow("crlf no final") << QByteArray("A=1\r\nB=2");
        QTest::newRow("mixed endings") << QByteArray("A=1\r\nB=2\nC=3\r\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "EXTRA_TAGS=x\n");
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("comments and blanks") << QByteArray("# tags\n\n   \n# more\nA=1 # trailing\n\n");
        QTest::newRow("export and quotes") << QByteArray("export A=\"x $B\"\nexport C='y'\nexport D\n");
        QTest::newRow("continuation") << QByteArray("A=a\\\nb\n");
        QTest::newRow("lone cr") << QByteArray("A=1\rB=2\n");
        QTest::newRow("invalid utf8") << QByteArray("A=\xff\xfe\n\xc3\n");
        QTest::newRow("only newlines") << QByteArray("\n\n\n");
        QTest::newRow("utf8") << QByteArray("# 中文注释\nA='值'\n");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        const BuildrcDocument doc = BuildrcDocument::fromBytes(bytes);
        QCOMPARE(doc.toBytes(), bytes);
        // Through an editor and back, unedited: still the same bytes (valid UTF-8 only, as an editor shows text).
        if (QString::fromUtf8(bytes).toUtf8() == bytes) {
            BuildrcDocument edited = doc;
            edited.setEditorText(doc.editorText());
            QCOMPARE(edited.toBytes(), bytes);
        }
    }

    void saveIsByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(".buildrc");
        const QByteArray bytes("\xEF\xBB\xBF# c\r\nexport A='1'\r\nB=2");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        bool exists = false;
        const auto doc = BuildrcDocument::load(path, nullptr, &exists);
        QVERIFY(doc && exists);
        QVERIFY(doc->save(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    void loadMissingIsEmpty()
    {
        bool exists = true;
        const auto doc = BuildrcDocument::load("/nonexistent/.buildrc", nullptr, &exists);
        QVERIFY(doc);
        QVERIFY(!exists);
        QVERIFY(doc->isEmpty());
    }

    void edits_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("op"); // set or unset
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("set in place keeps no final newline")
            << QByteArray("EXTRA_TAGS=a") << "set" << "EXTRA_TAGS" << "b" << QByteArray("EXTRA_TAGS=b");
        QTest::newRow("set keeps export, comment and crlf")
            << QByteArray("# c\r\n  export A=\"old\" # why\r\nB=2\r\n") << "set" << "A" << "new value"
            << QByteArray("# c\r\n  export A='new value' # why\r\nB=2\r\n");
        QTest::newRow("set touches the last assignment")
            << QByteArray("A=1\nA=2\n") << "set" << "A" << "3" << QByteArray("A=1\nA=3\n");
        QTest::newRow("append with lf") << QByteArray("A=1\n") << "set" << "B" << "x" << QByteArray("A=1\nB=x\n");
        QTest::newRow("append with crlf") << QByteArray("A=1\r\n") << "set" << "B" << "x"
                                          << QByteArray("A=1\r\nB=x\r\n");
        QTest::newRow("append keeps no final newline") << QByteArray("A=1") << "set" << "B" << "x"
                                                       << QByteArray("A=1\nB=x");
        QTest::newRow("append after a line continuation") << QByteArray("A=x\\") << "set" << "B" << "y"
                                                          << QByteArray("A=x\\\n\nB=y");
        QTest::newRow("append to empty") << QByteArray() << "set" << "B" << "x" << QByteArray("B=x\n");
        QTest::newRow("quote single quote") << QByteArray("A=1\n") << "set" << "A" << "it's"
                                            << QByteArray("A='it'\\''s'\n");
        QTest::newRow("set empty") << QByteArray("A=1\n") << "set" << "A" << "" << QByteArray("A=''\n");
        QTest::newRow("set in a multi-assignment line") << QByteArray("A=1 B=2\n") << "set" << "B" << "$x"
                                                        << QByteArray("A=1 B='$x'\n");
        QTest::newRow("unset deletes its line") << QByteArray("# c\nA=1\nB=2\n") << "unset" << "A" << ""
                                                << QByteArray("# c\nB=2\n");
        QTest::newRow("unset every assignment") << QByteArray("A=1\r\nB=2\r\nexport A=3\r\n") << "unset" << "A"
                                                << "" << QByteArray("B=2\r\n");
        QTest::newRow("unset a word of a line") << QByteArray("A=1 B=2 # c\n") << "unset" << "A" << ""
                                                << QByteArray("B=2 # c\n");
        QTest::newRow("unset missing") << QByteArray("A=1") << "unset" << "B" << "" << QByteArray("A=1");
        QTest::newRow("bom kept") << QByteArray("\xEF\xBB\xBF# c\nA=1\n") << "set" << "A" << "2"
                                  << QByteArray("\xEF\xBB\xBF# c\nA=2\n");
        // A line meant to assign the key that sh cannot read as an assignment is rewritten whole: a line added after
        // it would leave it there (and after an open quote never be read).
        QTest::newRow("rewrites an open quote") << QByteArray("# abi\nEXTRA_TAGS=\"a\nB=1\n") << "set" << "EXTRA_TAGS" << "b"
                                                << QByteArray("# abi\nEXTRA_TAGS=b\nB=1\n");
        QTest::newRow("rewrites an array, keeping export and crlf") << QByteArray("  export A=(x y)\r\n") << "set" << "A" << "z"
                                                                   << QByteArray("  export A=z\r\n");
        QTest::newRow("drops the bom that hides the first name") << QByteArray("\xEF\xBB\xBF" "A=1\n") << "set" << "A" << "2"
                                                                 << QByteArray("A=2\n");
        QTest::newRow("rewrites a blank before =") << QByteArray("A =1\nB=2") << "set" << "A" << "3" << QByteArray("A=3\nB=2");
    }
    void edits()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, op);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, after);
        BuildrcDocument doc = BuildrcDocument::fromBytes(before);
        if (op == "set") {
            doc.setValue(key, value);
            // In a CRLF file sh keeps the \r of a line that ends with the value (and says so: "crlf").
            const auto read = doc.value(key);
            QVERIFY(read == value || read == value + "\r");
        } else {
            QVERIFY(doc.removeKey(key));
            QCOMPARE(doc.value(key), std::optional<QString>());
        }
        QCOMPARE(doc.toBytes(), after);
    }

    // The real .buildrc files have no final newline: set then unset gives them back byte for byte.
    void setThenUnsetIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("no final newline") << QByteArray("EXTRA_TAGS=proxy_wasm_version_0_2_100");
        QTest::newRow("final newline") << QByteArray("EXTRA_TAGS=a\n");
        QTest::newRow("crlf, no final newline") << QByteArray("A=1\r\nB=2");
        QTest::newRow("empty") << QByteArray();
    }
    void setThenUnsetIsByteIdentical()
    {
        QFETCH(QByteArray, before);
        BuildrcDocument doc = BuildrcDocument::fromBytes(before);
        doc.setValue("GOPROXY", "x");
        QVERIFY(doc.toBytes() != before);
        QVERIFY(doc.removeKey("GOPROXY"));
        QCOMPARE(doc.toBytes(), before);
    }

    void editsTheLastAssignmentEvenPastAStop()
    {
        // Evaluation stops at the `if`, but the shell's last word on A is still line 3: edit that one.
        BuildrcDocument doc = BuildrcDocument::fromBytes("A=1\nif true; then :; fi\nA=2\n");
        doc.setValue("A", "3");
        QCOMPARE(doc.toBytes(), QByteArray("A=1\nif true; then :; fi\nA=3\n"));
        QVERIFY(doc.removeKey("A"));
        QCOMPARE(doc.toBytes(), QByteArray("if true; then :; fi\n"));
    }

    void editorTextKeepsUntouchedLineBytes()
    {
        BuildrcDocument doc = BuildrcDocument::fromBytes("# a\r\nA=1\r\n# b\nB=2");
        QCOMPARE(doc.editorText(), QString("# a\nA=1\n# b\nB=2"));
        doc.setEditorText("# a\nA=9\n# b\nB=2\nC=3");
        QCOMPARE(doc.toBytes(), QByteArray("# a\r\nA=9\r\n# b\nB=2\r\nC=3"));
    }

    void lineDiff()
    {
        const QString diff = LineDiff::unified({"a", "b", "c"}, {"a", "x", "c", "d"});
        QCOMPARE(diff, QString("  a\n- b\n+ x\n  c\n+ d\n"));
    }
};

QTEST_GUILESS_MAIN(TestBuildrcDocument)
#include "tst_buildrcdocument.moc"
