#include "HttpResponseParser.h"

namespace hwb {

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    QByteArray value;
    for (const Header &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            value = h.second;
    }
    return value;
}

void HttpResponseParser::fail(const char *why)
{
    m_state = State::Error;
    m_error = why;
}

// Lines end in "\n" (a preceding '\r' is dropped); a partial line waits in m_line for the next feed.
bool HttpResponseParser::takeLine(QByteArrayView bytes, qsizetype &pos, QByteArray &line)
{
    const qsizetype nl = bytes.indexOf('\n', pos);
    const qsizetype end = nl < 0 ? bytes.size() : nl;
    m_headerBytes += end - pos;
    if (m_headerBytes > kMaxHeaderBytes) {
        fail("response header block too large");
        return false;
    }
    m_line.append(bytes.sliced(pos, end - pos));
    if (nl < 0) {
        pos = bytes.size();
        return false;
    }
    pos = nl + 1;
    line = std::move(m_line);
    m_line.clear();
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

void HttpResponseParser::headerLine(const QByteArray &line)
{
    if (m_state == State::StatusLine) {
        // HTTP/1.1 200 OK
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        if (parts.size() >= 2 && parts[0].startsWith("HTTP/1."))
            m_status = parts[1].toInt(&ok);
        if (!ok || m_status < 100 || m_status > 999) {
            fail("not an HTTP/1.x response");
            return;
        }
        m_reason = line.mid(parts[0].size() + parts[1].size() + 2);
        m_state = State::Headers;
        return;
    }
    if (line.isEmpty()) {
        if (m_status >= 100 && m_status < 200 && m_status != 101) { // interim response: the real one follows
            m_headers.clear();
            m_state = State::StatusLine;
            return;
        }
        startBody();
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail("malformed response header line");
        return;
    }
    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::startBody()
{
    m_state = State::Body;
    const QByteArray te = header("transfer-encoding").toLower();
    const QByteArray length = header("content-length");
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
    } else if (te.contains("chunked")) {
        m_framing = Framing::Chunked;
    } else if (!length.isEmpty()) {
        bool ok = false;
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail("invalid Content-Length");
            return;
        }
        m_framing = Framing::Length;
        if (m_remaining == 0)
            m_framing = Framing::None;
    }
    if (m_framing == Framing::None)
        m_state = State::Complete;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes, QByteArray &body)
{
    qsizetype pos = 0;
    QByteArray line;
    while (pos < bytes.size() && m_state != State::Error && m_state != State::Complete) {
        if (m_state != State::Body) {
            if (takeLine(bytes, pos, line))
                headerLine(line);
            continue;
        }
        if (m_framing == Framing::UntilClose) {
            body.append(bytes.sliced(pos));
            return m_state;
        }
        if (m_framing == Framing::Length) {
            const qint64 n = qMin<qint64>(m_remaining, bytes.size() - pos);
            body.append(bytes.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::Complete;
            continue;
        }
        // Chunked transfer coding.
        switch (m_chunkState) {
        case ChunkState::Size:
            if (!takeLine(bytes, pos, line))
                break;
            m_headerBytes = 0; // the size line limit is per line
            {
                const qsizetype semicolon = line.indexOf(';');
                bool ok = false;
                m_remaining = line.left(semicolon < 0 ? line.size() : semicolon).trimmed().toLongLong(&ok, 16);
                if (!ok || m_remaining < 0) {
                    fail("invalid chunk size");
                    break;
                }
                m_chunkState = m_remaining == 0 ? ChunkState::Trailer : ChunkState::Data;
            }
            break;
        case ChunkState::Data: {
            const qint64 n = qMin<qint64>(m_remaining, bytes.size() - pos);
            body.append(bytes.sliced(pos, n));
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (!takeLine(bytes, pos, line))
                break;
            m_headerBytes = 0;
            if (!line.isEmpty())
                fail("chunk data longer than its size");
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailer:
            if (!takeLine(bytes, pos, line))
                break;
            m_headerBytes = 0;
            if (line.isEmpty())
                m_state = State::Complete;
            break;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Complete;
    else if (m_state != State::Complete && m_state != State::Error)
        fail("connection closed before the response was complete");
    return m_state;
}

} // namespace hwb
