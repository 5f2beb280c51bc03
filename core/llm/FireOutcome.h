#pragma once

#include <QList>
#include <QString>

namespace hwb {

// How one request ended; the ids are the `hwb fire` contract (BRIEF §5).
enum class Outcome {
    Ok,
    HttpError,
    Refused,
    DnsError,
    TlsError,
    Reset,
    TimeoutConnect,
    HangNoFirstByte,
    Stalled,
    Truncated,
    Malformed,
    Cancelled,
};

class OutcomeClassifier
{
public:
    static QString id(Outcome outcome);
    static Outcome fromId(const QString &id, bool *ok = nullptr);
    static const QList<Outcome> &all();
    static QString title(Outcome outcome); // short translated label for the UI
};

} // namespace hwb
