#include "PluginConfigSecrets.h"

#include "llm/Redactor.h"
#include "llm/SecretName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace hwb {

namespace {

// Samples and documentation write where a key goes, not a key: YOUR_OPENAI_API_TOKEN, <api-key>, xxxxxxxx,
// demo-key-1 (a whole placeholder word: "mydemopassword" or "exampleCorp-8f3k29" are real secrets all the same).
// So does key-auth's "keys": ["x-api-key"], the names of the headers a key comes in, under that member only.
bool looksLikeSample(const QString &name, const QString &value)
{
    static const QRegularExpression upperCase(QStringLiteral("^[A-Z0-9_]+$"));
    static const QRegularExpression sample(
        QStringLiteral("^(<.*>|[x*.]+|.*your.*|(demo|example|sample)[-_]?(api[-_]?)?(key|token)[-_]?\\d*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*$"));
    return upperCase.match(value).hasMatch() || sample.match(value).hasMatch()
        || (name.compare(QLatin1String("keys"), Qt::CaseInsensitive) == 0 && headerName.match(value).hasMatch()
            && SecretName::matches(QStringView(value)));
}

bool isClearSecret(const QString &name, const QString &value)
{
    if (value.size() < 8 || Placeholders::contains(value))
        return false;
    return Redactor::hasKeyShape(value) || (SecretName::matches(QStringView(name)) && !looksLikeSample(name, value));
}

using Visit = std::function<void(const QString &path, const QString &name, const QString &value)>;

void walk(const QJsonValue &value, const QString &path, const QString &name, const Visit &visit)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            walk(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), it.key(), visit);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), path + QStringLiteral("[%1]").arg(i), name, visit);
    } else if (value.isString()) {
        visit(path, name, value.toString());
    }
}

// A copy of value with f applied to every string in it.
QJsonValue mapStrings(const QJsonValue &value, const std::function<QString(const QString &)> &f)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = mapStrings(it.value(), f);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = mapStrings(*it, f);
        return array;
    }
    return value.isString() ? QJsonValue(f(value.toString())) : value;
}

std::optional<QJsonValue> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

QByteArray serialize(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    const QJsonDocument doc = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return doc.toJson(format);
}

// "value" as JSON writes it, quotes included.
QByteArray jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QList<PluginConfigSecrets::Literal> PluginConfigSecrets::literals(const QByteArray &json)
{
    QList<Literal> found;
    if (const auto root = parse(json)) {
        walk(*root, {}, {}, [&](const QString &path, const QString &name, const QString &value) {
            if (isClearSecret(name, value))
                found.append({path, value});
        });
        return found;
    }
    // Mid-edit text that is not JSON yet is saved as it is, so its keys are looked for in the text: a string after
    // a member's name (or first in its list), and any string shaped like a key.
    static const QRegularExpression member(
        QStringLiteral("\"([^\"\\\\]+)\"\\s*:\\s*\\[?\\s*\"([^\"\\\\]*)\"|\"([^\"\\\\]*)\""));
    for (auto it = member.globalMatch(QString::fromUtf8(json)); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const QString value = m.hasCaptured(2) ? m.captured(2) : m.captured(3);
        if (isClearSecret(name, value))
            found.append({name.isEmpty() ? QStringLiteral("\"sk-…\"") : name, value});
    }
    return found;
}

QByteArray PluginConfigSecrets::withPlaceholder(const QByteArray &json, const QList<Literal> &literals,
                                                const QString &name)
{
    const QByteArray placeholder = jsonString(QStringLiteral("${%1}").arg(name));
    QByteArray text = json;
    for (const Literal &literal : literals)
        text.replace(jsonString(literal.value), placeholder);
    if (PluginConfigSecrets::literals(text).isEmpty())
        return text;
    // The user wrote the key with escapes of their own (\u0073k-...): rewrite the document instead.
    QStringList values;
    for (const Literal &literal : literals)
        values.append(literal.value);
    const auto root = parse(json);
    if (!root)
        return json;
    return serialize(mapStrings(*root, [&](const QString &s) {
        return values.contains(s) ? QStringLiteral("${%1}").arg(name) : s;
    }), QJsonDocument::Indented);
}

QByteArray PluginConfigSecrets::resolve(const QByteArray &json, const Placeholders::Lookup &lookup,
                                        QStringList *unresolved)
{
    const auto root = parse(json);
    if (!root || !Placeholders::contains(QString::fromUtf8(json)))
        return json;
    return serialize(mapStrings(*root, [&](const QString &s) {
        return Placeholders::substitute(s, lookup, unresolved);
    }), QJsonDocument::Compact);
}

QString PluginConfigSecrets::describe(const QList<Literal> &literals)
{
    QStringList paths;
    for (const Literal &literal : literals)
        paths.append(literal.path);
    return paths.join(QStringLiteral(", "));
}

} // namespace hwb
