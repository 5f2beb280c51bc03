#pragma once

#include "PageRegistry.h"
#include "gateway/GatewayController.h"
#include "gateway/GatewayWatch.h"
#include "gateway/MockUpstreamProbe.h"
#include "workspace/PluginInfo.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QFileSystemWatcher;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace hwb {
class MockLlmServer;
}

namespace hwb::gui {

class AppContext;
class LogFindBar;
class LogView;
class BadgeLabel;
class GatewayProfileForm;
class JsonConfigEditor;
class GatewayModuleNotice;
class MessageBar;

// The local gateway: pick a profile, start the plugin's gateway container and watch it become ready,
// read its log, edit the plugin's configuration, and see where requests go (and whether the plugin is
// in their path). Also home of the in-process mock LLM. An unsaved edit of a plugin's configuration stays with that
// plugin while another is selected.
class GatewayPage : public QWidget, public UnsavedWork
{
    Q_OBJECT
public:
    explicit GatewayPage(AppContext &context, QWidget *parent = nullptr);

    // The app's in-process mock LLM (one per process). startMock binds loopback, on preferredPort if free, else
    // on any free port; then mockDisplacedFrom() is the port it wanted. (GatewayPageMock.cpp)
    static constexpr quint16 kPreferredMockPort = 18080; // hwb mock-llm's and hwb gateway up's default
    static MockLlmServer *mockServer();
    static bool startMock(quint16 preferredPort, QString *error);
    // Closes it, and takes back where it was: the Requests page kept taking that port for the mock's.
    static void stopMock();
    static quint16 mockDisplacedFrom();

    // Screenshot/debug hook (--gateway-state): shows the page in a state without running Docker.
    void previewState(const QString &state);

    QStringList unsavedFiles() const override; // where each unsaved configuration would be saved
    bool saveUnsaved(QString *error) override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void setUpKeyboard(); // GatewayPageKeyboard.cpp
    void retranslateAccessibleNames();
    void loadPlugin();
    void up();
    void down();
    void restartAfterRebuild();
    void showState(GatewayController::State state, const GatewayError &error);
    // What the engine lists, while the page is shown: an outside `hwb gateway up` of the selected plugin is taken
    // over, and an outside `down` of the shown gateway stops it here too.
    void followContainers(const QList<GatewayContainer> &containers);
    void showProgress(const QString &step, qint64 elapsedMs, qint64 timeoutMs);
    void updateMockLine(); // GatewayPageMock.cpp
    void probeDisplacedMockPort();
    QString displacedMockNote() const;
    void updateButtons();
    void findArtifact();
    bool hasUnsavedEdit() const; // the editor differs from the configuration loaded for m_loadedPlugin
    // Saves one plugin's configuration; a refusal is shown in the message bar, with the fix when it is the shown
    // plugin's key written out.
    bool saveConfig(const PluginInfo &plugin, const QByteArray &json, QString *error);
    void moveKeyToKeychain(bool replaceOther = false);
    void showKeyMoved();

    AppContext &m_context;
    GatewayController m_controller;
    GatewayWatch *m_containerWatch;
    MessageBar *m_bar;
    GatewayProfileForm *m_form;
    BadgeLabel *m_badge;
    QLabel *m_step;
    QProgressBar *m_progress;
    QLabel *m_target;
    QLabel *m_artifact;
    GatewayModuleNotice *m_moduleNotice;
    QLabel *m_mockLine;
    QPushButton *m_mockButton;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_restart;
    QPushButton *m_cancel;
    QCheckBox *m_autoRestart;
    JsonConfigEditor *m_editor;
    QPushButton *m_saveConfig;
    QPushButton *m_resetConfig;
    QWidget *m_configPane; // the plugin's configuration: hidden when the profile leaves the plugin out
    bool m_hasSavedEdit = false; // the config shown is the user's saved edit, which Reset discards
    QByteArray m_loadedConfig;   // what loadPlugin() put in the editor, to tell an unsaved edit
    PluginInfo m_loadedPlugin;   // whose configuration that is (no path: none)
    QString m_runningPluginPath; // the folder of the plugin the gateway was last started for
    struct KeptConfig
    {
        PluginInfo plugin;
        QByteArray json;
    };
    QHash<QString, KeptConfig> m_keptConfigs; // unsaved edits of plugins not shown, by plugin folder
    QString m_keyMovedNote;            // what showKeyMoved() said last
    bool m_keyReplacedAnother = false; // the moved key took the place of another ${API_KEY}
    QString m_modulePath;        // the plugin's newest module, empty when it is not built (findArtifact)
    QLabel *m_configOrigin;
    QLabel *m_logTitle;
    LogView *m_logView;
    LogFindBar *m_logFind;
    QFileSystemWatcher *m_watcher;
    QTimer *m_rebuildDebounce;
    QDateTime m_startedArtifactTime;
    GatewayController::State m_shownState = GatewayController::State::Stopped;
    GatewayError m_shownError;
    GatewayLogModel m_mockLog; // what the mock served: the log to read when no gateway runs
    // What holds the port the window's mock wanted: another mock (hwb mock-llm) that `hwb gateway up` gateways
    // forward to, or another program. Asked once per port the mock took.
    MockUpstreamProbe *m_displacedProbe = nullptr;
    quint16 m_displacedProbedFor = 0; // the mock's port the last probe was made for
    MockUpstreamStatus m_displaced;   // what it found; Unknown until it answers
};

} // namespace hwb::gui
