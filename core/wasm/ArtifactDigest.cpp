#include "ArtifactDigest.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define HWB_SHA256_X86_EXTENSIONS
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace hwb {

namespace {

#ifdef HWB_SHA256_X86_EXTENSIONS

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
alignas(16) constexpr quint32 kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// FIPS 180-4 §5.3.3.
constexpr std::array<quint32, 8> kInitialState = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1))
        return false;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
}

// The compression function over whole 64-byte blocks, with the SHA extensions. sha256rnds2 does two rounds and
// wants the state split as (A, B, E, F) and (C, D, G, H), so the state is shuffled into that form once per call.
// The message schedule is a ring of four vectors of four words each: sha256msg1 adds sigma0 of the next words,
// the aligned middle vector adds W[t-7], and sha256msg2 adds sigma1 of the two words just made.
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaExtensions(quint32 *state, const uchar *data,
                                                                            qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4];
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i &words = w[group % 4];
            if (group < 4) {
                words = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)), byteSwap);
            } else {
                const __m128i &previous = w[(group + 3) % 4];
                words = _mm_sha256msg1_epu32(words, w[(group + 1) % 4]);
                words = _mm_add_epi32(words, _mm_alignr_epi8(previous, w[(group + 2) % 4], 4));
                words = _mm_sha256msg2_epu32(words, previous);
            }
            __m128i message = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(kRoundConstants + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}

QByteArray sha256WithShaExtensions(QByteArrayView bytes)
{
    std::array<quint32, 8> state = kInitialState;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype whole = bytes.size() / 64;
    compressWithShaExtensions(state.data(), data, whole);

    // The tail, the 0x80 marker and the bit length (big-endian) fill one or two last blocks.
    uchar last[128] = {};
    const qsizetype tail = bytes.size() % 64;
    if (tail > 0)
        std::memcpy(last, data + whole * 64, size_t(tail));
    last[tail] = 0x80;
    const qsizetype lastBlocks = tail < 56 ? 1 : 2;
    qToBigEndian(quint64(bytes.size()) * 8, last + lastBlocks * 64 - 8);
    compressWithShaExtensions(state.data(), last, lastBlocks);

    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        qToBigEndian(state[size_t(i)], digest.data() + 4 * i);
    return digest;
}

#endif // HWB_SHA256_X86_EXTENSIONS

} // namespace

QString sha256Hex(QByteArrayView bytes)
{
#ifdef HWB_SHA256_X86_EXTENSIONS
    static const bool shaExtensions = cpuHasShaExtensions();
    if (shaExtensions)
        return QString::fromLatin1(sha256WithShaExtensions(bytes).toHex());
#endif
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace hwb
