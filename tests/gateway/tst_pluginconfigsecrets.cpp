// API keys in a plugin's gateway configuration: which strings are keys written out, how a key gives way to
// ${API_KEY} without touching the rest of the text, and how the gateway gets the key back, escaped as JSON.
#include "gateway/PluginConfigSecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hwb;

class TestPluginConfigSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void literals_data();
    void literals();
    void placeholderKeepsTheRestOfTheText();
    void placeholderWhereTheKeyIsEscaped();
    void resolveEscapesTheValue();
    void resolveListsWhatIsMissing();
    void resolveLeavesOtherTextAlone_data();
    void resolveLeavesOtherTextAlone();
};

void TestPluginConfigSecrets::literals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("ai-proxy's provider tokens")
        << QByteArray(R"({"provider":{"type":"openai","apiTokens":["tok-0123456789","tok-abcdefghij"]}})")
        << QStringList{"provider.apiTokens[0]", "provider.apiTokens[1]"};
    QTest::newRow("Bedrock's access and secret keys")
        << QByteArray(R"({"provider":{"type":"bedrock","awsAccessKey":"AKIA0123456789ab","awsSecretKey":"wJalrXUtnFEMI/K7MDENG"}})")
        << QStringList{"provider.awsAccessKey", "provider.awsSecretKey"};
    QTest::newRow("an OpenAI key under any name")
        << QByteArray(R"({"notes":["sk-proj0123456789abcdef"]})") << QStringList{"notes[0]"};
    QTest::newRow("placeholders are no keys")
        << QByteArray(R"({"provider":{"apiTokens":["${API_KEY}","Bearer ${API_KEY}"]}})") << QStringList{};
    QTest::newRow("sample values are no keys")
        << QByteArray(R"({"provider":{"apiTokens":["YOUR_OPENAI_API_TOKEN","<your-key>","xxxxxxxxxx","your-api-key-here"]}})")
        << QStringList{};
    QTest::newRow("key-auth's consumer credential") // the names the log masks are the names refused here
        << QByteArray(R"({"keys":["x-api-key"],"consumers":[{"name":"c1","credential":"cred-0123456789"}]})")
        << QStringList{"consumers[0].credential"};
    QTest::newRow("demo keys are no keys") << QByteArray(R"({"keys":["demo-key-1","demo-key-2"]})") << QStringList{};
    // Only whole placeholder words are samples, and header names only under key-auth's "keys": these are secrets.
    QTest::newRow("real passwords that read like words")
        << QByteArray(R"({"password":"supersecretpassword","consumers":[{"credential":"mysecretkey"}],)"
                      R"("apiTokens":["exampleCorp-8f3k29dk2l"]})")
        << QStringList{"apiTokens[0]", "consumers[0].credential", "password"};
    QTest::newRow("short values are no keys") << QByteArray(R"({"apiKey":"abc"})") << QStringList{};
    QTest::newRow("other names hold no keys")
        << QByteArray(R"({"provider":{"type":"openai","modelMapping":{"*":"gpt-4o-mini-2024"}},"maxTokens":"12345678"})")
        << QStringList{};
    QTest::newRow("numbers are no keys") << QByteArray(R"({"apiKey":123456789})") << QStringList{};
    QTest::newRow("not JSON yet: by name") << QByteArray(R"({"provider": {"apiTokens": ["tok-0123456789",]})")
                                           << QStringList{"apiTokens"};
    QTest::newRow("not JSON yet: by shape") << QByteArray(R"({"x": 1, "notes": ["a", "sk-proj0123456789abcdef"],)")
                                            << QStringList{"\"sk-…\""};
    QTest::newRow("not JSON yet: no key") << QByteArray(R"({"apiTokens": ["${API_KEY}"],)") << QStringList{};
}

void TestPluginConfigSecrets::literals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, paths);
    QStringList found;
    for (const PluginConfigSecrets::Literal &literal : PluginConfigSecrets::literals(json))
        found.append(literal.path);
    QCOMPARE(found, paths);
}

// The user's layout, comments of whitespace and order, survives: only the key changes.
void TestPluginConfigSecrets::placeholderKeepsTheRestOfTheText()
{
    const QByteArray json = "{\n  \"provider\": {\n    \"type\": \"openai\",\n    \"apiTokens\": [ \"sk-proj0123456789abcdef\" ]\n  }\n}\n";
    const auto literals = PluginConfigSecrets::literals(json);
    QCOMPARE(literals.size(), 1);
    QCOMPARE(PluginConfigSecrets::withPlaceholder(json, literals, "API_KEY"),
             QByteArray("{\n  \"provider\": {\n    \"type\": \"openai\",\n    \"apiTokens\": [ \"${API_KEY}\" ]\n  }\n}\n"));
}

void TestPluginConfigSecrets::placeholderWhereTheKeyIsEscaped()
{
    const QByteArray json = R"({"provider":{"apiTokens":["\u0073k-proj0123456789abcdef"]}})";
    const auto literals = PluginConfigSecrets::literals(json);
    QCOMPARE(literals.size(), 1);
    const QByteArray result = PluginConfigSecrets::withPlaceholder(json, literals, "API_KEY");
    QVERIFY(PluginConfigSecrets::literals(result).isEmpty());
    QCOMPARE(QJsonDocument::fromJson(result).object().value("provider").toObject().value("apiTokens").toArray().at(0).toString(),
             QString("${API_KEY}"));
}

void TestPluginConfigSecrets::resolveEscapesTheValue()
{
    const QByteArray json = R"({"provider":{"apiTokens":["${API_KEY}"],"header":"Bearer ${API_KEY}"}})";
    const QString key = QStringLiteral("k\"ey\\with\nodd\u00e9chars");
    QStringList unresolved;
    const QByteArray resolved = PluginConfigSecrets::resolve(json, [&](const QString &name) {
        return name == "API_KEY" ? key : QString();
    }, &unresolved);
    QVERIFY(unresolved.isEmpty());
    QJsonParseError error;
    const QJsonObject provider = QJsonDocument::fromJson(resolved, &error).object().value("provider").toObject();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(provider.value("apiTokens").toArray().at(0).toString(), key);
    QCOMPARE(provider.value("header").toString(), "Bearer " + key);
}

void TestPluginConfigSecrets::resolveListsWhatIsMissing()
{
    QStringList unresolved;
    PluginConfigSecrets::resolve(R"({"a":"${API_KEY}","b":"${OTHER} ${API_KEY}"})", [](const QString &) { return QString(); },
                                 &unresolved);
    QCOMPARE(unresolved, (QStringList{"API_KEY", "OTHER"}));
}

void TestPluginConfigSecrets::resolveLeavesOtherTextAlone_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no placeholder: the user's layout") << QByteArray("{\n  \"a\": 1\n}\n");
    QTest::newRow("not JSON yet") << QByteArray("{\"a\": \"${API_KEY}\"");
}

void TestPluginConfigSecrets::resolveLeavesOtherTextAlone()
{
    QFETCH(QByteArray, json);
    QStringList unresolved;
    QCOMPARE(PluginConfigSecrets::resolve(json, [](const QString &) { return QStringLiteral("v"); }, &unresolved), json);
}

QTEST_GUILESS_MAIN(TestPluginConfigSecrets)
#include "tst_pluginconfigsecrets.moc"
