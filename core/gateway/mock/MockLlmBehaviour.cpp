#include "MockLlmBehaviour.h"

#include "MockHttpRequest.h"

#include <QStringList>

namespace hwb {

namespace {

struct FaultName
{
    MockLlmBehaviour::Fault fault;
    const char *name;
};

// The names are part of the CLI/header contract: never translated.
constexpr FaultName kFaultNames[] = {
    {MockLlmBehaviour::Fault::None, "none"},
    {MockLlmBehaviour::Fault::Hang, "hang"},
    {MockLlmBehaviour::Fault::Stall, "stall"},
    {MockLlmBehaviour::Fault::Reset, "reset"},
    {MockLlmBehaviour::Fault::TooManyRequests, "429"},
    {MockLlmBehaviour::Fault::ServerError, "500"},
    {MockLlmBehaviour::Fault::Malformed, "malformed"},
};

void overrideInt(const MockHttpRequest &request, const char *header, int max, int *value)
{
    bool ok = false;
    const int parsed = request.header(header).trimmed().toInt(&ok);
    if (ok && parsed >= 0 && parsed <= max)
        *value = parsed;
}

} // namespace

MockLlmBehaviour MockLlmBehaviour::withOverrides(const MockHttpRequest &request) const
{
    MockLlmBehaviour b = *this;
    overrideInt(request, "x-mock-ttft-ms", kMaxDelayMs, &b.ttftMs);
    overrideInt(request, "x-mock-itl-ms", kMaxDelayMs, &b.itlMs);
    overrideInt(request, "x-mock-tokens", kMaxTokens, &b.tokens);
    const QByteArray fault = request.header("x-mock-fault").trimmed();
    if (!fault.isEmpty())
        parseFault(QString::fromLatin1(fault), &b.fault);
    return b;
}

bool MockLlmBehaviour::parseFault(const QString &name, Fault *fault)
{
    for (const FaultName &f : kFaultNames) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
            *fault = f.fault;
            return true;
        }
    }
    return false;
}

QString MockLlmBehaviour::faultName(Fault fault)
{
    for (const FaultName &f : kFaultNames) {
        if (f.fault == fault)
            return QLatin1String(f.name);
    }
    return QStringLiteral("none");
}

QStringList MockLlmBehaviour::faultNames()
{
    QStringList names;
    for (const FaultName &f : kFaultNames)
        names << QLatin1String(f.name);
    return names;
}

} // namespace hwb
