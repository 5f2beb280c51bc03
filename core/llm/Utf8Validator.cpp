#include "Utf8Validator.h"

namespace hwb {

// The decoding table of the Unicode standard, section 3.9, table 3-7.
bool Utf8Validator::feed(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size() && m_valid; ++i, ++m_offset) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (m_needed == 0) {
            m_lower = 0x80;
            m_upper = 0xBF;
            if (b < 0x80)
                continue;
            if (b >= 0xC2 && b <= 0xDF) {
                m_needed = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_needed = 2;
                if (b == 0xE0)
                    m_lower = 0xA0;
                else if (b == 0xED)
                    m_upper = 0x9F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_needed = 3;
                if (b == 0xF0)
                    m_lower = 0x90;
                else if (b == 0xF4)
                    m_upper = 0x8F;
            } else {
                m_valid = false;
            }
        } else if (b < m_lower || b > m_upper) {
            m_valid = false;
        } else {
            m_lower = 0x80;
            m_upper = 0xBF;
            --m_needed;
        }
        if (!m_valid)
            m_errorOffset = m_offset;
    }
    return m_valid;
}

} // namespace hwb
