#include "llm/FireResult.h"
#include "llm/Redactor.h"
#include "llm/RequestTemplate.h"
#include "llm/RunExport.h"
#include "llm/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace hwb;

class TestTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void bundledTemplates_data();
    void bundledTemplates();
    void renderResolvesPlaceholders();
    void renderAfterABaseUrl_data();
    void renderAfterABaseUrl();
    void userTemplatesAreSavedWithoutKeys();
    void aFailedSaveKeepsTheTemplate();
    void aSavedTemplateIsReplacedOnlyWhenAsked();
    void unreadableTemplatesAreReported_data();
    void unreadableTemplatesAreReported();
    void aHugeFileAmongTemplatesIsNotRead();
    void redactor_data();
    void redactor();
    void answersKeepTheirData();
    void secretHeaders_data();
    void secretHeaders();
    void secretStoreInMemorySaysSo();
    void secretStoreClaimsTheKeychainOnlyOnceItAnswered();
};

void TestTemplates::bundledTemplates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<QString>("path");
    QTest::newRow("openai stream") << "openai-chat-stream" << true << "/v1/chat/completions";
    QTest::newRow("openai") << "openai-chat" << false << "/v1/chat/completions";
    QTest::newRow("openai zh stream") << "openai-chat-stream-zh" << true << "/v1/chat/completions";
    QTest::newRow("openai zh") << "openai-chat-zh" << false << "/v1/chat/completions";
    QTest::newRow("anthropic") << "anthropic-messages" << true << "/v1/messages";
    QTest::newRow("embeddings") << "embeddings" << false << "/v1/embeddings";
}

void TestTemplates::bundledTemplates()
{
    QFETCH(QString, name);
    QFETCH(bool, streaming);
    QFETCH(QString, path);
    const auto t = TemplateLibrary::find(name);
    QVERIFY(t);
    QVERIFY(t->bundled);
    QCOMPARE(t->isStreaming(), streaming);
    QCOMPARE(t->path, path);
    QVERIFY(!t->model.isEmpty());
    QVERIFY(!t->host.isEmpty());
    QVERIFY(!t->headers.isEmpty());
}

void TestTemplates::renderResolvesPlaceholders()
{
    const auto t = TemplateLibrary::find("openai-chat-stream-zh");
    QVERIFY(t);
    QStringList unresolved;
    const RequestSpec spec = t->render(QUrl("http://127.0.0.1:10000"), [](const QString &n) {
        return n == "API_KEY" ? QString("sk-secret-123456789") : QString();
    }, &unresolved);
    QVERIFY(unresolved.isEmpty());
    QCOMPARE(spec.url.path(), QString("/v1/chat/completions"));
    QCOMPARE(spec.headers.first(), (QPair<QByteArray, QByteArray>{"Host", "dashscope.aliyuncs.com"}));
    QVERIFY(spec.headers.contains({"Authorization", "Bearer sk-secret-123456789"}));
    const QJsonObject body = QJsonDocument::fromJson(spec.body).object();
    QCOMPARE(body.value("model").toString(), QString("qwen-turbo"));
    QVERIFY(QString::fromUtf8(spec.body).contains("什么是 AI 网关"));

    QStringList missing;
    const RequestSpec noKey = t->render(QUrl("http://gw/custom/path"), {}, &missing);
    QCOMPARE(missing, QStringList{"API_KEY"});
    QCOMPARE(noKey.url.path(), QString("/custom/path")); // an explicit path wins
}

