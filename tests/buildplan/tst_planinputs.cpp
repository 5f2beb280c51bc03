#include "HostileFiles.h"
#include "TestSupport.h"

#include "buildplan/BuildPlanner.h"
#include "workspace/WorkspaceScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;
using test::HostileKind;

Q_DECLARE_METATYPE(hwb::test::HostileKind)
Q_DECLARE_METATYPE(hwb::BuildMode)

// The checkout files a plan reads for what they say (the family's Makefile and Dockerfile, a Rust plugin's .prebuild
// and Cargo.toml) were read whole with QFile: a FIFO hung `hwb plan` and the Build page, /dev/zero ate 15 GB before
// std::bad_alloc. Now each is read within a limit, regular files only, and the plan says what it went without.
class TestPlanInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("HWB_PROFILE_FILE", m_tmp.filePath("profiles.json").toUtf8());
        m_workspace = test::copyDemoWorkspace(m_tmp);
        QVERIFY(!m_workspace.isEmpty());
    }

    void unreadableInputIsSaid_data()
    {
        QTest::addColumn<QString>("plugin"); // FAMILY/NAME
        QTest::addColumn<BuildMode>("mode");
        QTest::addColumn<QString>("file");   // relative to the workspace
        QTest::addColumn<HostileKind>("kind");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");

        const QString go = QStringLiteral("wasm-go/hello-world");
        const QString rust = QStringLiteral("wasm-rust/say-hello");
        const QString makefile = QStringLiteral("plugins/wasm-go/Makefile");
        const QString dockerfile = QStringLiteral("plugins/wasm-go/Dockerfile");
        const QString notRegular = QStringLiteral("it is not a regular file");
        const QString tooLarge = QStringLiteral("it is 1.00 MiB, more than the 1.00 MiB this reads");
        const QString huge = QStringLiteral("it is 4.00 GiB, more than the 1.00 MiB this reads");
        const QString unreadable = QStringLiteral("file-unreadable");
        for (const BuildMode mode : {BuildMode::Go, BuildMode::MakeLocal}) {
            const QByteArray in = " (" + buildModeId(mode).toUtf8() + ")";
            QTest::newRow(QByteArray("Makefile is a FIFO" + in).constData()) << go << mode << makefile << HostileKind::Fifo << 0LL << unreadable << notRegular;
            QTest::newRow(QByteArray("Makefile links to /dev/zero" + in).constData()) << go << mode << makefile << HostileKind::ZeroLink << 0LL << unreadable << notRegular;
            QTest::newRow(QByteArray("Makefile is 1 MiB" + in).constData()) << go << mode << makefile << HostileKind::Oversized << (1LL << 20) + 1 << unreadable << tooLarge;
        }
        QTest::newRow("Makefile is 4 GiB") << go << BuildMode::MakeBuild << makefile << HostileKind::Oversized << (4LL << 30) << unreadable << huge;
        QTest::newRow("Dockerfile is a FIFO") << go << BuildMode::MakeBuild << dockerfile << HostileKind::Fifo << 0LL << unreadable << notRegular;
        QTest::newRow("Dockerfile links to /dev/zero") << go << BuildMode::Go << dockerfile << HostileKind::ZeroLink << 0LL << unreadable << notRegular;
        QTest::newRow("Dockerfile is 4 GiB") << go << BuildMode::MakeBuild << dockerfile << HostileKind::Oversized << (4LL << 30) << unreadable << huge;
        const QString prebuild = QStringLiteral("plugins/wasm-rust/extensions/say-hello/.prebuild");
        const QString cargoToml = QStringLiteral("plugins/wasm-rust/extensions/say-hello/Cargo.toml");
        // cargo mode sources .prebuild in the build's shell, which would hang on it too: that stops the build.
        QTest::newRow(".prebuild is a FIFO (cargo)") << rust << BuildMode::Cargo << prebuild << HostileKind::Fifo << 0LL << "prebuild-missing" << notRegular;
        QTest::newRow(".prebuild links to /dev/zero (cargo)") << rust << BuildMode::Cargo << prebuild << HostileKind::ZeroLink << 0LL << "prebuild-missing" << notRegular;
        QTest::newRow(".prebuild is 1 MiB (cargo)") << rust << BuildMode::Cargo << prebuild << HostileKind::Oversized << (1LL << 20) + 1 << "prebuild-missing" << tooLarge;
        QTest::newRow(".prebuild is a FIFO (make-build)") << rust << BuildMode::MakeBuild << prebuild << HostileKind::Fifo << 0LL << unreadable << notRegular;
        QTest::newRow(".prebuild is 1 MiB (make-build)") << rust << BuildMode::MakeBuild << prebuild << HostileKind::Oversized << (1LL << 20) + 1 << unreadable << tooLarge;
        QTest::newRow("Cargo.toml is a FIFO") << rust << BuildMode::Cargo << cargoToml << HostileKind::Fifo << 0LL << unreadable << notRegular;
        QTest::newRow("Cargo.toml is 1 MiB") << rust << BuildMode::Cargo << cargoToml << HostileKind::Oversized << (1LL << 20) + 1 << unreadable << tooLarge;
    }

    void unreadableInputIsSaid()
    {
        QFETCH(QString, plugin);
        QFETCH(BuildMode, mode);
        QFETCH(QString, file);
        QFETCH(HostileKind, kind);
        QFETCH(qint64, size);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        const QString workspace = test::copyDemoWorkspace(tmp);
        const QString path = QDir(workspace).filePath(file);
        test::makeHostile(path, kind, size);
        if (QTest::currentTestFailed())
            return;
        const auto family = familyFromId(plugin.section(u'/', 0, 0));
        const QString pluginDir = QDir(workspace).filePath(QStringLiteral("plugins/%1/extensions/%2")
                                                               .arg(plugin.section(u'/', 0, 0), plugin.section(u'/', 1)));
        BuildPlan plan;
        const bool finished = test::finishesWithoutWaitingOn({path}, [&] {
            plan = test::planFor(workspace, pluginDir, *family, mode);
        });
        QVERIFY2(finished, "the plan waited on a FIFO");
        const auto warning = std::find_if(plan.warnings.cbegin(), plan.warnings.cend(),
                                          [&](const BuildWarning &w) { return w.code == code; });
        QVERIFY2(warning != plan.warnings.cend(), QJsonDocument(plan.toJson().value("warnings").toArray()).toJson().constData());
        QVERIFY2(warning->message.contains(reason), qPrintable(warning->message));
        if (code == QLatin1String("file-unreadable")) {
            QVERIFY2(warning->message.contains(path), qPrintable(warning->message));
            QCOMPARE(warning->severity, BuildWarning::Severity::Warning);
        }
        // A Makefile that was not read is not mistaken for none, or for one without the target.
        for (const BuildWarning &w : file.endsWith(QLatin1String("Makefile")) ? plan.warnings : QList<BuildWarning>{})
            QVERIFY2(w.code != QLatin1String("makefile-missing") && w.code != QLatin1String("target-missing"),
                     qPrintable(w.message));
    }

    void unreadableProfileStoreIsSaid_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a folder") << "folder" << "(it is a folder)";
        QTest::newRow("a FIFO") << "fifo" << "(it is not a regular file";
        QTest::newRow("no permission") << "noaccess" << "(Permission denied)";
    }

    // A profile store that was a folder, a FIFO or unreadable was taken for an empty one: the build silently went
    // without the profile (or hung on the FIFO), while `hwb profile set` did report it.
    void unreadableProfileStoreIsSaid()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        QTemporaryDir tmp;
        QVERIFY(QFile::setPermissions(tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                      | QFileDevice::ExeOther));
        const QString store = tmp.filePath("profiles.json");
        if (what == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(store));
        else
            test::makeHostile(store, what == QLatin1String("fifo") ? HostileKind::Fifo : HostileKind::NoAccess);
        const QByteArray saved = qgetenv("HWB_PROFILE_FILE");
        qputenv("HWB_PROFILE_FILE", store.toUtf8());
        BuildPlan plan;
        {
            const test::Unprivileged asNobody;
            const bool finished = test::finishesWithoutWaitingOn({store}, [&] {
                BuildRequest request;
                request.workspace = m_workspace;
                request.plugin = WorkspaceScanner::readPlugin(m_workspace + "/plugins/wasm-go/extensions/hello-world",
                                                              PluginFamily::WasmGo, QLocale::English);
                request.mode = BuildMode::Go;
                plan = BuildPlanner::plan(request);
            });
            QVERIFY2(finished, "the plan waited on a FIFO");
        }
        const auto warning = std::find_if(plan.warnings.cbegin(), plan.warnings.cend(),
                                          [](const BuildWarning &w) { return w.code == "profile-unreadable"; });
        QVERIFY(warning != plan.warnings.cend());
        QVERIFY2(warning->message.contains(store + " could not be read " + reason), qPrintable(warning->message));
        // Saving does not move a folder away (it reports it); a file is kept beside, as a broken one is.
        if (what == QLatin1String("folder")) {
            BuildProfile profile;
            profile.variables.set("GOPROXY", "off");
            QCOMPARE(BuildProfile::save(m_workspace, profile), QStringLiteral("Could not write %1: it is a folder.").arg(store));
            QVERIFY(QFileInfo(store).isDir());
        }
        qputenv("HWB_PROFILE_FILE", saved);
    }

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
};

QTEST_GUILESS_MAIN(TestPlanInputs)
#include "tst_planinputs.moc"
