#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace hwb {

// One HTTP/1.1 request as the mock upstream sees it. Header names are lower-cased.
class MockHttpRequest
{
public:
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const char *lowerCaseName) const;
    QByteArray path() const; // target without the query
};

// Incremental parser: bytes arrive in arbitrary pieces from the socket. Bounded, because anything may
// connect to the port: oversized heads or bodies are rejected rather than buffered.
class MockHttpRequestParser
{
public:
    enum class State { Incomplete, Complete, Invalid };
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

    State feed(const QByteArray &bytes);
    const MockHttpRequest &request() const { return m_request; }
    QByteArray error() const { return m_error; }

private:
    State parseHead();
    State parseBody();
    State parseChunkedBody();
    State fail(const char *error);

    QByteArray m_buffer;
    MockHttpRequest m_request;
    QByteArray m_error;
    bool m_headDone = false;
    bool m_chunked = false;
    qsizetype m_contentLength = 0;
    State m_state = State::Incomplete;
};

} // namespace hwb
