#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <QList>
#include <QPair>
#include <QUrl>

namespace hwb {

// What to send: a fully resolved HTTP request (placeholders already substituted).
struct RequestSpec
{
    QUrl url;
    QByteArray method = "POST";
    QList<QPair<QByteArray, QByteArray>> headers; // a Host header here overrides the URL's
    QByteArray body;

    // The request as it goes on the wire, HTTP/1.1. The framing is ours: Content-Length, and Connection: close
    // unless keepAlive (the headers' own framing headers are dropped); a Host header here overrides the URL's.
    QByteArray toWire(bool keepAlive = false) const;
    // The body asks for a stream ("stream": true): a reply that does not stream sends nothing until it is complete.
    bool asksForStream() const;
};

struct FireTimeouts
{
    int connectMs = 10000;
    int firstByteMs = 30000;
    int idleMs = 30000;   // between two reads once the response started
    int totalMs = 300000;
    // No first byte for this long: say so while the request still waits (a hang is named only at firstByteMs).
    int noticeMs = 5000;

    // The notice comes halfway to the hang at the latest, so a short first-byte timeout still gets one.
    int firstByteNoticeMs() const { return qMin(noticeMs, firstByteMs / 2); }
    // Likewise for a response that stops sending: said long before idleMs names it stalled.
    int idleNoticeMs() const { return qMin(noticeMs, idleMs / 2); }
};

struct FireLimits
{
    qsizetype keepBodyBytes = 64 * 1024;
    qsizetype checkBodyBytes = 8 * 1024 * 1024; // of a body that did not stream, held until it is checked
    qsizetype keepTextChars = 64 * 1024;
    int keepEvents = 2000;
    int keepGaps = 100000;
    bool ignoreTlsErrors = false;
    bool keepAlive = false; // reuse connections in a batch (like hey/oha); TTFB then excludes connecting
};

} // namespace hwb
