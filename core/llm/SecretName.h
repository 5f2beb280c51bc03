#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace hwb {

// Which names hold a credential: an HTTP header's, and a JSON member's in a request body, a plugin's configuration
// or the configuration a gateway logs (an array's strings take their member's name). One rule for all of them, so
// the gateway's log masks every key that the configuration editor refuses to save in clear text, and the two cannot
// drift apart.
class SecretName
{
public:
    static bool matches(QStringView name);
    static bool matches(QByteArrayView name) { return matches(QString::fromLatin1(name)); }
    // Whether lower-cased text holds a word that every secret name holds: a cheap test before looking for such names
    // in it (nearly all text has none).
    static bool mayOccurIn(QStringView lowerText);
};

} // namespace hwb
