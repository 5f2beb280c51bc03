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
    g_signalled = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QObject::connect(&m_poll, &QTimer::timeout, &m_poll, [this, onInterrupt = std::move(onInterrupt)] {
        if (!g_signalled.exchange(false))
            return;
        m_interrupted = true;
        onInterrupt();
    });
    m_poll.start(kPollMs);
}

InterruptWatcher::~InterruptWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace hwb::cli