// `hwb mock-llm` prints its base URL, http://127.0.0.1:P/v1, as OpenAI's SDKs take it: the template's endpoint goes
// after it, also behind a gateway's path prefix; a full endpoint path is still sent as typed.
void TestTemplates::renderAfterABaseUrl_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("the mock's base URL") << "openai-chat" << "http://127.0.0.1:18080/v1" << "/v1/chat/completions";
    QTest::newRow("with a slash") << "openai-chat" << "http://127.0.0.1:18080/v1/" << "/v1/chat/completions";
    QTest::newRow("anthropic") << "anthropic-messages" << "http://127.0.0.1:18080/v1" << "/v1/messages";
    QTest::newRow("embeddings") << "embeddings" << "http://127.0.0.1:18080/v1" << "/v1/embeddings";
    QTest::newRow("behind a prefix") << "openai-chat" << "http://gw/openai/v1" << "/openai/v1/chat/completions";
    QTest::newRow("no path") << "openai-chat" << "http://gw" << "/v1/chat/completions";
    QTest::newRow("root") << "openai-chat" << "http://gw/" << "/v1/chat/completions";
    QTest::newRow("a full endpoint") << "openai-chat" << "http://gw/v1/chat/completions" << "/v1/chat/completions";
    QTest::newRow("another endpoint") << "openai-chat" << "http://gw/compatible-mode/v1/chat/completions"
                                      << "/compatible-mode/v1/chat/completions";
    QTest::newRow("not a base") << "openai-chat" << "http://gw/v1beta" << "/v1beta";
}

void TestTemplates::renderAfterABaseUrl()
{
    QFETCH(QString, templateName);
    QFETCH(QString, url);
    QFETCH(QString, path);
    const auto t = TemplateLibrary::find(templateName);
    QVERIFY(t);
    QCOMPARE(t->render(QUrl(url), {}).url.path(), path);
}

// Keys pasted into a template are masked on save, in the headers and anywhere in the body; placeholders and
// counts such as max_tokens stay.
void TestTemplates::userTemplatesAreSavedWithoutKeys()
{
    const QString path = TemplateLibrary::userDirectory() + "/my-template.json";
    QFile::remove(path);
    RequestTemplate t = *TemplateLibrary::find("openai-chat");
    t.name = "my-template";
    t.headers.append(qMakePair(QString("X-Api-Key"), QString("sk-literal-abcdefghijkl")));
    t.body.insert("api_key", "plainsecretvalue123");
    t.body.insert("metadata", QJsonObject{{"auth_token", "tok_secret_9999"}, {"user", "${USER_ID}"}});
    t.body.insert("messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", "my key is sk-pasted-abcdefghijkl"}}});
    t.body.insert("max_tokens", 64);
    t.path = "/v1beta/models/gemini:streamGenerateContent?alt=sse&key=AIzaPastedKey123";
    QString error;
    QVERIFY2(TemplateLibrary::save(t, &error), qPrintable(error));
    const auto loaded = TemplateLibrary::find("my-template");
    QVERIFY(loaded);
    QVERIFY(!loaded->bundled);
    QVERIFY(loaded->headers.contains({"Authorization", "Bearer ${API_KEY}"}));
    QVERIFY(loaded->headers.contains({"X-Api-Key", "[REDACTED]"}));
    QCOMPARE(loaded->body.value("api_key").toString(), QString("[REDACTED]"));
    QCOMPARE(loaded->body.value("metadata").toObject().value("auth_token").toString(), QString("[REDACTED]"));
    QCOMPARE(loaded->body.value("metadata").toObject().value("user").toString(), QString("${USER_ID}"));
    QCOMPARE(loaded->body.value("messages").toArray().first().toObject().value("content").toString(),
             QString("my key is sk-[REDACTED]"));
    QCOMPARE(loaded->body.value("max_tokens").toInt(), 64);
    QCOMPARE(loaded->body.value("model").toString(), QString("${MODEL}"));
    QCOMPARE(loaded->path, QString("/v1beta/models/gemini:streamGenerateContent?alt=sse&key=[REDACTED]"));
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    for (const char *secret : {"sk-literal", "plainsecretvalue123", "tok_secret_9999", "sk-pasted", "AIzaPastedKey123"})
        QVERIFY2(!bytes.contains(secret), secret);
    QVERIFY(!TemplateLibrary::save(RequestTemplate{.name = "../evil"}, &error));
    QFile::remove(path);
}

