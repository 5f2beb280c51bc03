#pragma once

#include <QtGlobal>

namespace hwb {

// How many files (sockets among them) this process may have open. A batch of 400 requests at once needs 400
// sockets; a shell's default soft limit is often 1024, sometimes 256, while the hard limit allows far more. Past
// the soft limit every connect fails with EMFILE, which a load test reads as the gateway resetting connections.
class OpenFileLimit
{
public:
    // Raises the soft limit to `wanted`, or as close as the hard limit allows, as load tools do (wrk, hey), and
    // returns the soft limit then in force; -1 where it cannot be known. Never to the hard limit itself: every build
    // and container engine this process starts inherits it, and some programs close or poll every descriptor up
    // to it (a hard limit of a billion in some containers).
    static qint64 raiseTo(qint64 wanted);
    // Descriptors a batch needs besides its sockets: stdio, the event loop, the run store, a margin.
    static constexpr int kReserved = 64;
};

} // namespace hwb
