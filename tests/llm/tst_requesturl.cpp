#include "llm/RequestUrl.h"

#include <QTest>

using namespace hwb;

// The address typed for `hwb fire` and on the Requests page: one reading for both, and a typo refused where it is
// typed rather than failing later as a network error.
class TestRequestUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestRequestUrl::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url"); // empty: refused
    QTest::newRow("as typed") << "http://127.0.0.1:8080/v1/chat" << "http://127.0.0.1:8080/v1/chat";
    QTest::newRow("https") << "https://gw.example/v1" << "https://gw.example/v1";
    QTest::newRow("no scheme gets http") << "127.0.0.1:8080/v1" << "http://127.0.0.1:8080/v1";
    QTest::newRow("spaces around") << "  http://127.0.0.1:1/ " << "http://127.0.0.1:1/";
    // fromUserInput read this as a host named "http".
    QTest::newRow("port out of range") << "http://127.0.0.1:99999/" << "";
    QTest::newRow("no host") << "http://:10000/" << "";
    QTest::newRow("another scheme") << "ftp://127.0.0.1/" << "";
    QTest::newRow("empty") << "" << "";
}

void TestRequestUrl::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QCOMPARE(RequestUrl::parse(typed).toString(), url);
}

QTEST_GUILESS_MAIN(TestRequestUrl)
#include "tst_requesturl.moc"
