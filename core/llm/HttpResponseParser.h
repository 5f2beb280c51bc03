#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace hwb {

// Incremental HTTP/1.1 response parser for the request engine: status line, headers, then the body
// framed by Content-Length, chunked transfer coding or the connection's end. Body bytes are handed out
// as they arrive and never accumulated here; only the header block is buffered, up to a limit.
class HttpResponseParser
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    enum class State { StatusLine, Headers, Body, Complete, Error };

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

    // Consumes bytes and appends decoded body bytes (chunk framing removed) to body. Returns the state.
    State feed(QByteArrayView bytes, QByteArray &body);
    // The peer closed the connection: completes a close-delimited body, otherwise the message is cut short.
    State finish();

    State state() const { return m_state; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Complete; }
    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    const QList<Header> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const; // case-insensitive; last one wins
    const QByteArray &errorText() const { return m_error; }

private:
    bool takeLine(QByteArrayView bytes, qsizetype &pos, QByteArray &line);
    void headerLine(const QByteArray &line);
    void startBody();
    void fail(const char *why);

    enum class Framing { Length, Chunked, UntilClose, None };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    State m_state = State::StatusLine;
    int m_status = 0;
    QByteArray m_reason;
    QList<Header> m_headers;
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    Framing m_framing = Framing::UntilClose;
    ChunkState m_chunkState = ChunkState::Size;
    qint64 m_remaining = 0;
    QByteArray m_error;
};

} // namespace hwb
