#include "TestSupport.h"

#include "FaultServer.h"

#include "llm/FireRequest.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>
#include <netinet/in.h>
#include <unistd.h>

using namespace hwb;

// Every outcome of BRIEF §5 against real sockets, with short timeouts so the suite stays fast.
class TestFireRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamedRequestIsMeasured();
    void generationSpeedNeedsASpan();
    void timingAgreesWithServerStamps();
    void outcomes_data();
    void outcomes();
    void answersThatAreNoAnswers_data();
    void answersThatAreNoAnswers();
    void refused();
    void connectTimeout();
    void httpsToAPlainPort();
    void cancelled();
    void hugeBodyStaysBounded();
    void slowDripIsMeasured();
    void serializedRequest();

private:
    FireResult fire(const QString &url, FireTimeouts timeouts = shortTimeouts(), FireRequest **keep = nullptr,
                    const QByteArray &body = kStreamedChat, FireLimits limits = {});
    static constexpr const char *kStreamedChat = R"({"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]})";
    static FireTimeouts shortTimeouts();
    FaultServer m_server;
};

FireTimeouts TestFireRequest::shortTimeouts()
{
    FireTimeouts t;
    t.connectMs = 2000;
    t.firstByteMs = 300;
    t.idleMs = 300;
    t.totalMs = 10000;
    return t;
}

void TestFireRequest::initTestCase()
{
    QVERIFY(m_server.listen());
}

FireResult TestFireRequest::fire(const QString &url, FireTimeouts timeouts, FireRequest **keep, const QByteArray &body,
                                 FireLimits limits)
{
    RequestSpec spec;
    spec.url = QUrl(url);
    spec.body = body;
    auto *request = new FireRequest(spec, timeouts, limits, this);
    QSignalSpy finished(request, &FireRequest::finished);
    request->start();
    if (!request->isFinished())
        [&] { QVERIFY(finished.wait(timeouts.totalMs + 5000)); }();
    FireResult result = request->result();
    if (keep)
        *keep = request;
    else
        request->deleteLater();
    return result;
}

void TestFireRequest::streamedRequestIsMeasured()
{
    const FireResult r = fire(m_server.url("/stream?tokens=5&first_ms=30&delay_ms=10"));
    QCOMPARE(OutcomeClassifier::id(r.outcome), QString("ok"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.streamed);
    QCOMPARE(r.chunks, 7); // role, 5 contents, usage
    QCOMPARE(r.outputTokens, 5);
    QVERIFY(!r.tokensEstimated);
    QCOMPARE(r.streamText, QString("tok0 tok1 tok2 tok3 tok4 "));
    QCOMPARE(r.itl.count, 4);
    QVERIFY(r.ttfbMs > 0);
    QVERIFY(r.ttftMs >= r.ttfbMs);
    QVERIFY(r.totalMs >= r.ttftMs);
    QVERIFY(r.itl.max >= r.itl.p50);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.events.last().type, QString("[DONE]"));
    // Four tokens after the first, 10 ms apart: about 100 a second, never the first token counted over the span.
    QVERIFY(r.tokensPerSecond());
    QVERIFY2(*r.tokensPerSecond() > 10 && *r.tokensPerSecond() <= 4 / ((r.totalMs - r.ttftMs) / 1000.0) + 0.01,
             qPrintable(QString::number(*r.tokensPerSecond())));
}

// One token, or every token in one burst, has no span to measure a speed over: no figure rather than 250,000/s.
void TestFireRequest::generationSpeedNeedsASpan()
{
    FireResult r;
    r.outputTokens = 1;
    r.ttftMs = 3.996;
    r.totalMs = 4.0;
    QVERIFY(!r.tokensPerSecond());
    r.outputTokens = 20;
    QVERIFY(!r.tokensPerSecond()); // all at once
    r.totalMs = 1003.996;
    QVERIFY(r.tokensPerSecond());
    QCOMPARE(*r.tokensPerSecond(), 19.0);
}

