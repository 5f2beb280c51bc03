#include "llm/SseParser.h"
#include "llm/StreamDelta.h"
#include "llm/Utf8Validator.h"

#include <QTest>

using namespace hwb;

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void events_data();
    void events();
    void splitAnywhere();
    void limits();
    void truncatedEventIsDiscarded();
    void deltas_data();
    void deltas();
    void bodies_data();
    void bodies();
    void utf8_data();
    void utf8();
};

static QList<SseEvent> parseAll(const QByteArray &input, SseParser &parser)
{
    QList<SseEvent> out;
    parser.feed(input, out);
    return out;
}

void TestSseParser::events_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("data");
    QTest::addColumn<QByteArrayList>("types");
    QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QByteArrayList{"a", "b"} << QByteArrayList{"", ""};
    QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArrayList{"a", "b"} << QByteArrayList{"", ""};
    QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QByteArrayList{"a", "b"} << QByteArrayList{"", ""};
    QTest::newRow("comments") << QByteArray(": ping\n\n:x\ndata: a\n\n") << QByteArrayList{"a"} << QByteArrayList{""};
    QTest::newRow("multi-line") << QByteArray("data: a\ndata:b\ndata:  c\n\n") << QByteArrayList{"a\nb\n c"} << QByteArrayList{""};
    QTest::newRow("event type") << QByteArray("event: message_stop\ndata: {}\n\n") << QByteArrayList{"{}"} << QByteArrayList{"message_stop"};
    QTest::newRow("no data no event") << QByteArray("event: x\n\ndata: y\n\n") << QByteArrayList{"y"} << QByteArrayList{""};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "data: a\n\n") << QByteArrayList{"a"} << QByteArrayList{""};
    QTest::newRow("field without colon") << QByteArray("data\n\n") << QByteArrayList{""} << QByteArrayList{""};
    QTest::newRow("unknown fields") << QByteArray("retry: 10\nfoo: bar\ndata: a\n\n") << QByteArrayList{"a"} << QByteArrayList{""};
}

void TestSseParser::events()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, data);
    QFETCH(QByteArrayList, types);
    SseParser parser;
    const auto events = parseAll(input, parser);
    QCOMPARE(events.size(), data.size());
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].data, data[i]);
        QCOMPARE(events[i].type, types[i]);
    }
    QCOMPARE(parser.error(), SseParser::Error::None);
}

void TestSseParser::splitAnywhere()
{
    const QByteArray input = "data: {\"a\":1}\r\n\r\n: c\r\ndata: x\r\ndata: y\r\n\r\ndata: [DONE]\r\n\r\n";
    for (int cut = 0; cut <= input.size(); ++cut) {
        SseParser parser;
        QList<SseEvent> out;
        parser.feed(QByteArrayView(input).first(cut), out);
        parser.feed(QByteArrayView(input).sliced(cut), out);
        QCOMPARE(out.size(), 3);
        QCOMPARE(out[1].data, QByteArray("x\ny"));
        QVERIFY(out[2].done);
        QVERIFY(!out[0].done);
    }
}

void TestSseParser::limits()
{
    SseParser::Limits limits;
    limits.maxLineBytes = 100;
    limits.maxEventBytes = 250;
    {
        SseParser parser(limits);
        QList<SseEvent> out;
        for (int i = 0; i < 1000; ++i)
            parser.feed(QByteArray(64, 'x'), out); // one endless line
        QCOMPARE(parser.error(), SseParser::Error::LineTooLong);
        QVERIFY(parser.bufferedBytes() <= 350);
    }
    {
        SseParser parser(limits);
        QList<SseEvent> out;
        for (int i = 0; i < 100; ++i)
            parser.feed("data: 0123456789012345678901234567890123456789\n", out); // endless event
        QCOMPARE(parser.error(), SseParser::Error::EventTooLarge);
        QVERIFY(out.isEmpty());
    }
}

void TestSseParser::truncatedEventIsDiscarded()
{
    SseParser parser;
    QList<SseEvent> out;
    parser.feed("data: a\n\ndata: b\n", out);
    QCOMPARE(out.size(), 1);
    QVERIFY(parser.finish());
    QVERIFY(!parser.finish());
}

