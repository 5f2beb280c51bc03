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

// The error bodies are protocol text, like the API errors the mock imitates: not translated.
void overrideInt(const MockHttpRequest &request, const char *header, int max, int *value, QString *error)
{
    const QByteArray text = request.header(header).trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (ok && parsed >= 0 && parsed <= max)
        *value = parsed;
    else if (error->isEmpty())
        *error = QStringLiteral("mock: %1 must be a whole number from 0 to %2, not '%3'")
                     .arg(QLatin1String(header)).arg(max).arg(QString::fromLatin1(text));
}

} // namespace

MockLlmBehaviour MockLlmBehaviour::withOverrides(const MockHttpRequest &request, QString *error) const
{
    MockLlmBehaviour b = *this;
    overrideInt(request, "x-mock-ttft-ms", kMaxDelayMs, &b.ttftMs, error);
    overrideInt(request, "x-mock-itl-ms", kMaxDelayMs, &b.itlMs, error);
    overrideInt(request, "x-mock-tokens", kMaxTokens, &b.tokens, error);
    const QByteArray fault = request.header("x-mock-fault").trimmed();
    if (!fault.isEmpty() && !parseFault(QString::fromLatin1(fault), &b.fault) && error->isEmpty())
        *error = QStringLiteral("mock: unknown x-mock-fault '%1'; one of: %2")
                     .arg(QString::fromLatin1(fault), faultNames().join(QStringLiteral(", ")));
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
