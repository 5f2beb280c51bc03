#include "FakeGatewayImage.h"
#include "PageTestHelpers.h"
#include "TestSupport.h"

#include "AppContext.h"
#include "common/ToolLocator.h"
#include "gateway/GatewayContainers.h"
#include "gateway/GatewayRunProfile.h"
#include "pages/GatewayPage.h"
#include "widgets/BadgeLabel.h"
#include "widgets/MessageBar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using namespace hwb::gui;

namespace {
using hwb::test::findButton;


// Screenshots of the real states for review, when HWB_SCREENSHOT_DIR is set.
void grab(QWidget *page, const char *name)
{
    const QString dir = qEnvironmentVariable("HWB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        page->grab().save(dir + QStringLiteral("/gateway-real-%1.png").arg(QLatin1String(name)));
}
} // namespace

// The Gateway page driven for real: Up with a real Go build of a demo plugin in the offline gateway image,
// ready, the log pane filling from `docker logs -f`, then Down.
class TestGatewayPageDocker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp{QDir::tempPath() + QStringLiteral("/hwb-gwpage-XXXXXX")};
    QString m_docker;
    QString m_image;
    QString m_workspace;

    static QStringList upArgs(const QString &workspace, const QString &image, const QString &docker, const QList<quint16> &ports)
    {
        return {"gateway", "up", "hello-world", "--workspace", workspace, "--image", image, "--engine", docker,
                "--port", QString::number(ports.value(0)), "--admin-port", QString::number(ports.value(1))};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HWB_GATEWAY_NAMESPACE", "test"); // as ctest sets it, when run by hand
        QStandardPaths::setTestModeEnabled(true);
        m_docker = ToolLocator::find(ToolLocator::Tool::Docker);
        QString error;
        m_image = test::FakeGatewayImage::ensure(m_docker, &error);
        QVERIFY2(!m_image.isEmpty(), qPrintable(error));
        m_workspace = test::copyDemoWorkspace(m_tmp);
        QVERIFY(!m_workspace.isEmpty());
        const QString helloWorld = m_workspace + "/plugins/wasm-go/extensions/hello-world";
        const auto build = test::goBuildWasm(helloWorld, helloWorld + "/main.wasm", {});
        QVERIFY2(build.exitCode == 0, build.stdErr.constData());
    }

    void cleanupTestCase()
    {
        // What a failed check left of this workspace's gateways (the suite's own: the workspace is a temporary copy).
        const auto left = test::runProcess(m_docker, {"ps", "-aq", "--filter", "label=io.higress.workbench.workspace="
                                                          + GatewayContainers::workspaceKey(m_workspace)});
        const QStringList ids = QString::fromUtf8(left.stdOut).split('\n', Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            test::runProcess(m_docker, QStringList{"rm", "-f"} + ids);
    }

    void upReadyLogsDown()
    {
        const QString &docker = m_docker;
        const QString &image = m_image;
        const QString &workspace = m_workspace;
        const QString plugin = workspace + "/plugins/wasm-go/extensions/hello-world";

        QList<GatewayRunProfile> profiles = GatewayRunProfileStore::defaults();
        profiles[0].image = image;
        const QList<quint16> ports = test::freePorts(2);
        profiles[0].listenerPort = ports.value(0);
        profiles[0].adminPort = ports.value(1);
        profiles[0].readyTimeoutSeconds = 30;
        QVERIFY(GatewayRunProfileStore::save(profiles));
        GatewayRunProfileStore::setSelectedIndex(workspace, 0);

        AppContext context;
        QVERIFY(context.openWorkspace(workspace).isEmpty());
        GatewayPage page(context);
        page.resize(1100, 700);
        context.setCurrentPlugin(plugin);
        auto *badge = page.findChild<BadgeLabel *>();
        QPushButton *up = findButton(&page, "Start gateway");
        QVERIFY(up && up->isEnabled());
        up->click();
        QCOMPARE(badge->text(), QString("Starting"));
        QVERIFY(!findButton(&page, "Start mock")); // the mock upstream runs in-process now
        QVERIFY(findButton(&page, "Cancel")->isVisibleTo(&page));
        grab(&page, "starting");
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() != "Starting", 60000);
        QCOMPARE(badge->text(), QString("Ready"));
        auto *logs = page.findChild<QListView *>("gatewayLog");
        QVERIFY(logs);
        QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() >= 4, 10000);
        grab(&page, "ready");

