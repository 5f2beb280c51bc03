#pragma once

#include "ArtifactContent.h"
#include "ArtifactInspector.h"

#include <QList>
#include <QMutex>

#include <atomic>
#include <optional>

namespace hwb {

// What the last few artifacts read said (ArtifactContent), keyed by the file's FileIdentity: the Verify page, the
// Gateway page's module check and a build's summary all judge the plugin's module, and reading a 10 MB module
// (hash and parse) is most of what selecting a built plugin costs. A file is read once; while stat(2) still gives
// the identity it had when read, every other look judges the remembered content again (the .buildrc, the gateway
// version and the sources' times may have changed since), and reads nothing.
//
// An identity is trusted only where it proves the content: the change time must already have been in the past
// when the bytes were read (ArtifactInspector::inspectFile), or a ReadLease must have proven it (a build's
// EarlyInspection). Safe to use from any thread.
class ArtifactContentCache
{
public:
    static constexpr int kCapacity = 8; // plugins switched between; an entry is a module's tables, not its bytes

    explicit ArtifactContentCache(int capacity = kCapacity);

    // The one the app and hwb share.
    static ArtifactContentCache &shared();

    // The report ArtifactInspector::inspectFile() would give for the file as it is now.
    ArtifactReport inspect(const QString &path, const ArtifactInspector::Options &options);
    // Content proven by its owner to be what the file under its identity holds.
    void remember(const ArtifactContent &content);
    // The content remembered for a file with this identity, if any (the module a build in this process just made).
    std::optional<ArtifactContent> find(const FileIdentity &identity);
    void clear();

    int reads() const { return m_reads; } // files read by inspect()
    int hits() const { return m_hits; }   // inspect() calls answered from a remembered content

private:
    mutable QMutex m_mutex;
    QList<ArtifactContent> m_entries; // most recently used first
    int m_capacity;
    std::atomic<int> m_reads = 0;
    std::atomic<int> m_hits = 0;
};

} // namespace hwb
