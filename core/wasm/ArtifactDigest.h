#pragma once

#include <QByteArrayView>
#include <QString>

namespace hwb {

// The SHA-256 of an artifact, lower-case hex. Uses OpenSSL's libcrypto when the build found it (SHA
// extensions make it several times faster than QCryptographicHash on a multi-megabyte module, and
// hashing dominates `hwb inspect`), otherwise Qt's implementation.
QString sha256Hex(QByteArrayView bytes);

} // namespace hwb
