#include "GatewayWatch.h"

namespace hwb {

namespace {
constexpr int kDefaultIntervalMs = 1500; // "within a couple of seconds" of an outside up or down
constexpr int kListTimeoutMs = 10000;
} // namespace

GatewayWatch::GatewayWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GatewayWatch::list);
}

void GatewayWatch::setEngine(const QString &program, const QStringList &environment)
{
    m_engine.setProgram(program);
    m_engine.setExtraEnvironment(environment);
}

void GatewayWatch::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    list();
}

void GatewayWatch::stop()
{
    m_timer.stop();
    m_engine.cancel();
}

void GatewayWatch::relist()
{
    if (!m_timer.isActive())
        return;
    m_engine.cancel();
    m_timer.start(); // the next tick a whole interval after this listing, not after the dropped one
    list();
}

void GatewayWatch::list()
{
    if (m_engine.isBusy())
        return; // a slow daemon: one question at a time
    m_engine.run(GatewayContainers::listArguments(false), [this](const ContainerEngine::Result &r) {
        if (r.ok())
            Q_EMIT listed(GatewayContainers::parse(r.out));
    }, kListTimeoutMs);
}

} // namespace hwb
