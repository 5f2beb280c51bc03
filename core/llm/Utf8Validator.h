#pragma once

#include <QByteArrayView>

namespace hwb {

// Checks that a byte stream is well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF)
// while it arrives in arbitrary pieces, keeping three bytes of state instead of the whole body.
class Utf8Validator
{
public:
    bool feed(QByteArrayView bytes); // false once the stream is invalid (sticky)
    bool finish() const { return m_valid && m_needed == 0; }
    bool isValid() const { return m_valid; }
    qint64 errorOffset() const { return m_errorOffset; }

private:
    bool m_valid = true;
    int m_needed = 0;          // continuation bytes still expected
    unsigned char m_lower = 0x80, m_upper = 0xBF; // allowed range of the next continuation byte
    qint64 m_offset = 0;
    qint64 m_errorOffset = -1;
};

} // namespace hwb