// The server stamps when it wrote its first byte and its first content event; the client's TTFB and
// TTFT must agree with those stamps: never earlier, and later only by delivery time.
void TestFireRequest::timingAgreesWithServerStamps()
{
    FireRequest *request = nullptr;
    const FireResult r = fire(m_server.url("/stream?tokens=3&headers_ms=120&first_ms=150&delay_ms=5"),
                              shortTimeouts(), &request);
    QCOMPARE(r.outcome, Outcome::Ok);
    QByteArray stamp;
    for (const auto &h : r.headers) {
        if (h.first == "X-Stamp-First-Byte-Ns")
            stamp = h.second;
    }
    QVERIFY(!stamp.isEmpty());
    const double serverTtfb = double(stamp.toLongLong() - request->startedAtMonotonicNs()) / 1e6;
    const auto match = QRegularExpression("\"server_ns\":(\\d+)").match(QString::fromUtf8(r.keptBody));
    QVERIFY(match.hasMatch());
    const double serverTtft = double(match.captured(1).toLongLong() - request->startedAtMonotonicNs()) / 1e6;
    const double tolerance = 50; // loopback delivery plus event-loop latency on a loaded machine
    QVERIFY2(r.ttfbMs >= serverTtfb && r.ttfbMs - serverTtfb < tolerance,
             qPrintable(QString("client ttfb %1 ms, server %2 ms").arg(r.ttfbMs).arg(serverTtfb)));
    QVERIFY2(r.ttftMs >= serverTtft && r.ttftMs - serverTtft < tolerance,
             qPrintable(QString("client ttft %1 ms, server %2 ms").arg(r.ttftMs).arg(serverTtft)));
    QVERIFY(serverTtfb >= 120);
    QVERIFY(serverTtft >= serverTtfb + 150);
    request->deleteLater();
}

void TestFireRequest::outcomes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("hang before headers") << "/hang-before-headers" << "hang_no_first_byte" << 0 << "No response byte in";
    QTest::newRow("hang after headers") << "/hang-after-headers" << "stalled" << 200 << "body never started";
    QTest::newRow("stall mid-stream") << "/stall" << "stalled" << 200 << "stream stopped";
    QTest::newRow("reset mid-stream") << "/reset" << "reset" << 200 << "before the response was complete";
    QTest::newRow("closed without answer") << "/close-empty" << "reset" << 0 << "without sending any response";
    QTest::newRow("429") << "/status/429" << "http_error" << 429 << "Rate limit reached for gpt-4o-mini";
    QTest::newRow("500") << "/status/500" << "http_error" << 500 << "The upstream model crashed";
    QTest::newRow("malformed sse") << "/malformed" << "malformed" << 200 << "not JSON";
    QTest::newRow("invalid utf-8") << "/bad-utf8" << "malformed" << 200 << "UTF-8";
    QTest::newRow("truncated") << "/truncated" << "truncated" << 200 << "without [DONE]";
    QTest::newRow("anthropic") << "/anthropic" << "ok" << 200 << "";
    QTest::newRow("404") << "/nope" << "http_error" << 404 << "no such fault path";
}

void TestFireRequest::outcomes()
{
    QFETCH(QString, path);
    QFETCH(QString, outcome);
    QFETCH(int, status);
    QFETCH(QString, errorContains);
    const FireResult r = fire(m_server.url(path));
    QCOMPARE(OutcomeClassifier::id(r.outcome), outcome);
    QCOMPARE(r.status, status);
    QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
    if (outcome == "ok")
        QVERIFY(!r.streamText.isEmpty());
}

