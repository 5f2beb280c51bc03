#include "ByteCursor.h"

namespace hwb {

std::optional<quint32> ByteCursor::u32le()
{
    if (m_failed || remaining() < 4)
        return fail();
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(quint8(m_bytes[m_pos + i])) << (8 * i);
    m_pos += 4;
    return v;
}

std::optional<quint32> ByteCursor::varU32Slow()
{
    quint64 result = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        const auto b = u8();
        if (!b)
            return std::nullopt;
        result |= quint64(*b & 0x7f) << shift;
        if (!(*b & 0x80))
            return result > 0xffffffffu ? fail() : std::optional<quint32>(quint32(result));
    }
    return fail();
}

std::optional<qint64> ByteCursor::varS64()
{
    quint64 result = 0;
    int shift = 0;
    for (int i = 0; i < 10; ++i) {
        const auto b = u8();
        if (!b)
            return std::nullopt;
        result |= quint64(*b & 0x7f) << shift;
        shift += 7;
        if (!(*b & 0x80)) {
            if (shift < 64 && (*b & 0x40))
                result |= ~quint64(0) << shift;
            return qint64(result);
        }
    }
    return fail();
}

std::optional<QString> ByteCursor::name()
{
    const auto len = varU32();
    if (!len)
        return std::nullopt;
    const auto raw = bytes(qsizetype(*len));
    if (!raw)
        return std::nullopt;
    return QString::fromUtf8(*raw);
}

bool ByteCursor::skip(qsizetype n)
{
    return bytes(n).has_value();
}

std::optional<ByteCursor> ByteCursor::sub(qsizetype n)
{
    const qsizetype start = offset();
    const auto view = bytes(n);
    if (!view)
        return std::nullopt;
    return ByteCursor(*view, start);
}

} // namespace hwb
