#include "HangExplanation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace hwb {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hwb::HangExplanation", text);
}

// "5", "4.2", "30": a tenth of a second is as fine as a person reads a wait.
QString seconds(double s)
{
    return QString::number(std::round(s * 10) / 10, 'g', 6);
}

QString codes(const ModuleCheck &check)
{
    QStringList out;
    for (const InspectionFinding &f : check.problems)
        if (f.severity == FindingSeverity::Error)
            out.append(f.code);
    return out.join(QLatin1String(", "));
}

QString notStreaming(const HangTarget &t, double hangAfter)
{
    if (t.streaming)
        return {};
    return QLatin1Char(' ')
        + QCoreApplication::translate("hwb::HangExplanation",
                                      "The request does not stream, so nothing comes until the whole reply is ready: a "
                                      "slow upstream may need a first-byte timeout longer than %1 s.")
              .arg(seconds(hangAfter));
}

// Who is speaking, at the start of a sentence and inside one. translate() with the class's context, not the file's
// tr(): lupdate files a free function's tr() under the namespace, where the window never looks.
QString subject(HangExplanation::Voice voice)
{
    return voice == HangExplanation::Voice::Window ? QCoreApplication::translate("hwb::HangExplanation", "The workbench")
                                                   : QStringLiteral("hwb");
}

QString name(HangExplanation::Voice voice)
{
    return voice == HangExplanation::Voice::Window ? QCoreApplication::translate("hwb::HangExplanation", "the workbench")
                                                   : QStringLiteral("hwb");
}

// Where to verify an artifact: the window has a page (and its banner a link) for it, a terminal a command.
QString whereToVerify(HangExplanation::Voice voice)
{
    return voice == HangExplanation::Voice::Window
        ? QCoreApplication::translate("hwb::HangExplanation", "on the Verify page")
        : QCoreApplication::translate("hwb::HangExplanation", "with `hwb inspect FILE.wasm` (or on the Verify page)");
}
} // namespace

QString HangTarget::causeId() const
{
    switch (kind) {
    case Kind::Unknown: return QStringLiteral("unknown");
    case Kind::Server: return QStringLiteral("not-managed");
    case Kind::MockLlm: return QStringLiteral("mock-llm");
    case Kind::ManagedGateway:
        return !check ? QStringLiteral("module-not-checked")
             : check->hasErrors() ? QStringLiteral("module-check-failed") : QStringLiteral("module-check-passed");
    }
    return {};
}

QString HangExplanation::noFirstByte(double waitedSeconds)
{
    return tr("No response byte in %1 s.").arg(seconds(waitedSeconds));
}

QString HangExplanation::inFlightLine(const QList<FireResult> &inFlight, int silentAfterMs)
{
    if (inFlight.isEmpty())
        return {};
    int waiting = 0;
    double longestWait = 0;
    double longest = 0;
    double longestSilence = 0;
    for (const FireResult &r : inFlight) {
        longest = qMax(longest, r.totalMs);
        if (r.ttfbMs < 0) {
            ++waiting;
            longestWait = qMax(longestWait, r.totalMs);
        } else {
            longestSilence = qMax(longestSilence, r.silentMs);
        }
    }
    const QString count = tr("%1 in flight").arg(inFlight.size());
    const QString dot = QStringLiteral(" · ");
    const auto inSeconds = [](double ms) { return QString::number(ms / 1000.0, 'f', 1); };
    if (waiting == inFlight.size())
        return count + dot + tr("no first byte yet") + dot + tr("%1 s").arg(inSeconds(longestWait));
    // "receiving" for a response that stopped sending would hide a stall until the idle timeout names it.
    const bool silent = longestSilence >= silentAfterMs;
    const QString silence = tr("no data for %1 s").arg(inSeconds(longestSilence));
    if (waiting == 0)
        return count + dot + (silent ? silence : tr("receiving")) + dot + tr("%1 s").arg(inSeconds(longest));
    return count + dot + tr("%1 without a first byte (%2 s)").arg(waiting).arg(inSeconds(longestWait)) + dot
        + tr("%1 receiving").arg(inFlight.size() - waiting) + (silent ? QStringLiteral(" (") + silence + QLatin1Char(')') : QString());
}

QString HangExplanation::silent(double silentSeconds, double stalledAfterSeconds)
{
    return tr("No data for %1 s since the response started: the upstream, or a plugin that holds the body, stopped "
              "sending. The request is named stalled at %2 s without data.")
        .arg(seconds(silentSeconds), seconds(stalledAfterSeconds));
}

QString HangExplanation::waiting(const HangTarget &t, double waited, double hangAfter)
{
    QString why;
    switch (t.kind) {
    case HangTarget::Kind::ManagedGateway:
        if (t.moduleFailed())
            why = tr("The gateway's module %1 failed its check (%2): such a module loads and then holds every request.")
                      .arg(t.check->artifact, codes(*t.check));
        else if (t.check)
            why = tr("The gateway's module passed its check: look at the upstream, it may be slow or unreachable.")
                + notStreaming(t, hangAfter);
        else
            why = tr("A gateway module built without its .buildrc tags behaves like this.") + notStreaming(t, hangAfter);
        break;
    case HangTarget::Kind::MockLlm:
        why = tr("%1 is the mock LLM, with no gateway in the path: it was told to hang, or it is busy.").arg(t.address);
        break;
    case HangTarget::Kind::Server:
    case HangTarget::Kind::Unknown:
        why = tr("If a proxy-wasm plugin is in the path, this is how a module built without its .buildrc tags behaves.")
            + notStreaming(t, hangAfter);
        break;
    }
    return tr("No first byte after %1 s.").arg(seconds(waited)) + QLatin1Char(' ') + why + QLatin1Char(' ')
        + tr("The request is named a hang at %1 s.").arg(seconds(hangAfter));
}

