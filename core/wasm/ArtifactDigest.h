#pragma once

#include <QByteArrayView>
#include <QString>

namespace hwb {

// The SHA-256 of an artifact, lower-case hex. On x86-64 CPUs with the SHA extensions (Intel since Ice Lake and
// Goldmont, AMD since Zen) it uses them: several times faster than QCryptographicHash on a multi-megabyte module,
// and hashing dominates `hwb inspect`. This replaced libcrypto, which cost every hwb start 1.4 ms of relocations;
// elsewhere it is Qt's implementation.
QString sha256Hex(QByteArrayView bytes);

} // namespace hwb