// The disk fills up while a template is saved over an older one (a file size limit stands in for the disk): the
// save says so, and the older template is left whole, not cut short.
void TestTemplates::aFailedSaveKeepsTheTemplate()
{
    const QString path = TemplateLibrary::userDirectory() + "/kept-template.json";
    QFile::remove(path);
    RequestTemplate t = *TemplateLibrary::find("openai-chat");
    t.name = "kept-template";
    QString error;
    QVERIFY2(TemplateLibrary::save(t, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    t.body.insert("padding", QString(64 * 1024, 'x'));
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
    const rlimit unlimited = limit;
    limit.rlim_cur = rlim_t(before.size() + 100);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    const bool saved = TemplateLibrary::save(t, &error, TemplateLibrary::Existing::Replace);
    ::setrlimit(RLIMIT_FSIZE, &unlimited);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY2(error.startsWith("The template was not saved to " + path + ": "), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    QFile::remove(path);
}

void TestTemplates::aSavedTemplateIsReplacedOnlyWhenAsked()
{
    const QString path = TemplateLibrary::userDirectory() + "/twice-saved.json";
    QFile::remove(path);
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });
    RequestTemplate t = *TemplateLibrary::find("openai-chat");
    t.name = "twice-saved";
    t.body.insert("model", "first");
    QString error;
    QVERIFY(!TemplateLibrary::isSaved("twice-saved"));
    QVERIFY2(TemplateLibrary::save(t, &error), qPrintable(error));
    QVERIFY(TemplateLibrary::isSaved("twice-saved"));
    t.body.insert("model", "second");
    QVERIFY(!TemplateLibrary::save(t, &error));
    QCOMPARE(error, QString("A template named twice-saved is saved already."));
    QCOMPARE(TemplateLibrary::find("twice-saved")->body.value("model").toString(), QString("first"));
    QVERIFY2(TemplateLibrary::save(t, &error, TemplateLibrary::Existing::Replace), qPrintable(error));
    QCOMPARE(TemplateLibrary::find("twice-saved")->body.value("model").toString(), QString("second"));
}

void TestTemplates::unreadableTemplatesAreReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a comma too many") << QByteArray("{\n  \"name\": \"hand-edited\",\n  \"body\": {\"model\": \"m\",}\n}\n")
                                      << "line 3, column ";
    QTest::newRow("cut short") << QByteArray("{\"name\": \"hand-edited\", \"bo") << "line 1, column ";
    QTest::newRow("empty") << QByteArray() << "line 1, column 1: ";
    QTest::newRow("a list, not an object") << QByteArray("[]") << "it holds no JSON object";
}

// A saved template that does not parse is left out of the list, and the library says which file and why.
void TestTemplates::unreadableTemplatesAreReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(QDir().mkpath(TemplateLibrary::userDirectory()));
    const QString path = TemplateLibrary::userDirectory() + "/hand-edited.json";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });
    QList<TemplateFileError> unreadable;
    const QList<RequestTemplate> all = TemplateLibrary::all(&unreadable);
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable[0].name, QString("hand-edited"));
    QCOMPARE(unreadable[0].path, path);
    QVERIFY2(unreadable[0].reason.startsWith(reason), qPrintable(unreadable[0].reason));
    QVERIFY(std::none_of(all.begin(), all.end(), [](const RequestTemplate &t) { return t.name == "hand-edited"; }));
    QCOMPARE(TemplateLibrary::unreadable().size(), 1);
}

// A file far too big to be a template (a log saved there by mistake) is named, not read into memory.
void TestTemplates::aHugeFileAmongTemplatesIsNotRead()
{
    QVERIFY(QDir().mkpath(TemplateLibrary::userDirectory()));
    const QString path = TemplateLibrary::userDirectory() + "/huge.json";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(65) << 20)); // sparse: takes no room on disk
    file.close();
    const auto cleanup = qScopeGuard([&] { QFile::remove(path); });
    QList<TemplateFileError> unreadable;
    TemplateLibrary::all(&unreadable);
    QCOMPARE(unreadable.size(), 1);
    QVERIFY2(unreadable[0].reason.contains("more than the"), qPrintable(unreadable[0].reason));
}

