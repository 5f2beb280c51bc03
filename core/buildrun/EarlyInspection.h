#pragma once

#include "common/FileIdentity.h"
#include "common/ReadLease.h"
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
// Otherwise it returns nothing and the caller inspects as usual. Where leases cannot be had, nothing is read early.
//
// Looking costs CPU that the build, on a small machine, would have used: a look every 2 ms was ~10 ms of CPU in a
// 700 ms build. So the path is looked at every 20 ms, and every 2 ms only near the end the history expects.
class EarlyInspection : public QObject
{
    Q_OBJECT
public:
    // How often the path is looked at for a new version: a stat(2) each time. inotify would tell at once, but on
    // some kernels (Firecracker VMs) a watch costs 3 ms to add and 15 ms to close, more than the read saves.
    static constexpr int kPollMs = 2;     // from kNearEndPercent of the expected build time
    static constexpr int kSlowPollMs = 20; // before, and when no time is expected
    static constexpr int kNearEndPercent = 70;

    EarlyInspection(const QString &artifactPath, const ArtifactInspector::Options &options, QObject *parent = nullptr);
    ~EarlyInspection() override;

    // How long this build is expected to take (the history's typical time for the plugin and mode), counted from
    // construction; 0 = unknown.
    void expectDuration(qint64 ms);

    // After the build: the report of the artifact as it is now, judged now (a touch may have moved its time, the
    // .buildrc may have changed), or nothing when no early read is still good. Waits for a read under way.
    std::optional<ArtifactReport> take();
    int readsStarted() const { return m_readsStarted; } // for tests
    int pollIntervalMs() const { return m_poll.interval(); } // for tests

private:
    void poll();
    void startRead();

    QString m_path;
    ArtifactInspector::Options m_options;
    QTimer m_poll;
    QTimer m_nearEnd;
    QElapsedTimer m_clock;
    FileIdentity m_seen; // the version last seen under the path
    struct Read
    {
        std::unique_ptr<ReadLease> lease;
        std::future<ArtifactReport> report;
    };
    std::optional<Read> m_read;
    int m_readsStarted = 0;
};

} // namespace hwb
