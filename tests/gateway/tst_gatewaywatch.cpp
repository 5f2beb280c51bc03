#include "gateway/GatewayWatch.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hwb;

// GatewayWatch against a container engine that is a real /bin/sh script: `ps` takes its answer when asked and says
// it after a delay, as a busy daemon does, so a listing can be overtaken by what the caller changes meanwhile.
class TestGatewayWatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    void write(const char *name, const QByteArray &content) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    void setContainers(const QStringList &plugins) const
    {
        QByteArray out;
        for (const QString &plugin : plugins)
            out += QStringLiteral("id-%1\thwb-gateway-%1\trunning\tUp 1 second\timg:1\t%1\t/ws\t/tmp/run\t10000,9901\t\n")
                       .arg(plugin)
                       .toUtf8();
        write("containers", out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write("engine",
              "#!/bin/sh\n"
              "[ \"$1\" = ps ] || exit 2\n"
              "answer=$(cat \"$(dirname \"$0\")/containers\")\n" // the state when asked
              "sleep \"$(cat \"$(dirname \"$0\")/delay\")\"\n"
              "[ -n \"$answer\" ] && printf '%s\\n' \"$answer\"\n"
              "exit 0\n");
        QVERIFY(QFile::setPermissions(path("engine"), QFile::permissions(path("engine")) | QFile::ExeOwner));
        write("delay", "0");
    }

    void listsAtOnceThenEveryInterval()
    {
        setContainers({"hello-world"});
        GatewayWatch watch;
        watch.setEngine(path("engine"));
        watch.setInterval(200);
        QSignalSpy listed(&watch, &GatewayWatch::listed);
        watch.start();
        QVERIFY(watch.isActive());
        QTRY_VERIFY(listed.count() >= 1);
        const auto first = listed.first().first().value<QList<GatewayContainer>>();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().plugin, QString("hello-world"));
        QTRY_VERIFY(listed.count() >= 3);
        watch.stop();
        const qsizetype stopped = listed.count();
        QTest::qWait(500);
        QCOMPARE(listed.count(), stopped);
    }

    // The page removed a gateway while a listing asked before the removal was under way: that listing must not
    // arrive after the removal and show the container as running again.
    void aListingAskedBeforeAChangeNeverArrivesAfterIt()
    {
        setContainers({"hello-world"});
        write("delay", "1");
        GatewayWatch watch;
        watch.setEngine(path("engine"));
        watch.setInterval(60000);
        QSignalSpy listed(&watch, &GatewayWatch::listed);
        watch.start(); // asks now, answers in a second: "hello-world runs"
        QTest::qWait(300);
        setContainers({}); // meanwhile the caller removed it
        write("delay", "0");
        watch.relist();
        QTRY_COMPARE(listed.count(), 1);
        QTest::qWait(1200); // past the moment the dropped listing would have answered
        QCOMPARE(listed.count(), 1);
        QVERIFY(listed.first().first().value<QList<GatewayContainer>>().isEmpty());
    }

    void relistIsNothingWhileStopped()
    {
        write("delay", "0");
        GatewayWatch watch;
        watch.setEngine(path("engine"));
        QSignalSpy listed(&watch, &GatewayWatch::listed);
        watch.relist();
        QTest::qWait(300);
        QCOMPARE(listed.count(), 0);
        QVERIFY(!watch.isActive());
    }
};

QTEST_GUILESS_MAIN(TestGatewayWatch)
#include "tst_gatewaywatch.moc"
