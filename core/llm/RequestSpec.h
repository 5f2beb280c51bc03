#pragma once

#include <QByteArray>
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
};

struct FireTimeouts
{
    int connectMs = 10000;
    int firstByteMs = 30000;
    int idleMs = 30000;   // between two reads once the response started
    int totalMs = 300000;
};

struct FireLimits
{
    qsizetype keepBodyBytes = 64 * 1024;
    qsizetype keepTextChars = 64 * 1024;
    int keepEvents = 2000;
    int keepGaps = 100000;
    bool ignoreTlsErrors = false;
    bool keepAlive = false; // reuse connections in a batch (like hey/oha); TTFB then excludes connecting
};

} // namespace hwb