// A 200 is ok only when it answers the request: what a misrouted gateway or a body-rewriting plugin returns is not.
void TestFireRequest::answersThatAreNoAnswers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qsizetype>("checkBytes");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("errorContains");
    const QByteArray chat = R"({"model":"m","stream":false,"messages":[{"role":"user","content":"hi"}]})";
    const QByteArray embeddings = R"({"model":"m","input":"hi"})";
    const qsizetype check = FireLimits{}.checkBodyBytes;
    // The endpoint says what answer to expect (the server's routes take any path after theirs).
    QTest::newRow("chat completion") << "/json/v1/chat/completions" << chat << check << "ok" << "";
    QTest::newRow("embeddings") << "/answer/embeddings/v1/embeddings" << embeddings << check << "ok" << "";
    QTest::newRow("any JSON for a request of no known dialect") << "/answer/hello" << QByteArray("{}") << check << "ok" << "";
    // "input" and "prompt" are words of many APIs: the Responses API's input is no embeddings request, speech no JSON.
    QTest::newRow("the Responses API") << "/answer/hello/v1/responses" << embeddings << check << "ok" << "";
    QTest::newRow("speech answers audio") << "/answer/html/v1/audio/speech" << embeddings << check << "ok" << "";
    QTest::newRow("JSON that is no chat completion")
        << "/answer/hello/v1/chat/completions" << chat << check << "malformed" << "not a chat completion: no choices";
    QTest::newRow("a chat completion for embeddings")
        << "/json/v1/embeddings" << embeddings << check << "malformed" << "not an embedding response: no data";
    QTest::newRow("JSON where a stream was asked for")
        << "/json/v1/chat/completions" << QByteArray(kStreamedChat) << check << "malformed"
        << "asked for a stream (stream:true) but got application/json";
    QTest::newRow("an HTML page") << "/answer/html/v1/chat/completions" << chat << check << "malformed" << "text/html, not JSON";
    QTest::newRow("a big body is checked") << "/answer/big/v1/chat/completions?kb=256" << chat << check << "malformed" << "no choices";
    // Batch embeddings can outgrow what is kept to check: unjudged, not malformed.
    QTest::newRow("a body too big to check") << "/answer/big/v1/chat/completions?kb=64" << chat << qsizetype(32 * 1024)
                                             << "ok" << "";
}

void TestFireRequest::answersThatAreNoAnswers()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(qsizetype, checkBytes);
    QFETCH(QString, outcome);
    QFETCH(QString, errorContains);
    FireLimits limits;
    limits.checkBodyBytes = checkBytes;
    const FireResult r = fire(m_server.url(path), shortTimeouts(), nullptr, body, limits);
    QCOMPARE(OutcomeClassifier::id(r.outcome), outcome);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.error.contains(errorContains), qPrintable(r.error));
}

void TestFireRequest::refused()
{
    // Nothing listens there, and no test running beside this one can start to (see freePorts).
    const QList<quint16> ports = test::freePorts(1);
    QCOMPARE(ports.size(), 1);
    // The error names where the request went, without the password the URL carries: it is stored and exported.
    const QString url = QString("http://alice:hunter2pass@127.0.0.1:%1/stream").arg(ports.first());
    const FireResult r = fire(url);
    QCOMPARE(OutcomeClassifier::id(r.outcome), QString("refused"));
    QVERIFY2(r.error.contains(QString("refused by 127.0.0.1:%1:").arg(ports.first())), qPrintable(r.error));
    const FireResult dns = fire("http://nonexistent.invalid/v1/chat/completions");
    QCOMPARE(OutcomeClassifier::id(dns.outcome), QString("dns_error"));
}

// A listening socket whose accept queue is full drops further SYNs, so connect() never completes.
namespace {
// A raw listening socket on a free loopback port that never accepts: connections queue up to backlog.
int listenOnLoopback(int backlog, sockaddr_in *addr)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    addr->sin_family = AF_INET;
    addr->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr->sin_port = 0;
    socklen_t len = sizeof *addr;
    if (::bind(fd, reinterpret_cast<sockaddr *>(addr), len) != 0 || ::listen(fd, backlog) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(addr), &len) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}
} // namespace

