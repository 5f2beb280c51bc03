#include "SseParser.h"

namespace hwb {

void SseParser::feed(QByteArrayView bytes, QList<SseEvent> &out)
{
    qsizetype i = 0;
    if (m_atStart && !bytes.isEmpty()) {
        static constexpr char bom[] = "\xEF\xBB\xBF";
        // The BOM may itself be split across feeds; only a full one at offset 0 is stripped.
        if (bytes.size() >= 3 && bytes.first(3) == QByteArrayView(bom, 3))
            i = 3;
        m_atStart = false;
    }
    while (i < bytes.size() && m_error == Error::None) {
        if (m_afterCr) {
            m_afterCr = false;
            if (bytes[i] == '\n') {
                ++i;
                continue;
            }
        }
        // Take the run of bytes up to the next line end in one append.
        qsizetype end = i;
        while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r')
            ++end;
        if (m_line.size() + (end - i) > m_limits.maxLineBytes) {
            m_error = Error::LineTooLong;
            m_line.clear();
            return;
        }
        m_line.append(bytes.sliced(i, end - i));
        if (end == bytes.size())
            return;
        m_afterCr = bytes[end] == '\r';
        i = end + 1;
        processLine(out);
        m_line.clear();
    }
}

void SseParser::processLine(QList<SseEvent> &out)
{
    if (m_line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (m_line.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = m_line.indexOf(':');
    const QByteArrayView field = colon < 0 ? QByteArrayView(m_line) : QByteArrayView(m_line).first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = QByteArrayView(m_line).sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_event.data.size() + value.size() + 1 > m_limits.maxEventBytes) {
            m_error = Error::EventTooLarge;
            m_event = {};
            return;
        }
        if (m_hasData)
            m_event.data.append('\n');
        m_event.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_event.type = value.first(qMin<qsizetype>(value.size(), 256)).toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_event.id = value.first(qMin<qsizetype>(value.size(), 256)).toByteArray();
    }
    // "retry" and unknown fields are ignored: a load tool does not reconnect.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (!m_hasData) {
        m_event.type.clear(); // an event with no data is not dispatched
        return;
    }
    m_event.done = m_event.data.trimmed() == "[DONE]";
    out.append(std::move(m_event));
    m_event = {};
    m_hasData = false;
}

bool SseParser::finish()
{
    const bool pending = m_hasData || !m_line.isEmpty();
    m_line.clear();
    m_event = {};
    m_hasData = false;
    return pending;
}

} // namespace hwb
