#include "llm/HttpResponseParser.h"

#include <QTest>

using namespace hwb;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void responses_data();
    void responses();
    void headerBlockIsBounded();
};

void TestHttpResponseParser::responses_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("peerCloses");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    using S = HttpResponseParser::State;
    QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << int(S::Complete) << 200 << QByteArray("hello");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n") << false << int(S::Complete) << 200 << QByteArray("hello world");
    QTest::newRow("chunked with trailer") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\nX-T: 1\r\n\r\n") << false << int(S::Complete) << 200 << QByteArray("hi");
    QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nstream") << true << int(S::Complete) << 200 << QByteArray("stream");
    QTest::newRow("chunked cut short") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel") << true << int(S::Error) << 200 << QByteArray("hel");
    QTest::newRow("length cut short") << QByteArray("HTTP/1.1 500 Oops\r\nContent-Length: 10\r\n\r\nabc") << true << int(S::Error) << 500 << QByteArray("abc");
    QTest::newRow("interim 100") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n") << false << int(S::Complete) << 204 << QByteArray();
    QTest::newRow("lf only") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << int(S::Complete) << 200 << QByteArray("ok");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n") << false << int(S::Error) << 0 << QByteArray();
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << false << int(S::Error) << 200 << QByteArray();
}

void TestHttpResponseParser::responses()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, peerCloses);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    for (int step = 1; step <= wire.size(); step += qMax(1, int(wire.size()) / 7)) {
        HttpResponseParser parser;
        QByteArray decoded;
        for (qsizetype i = 0; i < wire.size(); i += step)
            parser.feed(QByteArrayView(wire).sliced(i, qMin<qsizetype>(step, wire.size() - i)), decoded);
        if (peerCloses)
            parser.finish();
        QCOMPARE(int(parser.state()), state);
        QCOMPARE(parser.status(), status);
        QCOMPARE(decoded, body);
    }
}

void TestHttpResponseParser::headerBlockIsBounded()
{
    HttpResponseParser parser;
    QByteArray body;
    parser.feed("HTTP/1.1 200 OK\r\n", body);
    for (int i = 0; i < 10000 && parser.state() != HttpResponseParser::State::Error; ++i)
        parser.feed("X-Padding: 0123456789012345678901234567890123456789\r\n", body);
    QCOMPARE(parser.state(), HttpResponseParser::State::Error);
    QVERIFY(parser.headers().size() < 2000);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
