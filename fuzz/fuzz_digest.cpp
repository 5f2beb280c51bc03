// Differential libFuzzer target: sha256Hex (the CPU's SHA extensions where it has them) must agree with Qt's
// SHA-256 on any bytes, of any length and alignment.
#include "wasm/ArtifactDigest.h"

#include <QCryptographicHash>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (hwb::sha256Hex(bytes) != QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
        std::abort();
    return 0;
}
