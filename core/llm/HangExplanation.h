#pragma once

#include "FireResult.h"
#include "gateway/ModuleCheck.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hwb {

// What is known of whatever answers at the URL a request waits on. A hang means different things behind a
// gateway whose module failed its check, one whose module passed, the mock LLM alone, or a server hwb did not
// start, and the user needs to be told which one it is.
struct HangTarget
{
    enum class Kind {
        Unknown,        // not looked up (yet)
        Server,         // no gateway hwb started listens there: a plain server, or a gateway started by hand
        MockLlm,        // the built-in mock LLM itself: no gateway and no plugin in the path
        ManagedGateway, // a gateway hwb started; `check` is the verification of the module it runs
    };
    Kind kind = Kind::Unknown;
    QString address;                  // "127.0.0.1:10000"
    QString plugin;                   // ManagedGateway: the plugin it runs
    std::optional<ModuleCheck> check; // ManagedGateway: empty when the module could not be read
    int mockPort = 0;                 // ManagedGateway: the host port of the mock LLM it forwards to; 0: not the mock
    QString provider;                 // ManagedGateway forwarding to a provider: its address, "api.openai.com:443"
    bool streaming = true;            // a reply that does not stream sends nothing until it is complete
    bool lookupTimedOut = false;      // Unknown for good: the container engine did not answer in time

    // "module-check-failed", "module-check-passed", "module-not-checked", "mock-llm", "not-managed", "unknown"
    QString causeId() const;
    bool moduleFailed() const { return check && check->hasErrors(); }
    // The plugin's module may be the cause, so verifying it is the way on (not for the mock, nor a module that passed).
    bool pointsAtModule() const { return kind != Kind::MockLlm && !(kind == Kind::ManagedGateway && check && !moduleFailed()); }
};

// The words for a request that has no first byte yet, or never got one. The window and hwb both say them, each in
// its own voice: hwb names itself and the commands to type, the window names itself "the workbench" and its pages.
class HangExplanation
{
public:
    enum class Voice { Terminal, Window };

    // While waiting, past the notice threshold: one or two lines, ending with when it is named a hang.
    static QString waiting(const HangTarget &target, double waitedSeconds, double hangAfterSeconds);
    // Once the first-byte timeout named it a hang: what happened, then cause().
    static QString hung(const HangTarget &target, double waitedSeconds, Voice voice = Voice::Terminal);
    // A run's hangs, said once: how many, then cause().
    static QString summary(const HangTarget &target, int hung, int total, double hangAfterSeconds,
                           Voice voice = Voice::Terminal);
    // A batch that stopped once its whole first round hung (BatchOptions::stopWhenFirstRoundHangs): how many were
    // fired, how many not and why. Each window adds its own way to fire the rest.
    static QString stoppedEarly(int fired, int notFired, double hangAfterSeconds, Voice voice = Voice::Terminal);
    // Why it hangs and what to do, for this target.
    static QString cause(const HangTarget &target, double hangAfterSeconds, Voice voice = Voice::Terminal);
    // A hung request's own error: the fact, without a cause (the cause is said once, not per request).
    static QString noFirstByte(double waitedSeconds);
    // The live line of requests in flight: "3 in flight · no first byte yet · 4.2 s", and "no data for 3.1 s" once
    // a response sent nothing for silentAfterMs (FireTimeouts::idleNoticeMs()). Empty for none.
    static QString inFlightLine(const QList<FireResult> &inFlight, int silentAfterMs);
    // A response that started and then sent nothing for silentSeconds: said while it waits, as waiting() is.
    static QString silent(double silentSeconds, double stalledAfterSeconds);
    // {cause, message, artifact?, plugin?, findings?}: the run summary's "hang" object.
    static QJsonObject toJson(const HangTarget &target, double hangAfterSeconds);

private:
    // cause()'s first sentence for a target that is no gateway hwb knows of: a plain server, or not known yet.
    static QString whereNoGatewayIsKnown(const HangTarget &target, Voice voice);
};

} // namespace hwb
