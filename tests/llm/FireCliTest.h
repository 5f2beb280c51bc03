#pragma once

#include "FaultServer.h"

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// What the `hwb fire` tests fire at, started once per test program: the fault server as a process of its own
// (url()), one in the test's process for requests that must be seen in flight (m_local), a home for stored runs, and
// a container engine that answers at once.
class FireCliTest : public QObject
{
protected:
    void startServers(); // from initTestCase; fails the test when a server does not start
    void stopServers();  // from cleanupTestCase
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }

    QProcess m_server;
    int m_port = 0;
    FaultServer m_local;
    QTemporaryDir m_home;
    QTemporaryDir m_engineDir;
};
