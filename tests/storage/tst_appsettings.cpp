// AppSettings::value() reads the settings file QSettings would, and again once it changed, whoever wrote it: this
// process through QSettings, or another one (the window's Language menu while a build server runs).
#include "common/FileIdentity.h"
#include "storage/AppSettings.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void isTheFileQSettingsUses();
    void writeFromThisProcessIsSeen();
    void writeFromAnotherProcessIsSeen();
    void fallbackForAnAbsentKey();

private:
    QString settingsFile() const { return m_config.filePath("higress-workbench/higress-workbench.conf"); }
    void settle() { QVERIFY(FileIdentity::waitForClockPast(FileIdentity::ofPath(settingsFile()).ctimeNs + FileIdentity::kSettleNs)); }

    QTemporaryDir m_config;
};

void TestAppSettings::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    QCoreApplication::setOrganizationName("higress-workbench");
    QCoreApplication::setApplicationName("higress-workbench");
}

void TestAppSettings::init()
{
    QSettings().clear();
}

void TestAppSettings::isTheFileQSettingsUses()
{
    QCOMPARE(AppSettings::file(), QSettings().fileName());
    QCOMPARE(AppSettings::file(), settingsFile());
}

void TestAppSettings::writeFromThisProcessIsSeen()
{
    for (const QString &language : QStringList{"zh_CN", "en", "zh_CN"}) {
        AppSettings::setLanguage(language);
        settle();
        QCOMPARE(AppSettings::language(), language);
        QCOMPARE(AppSettings::language(), language);
    }
}

void TestAppSettings::writeFromAnotherProcessIsSeen()
{
    AppSettings::setLanguage("en");
    settle();
    QCOMPARE(AppSettings::language(), QString("en"));
    // In place, as an editor saving over the file does: the same inode, and the size it had.
    QCOMPARE(test::runProcess("/bin/sh", {"-c", "printf '[ui]\\nlanguage=zz\\n' > \"$0\"", settingsFile()}).exitCode, 0);
    QCOMPARE(AppSettings::language(), QString("zz"));
}

void TestAppSettings::fallbackForAnAbsentKey()
{
    settle();
    QCOMPARE(AppSettings::language(), QString("system"));
    QCOMPARE(AppSettings::value("tools/absent", 7).toInt(), 7);
    QVERIFY(!AppSettings::value("tools/absent").isValid());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
