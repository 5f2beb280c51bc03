#include "ReadLease.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <atomic>
#include <csignal>
#include <sys/mman.h>
#endif

namespace hwb {

#ifdef Q_OS_LINUX

namespace {

// The mappings content() made, for the signal handlers. A slot is claimed with a compare-and-swap, so a handler and
// the lease's destructor never both act on one mapping: whoever moves it out of Mapped owns it.
enum SlotState { Free, Owned, Mapped, Replacing, Replaced };
struct GuardedMapping
{
    std::atomic<int> state{Free};
    int fd = -1;
    void *address = nullptr;
    size_t length = 0;
};
constexpr int kSlots = 8; // a build has one lease at a time; a test a few
GuardedMapping g_mappings[kSlots];

// Async-signal-safe (mmap and fcntl are plain system calls): puts zero pages where the file was mapped, so reads go
// on without touching the file. Returns whether `slot` was ours to replace.
bool replaceWithZeroPages(GuardedMapping &slot)
{
    int expected = Mapped;
    if (!slot.state.compare_exchange_strong(expected, Replacing))
        return expected == Replaced || expected == Replacing;
    ::mmap(slot.address, slot.length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    slot.state.store(Replaced);
    return true;
}

// SIGIO with si_fd names a descriptor whose lease is being broken (F_SETSIG is set).
void releaseBrokenLease(int, siginfo_t *info, void *)
{
    if (!info || info->si_fd < 0)
        return;
    for (GuardedMapping &slot : g_mappings)
        if (slot.state.load() >= Mapped && slot.fd == info->si_fd)
            replaceWithZeroPages(slot);
    ::fcntl(info->si_fd, F_SETLEASE, F_UNLCK);
}

struct sigaction g_previousBusAction;

// The net under the net: a lease the kernel broke without us (after lease-break-time, 45 s, say while hwb was
// stopped) leaves the mapping in place, and a read past a truncated end would kill hwb. A fault in one of our
// mappings replaces it and retries the read; any other goes to whoever handled SIGBUS before.
void recoverFromTruncation(int signal, siginfo_t *info, void *context)
{
    const auto *address = static_cast<const char *>(info ? info->si_addr : nullptr);
    for (GuardedMapping &slot : g_mappings) {
        if (slot.state.load() < Mapped)
            continue;
        const auto *start = static_cast<const char *>(slot.address);
        if (address >= start && address < start + slot.length && replaceWithZeroPages(slot))
            return;
    }
    if (g_previousBusAction.sa_flags & SA_SIGINFO) {
        g_previousBusAction.sa_sigaction(signal, info, context);
    } else if (g_previousBusAction.sa_handler != SIG_IGN && g_previousBusAction.sa_handler != SIG_DFL) {
        g_previousBusAction.sa_handler(signal);
    } else {
        ::sigaction(SIGBUS, &g_previousBusAction, nullptr); // the fault recurs on return, now with the default
    }
}

bool installHandlers()
{
    static const bool installed = [] {
        struct sigaction action {};
        action.sa_sigaction = releaseBrokenLease;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        struct sigaction bus {};
        bus.sa_sigaction = recoverFromTruncation;
        bus.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&bus.sa_mask);
        return ::sigaction(SIGIO, &action, nullptr) == 0 && ::sigaction(SIGBUS, &bus, &g_previousBusAction) == 0;
    }();
    return installed;
}

} // namespace

std::unique_ptr<ReadLease> ReadLease::take(const QString &path)
{
    if (!installHandlers())
        return nullptr;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nullptr;
    std::unique_ptr<ReadLease> lease(new ReadLease(fd));
    // The signal first: a break that came between the two calls would otherwise be SIGIO's default, exit.
    if (::fcntl(fd, F_SETSIG, SIGIO) != 0 || ::fcntl(fd, F_SETLEASE, F_RDLCK) != 0)
        return nullptr;
    lease->m_identity = FileIdentity::ofDescriptor(fd);
    return lease;
}

bool ReadLease::holds() const
{
    return ::fcntl(m_fd, F_GETLEASE) == F_RDLCK;
}

QByteArrayView ReadLease::content()
{
    if (m_mappingSlot >= 0) {
        const GuardedMapping &slot = g_mappings[m_mappingSlot];
        return {static_cast<const char *>(slot.address), qsizetype(slot.length)};
    }
    if (m_identity.size <= 0 || !holds())
        return {};
    for (int i = 0; i < kSlots; ++i) {
        GuardedMapping &slot = g_mappings[i];
        int expected = Free;
        if (!slot.state.compare_exchange_strong(expected, Owned))
            continue;
        void *address = ::mmap(nullptr, size_t(m_identity.size), PROT_READ, MAP_PRIVATE, m_fd, 0);
        if (address == MAP_FAILED) {
            slot.state.store(Free);
            return {};
        }
        slot.fd = m_fd;
        slot.address = address;
        slot.length = size_t(m_identity.size);
        slot.state.store(Mapped);
        m_mappingSlot = i;
        // A break between holds() and here found no mapping to replace: a read now could meet a truncated file.
        if (!holds())
            replaceWithZeroPages(slot);
        return {static_cast<const char *>(address), qsizetype(m_identity.size)};
    }
    return {};
}

ReadLease::~ReadLease()
{
    // The lease first: after that no break names this descriptor, then the mapping, once no handler holds it.
    ::fcntl(m_fd, F_SETLEASE, F_UNLCK);
    if (m_mappingSlot >= 0) {
        GuardedMapping &slot = g_mappings[m_mappingSlot];
        int state = slot.state.load();
        while (!((state == Mapped || state == Replaced) && slot.state.compare_exchange_weak(state, Owned)))
            state = slot.state.load(); // Replacing: a handler is between two system calls
        ::munmap(slot.address, slot.length);
        slot.fd = -1;
        slot.state.store(Free);
    }
    ::close(m_fd);
}

#else

std::unique_ptr<ReadLease> ReadLease::take(const QString &)
{
    return nullptr;
}

bool ReadLease::holds() const
{
    return false;
}

QByteArrayView ReadLease::content()
{
    return {};
}

ReadLease::~ReadLease()
{
    ::close(m_fd);
}

#endif

ReadLease::ReadLease(int fd)
    : m_fd(fd)
{
}

} // namespace hwb
