#pragma once

#include "buildplan/BuildPlan.h"
#include "buildplan/BuildProfile.h"
#include "buildrun/BuildHistory.h"
#include "common/FileIdentity.h"

#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;
class QTreeWidget;

namespace hwb {
class BuildRunner;
class BuildVariablesModel;
class DiagnosticsModel;
class EarlyInspection;
class LogModel;
struct BuildResult;
struct BuildProgress;
}

namespace hwb::gui {

class AppContext;
class BuildVerdictNotice;
class CommandPreview;
class EmptyViewHint;
class LogFindBar;
class LogView;
class MessageBar;
class TagChips;

// Build with the merged flags: every variable with its layer, the exact command, warnings before building,
// then a live log, problems that open the source, and the history of good builds.
class BuildPage : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPage(AppContext &context, QWidget *parent = nullptr);
    ~BuildPage() override;

    const BuildPlan &plan() const { return m_plan; }
    BuildRunner *runner() const { return m_runner; }
    QString stateText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setUpKeyboard(); // BuildPageKeyboard.cpp
    void retranslateAccessibleNames();
    void fillModes();
    void replan();
    void startBuild();
    void onProgress(const hwb::BuildProgress &progress);
    void onFinished(const hwb::BuildResult &result);
    void openDiagnostic(const QModelIndex &index);
    void refreshHistory();
    void showWarnings();
    void updateBuildButton();
    void setOverride(const QString &name, const std::optional<QString> &value);
    void showFlagsMenu(const QPoint &pos);
    // The workspace profile (BuildProfile): a value this page overrides moves there, for every build of the
    // workspace, hwb's too; one the profile holds can go.
    void keepInProfile(const QString &name);
    void removeFromProfile(const QString &name);
    std::optional<BuildProfile> profileToChange();
    bool saveProfile(const BuildProfile &profile); // false, and the bar says why, when it could not
    void setModeIsDefault(bool isDefault);
    void showModeIsDefault(const BuildProfile &profile);
    void addOverrideFromField();

    AppContext &m_context;
    BuildPlan m_plan;
    // The plan of the build that runs, or ran last. m_plan follows the selection, which may change meanwhile.
    BuildPlan m_runningPlan;
    FileIdentity m_artifactBefore; // the artifact as the running build found it
    BuildRunner *m_runner;
    std::unique_ptr<EarlyInspection> m_early; // of the running build's artifact
    BuildHistory m_records; // one connection for the page: listing, the expected build time, recording
    BuildVariablesModel *m_variables;
    DiagnosticsModel *m_diagnostics;
    LogModel *m_log;
    MessageBar *m_messages;
    BuildVerdictNotice *m_verdict; // the last build's, apart from the plan's warnings in m_messages
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QCheckBox *m_modeIsDefault; // the mode is the workspace profile's
    QWidget *m_customRow;       // the custom mode's command template, shown in that mode only
    QLabel *m_customLabel;
    QLineEdit *m_customCommand;

    QPushButton *m_build;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_state;
    QLabel *m_previewLabel;
    CommandPreview *m_preview;
    QPushButton *m_copy;
    QTableView *m_flags;
    QLabel *m_tagsLabel;
    TagChips *m_tags;
    QLineEdit *m_addOverride; // NAME=VALUE for a variable the table does not list, as `--set` takes it
    QMap<QString, QString> m_overrides; // one-off values set in the flags table, for this plugin's builds on the page
    QTabWidget *m_tabs;
    LogView *m_logView; // on m_log
    LogFindBar *m_logFind;
    QTreeView *m_problems;
    QPlainTextEdit *m_source;
    QTreeWidget *m_history;
    EmptyViewHint *m_problemsHint;
    EmptyViewHint *m_historyHint;
};

} // namespace hwb::gui
