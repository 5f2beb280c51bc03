#include "ArtifactContentCache.h"

#include <QMutexLocker>

#include <algorithm>

namespace hwb {

ArtifactContentCache::ArtifactContentCache(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

ArtifactContentCache &ArtifactContentCache::shared()
{
    static ArtifactContentCache cache;
    return cache;
}

std::optional<ArtifactContent> ArtifactContentCache::find(const FileIdentity &identity)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).identity == identity) {
            m_entries.move(i, 0);
            return m_entries.constFirst();
        }
    }
    return std::nullopt;
}

ArtifactReport ArtifactContentCache::inspect(const QString &path, const ArtifactInspector::Options &options)
{
    // The judging and the reading happen outside the lock: two threads reading one new file both read it, which
    // is what they would do without the cache.
    if (const FileIdentity now = FileIdentity::ofPath(path); now.exists()) {
        if (const std::optional<ArtifactContent> known = find(now)) {
            ++m_hits;
            return ArtifactInspector::inspectKnown(*known, path, options);
        }
    }
    ++m_reads;
    std::optional<ArtifactContent> settled;
    ArtifactReport report = ArtifactInspector::inspectFile(path, options, &settled);
    if (settled)
        remember(*settled);
    return report;
}

void ArtifactContentCache::remember(const ArtifactContent &content)
{
    if (!content.identity.exists())
        return;
    QMutexLocker lock(&m_mutex);
    // An older version of the same file can never be found again.
    const FileIdentity &id = content.identity;
    m_entries.removeIf([&](const ArtifactContent &c) { return c.identity.device == id.device && c.identity.inode == id.inode; });
    m_entries.prepend(content);
    while (m_entries.size() > m_capacity)
        m_entries.removeLast();
}

void ArtifactContentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_reads = 0;
    m_hits = 0;
}

} // namespace hwb
