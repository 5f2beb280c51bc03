#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace hwb {

// A bounds-checked reader over untrusted wasm bytes. Every read either succeeds inside the view or
// fails and sets the cursor's failed flag; nothing ever reads past the end.
class ByteCursor
{
public:
    explicit ByteCursor(QByteArrayView bytes, qsizetype baseOffset = 0)
        : m_bytes(bytes), m_base(baseOffset) {}

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    bool failed() const { return m_failed; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }
    qsizetype offset() const { return m_base + m_pos; } // absolute offset in the file

    std::optional<quint8> u8();
    std::optional<quint32> u32le();
    std::optional<quint32> varU32(); // unsigned LEB128, at most 5 bytes
    std::optional<qint64> varS64();  // signed LEB128, at most 10 bytes
    std::optional<QByteArrayView> bytes(qsizetype n);
    std::optional<QString> name();   // a length-prefixed UTF-8 name
    bool skip(qsizetype n);
    // A sub-cursor over the next n bytes; this cursor moves past them.
    std::optional<ByteCursor> sub(qsizetype n);

private:
    std::optional<quint32> varU32Slow();
    std::nullopt_t fail() { m_failed = true; return std::nullopt; }

    QByteArrayView m_bytes;
    qsizetype m_base = 0;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// The reads every section makes once per entry (a Go module has ~40,000 data segments) are inline.

inline std::optional<quint8> ByteCursor::u8()
{
    if (m_failed || m_pos >= m_bytes.size())
        return fail();
    return quint8(m_bytes[m_pos++]);
}

inline std::optional<quint32> ByteCursor::varU32()
{
    // One byte (values below 128) is the common case: counts, kinds, small sizes.
    if (!m_failed && m_pos < m_bytes.size() && !(quint8(m_bytes[m_pos]) & 0x80))
        return quint8(m_bytes[m_pos++]);
    return varU32Slow();
}

inline std::optional<QByteArrayView> ByteCursor::bytes(qsizetype n)
{
    if (m_failed || n < 0 || n > remaining())
        return fail();
    const QByteArrayView view = m_bytes.sliced(m_pos, n);
    m_pos += n;
    return view;
}

} // namespace hwb
