#include "AppContext.h"

#include "storage/AppSettings.h"
#include "workspace/WorkspaceScanner.h"

namespace hwb::gui {

AppContext::AppContext(QObject *parent)
    : QObject(parent)
{
}

QString AppContext::openWorkspace(const QString &root)
{
    auto result = WorkspaceScanner::scan(root);
    if (!result.error.isEmpty())
        return result.error;
    const bool changed = result.root != m_root;
    m_root = result.root;
    m_plugins.setPlugins(result.plugins);
    AppSettings::addRecentWorkspace(m_root);
    if (changed) {
        m_current.reset();
        Q_EMIT workspaceChanged(m_root);
        Q_EMIT currentPluginChanged();
    }
    return {};
}

void AppContext::rescan()
{
    if (m_root.isEmpty())
        return;
    const auto result = WorkspaceScanner::scan(m_root);
    m_plugins.setPlugins(result.plugins);
    if (m_current)
        setCurrentPlugin(m_current->path);
}

void AppContext::setCurrentPlugin(const QString &path)
{
    const int row = m_plugins.rowOfPath(path);
    std::optional<PluginInfo> next;
    if (row >= 0)
        next = m_plugins.plugins().at(row);
    m_current = next;
    Q_EMIT currentPluginChanged();
}

} // namespace hwb::gui
