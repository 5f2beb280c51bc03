#pragma once

#include "wasm/ArtifactReport.h"
#include "wasm/ArtifactTableModel.h"

#include <QFileSystemWatcher>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace hwb::gui {

class ElidedLabel;

class AppContext;
class MessageBar;
class VerdictBanner;

// Says in plain words whether an artifact will work at the gateway: a verdict, the findings with their
// fixes, and the exports, imports and build settings behind them. It follows the current plugin's
// artifact (re-checking after every build that rewrites it) and any .wasm opened or dropped.
class VerifyPage : public QWidget
{
    Q_OBJECT
public:
    explicit VerifyPage(AppContext &context, QWidget *parent = nullptr);

    void inspect(const QString &path, bool fromPlugin = false);
    const ArtifactReport &report() const { return m_report; }
    QString gatewayVersion() const;
    void setGatewayVersion(const QString &version);

Q_SIGNALS:
    void inspected();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showPluginArtifact();
    // Judges the current plugin's newest module for the other pages (AppContext), whatever this page shows.
    void judgePluginModule();
    void openFile();
    void retranslate();
    void setUpKeyboard(); // VerifyPageKeyboard.cpp
    void retranslateAccessibleNames();
    void showReport();
    void fitDetails();
    void showFindings();
    void showSummary();
    void watch(const QString &artifact);

    AppContext &m_context;
    QString m_path;
    bool m_fromPlugin = false;
    ArtifactReport m_report;
    ElidedLabel *m_artifactLabel;
    QLabel *m_gatewayLabel;
    QComboBox *m_gateway;
    QPushButton *m_open;
    VerdictBanner *m_banner;
    MessageBar *m_messages;
    QScrollArea *m_scroll;
    QVBoxLayout *m_findings;
    QFormLayout *m_summary;
    QTabWidget *m_tabs;
    QWidget *m_emptySpace; // below the message when there is no report, so the message stays a bar at the top
    ArtifactTableModel m_exports{ArtifactTableModel::Table::Exports};
    ArtifactTableModel m_imports{ArtifactTableModel::Table::Imports};
    ArtifactTableModel m_settings{ArtifactTableModel::Table::BuildSettings};
    QFileSystemWatcher m_watcher;
    QTimer m_rebuilt; // a build rewrites the artifact in several steps; settle before reading
};

} // namespace hwb::gui
