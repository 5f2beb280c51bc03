#pragma once

#include "common/FileIdentity.h"
#include "common/ReadLease.h"
#include "wasm/ArtifactContent.h"
#include "wasm/ArtifactInspector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <future>
#include <memory>
#include <optional>

namespace hwb {

// Inspects a build's artifact while the build still runs, so the verdict is ready when the build exits: each new
// version is read as soon as it lands. Go renames the linked module into place and then spends 5-12 ms removing
// its work folder, most of the time it takes to hash and parse a 10 MB module.
//
// Nothing is taken on trust. Each read holds a ReadLease, so no one opened the file for writing since; take()
// uses a read only while that lease holds and the path still names the same file (device, inode, size).
// Otherwise it reads the file again. Where leases cannot be had, nothing is read early or remembered.
//
// A rebuild that Go finds up to date leaves the file alone but for a touch. expectUnchanged() gives the content the
// history remembers for the file; while that is still the file (every stat field equal, change time included) a
// lease is held on it through the build, and if it holds at the end the remembered content is judged again instead
// of being read. provenContent() says what to remember for the next build.
//
// Looking costs CPU that the build, on a small machine, would have used: a look every 2 ms was ~10 ms of CPU in a
// 700 ms build. So the path is looked at every 20 ms, and every 2 ms only near the end the history expects: a
// cold build (seconds) expected to take as long as the last edit-build, or one much longer than expected, looked
// every 2 ms for seconds, a wake-up that took a core from the compiler 500 times a second.
class EarlyInspection : public QObject
{
    Q_OBJECT
public:
    // How often the path is looked at for a new version: a stat(2) each time. inotify would tell at once, but on
    // some kernels (Firecracker VMs) a watch costs 3 ms to add and 15 ms to close, more than the read saves.
    static constexpr int kPollMs = 2;     // near the expected end: from kNearEndPercent of the expected build time,
    static constexpr int kSlowPollMs = 20; // but at most kNearEndWindowMs before it, until kNearEndWindowMs after it;
    static constexpr int kNearEndPercent = 70; // kSlowPollMs before, after, and when no time is expected
    static constexpr int kNearEndWindowMs = 300;

    EarlyInspection(const QString &artifactPath, const ArtifactInspector::Options &options, QObject *parent = nullptr);
    ~EarlyInspection() override;

    // How long this build is expected to take (the history's typical time for the plugin and mode), counted from
    // construction; 0 = unknown.
    void expectDuration(qint64 ms);

    // The artifact the last build left, as the history remembers it. Call while the build runs, at most once.
    void expectUnchanged(const ArtifactContent &previous);

    // After the build: the report of the artifact as it is now, judged now (a touch may have moved its time, the
    // .buildrc may have changed). It comes from an early read that is still good, or the remembered content of a
    // file left alone, or else a read now under a lease. Nothing when none of these can be had (no leases here, no
    // artifact): the caller inspects as usual. Waits for a read under way.
    std::optional<ArtifactReport> take();

    // After take(): the content its report came from, with the file's identity as it is now, if a lease proves the
    // file has not changed since it was read; for the history. Waits, while the lease holds, for the clock that
    // stamps change times to move past the file's (at most one tick, 4 ms): a write after the lease is gone then
    // leaves a different change time, which the next build sees.
    std::optional<ArtifactContent> provenContent();
    // After take(): its report is of the remembered content, the file having been left alone by the build.
    bool judgedRememberedContent() const { return m_judgedRemembered; }

    int readsStarted() const { return m_readsStarted; } // for tests
    int pollIntervalMs() const { return m_poll.interval(); } // for tests

private:
    void poll();
    void startRead();
    std::optional<ArtifactReport> takeEarlyRead();
    std::optional<ArtifactReport> takeUnchanged();
    std::optional<ArtifactReport> readNow();
    void prove(const ArtifactReport &report, std::unique_ptr<ReadLease> lease, const FileIdentity &now);

    QString m_path;
    ArtifactInspector::Options m_options;
    QTimer m_poll;
    QTimer m_nearEnd;
    QTimer m_pastEnd;
    QElapsedTimer m_clock;
    FileIdentity m_seen; // the version last seen under the path
    struct Read
    {
        std::unique_ptr<ReadLease> lease;
        std::future<ArtifactReport> report;
    };
    std::optional<Read> m_read;
    struct LeasedContent
    {
        std::unique_ptr<ReadLease> lease;
        ArtifactContent content;
    };
    std::optional<LeasedContent> m_previous; // the last build's artifact, while it is still the file
    std::optional<LeasedContent> m_proven;   // what take() judged, still under its lease
    int m_readsStarted = 0;
    bool m_judgedRemembered = false;
};

} // namespace hwb