void TestFireRequest::connectTimeout()
{
    sockaddr_in addr{};
    const int fd = listenOnLoopback(0, &addr);
    QVERIFY(fd >= 0);
    const int port = ntohs(addr.sin_port);
    QList<int> fillers;
    for (int i = 0; i < 3; ++i) { // fill the queue; these connects may themselves be pending
        const int c = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ::connect(c, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        fillers.append(c);
    }
    FireTimeouts t = shortTimeouts();
    t.connectMs = 300;
    const FireResult r = fire(QString("http://alice:hunter2pass@127.0.0.1:%1/").arg(port), t);
    for (int c : fillers)
        ::close(c);
    ::close(fd);
    QCOMPARE(OutcomeClassifier::id(r.outcome), QString("timeout_connect"));
    QVERIFY2(r.error.contains(QString("Could not connect to 127.0.0.1:%1 ").arg(port)), qPrintable(r.error));
}

// https:// to a port that accepts the connection and never answers the TLS ClientHello (a plain-HTTP server waiting
// for its request line): a TLS error that says what to try, not "could not connect".
void TestFireRequest::httpsToAPlainPort()
{
    sockaddr_in addr{};
    const int fd = listenOnLoopback(4, &addr); // the kernel completes the handshake; nobody ever reads
    QVERIFY(fd >= 0);
    FireTimeouts t = shortTimeouts();
    t.connectMs = 300;
    const int port = ntohs(addr.sin_port);
    const FireResult r = fire(QString("https://alice:hunter2pass@127.0.0.1:%1/v1/chat/completions").arg(port), t);
    ::close(fd);
    QCOMPARE(OutcomeClassifier::id(r.outcome), QString("tls_error"));
    QVERIFY2(r.error.contains("use http:// instead of https://"), qPrintable(r.error));
    QVERIFY2(r.error.contains(QString("Connected to 127.0.0.1:%1,").arg(port)), qPrintable(r.error));
}

void TestFireRequest::cancelled()
{
    RequestSpec spec;
    spec.url = QUrl(m_server.url("/hang-before-headers"));
    FireRequest request(spec, FireTimeouts{}, FireLimits{});
    QSignalSpy finished(&request, &FireRequest::finished);
    request.start();
    QTRY_VERIFY(m_server.activeConnections() > 0);
    request.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(OutcomeClassifier::id(request.result().outcome), QString("cancelled"));
}

void TestFireRequest::hugeBodyStaysBounded()
{
    FireTimeouts t = shortTimeouts();
    t.idleMs = 5000;
    t.totalMs = 60000;
    const FireResult r = fire(m_server.url("/huge?mb=48"), t);
    QCOMPARE(r.outcome, Outcome::Ok);
    QVERIFY(r.bytes >= 48ll * 1024 * 1024);
    QVERIFY(r.bodyClipped);
    const FireLimits limits;
    QVERIFY(r.keptBody.size() <= limits.keepBodyBytes);
    QVERIFY(r.streamText.size() <= limits.keepTextChars);
    QVERIFY(r.events.size() <= limits.keepEvents);
    QVERIFY(r.eventsDropped > 0);
    QVERIFY2(r.peakBufferedBytes < 1024 * 1024, qPrintable(QString::number(r.peakBufferedBytes)));
    QVERIFY(r.chunks > 200000);
}

void TestFireRequest::slowDripIsMeasured()
{
    const FireResult r = fire(m_server.url("/drip?tokens=4&delay_ms=120"));
    QCOMPARE(r.outcome, Outcome::Ok); // slower than nothing, but never idle for the 300 ms idle timeout
    QCOMPARE(r.itl.count, 3);
    QVERIFY(r.itl.p50 >= 100); // the server spaces events 120 ms apart; the client cannot see them sooner
    QVERIFY(r.ttftMs >= 100);

    FireTimeouts t = shortTimeouts();
    t.totalMs = 200;
    const FireResult cut = fire(m_server.url("/drip?tokens=10&delay_ms=100"), t);
    QCOMPARE(OutcomeClassifier::id(cut.outcome), QString("stalled"));
    QVERIFY(cut.error.contains("total timeout"));
}

void TestFireRequest::serializedRequest()
{
    RequestSpec spec;
    spec.url = QUrl("http://127.0.0.1:8080/v1/chat/completions?x=1");
    spec.headers = {{"Host", "api.example.com"}, {"Connection", "keep-alive"}, {"Authorization", "Bearer k"}};
    spec.body = "{}";
    const QByteArray wire = spec.toWire();
    QVERIFY(wire.startsWith("POST /v1/chat/completions?x=1 HTTP/1.1\r\n"));
    QVERIFY(wire.contains("Host: api.example.com\r\n"));
    QVERIFY(!wire.contains("127.0.0.1"));
    QVERIFY(wire.contains("Content-Length: 2\r\n"));
    QVERIFY(wire.contains("Connection: close\r\n"));
    QVERIFY(!wire.contains("keep-alive"));
    QVERIFY(wire.endsWith("\r\n\r\n{}"));
}

QTEST_GUILESS_MAIN(TestFireRequest)
#include "tst_firerequest.moc"