void TestTemplates::redactor_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer") << "Authorization: Bearer abc.def-123" << "Authorization: Bearer [REDACTED]";
    QTest::newRow("sk key") << "key sk-proj-ABCDEFGH12345 leaked" << "key sk-[REDACTED] leaked";
    QTest::newRow("x-api-key") << "x-api-key: secretvalue" << "x-api-key: [REDACTED]";
    QTest::newRow("json api_key") << R"({"api_key":"secretvalue"})" << R"({"api_key":"[REDACTED]"})";
    QTest::newRow("a plugin's apiKey") << R"(config: {"apiKey": "AIzaSyQSECRET1"})" << R"(config: {"apiKey": "[REDACTED]"})";
    QTest::newRow("ai-proxy's apiTokens") << R"({"provider":{"apiTokens":["AIzaSyQSECRET1"]}})"
                                          << R"({"provider":{"apiTokens":["[REDACTED]"]}})";
    QTest::newRow("every one of ai-proxy's apiTokens")
        << R"({"provider":{"type":"azure","apiTokens":["0123AUDITSECRETAZ1","0123AUDITSECRETAZ2"]}})"
        << R"({"provider":{"type":"azure","apiTokens":["[REDACTED]","[REDACTED]"]}})";
    QTest::newRow("apiTokens of no known shape") << R"({"apiTokens": [ "AIzaAUDITSECRETG1" , "AIzaAUDITSECRETG2" ]})"
                                                 << R"({"apiTokens": [ "[REDACTED]" , "[REDACTED]" ]})";
    QTest::newRow("key-auth's keys and credential")
        << R"({"keys":["AUDITSECRETKA1","sk-AUDITSECRETKA2"],"in_header":"x-api-key","consumers":[{"name":"c1","credential":"AUDITSECRETKA3"}]})"
        << R"({"keys":["[REDACTED]","[REDACTED]"],"in_header":"x-api-key","consumers":[{"name":"c1","credential":"[REDACTED]"}]})";
    QTest::newRow("a configuration logged inside a JSON string")
        << R"({"msg":"config {\"apiTokens\":[\"tokAUDIT1\",\"tokAUDIT2\"],\"type\":\"azure\"}"})"
        << R"({"msg":"config {\"apiTokens\":[\"[REDACTED]\",\"[REDACTED]\"],\"type\":\"azure\"}"})";
    QTest::newRow("a placeholder says which key") << R"({"apiTokens":["${API_KEY}","tokAUDIT2"]})"
                                                  << R"({"apiTokens":["${API_KEY}","[REDACTED]"]})";
    QTest::newRow("a cache key is no key") << R"({"cacheKeyFrom":"messages.@reverse.0.content","max_tokens":5})"
                                           << R"({"cacheKeyFrom":"messages.@reverse.0.content","max_tokens":5})";
    QTest::newRow("a count is no key") << "api_tokens_used: 12345" << "api_tokens_used: 12345";
    QTest::newRow("registered") << "token=registered-secret-42 here" << "token=[REDACTED] here";
    QTest::newRow("url query key") << "http://gw:10000/v1/models?alt=sse&key=AIzaSyQSECRET1&x=1"
                                   << "http://gw:10000/v1/models?alt=sse&key=[REDACTED]&x=1";
    QTest::newRow("url query token") << "https://h/p?access_token=abcd1234" << "https://h/p?access_token=[REDACTED]";
    QTest::newRow("url password") << "GET http://alice:hunter2pass@gw:10000/v1 failed"
                                  << "GET http://alice:[REDACTED]@gw:10000/v1 failed";
    QTest::newRow("url password, no user") << "https://:pw1@gw/v1" << "https://:[REDACTED]@gw/v1";
    QTest::newRow("url password and query key") << "http://a:b@gw/v1?key=AIzaSyQSECRET1"
                                                << "http://a:[REDACTED]@gw/v1?key=[REDACTED]";
    QTest::newRow("url user alone") << "http://alice@gw:10000/v1" << "http://alice@gw:10000/v1";
    QTest::newRow("url port, @ in the path") << "http://gw:10000/v1/@me" << "http://gw:10000/v1/@me";
    QTest::newRow("url query harmless") << "http://h/p?monkey=banana&keys=2" << "http://h/p?monkey=banana&keys=2";
    QTest::newRow("harmless") << "tokens 5, bytes 20" << "tokens 5, bytes 20";
    QTest::newRow("idempotent") << "Bearer [REDACTED]" << "Bearer [REDACTED]";
}

