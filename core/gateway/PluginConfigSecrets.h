#pragma once

#include "common/Placeholders.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hwb {

// API keys in a plugin's configuration: ai-proxy's provider.apiTokens, Bedrock's awsSecretKey, key-auth's
// consumers' credential (any member SecretName calls a credential, as the gateway's log masks them). The workbench
// never writes one to disk in clear text: a saved configuration holds ${API_KEY} instead, and the key comes from
// the keychain (the app) or $HWB_API_KEY (hwb) when the gateway starts.
class PluginConfigSecrets
{
public:
    struct Literal
    {
        QString path;  // where in the JSON: "provider.apiTokens[0]"
        QString value;
    };

    // The string values of a JSON configuration that look like keys written out. Placeholders, and sample
    // values such as "YOUR_API_TOKEN" or "<key>", are not keys. Nothing for text that is not JSON.
    static QList<Literal> literals(const QByteArray &json);
    // json with each literal's value replaced by ${name}; the rest of the text stays as it was.
    static QByteArray withPlaceholder(const QByteArray &json, const QList<Literal> &literals, const QString &name);
    // The configuration the gateway gets: each ${NAME} inside a JSON string replaced by lookup(NAME), escaped
    // as JSON. Text without placeholders, or that is not JSON, is returned as it is.
    static QByteArray resolve(const QByteArray &json, const Placeholders::Lookup &lookup, QStringList *unresolved);
    // "provider.apiTokens[0], provider.apiTokens[1]", for messages.
    static QString describe(const QList<Literal> &literals);
};

} // namespace hwb
