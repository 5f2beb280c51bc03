#include "FireOutcome.h"

#include <QCoreApplication>

namespace hwb {

namespace {
struct OutcomeName
{
    Outcome outcome;
    const char *id;
    const char *title;
};
const OutcomeName kNames[] = {
    {Outcome::Ok, "ok", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "OK")},
    {Outcome::HttpError, "http_error", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "HTTP error")},
    {Outcome::Refused, "refused", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Connection refused")},
    {Outcome::DnsError, "dns_error", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Host not found")},
    {Outcome::TlsError, "tls_error", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "TLS error")},
    {Outcome::Reset, "reset", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Connection reset")},
    {Outcome::TimeoutConnect, "timeout_connect", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Connect timeout")},
    {Outcome::HangNoFirstByte, "hang_no_first_byte", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "No response (hang)")},
    {Outcome::Stalled, "stalled", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Stalled")},
    {Outcome::Truncated, "truncated", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Truncated")},
    {Outcome::Malformed, "malformed", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Malformed")},
    {Outcome::Cancelled, "cancelled", QT_TRANSLATE_NOOP("hwb::OutcomeClassifier", "Cancelled")},
};
} // namespace

QString OutcomeClassifier::id(Outcome outcome)
{
    for (const auto &n : kNames) {
        if (n.outcome == outcome)
            return QLatin1String(n.id);
    }
    return {};
}

Outcome OutcomeClassifier::fromId(const QString &id, bool *ok)
{
    for (const auto &n : kNames) {
        if (id == QLatin1String(n.id)) {
            if (ok)
                *ok = true;
            return n.outcome;
        }
    }
    if (ok)
        *ok = false;
    return Outcome::Malformed;
}

const QList<Outcome> &OutcomeClassifier::all()
{
    static const QList<Outcome> list = [] {
        QList<Outcome> l;
        for (const auto &n : kNames)
            l.append(n.outcome);
        return l;
    }();
    return list;
}

QString OutcomeClassifier::title(Outcome outcome)
{
    for (const auto &n : kNames) {
        if (n.outcome == outcome)
            return QCoreApplication::translate("hwb::OutcomeClassifier", n.title);
    }
    return {};
}

} // namespace hwb