void TestTemplates::redactor()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Redactor::global().addSecret("registered-secret-42");
    QCOMPARE(Redactor::global().redact(input), expected);
    QCOMPARE(Redactor::global().redact(input.toUtf8()), expected.toUtf8());
    const auto headers = Redactor::global().redactHeaders({{"Authorization", "Basic Zm9vOmJhcg=="}, {"X-Model", "m"}});
    QCOMPARE(headers[0].second, QByteArray("[REDACTED]"));
    QCOMPARE(headers[1].second, QByteArray("m"));
}

// In a model's answer, member names are data: logprobs' "token", a tool call's "key", a thinking block's
// "signature" stay; a key it echoes back does not.
void TestTemplates::answersKeepTheirData()
{
    Redactor::global().addSecret("registered-secret-42");
    const QString answer = R"({"logprobs":{"content":[{"token":"Hello","top_logprobs":[{"token":" world"}]}]},)"
                           R"("tool_calls":[{"function":{"arguments":"{\"key\":\"colour\"}"}}],"signature":"EqQBCkgIAR")"
                           R"(,"echo":"registered-secret-42 sk-proj0123456789abcdefgh"})";
    const QString kept = Redactor::global().redactAnswer(answer);
    QVERIFY2(kept.contains(R"("token":"Hello")") && kept.contains(R"("token":" world")") && kept.contains("colour")
                 && kept.contains("EqQBCkgIAR"),
             qPrintable(kept));
    QVERIFY2(!kept.contains("registered-secret-42") && !kept.contains("proj0123456789"), qPrintable(kept));
    FireResult result;
    result.keptBody = answer.toUtf8();
    QVERIFY(RunExport::redacted(result).keptBody.contains(R"("token":"Hello")"));
}

void TestTemplates::secretHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    for (const char *name : {"Authorization", "proxy-authorization", "X-Api-Key", "api-key", "Cookie", "Set-Cookie",
                             "x-goog-api-key", "X-Auth-Token", "X-Amz-Security-Token", "x-csrf-token", "X-Client-Secret",
                             "X-Password", "X-Api_Key", "ApiKey", "X-Upstream-Authentication",
                             "Ocp-Apim-Subscription-Key", "X-Signature", "X-Session-Id", "X-Credential"})
        QTest::newRow(name) << QByteArray(name) << true;
    for (const char *name : {"Content-Type", "X-Model", "x-ratelimit-remaining-tokens", "X-Author", "Host", "Keep-Alive",
                             "X-Keyword"})
        QTest::newRow(name) << QByteArray(name) << false;
}

void TestTemplates::secretHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::isSecretHeader(name), secret);
    const QByteArray value = "tok_secret_9999";
    QCOMPARE(Redactor::global().redactHeaders({{name, value}}).first().second, secret ? QByteArray("[REDACTED]") : value);
}

void TestTemplates::secretStoreInMemorySaysSo()
{
    SecretStore store(SecretStore::Backend::Memory);
    QVERIFY(!store.isPersistent());
    QVERIFY(store.backendDescription().contains("memory"));
    store.setValue("API_KEY", "sk-memory-only-123456");
    QCOMPARE(store.value("API_KEY"), QString("sk-memory-only-123456"));
    QCOMPARE(Redactor::global().redact(QString("x sk-memory-only-123456 y")), QString("x [REDACTED] y"));
}

// The Requests page shows this line: it must not promise the keychain before the keychain has answered, and it
// stays in the reader's language (the backend's own error text is for the tooltip).
void TestTemplates::secretStoreClaimsTheKeychainOnlyOnceItAnswered()
{
    SecretStore store(SecretStore::Backend::Keychain);
    if (!store.isPersistent()) { // a build without QtKeychain
        QVERIFY(store.backendDescription().contains("memory"));
        return;
    }
    QCOMPARE(store.backendDescription(), QString("Asking the system keychain…"));
    QSignalSpy answered(&store, &SecretStore::backendChanged);
    store.load("HWB_TEST_NO_SUCH_KEY");
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 30000);
    if (store.isPersistent()) {
        QCOMPARE(store.backendDescription(), QString("API keys are kept in the system keychain."));
    } else {
        QVERIFY(!store.fallbackReason().isEmpty());
        QVERIFY(!store.backendDescription().contains(store.fallbackReason()));
    }
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
