#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace hwb::gui {

class AppContext;
class LanguageMenu;
class MessageBar;
class ElidedLabel;
class PluginListPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

    bool openWorkspace(const QString &root);
    // A plugin's folder name, or FAMILY/NAME (wasm-rust/ai-intent) as hwb takes it when several families have one
    // of that name. False, and *error says why, when it names no plugin or more than one.
    bool selectPluginByName(const QString &name, QString *error = nullptr);
    bool showPage(const QString &id);
    QStringList pageIds() const;
    // The size and place the window had when last closed; screenshots skip this to stay reproducible.
    void restoreSavedGeometry();
    MessageBar *messageBar() const { return m_messageBar; }
    PluginListPane *pluginList() const { return m_pluginList; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool saveOrKeepUnsavedWork();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateHeader();
    void markVerifyTab();
    void chooseWorkspace();
    void showAbout();

    AppContext &m_context;
    PluginListPane *m_pluginList;
    MessageBar *m_messageBar;
    ElidedLabel *m_header;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    QTabWidget *m_tabs;
    ElidedLabel *m_statusWorkspace;
    QList<QWidget *> m_pages; // in tab order; each tab is a scroll area around its page
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_findAction = nullptr;
    QList<QAction *> m_pageActions; // one per tab, Ctrl+1 …
};

} // namespace hwb::gui