void TestSseParser::deltas_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("outputTokens");
    using K = StreamDelta::Kind;
    QTest::newRow("openai chunk") << QByteArray() << QByteArray(R"({"choices":[{"delta":{"content":"Hi"}}]})") << int(K::Content) << "Hi" << qint64(-1);
    QTest::newRow("openai role chunk") << QByteArray() << QByteArray(R"({"choices":[{"delta":{"role":"assistant"}}]})") << int(K::Metadata) << "" << qint64(-1);
    QTest::newRow("openai usage chunk") << QByteArray() << QByteArray(R"({"choices":[],"usage":{"prompt_tokens":3,"completion_tokens":7}})") << int(K::Metadata) << "" << qint64(7);
    QTest::newRow("chinese") << QByteArray() << QByteArray(R"({"choices":[{"delta":{"content":"你好"}}]})") << int(K::Content) << "你好" << qint64(-1);
    QTest::newRow("openai error") << QByteArray() << QByteArray(R"({"error":{"message":"boom","type":"server_error"}})") << int(K::Error) << "" << qint64(-1);
    QTest::newRow("done") << QByteArray() << QByteArray("[DONE]") << int(K::End) << "" << qint64(-1);
    QTest::newRow("not json") << QByteArray() << QByteArray("{oops") << int(K::NotJson) << "" << qint64(-1);
    QTest::newRow("anthropic delta") << QByteArray("content_block_delta") << QByteArray(R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Yo"}})") << int(K::Content) << "Yo" << qint64(-1);
    QTest::newRow("anthropic start") << QByteArray("message_start") << QByteArray(R"({"type":"message_start","message":{"usage":{"input_tokens":5,"output_tokens":1}}})") << int(K::Metadata) << "" << qint64(-1);
    QTest::newRow("anthropic message_delta") << QByteArray("message_delta") << QByteArray(R"({"type":"message_delta","usage":{"output_tokens":12}})") << int(K::Metadata) << "" << qint64(12);
    QTest::newRow("anthropic stop") << QByteArray("message_stop") << QByteArray(R"({"type":"message_stop"})") << int(K::End) << "" << qint64(-1);
    QTest::newRow("anthropic error") << QByteArray("error") << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})") << int(K::Error) << "" << qint64(-1);
}

void TestSseParser::deltas()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, data);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(qint64, outputTokens);
    SseParser parser;
    QByteArray input;
    if (!type.isEmpty())
        input += "event: " + type + "\n";
    input += "data: " + data + "\n\n";
    const auto events = parseAll(input, parser);
    QCOMPARE(events.size(), 1);
    const StreamDelta d = StreamDelta::fromEvent(events[0]);
    QCOMPARE(int(d.kind), kind);
    QCOMPARE(d.text, text);
    QCOMPARE(d.outputTokens, outputTokens);
    if (d.kind == StreamDelta::Kind::Error)
        QVERIFY(!d.errorMessage.isEmpty());
}

void TestSseParser::bodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("outputTokens");
    QTest::addColumn<QString>("error");
    QTest::newRow("chat") << QByteArray(R"({"choices":[{"message":{"role":"assistant","content":"Hello"}}],"usage":{"completion_tokens":2}})") << "Hello" << qint64(2) << "";
    QTest::newRow("anthropic") << QByteArray(R"({"type":"message","content":[{"type":"text","text":"Hi"}],"usage":{"output_tokens":3}})") << "Hi" << qint64(3) << "";
    QTest::newRow("embeddings") << QByteArray(R"({"object":"list","data":[{"embedding":[0.1]}]})") << "[1 embedding(s)]" << qint64(-1) << "";
    QTest::newRow("openai 429") << QByteArray(R"({"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}})") << "" << qint64(-1) << "requests: Rate limit reached";
    QTest::newRow("anthropic error") << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})") << "" << qint64(-1) << "overloaded_error: Overloaded";
}

void TestSseParser::bodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(qint64, outputTokens);
    QFETCH(QString, error);
    const StreamDelta d = StreamDelta::fromBody(body);
    QCOMPARE(d.text, text);
    QCOMPARE(d.outputTokens, outputTokens);
    QCOMPARE(StreamDelta::errorMessageOf(body), error);
}

void TestSseParser::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("chinese") << QByteArray("你好，世界") << true;
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("too big") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("ff") << QByteArray("\xFF") << false;
    QTest::newRow("cut short") << QByteArray("\xE4\xBD") << false;
}

void TestSseParser::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    Utf8Validator whole;
    whole.feed(bytes);
    QCOMPARE(whole.finish(), valid);
    Utf8Validator split; // one byte at a time gives the same verdict
    for (char c : bytes)
        split.feed(QByteArrayView(&c, 1));
    QCOMPARE(split.finish(), valid);
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
