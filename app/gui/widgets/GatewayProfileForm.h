#pragma once

#include "gateway/GatewayRunProfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hwb::gui {

// Picks a gateway profile and edits it in place; every edit is saved to the profiles file at once.
class GatewayProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit GatewayProfileForm(QWidget *parent = nullptr);

    GatewayRunProfile profile() const;
    // Shows the profile picked for this workspace (each remembers its own); emits profileChanged when it differs.
    void setWorkspace(const QString &root);

    QString loadProblem() const { return m_loadProblem; } // why the saved profiles could not be read, if so

Q_SIGNALS:
    void profileChanged();
    void saveFailed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadProfile(int index);
    void storeEdits();
    void retranslate();

    QString m_loadProblem;
    QList<GatewayRunProfile> m_profiles;
    int m_current = 0;
    QString m_workspace;
    bool m_loading = false;
    QComboBox *m_picker;
    QLabel *m_note;
    QFormLayout *m_form;
    QComboBox *m_image;
    QLineEdit *m_engine;
    QSpinBox *m_listenerPort;
    QSpinBox *m_adminPort;
    QLineEdit *m_upstream;
    QLineEdit *m_externalUrl;
};

} // namespace hwb::gui
