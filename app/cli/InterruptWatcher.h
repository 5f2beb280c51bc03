#pragma once

#include <QTimer>

#include <functional>

namespace hwb::cli {

// While it lives, Ctrl-C (SIGINT) and SIGTERM call onInterrupt on the event loop instead of killing hwb, so a
// command can stop its work and still print, save and report what it has. A signal handler may only set a
// flag; a timer turns the flag into the call. The handling from before comes back when the watcher goes.
class InterruptWatcher
{
public:
    static constexpr int kExitCode = 130; // how a shell reports a command stopped with Ctrl-C

    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

    bool interrupted() const { return m_interrupted; }

    // The build server's client was interrupted (or went away): the same as a signal to this process. One that
    // comes before a watcher exists is kept for the next watcher, until forgetPendingInterrupt().
    static void interruptFromClient();
    static void forgetPendingInterrupt();

private:
    QTimer m_poll;
    bool m_interrupted = false;
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

} // namespace hwb::cli
