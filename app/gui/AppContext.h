#pragma once

#include "wasm/ArtifactVerdict.h"
#include "workspace/PluginInfo.h"
#include "workspace/PluginListModel.h"
#include "workspace/WorkspaceWatcher.h"

#include <QObject>
#include <optional>

namespace hwb::gui {

// The state every page shares: the open workspace, its plugins and the plugin the user selected.
// Pages read it and listen to its signals; they never talk to each other directly.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);

    // Scans root and makes it the current workspace. Returns an error text, or empty on success.
    QString openWorkspace(const QString &root);
    void rescan();
    // Reads again only the plugins whose folders are named (WorkspaceWatcher::changed), and lists the plugin folders
    // for new and removed ones. The selected plugin is refreshed only when it is one of them.
    void refresh(const QStringList &pluginDirs);
    QString workspaceRoot() const { return m_root; }
    PluginListModel *plugins() { return &m_plugins; }
    WorkspaceWatcher *watcher() { return &m_watcher; }

    const std::optional<PluginInfo> &currentPlugin() const { return m_current; }
    void setCurrentPlugin(const QString &path);

    // The verdict on the current plugin's newest module, as the Verify page last judged it (it judges on every
    // selection and after every build); nothing while the plugin has no module. Pages other than Verify show it, so
    // a failing module is seen from wherever the user is: after a restart it was said on the Verify page only.
    struct ModuleVerdict
    {
        QString artifact;
        ArtifactVerdict verdict;
        bool operator==(const ModuleVerdict &o) const
        {
            return artifact == o.artifact && verdict.kind == o.verdict.kind && verdict.headline == o.verdict.headline;
        }
    };
    const std::optional<ModuleVerdict> &currentModuleVerdict() const { return m_moduleVerdict; }
    void setCurrentModuleVerdict(const std::optional<ModuleVerdict> &verdict);

    // The plugin the managed gateway runs while it is ready (empty otherwise), its listener port, and the container
    // engine that runs it (empty: the default): what requests to that port pass through, whichever plugin or
    // profile is selected by then.
    QString gatewayPlugin() const { return m_gatewayPlugin; }
    int gatewayPort() const { return m_gatewayPort; }
    QString gatewayEngine() const { return m_gatewayEngine; }
    void setGateway(const QString &plugin, int port, const QString &engine = {})
    {
        m_gatewayPlugin = plugin;
        m_gatewayPort = plugin.isEmpty() ? -1 : port;
        m_gatewayEngine = plugin.isEmpty() ? QString() : engine;
    }

Q_SIGNALS:
    void workspaceChanged(const QString &root);
    // Another plugin (or none) is selected.
    void currentPluginChanged();
    // The same plugin came back from a rescan (a build wrote its module, a .buildrc was saved, the language
    // changed), with fresh metadata. What a page holds for the plugin (edits, overrides, a file the user opened)
    // stays.
    void currentPluginRefreshed();
    void currentModuleVerdictChanged();
    // Pages report problems and progress here; the main window shows them in its message bar.
    void message(const QString &text, bool isError);

protected:
    // The UI language decides README_EN.md over README.md, so a language change rescans.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keepListOn(const QString &scanError);

    QString m_root;
    PluginListModel m_plugins;
    WorkspaceWatcher m_watcher;
    std::optional<PluginInfo> m_current;
    std::optional<ModuleVerdict> m_moduleVerdict;
    QString m_gatewayPlugin;
    int m_gatewayPort = -1;
    QString m_gatewayEngine;
};

} // namespace hwb::gui