        // A rebuild replaces main.wasm: the page restarts the gateway with the new module by itself.
        const QString rebuilt = m_tmp.filePath("rebuilt.wasm");
        const auto second = test::goBuildWasm(workspace + "/plugins/wasm-go/extensions/request-stamp", rebuilt, {});
        QVERIFY2(second.exitCode == 0, second.stdErr.constData());
        QFile::remove(plugin + "/main.wasm");
        QVERIFY(QFile::copy(rebuilt, plugin + "/main.wasm"));
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Starting", 20000);
        auto *bar = page.findChild<MessageBar *>();
        QVERIFY2(bar->isVisibleTo(&page) && bar->text().startsWith("The plugin was rebuilt"), qPrintable(bar->text()));
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() != "Starting", 60000);
        QCOMPARE(badge->text(), QString("Ready"));
        const auto mounted = test::runProcess(docker, {"exec", GatewayContainers::containerName("hello-world", workspace),
                                                       "sha256sum", "/etc/envoy/plugin.wasm"});
        QFile file(rebuilt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(mounted.stdOut.left(64), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());

        // The selection moves on. The gateway still runs hello-world and says so, and a build of the plugin now
        // selected does not restart it with that plugin's module.
        const auto containers = [&](const char *plugin) {
            return test::runProcess(docker, {"ps", "-aq", "--filter", QString("label=io.higress.workbench.plugin=") + plugin})
                .stdOut.trimmed();
        };
        const QString other = workspace + "/plugins/wasm-go/extensions/request-stamp";
        context.setCurrentPlugin(other);
        auto *step = page.findChild<QLabel *>("gatewayStep");
        QVERIFY2(step->text().contains("pass through hello-world"), qPrintable(step->text()));
        const auto otherBuild = test::goBuildWasm(other, other + "/main.wasm", {});
        QVERIFY2(otherBuild.exitCode == 0, otherBuild.stdErr.constData());
        QTest::qWait(2500); // past the page's debounce of the folder watcher
        QCOMPARE(badge->text(), QString("Ready"));
        QVERIFY(!containers("hello-world").isEmpty());

        // Restarted with the selected plugin, the gateway replaces hello-world's: one at a time, on the same ports.
        QVERIFY(!findButton(&page, "Start gateway")->isEnabled());
        findButton(&page, "Restart")->click();
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Starting", 20000);
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() != "Starting", 60000);
        QCOMPARE(badge->text(), QString("Ready"));
        QVERIFY2(step->text().contains("pass through request-stamp"), qPrintable(step->text()));
        QVERIFY(containers("hello-world").isEmpty());
        QVERIFY(!containers("request-stamp").isEmpty());

        // Stop stops the gateway that runs, whichever plugin is selected now.
        context.setCurrentPlugin(plugin);
        findButton(&page, "Stop gateway")->click();
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Stopped", 30000);
        QVERIFY(containers("request-stamp").isEmpty());
        QVERIFY(containers("hello-world").isEmpty());
        QVERIFY(!findButton(&page, "Stop gateway")->isEnabled()); // nothing runs to stop
    }

    // A gateway started or stopped with hwb while the page is shown: the page takes it over (state, ports, plugin)
    // and follows its removal, within a couple of seconds.
    void followsTheCommandLine()
    {
        const QString &docker = m_docker;
        const QString &image = m_image;
        const QString &workspace = m_workspace;
        const QString plugin = workspace + "/plugins/wasm-go/extensions/hello-world";
        // The page's profile names another image than the one hwb starts the container with: the page says which
        // runs and which a Restart from it would take.
        QList<GatewayRunProfile> profiles = GatewayRunProfileStore::defaults();
        profiles[0].image = "hwb-test/the-profiles-image:1";
        QVERIFY(GatewayRunProfileStore::save(profiles));
        GatewayRunProfileStore::setSelectedIndex(workspace, 0);

        AppContext context;
        QVERIFY(context.openWorkspace(workspace).isEmpty());
        GatewayPage page(context);
        page.resize(1100, 700);
        context.setCurrentPlugin(plugin);
        page.show();
        auto *badge = page.findChild<BadgeLabel *>();
        auto *step = page.findChild<QLabel *>("gatewayStep");
        QCOMPARE(badge->text(), QString("Stopped"));
        QVERIFY(!findButton(&page, "Stop gateway")->isEnabled());

        // Other ports than the page's profile: the page shows the ones the container has.
        const QList<quint16> ports = test::freePorts(2);
        const auto up = test::runProcess(test::hwbExecutable(), upArgs(workspace, image, docker, ports));
        QVERIFY2(up.exitCode == 0, QByteArray(up.stdOut + up.stdErr).constData());
        // By itself, within the watch's period: the bound is loose, for a daemon that CI's other tests keep busy.
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Ready", 20000);
        QVERIFY2(step->text().contains(QString("http://127.0.0.1:%1 pass through hello-world").arg(ports.value(0)))
                     && step->text().contains("started outside the workbench"),
                 qPrintable(step->text()));
        QVERIFY2(step->text().contains(QString("It runs the image %1; Restart uses the profile's image, "
                                               "hwb-test/the-profiles-image:1.").arg(image)),
                 qPrintable(step->text()));
        QVERIFY(findButton(&page, "Stop gateway")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QListView *>("gatewayLog")->model()->rowCount() >= 4, 10000);
        grab(&page, "adopted");

        const auto down = test::runProcess(test::hwbExecutable(),
                                           {"gateway", "down", "hello-world", "--workspace", workspace, "--engine", docker});
        QCOMPARE(down.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Stopped", 20000);
        QVERIFY2(!step->text().contains("Ready"), qPrintable(step->text()));
        auto *bar = page.findChild<MessageBar *>();
        QVERIFY2(bar->text().contains("stopped outside the workbench"), qPrintable(bar->text()));
        QVERIFY(!findButton(&page, "Stop gateway")->isEnabled());

        // Taken over, a gateway is the page's to stop.
        QCOMPARE(test::runProcess(test::hwbExecutable(), upArgs(workspace, image, docker, ports)).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Ready", 20000);
        findButton(&page, "Stop gateway")->click();
        QTRY_VERIFY_WITH_TIMEOUT(badge->text() == "Stopped", 30000);
        const auto left = test::runProcess(docker, {"ps", "-aq", "--filter", "name=" + GatewayContainers::containerName("hello-world", workspace)});
        QVERIFY(left.stdOut.trimmed().isEmpty());
    }
};

QTEST_MAIN(TestGatewayPageDocker)
#include "tst_gatewaypagedocker.moc"
