#include "TestSupport.h"

#include "common/ToolLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// A Go the set-up scripts fetched (scripts/lib/go.sh) is found in the app's data folder: on Debian 12 it is the
// only Go new enough, and the app started later without the scripts' environment must still find it.
class TestToolLocator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_data;

    QString addToolchain(const QString &name, bool executable)
    {
        const QString go = m_data.filePath("higress-workbench/toolchains/" + name + "/bin/go");
        QDir().mkpath(QFileInfo(go).absolutePath());
        test::writeFile(go, "#!/bin/sh\n");
        QFile::setPermissions(go, executable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                             : QFile::ReadOwner | QFile::WriteOwner);
        return go;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("HWB_DATA_DIR"); // this test places the data folder through XDG, as users do
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    }

    void noToolchainsFolderFindsNothing() { QCOMPARE(ToolLocator::fetchedGo(), QString()); }

    void theNewestVersionWinsByNumberNotByText()
    {
        addToolchain("go1.9.2", true);
        const QString newest = addToolchain("go1.24.4", true);
        addToolchain("go1.24.10-broken", false); // newer, but its go cannot run: skipped
        QCOMPARE(ToolLocator::fetchedGo(), newest);
    }

    // HWB_GO names the Go to use: one that cannot run comes back as it is, for the plan to say so, rather than
    // another Go picked in silence.
    void aNamedProgramIsNotReplacedInSilence()
    {
        const QByteArray saved = qgetenv("HWB_GO");
        qputenv("HWB_GO", "/nonexistent/go");
        ToolLocator::Origin origin = ToolLocator::Origin::None;
        QCOMPARE(ToolLocator::find(ToolLocator::Tool::Go, &origin), QString("/nonexistent/go"));
        QCOMPARE(origin, ToolLocator::Origin::Environment);
        qputenv("HWB_GO", saved);
    }
};

QTEST_GUILESS_MAIN(TestToolLocator)
#include "tst_toollocator.moc"
