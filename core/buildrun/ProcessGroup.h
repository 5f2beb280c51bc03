#pragma once

#include <QList>

#include <sys/types.h>

namespace hwb {

// A build runs in its own process group so that Cancel reaches everything it started (make -> docker,
// sh -> go -> compile), not just the direct child.
class ProcessGroup
{
public:
    // For QProcess::setChildProcessModifier: makes the child the leader of a new group.
    static void becomeLeader();
    static bool signal(pid_t group, int signalNumber);
    // Live (non-zombie) members of the group. A zombie orphan may wait for a reaper we do not control, so it
    // does not count: it runs nothing.
    static QList<pid_t> liveMembers(pid_t group);
};

} // namespace hwb
