#include "EarlyInspection.h"

#include "wasm/ArtifactContentCache.h"

#include <QDateTime>

#include <algorithm>

namespace hwb {

namespace {
// A lease on the file under `path` with its bytes mapped; nothing when either cannot be had (or it is empty).
std::unique_ptr<ReadLease> leaseWithContent(const QString &path)
{
    auto lease = ReadLease::take(path);
    return lease && !lease->content().isEmpty() ? std::move(lease) : nullptr;
}
} // namespace

EarlyInspection::EarlyInspection(const QString &artifactPath, const ArtifactInspector::Options &options, QObject *parent)
    : QObject(parent)
    , m_path(artifactPath)
    , m_options(options)
{
    m_clock.start();
    m_poll.setTimerType(Qt::PreciseTimer);
    m_poll.setInterval(kSlowPollMs);
    connect(&m_poll, &QTimer::timeout, this, &EarlyInspection::poll);
    m_nearEnd.setSingleShot(true);
    m_nearEnd.setTimerType(Qt::PreciseTimer);
    connect(&m_nearEnd, &QTimer::timeout, this, [this] { m_poll.setInterval(kPollMs); });
    m_pastEnd.setSingleShot(true);
    m_pastEnd.setTimerType(Qt::PreciseTimer);
    connect(&m_pastEnd, &QTimer::timeout, this, [this] { m_poll.setInterval(kSlowPollMs); });
    // The artifact there now is the last build's; reading it would compete with this build for the CPU when it is
    // busiest. A rebuild with nothing to do needs no read of it either: expectUnchanged() covers that.
    m_seen = FileIdentity::ofPath(m_path);
    m_poll.start();
}

EarlyInspection::~EarlyInspection()
{
    if (m_read && m_read->report.valid())
        m_read->report.wait(); // the read uses m_path and m_options
}

void EarlyInspection::expectDuration(qint64 ms)
{
    if (ms <= 0 || !m_poll.isActive())
        return;
    const qint64 elapsed = m_clock.elapsed();
    const qint64 from = std::max(ms * kNearEndPercent / 100, ms - kNearEndWindowMs);
    const auto in = [elapsed](qint64 at) { return int(std::clamp<qint64>(at - elapsed, 0, 24 * 3600 * 1000)); };
    m_nearEnd.start(in(from));
    m_pastEnd.start(in(ms + kNearEndWindowMs));
}

void EarlyInspection::poll()
{
    // A new version is a new file (Go and linkers rename one into place) or a new size. A touch is not one: Go
    // touches an up-to-date output, and reading it then would only delay the end of the build.
    const FileIdentity now = FileIdentity::ofPath(m_path);
    if (!now.exists() || now.sameFile(m_seen))
        return;
    if (m_read && m_read->report.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return; // one read at a time; the next tick looks again
    // Remembered even when no lease is granted (the file is still open for writing), so a file that keeps its
    // size after that is not tried at every look; take() then finds no early read and reads the file itself.
    m_seen = now;
    startRead();
}

void EarlyInspection::startRead()
{
    auto lease = leaseWithContent(m_path);
    if (!lease)
        return;
    ++m_readsStarted;
    const QByteArrayView content = lease->content();
    const FileIdentity identity = lease->identity();
    m_read.reset(); // a finished read, or none (poll() waits for a running one)
    m_read.emplace();
    m_read->lease = std::move(lease);
    m_read->report = std::async(std::launch::async, [this, content, identity] {
        return ArtifactInspector::inspectContent(content, m_path, identity, m_options);
    });
}

void EarlyInspection::expectUnchanged(const ArtifactContent &previous)
{
    if (m_previous || !previous.identity.exists())
        return;
    // The lease first, then the comparison: its identity is of the descriptor, as the lease was taken.
    auto lease = ReadLease::take(m_path);
    if (lease && lease->identity() == previous.identity)
        m_previous = LeasedContent{std::move(lease), previous};
}

std::optional<ArtifactReport> EarlyInspection::take()
{
    m_poll.stop();
    m_nearEnd.stop();
    m_pastEnd.stop();
    m_proven.reset();
    m_judgedRemembered = false;
    std::optional<ArtifactReport> report = takeEarlyRead();
    if (!report)
        report = takeUnchanged();
    if (!report)
        report = readNow();
    m_previous.reset();
    return report;
}

std::optional<ArtifactReport> EarlyInspection::takeEarlyRead()
{
    if (!m_read)
        return std::nullopt;
    ArtifactReport report = m_read->report.get();
    std::unique_ptr<ReadLease> lease = std::move(m_read->lease);
    m_read.reset();
    // Nobody opened the file for writing since the lease was taken, and the path still names it.
    const FileIdentity now = FileIdentity::ofPath(m_path);
    if (!lease->holds() || !now.sameFile(lease->identity()))
        return std::nullopt;
    report.modified = QDateTime::fromMSecsSinceEpoch(now.mtimeNs / 1000000);
    ArtifactInspector::Options options = m_options;
    options.pluginDir = report.pluginDir;
    ArtifactInspector::judge(report, options);
    prove(report, std::move(lease), now);
    return report;
}

std::optional<ArtifactReport> EarlyInspection::takeUnchanged()
{
    if (!m_previous)
        return std::nullopt;
    const FileIdentity now = FileIdentity::ofPath(m_path);
    if (!m_previous->lease->holds() || !now.sameFile(m_previous->lease->identity()))
        return std::nullopt;
    // Judged as the file is now: Go's touch moved its time, which decides whether a source is newer.
    ArtifactContent current = m_previous->content;
    current.identity = now;
    ArtifactReport report = ArtifactInspector::inspectKnown(current, m_path, m_options);
    prove(report, std::move(m_previous->lease), now);
    m_judgedRemembered = true;
    return report;
}

std::optional<ArtifactReport> EarlyInspection::readNow()
{
    auto lease = leaseWithContent(m_path);
    if (!lease)
        return std::nullopt;
    ArtifactReport report = ArtifactInspector::inspectContent(lease->content(), m_path, lease->identity(), m_options);
    if (!lease->holds())
        return std::nullopt; // written while read: what was read may be garbage
    prove(report, std::move(lease), FileIdentity::ofPath(m_path));
    return report;
}

void EarlyInspection::prove(const ArtifactReport &report, std::unique_ptr<ReadLease> lease, const FileIdentity &now)
{
    if (!report.readable() || report.sha256.isEmpty() || !now.sameFile(lease->identity()))
        return;
    m_proven = LeasedContent{std::move(lease), {now, report.sha256, report.module}};
}

std::optional<ArtifactContent> EarlyInspection::provenContent()
{
    if (!m_proven)
        return std::nullopt;
    const LeasedContent proven = std::exchange(m_proven, std::nullopt).value();
    // The lease proved the read; what proves the file afterwards is its change time, which a file system with
    // coarse or cached times cannot give (FileIdentity::finelyStamped()).
    if (!FileIdentity::finelyStamped(m_path, proven.content.identity)
        || !FileIdentity::waitForClockPast(proven.content.identity.ctimeNs))
        return std::nullopt;
    if (!proven.lease->holds() || !(FileIdentity::ofPath(m_path) == proven.content.identity))
        return std::nullopt;
    // The pages that show the new module (Verify, the Gateway's module check) then judge it without a read.
    ArtifactContentCache::shared().remember(proven.content);
    return proven.content;
}

} // namespace hwb