QString HangExplanation::whereNoGatewayIsKnown(const HangTarget &t, Voice voice)
{
    if (t.kind == HangTarget::Kind::Server)
        return tr("No gateway started by %1 listens on %2, so %1 cannot check the module there.").arg(name(voice), t.address);
    if (t.address.isEmpty())
        return tr("%1 cannot tell what runs on that address.").arg(subject(voice));
    if (t.lookupTimedOut)
        return tr("The container engine did not answer in time, so %1 cannot tell what listens on %2.")
            .arg(name(voice), t.address);
    // Unknown with an address otherwise: the engine has not answered yet (a busy daemon)
    return tr("%1 is still asking the container engine what listens on %2.").arg(subject(voice), t.address);
}

QString HangExplanation::hung(const HangTarget &t, double waited, Voice voice)
{
    const QString what = t.address.isEmpty()
        ? tr("No response: the server accepted the connection but sent no byte in %1 s.").arg(seconds(waited))
        : tr("No response: %1 accepted the connection but sent no byte in %2 s.").arg(t.address, seconds(waited));
    return what + QLatin1Char('\n') + cause(t, waited, voice);
}

QString HangExplanation::summary(const HangTarget &t, int hung, int total, double hangAfter, Voice voice)
{
    return tr("%1 of %2 requests hung: no response byte in %3 s.").arg(hung).arg(total).arg(seconds(hangAfter))
        + QLatin1Char('\n') + cause(t, hangAfter, voice);
}

QString HangExplanation::stoppedEarly(int fired, int notFired, double hangAfter, Voice voice)
{
    if (fired == 1)
        return tr("Stopped after the first request: it hung, so %1 held back the remaining %2. The rest would most "
                  "likely hang the same way, %3 s each.")
            .arg(name(voice))
            .arg(notFired)
            .arg(seconds(hangAfter));
    // Worded to read right for any count, one held back included, without plural forms.
    return tr("Stopped after the first %1 requests: every one hung, so %2 held back the remaining %3. The rest would "
              "most likely hang the same way, %4 s a round.")
        .arg(fired)
        .arg(name(voice))
        .arg(notFired)
        .arg(seconds(hangAfter));
}

QString HangExplanation::cause(const HangTarget &t, double hangAfter, Voice voice)
{
    const bool window = voice == Voice::Window;
    const QString plugin = t.plugin.isEmpty() ? tr("the plugin") : t.plugin;
    switch (t.kind) {
    case HangTarget::Kind::ManagedGateway:
        if (t.moduleFailed())
            return tr("The gateway runs %1's module %2, and that module failed its check:\n%3\nThat is the cause: the "
                      "gateway loads such a module and then holds every request. Rebuild it with its .buildrc tags and "
                      "restart the gateway (%4).")
                .arg(plugin, t.check->artifact, t.check->lines().join(QLatin1Char('\n')),
                     window ? tr("the Verify page lists the findings")
                            : tr("`hwb inspect %1` lists the findings").arg(t.check->artifact));
        if (t.check)
            return tr("The gateway runs %1's module %2, which passed its check: its ABI and build tags are right, so "
                      "the build is not the cause. The upstream behind the gateway did not answer within %3 s: check "
                      "that it runs and that the gateway reaches it, and read the gateway's log (%4).")
                       .arg(plugin, t.check->artifact, seconds(hangAfter),
                            window ? tr("on the Gateway page") : QStringLiteral("`hwb gateway logs %1`").arg(plugin))
                + notStreaming(t, hangAfter);
        return tr("The gateway runs %1's module, but %2 could not read it to check it. With a proxy-wasm plugin, a hang "
                  "like this is the classic sign of a build that skipped its .buildrc tags "
                  "(EXTRA_TAGS=proxy_wasm_version_0_2_100): verify the artifact %3.")
                   .arg(plugin, name(voice), whereToVerify(voice))
            + notStreaming(t, hangAfter);
    case HangTarget::Kind::MockLlm:
        return tr("No gateway and no plugin are in the path: %1 is the built-in mock LLM, and it holds a request "
                  "unanswered when told to (the x-mock-fault: hang header, or mock-llm --fault hang).")
            .arg(t.address);
    case HangTarget::Kind::Server:
    case HangTarget::Kind::Unknown:
        break;
    }
    return whereNoGatewayIsKnown(t, voice) + QLatin1Char(' ')
        + tr("If a proxy-wasm plugin is in the path, a module built without its .buildrc tags "
             "(EXTRA_TAGS=proxy_wasm_version_0_2_100) hangs every request like this: verify the artifact %1. Otherwise "
             "the server itself did not answer in time.")
              .arg(whereToVerify(voice))
        + notStreaming(t, hangAfter);
}

QJsonObject HangExplanation::toJson(const HangTarget &t, double hangAfter)
{
    QJsonObject o{{QLatin1String("cause"), t.causeId()}, {QLatin1String("message"), cause(t, hangAfter)}};
    if (!t.plugin.isEmpty())
        o.insert(QLatin1String("plugin"), t.plugin);
    if (t.check) {
        o.insert(QLatin1String("artifact"), t.check->artifact);
        QJsonArray findings;
        for (const InspectionFinding &f : t.check->problems)
            findings.append(f.toJson());
        o.insert(QLatin1String("findings"), findings);
    }
    return o;
}

} // namespace hwb
