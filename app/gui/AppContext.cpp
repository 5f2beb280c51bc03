#include "AppContext.h"

#include "buildplan/RustToolchain.h"

#include "common/Translations.h"
#include "storage/AppSettings.h"
#include "workspace/WorkspaceScanner.h"

#include <QCoreApplication>
#include <QEvent>
#include <QThreadPool>

#include <algorithm>

namespace hwb::gui {

AppContext::AppContext(QObject *parent)
    : QObject(parent)
{
    // Changes on disk refresh the list in place; the selection and the pages' state survive.
    connect(&m_watcher, &WorkspaceWatcher::changed, this, &AppContext::refresh);
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool AppContext::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        rescan();
    return QObject::eventFilter(watched, event);
}

QString AppContext::openWorkspace(const QString &root)
{
    auto result = WorkspaceScanner::scan(root, Translations::currentLocale().language());
    if (!result.error.isEmpty())
        return result.error;
    const bool changed = result.root != m_root;
    m_root = result.root;
    m_plugins.setPlugins(result.plugins);
    m_watcher.setRoot(m_root);
    AppSettings::addRecentWorkspace(m_root);
    // Finding a Rust toolchain with a WASI target runs rustc a few times (~0.2 s): do it off the GUI thread
    // now, so selecting a Rust plugin later does not stall the window.
    if (std::any_of(result.plugins.cbegin(), result.plugins.cend(),
                    [](const PluginInfo &p) { return p.family == PluginFamily::WasmRust; }))
        QThreadPool::globalInstance()->start([] { RustToolchain::forWasm(); });
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
    const auto result = WorkspaceScanner::scan(m_root, Translations::currentLocale().language());
    if (keepListOn(result.error))
        return;
    m_plugins.setPlugins(result.plugins);
    if (m_current)
        setCurrentPlugin(m_current->path);
}

void AppContext::refresh(const QStringList &pluginDirs)
{
    if (m_root.isEmpty())
        return;
    const auto result = WorkspaceScanner::update(m_root, m_plugins.plugins(), pluginDirs,
                                                 Translations::currentLocale().language());
    if (keepListOn(result.error))
        return;
    m_plugins.setPlugins(result.plugins);
    // Another plugin's change leaves the pages alone: a refresh makes each of them look at the plugin again (the
    // Verify page at its module), which is what a change of the plugin itself asks for.
    if (m_current && (pluginDirs.contains(m_current->path) || m_plugins.rowOfPath(m_current->path) < 0))
        setCurrentPlugin(m_current->path);
}

// A checkout unmounted or renamed under the window is no reason to empty the list without a word: the plugins
// stay listed, and the window says what happened to the folder.
bool AppContext::keepListOn(const QString &scanError)
{
    if (scanError.isEmpty())
        return false;
    Q_EMIT message(tr("The workspace could not be read again, so the list shows it as it was: %1").arg(scanError), true);
    return true;
}

void AppContext::setCurrentPlugin(const QString &path)
{
    const int row = m_plugins.rowOfPath(path);
    std::optional<PluginInfo> next;
    if (row >= 0)
        next = m_plugins.plugins().at(row);
    const bool same = m_current && next && m_current->path == next->path;
    m_current = next;
    if (!same)
        setCurrentModuleVerdict(std::nullopt); // until the new plugin's module is judged: not the last one's
    if (same)
        Q_EMIT currentPluginRefreshed();
    else
        Q_EMIT currentPluginChanged();
}

void AppContext::setCurrentModuleVerdict(const std::optional<ModuleVerdict> &verdict)
{
    if (m_moduleVerdict == verdict)
        return;
    m_moduleVerdict = verdict;
    Q_EMIT currentModuleVerdictChanged();
}

} // namespace hwb::gui
