// The Gateway page follows what runs: a gateway started or stopped outside the window (hwb gateway up|down, docker)
// shows here within a GatewayWatch period, while the page is shown.
#include "GatewayPage.h"

#include "AppContext.h"
#include "widgets/GatewayProfileForm.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QFileInfo>

#include <algorithm>

namespace hwb::gui {

void GatewayPage::followContainers(const QList<GatewayContainer> &containers)
{
    const GatewayController::State state = m_controller.state();
    if (m_form->profile().kind != GatewayRunProfile::Kind::ManagedContainer)
        return;
    if (state == GatewayController::State::Ready) {
        const QString id = m_controller.containerId();
        if (std::none_of(containers.cbegin(), containers.cend(), [&id](const GatewayContainer &c) { return c.id == id; })) {
            const QString plugin = m_controller.spec().pluginName;
            m_controller.forgetRemoved();
            m_bar->showInfo(tr("The gateway of %1 was stopped outside the workbench.").arg(plugin));
        }
        return;
    }
    // Not one that failed here with its container (its error stays until the user acts), and not while busy.
    const bool idle = state == GatewayController::State::Stopped
        || (state == GatewayController::State::Failed && m_controller.containerId().isEmpty());
    const auto &plugin = m_context.currentPlugin();
    if (!idle || !plugin)
        return;
    const std::optional<GatewayContainer> found = GatewayContainers::find(containers, plugin->name, m_context.workspaceRoot());
    if (!found || !found->isRunning())
        return;
    m_bar->hide();
    m_runningPluginPath = plugin->path;
    m_startedArtifactTime = QFileInfo(m_modulePath).lastModified(); // a rebuild from now on restarts it
    const GatewayRunProfile profile = m_form->profile();
    m_controller.adopt(*found, profile.engine);
}

void GatewayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown in a state of its own (--gateway-state), the page must not be corrected by what really runs.
    if (!qApp->property("hwb.gatewayPreview").toString().isEmpty())
        return;
    m_containerWatch->setEngine(m_form->profile().engine);
    m_containerWatch->start();
}

void GatewayPage::hideEvent(QHideEvent *event)
{
    m_containerWatch->stop();
    QWidget::hideEvent(event);
}

} // namespace hwb::gui
