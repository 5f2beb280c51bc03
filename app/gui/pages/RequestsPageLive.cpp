#include "RequestsPage.h"

#include "AppContext.h"
#include "RequestsBatchView.h"
#include "RequestsSingleView.h"
#include "widgets/MessageBar.h"

#include "gateway/GatewayRunProfile.h"
#include "gateway/HangTargetProbe.h"
#include "gateway/MockUpstreamProbe.h"
#include "llm/HangExplanation.h"

#include <QDateTime>

#include <algorithm>
#include <QTimer>

namespace hwb::gui {

namespace {
// Often enough that a counter of tenths of a second moves smoothly, rarely enough to cost nothing.
constexpr int kLiveRefreshMs = 200;
} // namespace

void RequestsPage::lookUpTarget(const QUrl &url, bool toMock, bool streaming, bool forBatch)
{
    disconnect(m_probe, nullptr, this, nullptr);
    m_toMock = toMock;
    const auto show = [this, forBatch](const HangTarget &target) {
        if (forBatch)
            m_batchView->setHangTarget(target);
        else
            m_single->setHangTarget(target);
    };
    if (toMock) { // the window started it: no need to ask the container engine
        HangTarget target;
        target.kind = HangTarget::Kind::MockLlm;
        target.address = HangTargetProbe::addressOf(url);
        target.streaming = streaming;
        show(target);
        return;
    }
    connect(m_probe, &HangTargetProbe::resolved, this, show);
    m_probe->setEngineProgram(gatewayEngine());
    m_probe->setPluginDirs([this](const QString &name) {
        for (const PluginInfo &p : m_context.plugins()->plugins())
            if (p.name == name)
                return p.path;
        return QString();
    });
    m_probe->start(url, streaming);
    if (!m_probe->isDone())
        show(m_probe->target()); // what is known until the engine answers: the address
}

QString RequestsPage::gatewayEngine() const
{
    // The engine of the gateway the window runs, else the one the Gateway page would start it with (podman, say):
    // the one that knows the gateway at the URL.
    if (!m_context.gatewayPlugin().isEmpty())
        return m_context.gatewayEngine();
    return GatewayRunProfileStore::selected(m_context.workspaceRoot()).engine;
}

void RequestsPage::explainUnreachableUpstream(const QList<FireResult> &results)
{
    if (m_toMock || std::none_of(results.cbegin(), results.cend(), [](const FireResult &r) { return r.upstreamUnreachable(); }))
        return;
    if (!m_mockProbe)
        m_mockProbe = new MockUpstreamProbe(this);
    m_mockProbe->setEngine(gatewayEngine());
    disconnect(m_mockProbe, nullptr, this, nullptr);
    const auto show = [this](const MockUpstreamStatus &status) {
        m_messages->showMessage(MessageBar::Kind::Warning, status.unreachableText());
    };
    connect(m_mockProbe, &MockUpstreamProbe::finished, this, show);
    const auto probe = [this, show] {
        // Only a gateway the workbench started says, by its label, that its upstream is the mock.
        if (m_probe->target().mockPort > 0)
            m_mockProbe->start(m_probe->target().mockPort);
        else
            show(MockUpstreamStatus::forProvider(m_probe->target().provider));
    };
    if (m_probe->isDone())
        probe();
    else
        connect(m_probe, &HangTargetProbe::resolved, this, probe, Qt::SingleShotConnection);
}

void RequestsPage::startLive(const FireTimeouts &timeouts)
{
    m_single->setWaitLimits(timeouts.firstByteNoticeMs(), timeouts.firstByteMs);
    m_batchView->setWaitLimits(timeouts.firstByteNoticeMs(), timeouts.firstByteMs);
    m_single->setSilenceLimits(timeouts.idleNoticeMs(), timeouts.idleMs);
    m_batchView->setSilenceLimits(timeouts.idleNoticeMs(), timeouts.idleMs);
    connect(m_liveTick, &QTimer::timeout, this, &RequestsPage::tickLive, Qt::UniqueConnection);
    m_liveTick->start(kLiveRefreshMs);
}

void RequestsPage::tickLive()
{
    if (m_request && !m_request->isFinished())
        m_single->showProgress(m_request->liveResult());
    if (m_runner && m_runner->isRunning())
        m_batchView->showInFlight(m_runner->inFlightResults());
}

void RequestsPage::stopLive()
{
    m_liveTick->stop();
}

void RequestsPage::reportStoppedOnHang(int fired, int notFired)
{
    m_notFired = notFired;
    m_messages->showMessage(
        MessageBar::Kind::Warning,
        HangExplanation::stoppedEarly(fired, notFired, m_batchOptions.timeouts.firstByteMs / 1000.0,
                                      HangExplanation::Voice::Window),
        tr("Fire the rest anyway"), [this] { fireTheRest(); });
}

void RequestsPage::fireTheRest()
{
    BatchOptions options = m_batchOptions;
    options.count = m_notFired;
    options.stopWhenFirstRoundHangs = false; // asked for on purpose
    m_lastInfo.startedAtMsEpoch = QDateTime::currentMSecsSinceEpoch();
    m_messages->hide();
    startBatch(m_batchSpec, options);
}

} // namespace hwb::gui
