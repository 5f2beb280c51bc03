#pragma once

#include <QByteArray>
#include <QString>

namespace hwb {

class MockHttpRequest;

// How the mock upstream answers one request: its pacing and, optionally, the way it misbehaves.
// Server-wide defaults come from the CLI flags; each request may override them with x-mock-* headers,
// so one running mock serves every scenario a test or a demo needs.
struct MockLlmBehaviour
{
    enum class Fault { None, Hang, Stall, Reset, TooManyRequests, ServerError, Malformed };

    int ttftMs = 200;   // request read -> first content token
    int itlMs = 25;     // between consecutive content tokens
    int tokens = 20;    // content tokens in the reply
    Fault fault = Fault::None;

    static constexpr int kMaxDelayMs = 600000;
    static constexpr int kMaxTokens = 100000;

    // Headers: x-mock-ttft-ms, x-mock-itl-ms, x-mock-tokens, x-mock-fault. An invalid value is not quietly
    // ignored (a demo of "hang" that gets a normal reply would mislead): *error names it, and the request is
    // answered 400.
    MockLlmBehaviour withOverrides(const MockHttpRequest &request, QString *error) const;

    static bool parseFault(const QString &name, Fault *fault);
    static QString faultName(Fault fault);
    static QStringList faultNames();
};

} // namespace hwb
