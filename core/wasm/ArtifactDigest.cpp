#include "ArtifactDigest.h"

#include <QCryptographicHash>

#ifdef HWB_HAVE_OPENSSL_CRYPTO
#include <openssl/evp.h>
#endif

namespace hwb {

QString sha256Hex(QByteArrayView bytes)
{
#ifdef HWB_HAVE_OPENSSL_CRYPTO
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1)
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
#endif
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace hwb
