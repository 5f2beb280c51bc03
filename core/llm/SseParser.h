#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hwb {

// One server-sent event as the WHATWG event-stream grammar defines it.
struct SseEvent
{
    QByteArray type;   // "event:" field; empty means "message"
    QByteArray data;   // "data:" lines joined with '\n'
    QByteArray id;
    bool done = false; // data was the OpenAI end marker "[DONE]"
};

// Incremental, bounded text/event-stream parser. Bytes may arrive split anywhere (even between '\r' and
// '\n'); memory never exceeds the limits below, whatever the peer sends. A line or event over its limit
// puts the parser into a sticky error state instead of growing.
class SseParser
{
public:
    struct Limits
    {
        qsizetype maxLineBytes = 256 * 1024;
        qsizetype maxEventBytes = 1024 * 1024;
    };
    enum class Error { None, LineTooLong, EventTooLarge };

    SseParser() = default;
    explicit SseParser(Limits limits) : m_limits(limits) { }

    // Parses bytes and appends every completed event to out.
    void feed(QByteArrayView bytes, QList<SseEvent> &out);
    // The stream ended: an event without its blank line is discarded, as the spec says; returns whether
    // one was pending (a sign of truncation).
    bool finish();

    Error error() const { return m_error; }
    qsizetype bufferedBytes() const { return m_line.size() + m_event.data.size(); }
    qint64 commentLines() const { return m_comments; }

private:
    void processLine(QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    Limits m_limits;
    Error m_error = Error::None;
    QByteArray m_line;
    SseEvent m_event;
    bool m_hasData = false;
    bool m_afterCr = false; // the previous chunk ended in '\r': a leading '\n' belongs to it
    bool m_atStart = true;  // a UTF-8 BOM may open the stream
    qint64 m_comments = 0;
};

} // namespace hwb
