#include "common/Suggestions.h"

#include <QTest>

using namespace hwb;

class TestSuggestions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closest_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("expected");
        const QStringList plugins{"ai-proxy", "ai-proxy-lite", "hello-world", "key-auth", "jwt-auth"};
        const QStringList commands{"build", "buildrc", "fire", "gateway", "history", "inspect", "mock-llm", "plan",
                                   "plugins", "profile", "runs"};
        QTest::newRow("a letter left out") << "hello-word" << plugins << "hello-world";
        QTest::newRow("a letter too few at the end") << "ai-proxy-lit" << plugins << "ai-proxy-lite";
        QTest::newRow("two letters swapped") << "hlelo-world" << plugins << "hello-world";
        QTest::newRow("case") << "Hello-World" << plugins << "hello-world";
        QTest::newRow("a plural") << "plugin" << commands << "plugins";
        QTest::newRow("a prefix") << "mock" << commands << "mock-llm";
        QTest::newRow("nothing close") << "frobnicate" << commands << "";
        QTest::newRow("two as close") << "xey-auth" << QStringList{"key-auth", "hey-auth"} << "";
        QTest::newRow("short words allow one edit") << "plam" << commands << "plan";
        QTest::newRow("not two") << "pxam" << commands << "";
        QTest::newRow("empty") << "" << commands << "";
    }
    void closest()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, candidates);
        QFETCH(QString, expected);
        QCOMPARE(closestMatch(typed, candidates), expected);
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
