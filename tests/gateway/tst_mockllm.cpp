#include "RawHttpClient.h"
#include "TestSupport.h"

#include "gateway/mock/MockLlmRoutes.h"
#include "gateway/mock/MockLlmServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace hwb;
using namespace hwb::test;

namespace {

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<const char *> keys)
{
    QSet<QString> set;
    for (const char *k : keys)
        set.insert(QString::fromLatin1(k));
    return set;
}

QByteArray chatBody(const QString &prompt, bool stream, bool includeUsage = false)
{
    QJsonObject body{{"model", "mock-gpt"},
                     {"stream", stream},
                     {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}}};
    if (includeUsage)
        body.insert("stream_options", QJsonObject{{"include_usage", true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QMap<QByteArray, qint64> parseTiming(const QByteArray &value)
{
    QMap<QByteArray, qint64> out;
    for (const QByteArray &part : value.split(';')) {
        const QList<QByteArray> kv = part.trimmed().split('=');
        if (kv.size() == 2)
            out.insert(kv.at(0), kv.at(1).toLongLong());
    }
    return out;
}

} // namespace

class TestMockLlm : public QObject
{
    Q_OBJECT

private:
    MockLlmServer m_server;
    quint16 port() const { return m_server.port(); }

private Q_SLOTS:
    void initTestCase()
    {
        MockLlmBehaviour fast;
        fast.ttftMs = 20;
        fast.itlMs = 5;
        fast.tokens = 6;
        m_server.setDefaults(fast);
        QVERIFY2(m_server.listen(), qPrintable(m_server.errorString()));
    }

    void openAiStream_data()
    {
        QTest::addColumn<bool>("includeUsage");
        QTest::newRow("without usage") << false;
        QTest::newRow("include_usage") << true;
    }
    void openAiStream()
    {
        QFETCH(bool, includeUsage);
        RawHttpClient client;
        client.exchange(port(), RawHttpClient::post("/v1/chat/completions", chatBody("hello gateway", true, includeUsage)));
        QCOMPARE(client.status(), 200);
        QVERIFY(client.header("content-type").startsWith("text/event-stream"));
        QVERIFY(client.chunkedComplete());
        const auto events = client.events();
        QCOMPARE(events.last().data, QByteArray("[DONE]"));

        const auto chunkKeys = includeUsage ? keySet({"id", "object", "created", "model", "choices", "usage"})
                                            : keySet({"id", "object", "created", "model", "choices"});
        QString content;
        int contentEvents = 0;
        bool sawStop = false;
        QJsonObject usage;
        for (qsizetype i = 0; i + 1 < events.size(); ++i) {
            const QJsonObject chunk = QJsonDocument::fromJson(events.at(i).data).object();
            QCOMPARE(keysOf(chunk), chunkKeys);
            QCOMPARE(chunk.value("object").toString(), QString("chat.completion.chunk"));
            QVERIFY(chunk.value("id").toString().startsWith("chatcmpl-"));
            QCOMPARE(chunk.value("model").toString(), QString("mock-gpt"));
            const QJsonArray choices = chunk.value("choices").toArray();
            if (choices.isEmpty()) {
                QVERIFY(includeUsage);
                QCOMPARE(i, events.size() - 2); // the usage chunk comes last, before [DONE]
                usage = chunk.value("usage").toObject();
                continue;
            }
            if (includeUsage)
                QVERIFY(chunk.value("usage").isNull());
            const QJsonObject choice = choices.first().toObject();
            QCOMPARE(keysOf(choice), keySet({"index", "delta", "logprobs", "finish_reason"}));
            const QJsonObject delta = choice.value("delta").toObject();
            if (i == 0)
                QCOMPARE(delta.value("role").toString(), QString("assistant"));
            if (!delta.value("content").toString().isEmpty()) {
                content += delta.value("content").toString();
                ++contentEvents;
            }
            if (choice.value("finish_reason").toString() == "stop")
                sawStop = true;
        }
        QVERIFY(sawStop);
        QCOMPARE(contentEvents, 6);
        QCOMPARE(usage.isEmpty(), !includeUsage);
        if (includeUsage) {
            QCOMPARE(usage.value("completion_tokens").toInt(), 6);
            QCOMPARE(usage.value("prompt_tokens").toInt(), 2);
            QCOMPARE(usage.value("total_tokens").toInt(), 8);
        }

        // Deterministic: the non-streaming reply to the same prompt has the same text.
        RawHttpClient plain;
        plain.exchange(port(), RawHttpClient::post("/v1/chat/completions", chatBody("hello gateway", false)));
        QCOMPARE(plain.status(), 200);
        const QJsonObject completion = QJsonDocument::fromJson(plain.body()).object();
        QCOMPARE(completion.value("object").toString(), QString("chat.completion"));
        const QJsonObject choice = completion.value("choices").toArray().first().toObject();
        QCOMPARE(choice.value("message").toObject().value("content").toString(), content);
        QCOMPARE(completion.value("usage").toObject().value("completion_tokens").toInt(), 6);
    }

    void chineseAndMaxTokens()
    {
        QJsonObject body{{"model", "mock-gpt"}, {"stream", false}, {"max_tokens", 3},
                         {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", QString::fromUtf8("你好，网关")}}}}};
        RawHttpClient client;
        client.exchange(port(), RawHttpClient::post("/v1/chat/completions", QJsonDocument(body).toJson()));
        const QJsonObject reply = QJsonDocument::fromJson(client.body()).object();
        const QString text = reply["choices"].toArray().first()["message"]["content"].toString();
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.front().unicode() >= 0x3000, qPrintable(text));
        QCOMPARE(reply["usage"]["completion_tokens"].toInt(), 3);
        QCOMPARE(reply["usage"]["prompt_tokens"].toInt(), 4);
    }

    void models()
    {
        RawHttpClient client;
        client.exchange(port(), "GET /v1/models HTTP/1.1\r\nhost: x\r\n\r\n");
        QCOMPARE(client.status(), 200);
        const QJsonObject list = QJsonDocument::fromJson(client.body()).object();
        QCOMPARE(list["object"].toString(), QString("list"));
        QCOMPARE(list["data"].toArray().first()["id"].toString(), QString("mock-gpt"));
    }

    void embeddings()
    {
        RawHttpClient client;
        client.exchange(port(), RawHttpClient::post("/v1/embeddings", R"({"model":"e","input":["a b","c"]})"));
        QCOMPARE(client.status(), 200);
        const QJsonObject reply = QJsonDocument::fromJson(client.body()).object();
        const QJsonArray data = reply["data"].toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(1)["index"].toInt(), 1);
        double norm = 0;
        for (const QJsonValue &v : data.at(0)["embedding"].toArray())
            norm += v.toDouble() * v.toDouble();
        QVERIFY(qAbs(norm - 1.0) < 1e-9);
        QCOMPARE(reply["usage"]["prompt_tokens"].toInt(), 3);
    }

    // The 404 lists the endpoints from the table the requests are routed by: each one listed is served, and the
    // embeddings endpoint, once served but not listed, is listed.
    void notFoundListsWhatIsServed()
    {
        RawHttpClient missing;
        missing.exchange(port(), RawHttpClient::post("/v1/nope", "{}"));
        QCOMPARE(missing.status(), 404);
        QVERIFY2(missing.body().contains("POST /v1/embeddings"), missing.body().constData());
        QCOMPARE(MockLlmRoute::all().size(), 4);
        for (const MockLlmRoute &route : MockLlmRoute::all()) {
            QVERIFY2(missing.body().contains(QByteArray(route.method + ' ' + route.path)), missing.body().constData());
            RawHttpClient client;
            client.exchange(port(), route.method == "GET" ? QByteArray("GET " + route.path + " HTTP/1.1\r\nhost: x\r\n\r\n")
                                                          : RawHttpClient::post(route.path, chatBody("hi", false)));
            QVERIFY2(client.status() == 200, route.path.constData());
        }
        RawHttpClient wrongMethod;
        wrongMethod.exchange(port(), "GET /v1/chat/completions HTTP/1.1\r\nhost: x\r\n\r\n");
        QCOMPARE(wrongMethod.status(), 405);
    }

    void anthropicStream()
    {
        const QByteArray body = R"({"model":"mock-claude","max_tokens":64,"stream":true,"messages":[{"role":"user","content":[{"type":"text","text":"hi"}]}]})";
        RawHttpClient client;
        client.exchange(port(), RawHttpClient::post("/v1/messages", body));
        QCOMPARE(client.status(), 200);
        QList<QByteArray> names;
        int deltas = 0;
        for (const auto &e : client.events()) {
            const QJsonObject data = QJsonDocument::fromJson(e.data).object();
            QCOMPARE(data["type"].toString().toUtf8(), e.name); // every data line parses and matches its event
            if (names.isEmpty() || names.last() != e.name)
                names << e.name;
            if (e.name == "content_block_delta") {
                ++deltas;
                QCOMPARE(data["delta"]["type"].toString(), QString("text_delta"));
            }
            if (e.name == "message_delta")
                QCOMPARE(data["usage"]["output_tokens"].toInt(), 6);
        }
        QCOMPARE(deltas, 6);
        QCOMPARE(names, (QList<QByteArray>{"message_start", "content_block_start", "ping", "content_block_delta",
                                           "content_block_stop", "message_delta", "message_stop"}));

        RawHttpClient plain;
        plain.exchange(port(), RawHttpClient::post("/v1/messages", QByteArray(body).replace("true", "false")));
        const QJsonObject message = QJsonDocument::fromJson(plain.body()).object();
        QCOMPARE(message["type"].toString(), QString("message"));
        QCOMPARE(message["usage"]["output_tokens"].toInt(), 6);
    }

    void chunkedRequestBody()
    {
        // What Envoy sends after a plugin removed content-length.
        const QByteArray body = chatBody("chunked", false);
        QByteArray request = "POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n";
        request += QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n";
        request += QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n0\r\n\r\n";
        RawHttpClient client;
        client.exchange(port(), request);
        QCOMPARE(client.status(), 200);
        QVERIFY(QJsonDocument::fromJson(client.body()).isObject());
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << RawHttpClient::post("/v1/nope", "{}") << 404;
        QTest::newRow("not json") << RawHttpClient::post("/v1/chat/completions", "nope") << 400;
        QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("huge body") << QByteArray("POST /v1/chat/completions HTTP/1.1\r\ncontent-length: 99999999\r\n\r\n") << 413;
    }
    void badRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawHttpClient client;
        client.exchange(port(), request);
        QCOMPARE(client.status(), status);
    }

    // A mistyped x-mock-* header gets a 400 that says what is wrong, not a normal reply.
    void badMockHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fault") << QByteArray("x-mock-fault: hung")
                                       << "mock: unknown x-mock-fault 'hung'; one of: none, hang, stall, reset, 429, 500, malformed";
        QTest::newRow("not a number") << QByteArray("x-mock-ttft-ms: soon")
                                      << "mock: x-mock-ttft-ms must be a whole number from 0 to 600000, not 'soon'";
        QTest::newRow("too many tokens") << QByteArray("x-mock-tokens: 1000000")
                                         << "mock: x-mock-tokens must be a whole number from 0 to 100000, not '1000000'";
    }
    void badMockHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, message);
        for (const bool stream : {false, true}) {
            RawHttpClient client;
            client.exchange(port(), RawHttpClient::post("/v1/chat/completions", chatBody("bad header", stream), {header}));
            QCOMPARE(client.status(), 400);
            QCOMPARE(QJsonDocument::fromJson(client.body()).object()["error"].toObject()["message"].toString(), message);
        }
    }

    void faults_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<bool>("stream");
        for (const char *fault : {"hang", "stall", "reset", "429", "500", "malformed"}) {
            QTest::addRow("%s stream", fault) << QByteArray(fault) << true;
            QTest::addRow("%s non-stream", fault) << QByteArray(fault) << false;
        }
    }
    void faults()
    {
        QFETCH(QByteArray, fault);
        QFETCH(bool, stream);
        RawHttpClient client;
        client.exchange(port(),
                        RawHttpClient::post("/v1/chat/completions", chatBody("fault", stream),
                                            {"x-mock-fault: " + fault}),
                        800);
        if (fault == "hang") {
            QVERIFY(!client.disconnected);
            QCOMPARE(client.firstByteMs(), -1);
        } else if (fault == "stall") {
            QVERIFY(!client.disconnected); // the connection stays open, silent
            QCOMPARE(client.status(), 200);
            if (stream) {
                QVERIFY(!client.chunkedComplete());
                QCOMPARE(client.events().size(), 2); // the role chunk and one token, then nothing
            } else {
                QVERIFY(client.body().size() < client.header("content-length").toInt());
            }
        } else if (fault == "reset") {
            QVERIFY(client.disconnected);
            QCOMPARE(client.error, QAbstractSocket::RemoteHostClosedError);
            QCOMPARE(client.status(), 200);
            if (stream)
                QVERIFY(!client.chunkedComplete());
            else
                QVERIFY(client.body().size() < client.header("content-length").toInt());
        } else if (fault == "429" || fault == "500") {
            QCOMPARE(client.status(), fault.toInt());
            const QJsonObject error = QJsonDocument::fromJson(client.body()).object()["error"].toObject();
            QVERIFY(error["message"].toString().contains("x-mock-fault"));
            if (fault == "429")
                QCOMPARE(client.header("retry-after"), QByteArray("1"));
        } else if (fault == "malformed") {
            QCOMPARE(client.status(), 200);
            if (stream) {
                int broken = 0;
                const auto events = client.events();
                for (const auto &e : events) {
                    if (e.data != "[DONE]" && !QJsonDocument::fromJson(e.data).isObject())
                        ++broken;
                }
                QCOMPARE(broken, 1);
                QCOMPARE(events.last().data, QByteArray("[DONE]"));
            } else {
                QVERIFY(QJsonDocument::fromJson(client.body()).isNull());
            }
        }
    }

    // Correctness of the configured pacing, with a tolerance for a busy machine. The lower bounds are exact:
    // the server never sends a token early.
    void timing_data()
    {
        QTest::addColumn<int>("ttft");
        QTest::addColumn<int>("itl");
        QTest::addColumn<int>("tokens");
        QTest::newRow("slow first token") << 300 << 20 << 4;
        QTest::newRow("slow tokens") << 0 << 80 << 5;
        QTest::newRow("both") << 150 << 50 << 3;
    }
    void timing()
    {
        QFETCH(int, ttft);
        QFETCH(int, itl);
        QFETCH(int, tokens);
        const int tolerance = 400;
        RawHttpClient client;
        client.exchange(port(),
                        RawHttpClient::post("/v1/chat/completions", chatBody("timing", true),
                                            {"x-mock-ttft-ms: " + QByteArray::number(ttft),
                                             "x-mock-itl-ms: " + QByteArray::number(itl),
                                             "x-mock-tokens: " + QByteArray::number(tokens)}));
        QVERIFY(client.chunkedComplete());
        QList<qint64> tokenTimes;
        QByteArray serverTimings;
        for (const auto &e : client.events()) {
            const QJsonObject chunk = QJsonDocument::fromJson(e.data).object();
            if (!chunk["choices"][0]["delta"]["content"].toString().isEmpty())
                tokenTimes << e.ms;
            for (const QByteArray &c : e.comments) {
                if (c.startsWith("x-mock-timing "))
                    serverTimings = c.mid(14);
            }
        }
        QCOMPARE(tokenTimes.size(), tokens);
        // Headers and the role chunk come at once; the first token waits for the TTFT.
        QVERIFY(client.firstByteMs() < ttft + tolerance);
        QVERIFY2(tokenTimes.first() >= ttft, qPrintable(QString::number(tokenTimes.first())));
        QVERIFY2(tokenTimes.first() <= ttft + tolerance, qPrintable(QString::number(tokenTimes.first())));
        // Token i is due at ttft + i * itl after the request; the client's clock started before the server's.
        for (int i = 0; i < tokens; ++i)
            QVERIFY2(tokenTimes.at(i) >= ttft + qint64(i) * itl, qPrintable(QString::number(tokenTimes.at(i))));
        const qint64 span = tokenTimes.last() - tokenTimes.first();
        QVERIFY2(span <= qint64(itl) * (tokens - 1) + tolerance, qPrintable(QString::number(span)));

        // The server's own account agrees with what it was asked and with what the client saw.
        const auto header = parseTiming(client.header("x-mock-timing"));
        QCOMPARE(header.value("ttft_target"), ttft);
        QCOMPARE(header.value("itl_target"), itl);
        QCOMPARE(header.value("tokens"), tokens);
        const auto server = parseTiming(serverTimings);
        QVERIFY(server.contains("first_token"));
        QVERIFY(server.value("first_token") >= ttft);
        QVERIFY(server.value("first_token") <= tokenTimes.first());
        QVERIFY(server.value("last_token") - server.value("received") >= ttft + qint64(itl) * (tokens - 1));
    }

    void cli()
    {
        QProcess process;
        process.start(hwbExecutable(), {"mock-llm", "--port", "0", "--json", "--tokens", "2", "--ttft-ms", "0"});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QJsonObject started = QJsonDocument::fromJson(process.readLine()).object();
        const quint16 cliPort = quint16(started["port"].toInt());
        QVERIFY(cliPort > 0);
        QCOMPARE(started["url"].toString(), QString("http://127.0.0.1:%1/v1").arg(cliPort));
        RawHttpClient client;
        client.exchange(cliPort, RawHttpClient::post("/v1/chat/completions", chatBody("cli", false)));
        QCOMPARE(QJsonDocument::fromJson(client.body())["usage"]["completion_tokens"].toInt(), 2);
        QTRY_VERIFY(process.canReadLine());
        QVERIFY(QJsonDocument::fromJson(process.readLine())["served"].toString().contains("-> 200"));
        process.terminate();
        QVERIFY(process.waitForFinished(5000));

        const auto bad = runProcess(hwbExecutable(), {"mock-llm", "--fault", "explode"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.stdErr.contains("hang"));
    }
};

QTEST_GUILESS_MAIN(TestMockLlm)
#include "tst_mockllm.moc"
