#include "MockHttpRequest.h"

namespace hwb {

QByteArray MockHttpRequest::header(const char *lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

QByteArray MockHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

MockHttpRequestParser::State MockHttpRequestParser::feed(const QByteArray &bytes)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer.append(bytes);
    if (!m_headDone) {
        m_state = parseHead();
        if (m_state != State::Incomplete || !m_headDone)
            return m_state;
    }
    m_state = m_chunked ? parseChunkedBody() : parseBody();
    return m_state;
}

MockHttpRequestParser::State MockHttpRequestParser::fail(const char *error)
{
    m_error = error;
    return State::Invalid;
}

MockHttpRequestParser::State MockHttpRequestParser::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return m_buffer.size() > kMaxHeadBytes ? fail("request head too large") : State::Incomplete;
    if (end > kMaxHeadBytes)
        return fail("request head too large");
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return fail("malformed request line");
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail("malformed header line");
        m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    m_buffer.remove(0, end + 4);
    m_headDone = true;
    m_chunked = m_request.header("transfer-encoding").toLower().contains("chunked");
    if (!m_chunked) {
        const QByteArray length = m_request.header("content-length");
        bool ok = length.isEmpty();
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return fail("bad content-length");
        if (m_contentLength > kMaxBodyBytes)
            return fail("request body too large");
    }
    return State::Incomplete;
}

MockHttpRequestParser::State MockHttpRequestParser::parseBody()
{
    if (m_buffer.size() < m_contentLength)
        return State::Incomplete;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.clear();
    return State::Complete;
}

// Envoy forwards a body whose content-length a plugin removed as chunked, so the mock accepts both.
MockHttpRequestParser::State MockHttpRequestParser::parseChunkedBody()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0)
            return m_buffer.size() > 64 ? fail("bad chunk size") : State::Incomplete;
        bool ok = false;
        const qsizetype size = m_buffer.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || m_request.body.size() + size > kMaxBodyBytes)
            return fail("bad chunk size");
        if (size == 0) {
            // Trailers are not used by LLM clients; the empty line ends the body.
            if (m_buffer.indexOf("\r\n\r\n", lineEnd) < 0)
                return State::Incomplete;
            m_buffer.clear();
            return State::Complete;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return State::Incomplete;
        m_request.body.append(m_buffer.mid(lineEnd + 2, size));
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

} // namespace hwb
