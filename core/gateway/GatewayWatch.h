#pragma once

#include "ContainerEngine.h"
#include "GatewayContainers.h"

#include <QObject>
#include <QTimer>

namespace hwb {

// Lists the workbench's gateway containers every interval while started, so a view follows what `hwb gateway
// up|down` or `docker rm` did behind its back. A short `ps` with a label filter, not `docker events`: it is one
// bounded command that docker and podman answer alike, it cannot miss what happened while no one listened (a
// daemon restart, an event stream that broke), and it runs only while the view that needs it is shown.
class GatewayWatch : public QObject
{
    Q_OBJECT
public:
    explicit GatewayWatch(QObject *parent = nullptr);

    void setEngine(const QString &program, const QStringList &environment = {});
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start(); // lists at once, then every interval
    void stop();
    // Drops a listing under way and lists at once. A caller that just changed what runs (removed, created, adopted a
    // container) calls it: a listing asked before the change would otherwise arrive after it and undo it, such as a
    // container the page just removed shown as running again and taken over.
    void relist();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    // Only when the engine answered: a daemon that is down says nothing about the containers.
    void listed(const QList<hwb::GatewayContainer> &containers);

private:
    void list();

    ContainerEngine m_engine;
    QTimer m_timer;
};

} // namespace hwb
