#include "FireCliTest.h"

#include "TestSupport.h"

#include <QFile>
#include <QTest>

void FireCliTest::startServers()
{
    qunsetenv("HWB_DATA_DIR"); // the hwb it starts find their templates through XDG_DATA_HOME, as users' do
    // hwb asks the container engine what listens at the URL. A docker that CI's docker tests keep busy may take
    // longer than hwb waits ("did not answer in time"); an engine that answers "no gateway" at once keeps these
    // tests about fire. The hwb they start inherit it.
    QVERIFY(m_engineDir.isValid());
    qputenv("HWB_DOCKER", QFile::encodeName(hwb::test::writeFakeEngine(m_engineDir.path(), QString(), 0)));
    m_server.start(hwb::test::binaryDir() + "/tests/hwb-fault-server", {});
    QVERIFY(m_server.waitForStarted());
    QVERIFY(m_server.waitForReadyRead(10000));
    m_port = m_server.readLine().trimmed().toInt();
    QVERIFY(m_port > 0);
    QVERIFY(m_local.listen());
}

void FireCliTest::stopServers()
{
    m_server.kill();
    m_server.waitForFinished();
}
