#include "InterruptWatcher.h"

#include <atomic>
#include <csignal>

namespace hwb::cli {

namespace {

constexpr int kPollMs = 100;
std::atomic_bool g_signalled{false};

void onSignal(int)
{
    g_signalled = true;
}

} // namespace

InterruptWatcher::InterruptWatcher(std::function<void()> onInterrupt)
{
    m_previousInt = std::signal(SIGINT, onSignal);
    m_previousTerm = std::signal(SIGTERM, onSignal);
    QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this, onInterrupt = std::move(onInterrupt)] {
        if (!g_signalled.exchange(false))
            return;
        m_interrupted = true;
        onInterrupt();
    });
    m_poll.start(kPollMs);
}

void InterruptWatcher::interruptFromClient()
{
    g_signalled = true;
}

void InterruptWatcher::forgetPendingInterrupt()
{
    g_signalled = false;
}

InterruptWatcher::~InterruptWatcher()
{
    // What was there before, not SIG_DFL: under nohup SIGINT is ignored, and must stay so.
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

} // namespace hwb::cli
