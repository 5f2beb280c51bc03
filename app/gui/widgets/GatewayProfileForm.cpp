#include "GatewayProfileForm.h"

#include "ShrinkableCombo.h"
#include "ThemeColors.h"
#include "common/ToolLocator.h"
#include "gateway/GatewaySpec.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace hwb::gui {

namespace {
// Gateway versions offered in the image picker; any image can be typed in.
const char *const kVersions[] = {"2.1.6", "2.1.5", "2.1.4", "2.0.7"};

QSpinBox *portBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 65535);
    return box;
}
} // namespace

GatewayProfileForm::GatewayProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_profiles(GatewayRunProfileStore::load(GatewayRunProfileStore::defaultPath(), &m_loadProblem))
    , m_picker(new ShrinkableCombo(12, this))
    , m_note(new QLabel(this))
    , m_form(new QFormLayout(this))
    , m_image(new ShrinkableCombo(12, this))
    , m_engine(new QLineEdit(this))
    , m_listenerPort(portBox(this))
    , m_adminPort(portBox(this))
    , m_upstream(new QLineEdit(this))
    , m_externalUrl(new QLineEdit(this))
{
    m_picker->setObjectName(QStringLiteral("gatewayProfile"));
    m_image->setObjectName(QStringLiteral("gatewayImage"));
    m_engine->setObjectName(QStringLiteral("gatewayEngine"));
    m_listenerPort->setObjectName(QStringLiteral("listenerPort"));
    m_adminPort->setObjectName(QStringLiteral("adminPort"));
    m_upstream->setObjectName(QStringLiteral("upstream"));
    m_externalUrl->setObjectName(QStringLiteral("externalUrl"));
    m_image->setEditable(true);
    for (const char *version : kVersions)
        m_image->addItem(GatewaySpec::defaultImage(QLatin1String(version)));
    m_engine->setPlaceholderText(ToolLocator::find(ToolLocator::Tool::Docker));
    m_upstream->setPlaceholderText(QStringLiteral("mock | https://api.openai.com"));
    m_note->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(new QLabel(this), m_picker);
    m_form->addRow(m_note); // spans both columns: the warning must be read, not squeezed
    m_form->addRow(new QLabel(this), m_image);
    m_form->addRow(new QLabel(this), m_engine);
    auto *ports = new QWidget(this);
    auto *portsLayout = new QHBoxLayout(ports);
    portsLayout->setContentsMargins(0, 0, 0, 0);
    portsLayout->addWidget(m_listenerPort);
    portsLayout->addWidget(m_adminPort);
    auto *portsLabel = new QLabel(this);
    m_form->addRow(portsLabel, ports);
    // The mnemonic lands in the first port. (Not a focus proxy on the row: Tab would stop on the row too, after
    // the fields made before it.)
    portsLabel->setBuddy(m_listenerPort);
    m_form->addRow(new QLabel(this), m_upstream);
    m_form->addRow(new QLabel(this), m_externalUrl);

    retranslate();
    loadProfile(m_current);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_loading || index < 0)
            return;
        GatewayRunProfileStore::setSelectedIndex(m_workspace, index);
        loadProfile(index);
        Q_EMIT profileChanged();
    });
    for (QLineEdit *edit : {m_engine, m_upstream, m_externalUrl})
        connect(edit, &QLineEdit::editingFinished, this, &GatewayProfileForm::storeEdits);
    connect(m_image, &QComboBox::currentTextChanged, this, &GatewayProfileForm::storeEdits);
    connect(m_listenerPort, &QSpinBox::valueChanged, this, &GatewayProfileForm::storeEdits);
    connect(m_adminPort, &QSpinBox::valueChanged, this, &GatewayProfileForm::storeEdits);
}

GatewayRunProfile GatewayProfileForm::profile() const
{
    return m_profiles.value(m_current);
}

void GatewayProfileForm::setWorkspace(const QString &root)
{
    m_workspace = root;
    const int index = qBound(0, GatewayRunProfileStore::selectedIndex(root), int(m_profiles.size()) - 1);
    if (index == m_current)
        return;
    loadProfile(index);
    Q_EMIT profileChanged();
}

void GatewayProfileForm::loadProfile(int index)
{
    m_loading = true;
    m_current = index;
    const GatewayRunProfile &p = m_profiles.at(index);
    m_picker->setCurrentIndex(index);
    m_image->setCurrentText(p.image.isEmpty() ? GatewaySpec::defaultImage() : p.image);
    m_engine->setText(p.engine);
    m_listenerPort->setValue(p.listenerPort);
    m_adminPort->setValue(p.adminPort);
    m_upstream->setText(p.upstream);
    m_externalUrl->setText(p.externalUrl);
    const bool managed = p.kind == GatewayRunProfile::Kind::ManagedContainer;
    for (QWidget *w : {static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_engine),
                       m_listenerPort->parentWidget(), static_cast<QWidget *>(m_upstream)})
        m_form->setRowVisible(w, managed);
    m_form->setRowVisible(m_externalUrl, p.kind == GatewayRunProfile::Kind::ExternalUrl);
    retranslate();
    m_loading = false;
}

void GatewayProfileForm::storeEdits()
{
    if (m_loading)
        return;
    GatewayRunProfile &p = m_profiles[m_current];
    p.image = m_image->currentText().trimmed();
    p.engine = m_engine->text().trimmed();
    p.listenerPort = m_listenerPort->value();
    p.adminPort = m_adminPort->value();
    p.upstream = m_upstream->text().trimmed().isEmpty() ? QStringLiteral("mock") : m_upstream->text().trimmed();
    p.externalUrl = m_externalUrl->text().trimmed();
    if (QString error; !GatewayRunProfileStore::save(m_profiles, GatewayRunProfileStore::defaultPath(), &error))
        Q_EMIT saveFailed(error);
    Q_EMIT profileChanged();
}

void GatewayProfileForm::retranslate()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_picker->clear();
    // Default names are English data; the translated kind says it for them, a user's own name is added.
    QStringList defaultNames;
    for (const GatewayRunProfile &p : GatewayRunProfileStore::defaults())
        defaultNames << p.name;
    for (const GatewayRunProfile &p : std::as_const(m_profiles)) {
        const QString kind = GatewayRunProfile::kindDisplayName(p.kind);
        m_picker->addItem(p.name.isEmpty() || defaultNames.contains(p.name) ? kind
                                                                           : QStringLiteral("%1 — %2").arg(p.name, kind));
    }
    m_picker->setCurrentIndex(m_current);
    m_loading = wasLoading;
    // A label shows its '&' as is unless it has a buddy; the ports row names its first box itself.
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            l->setText(text);
            if (!l->buddy() && field->focusPolicy() != Qt::NoFocus)
                l->setBuddy(field);
        }
    };
    label(m_picker, tr("&Profile:"));
    label(m_image, tr("&Image:"));
    label(m_engine, tr("&Engine:"));
    label(m_listenerPort->parentWidget(), tr("&Listener / admin port:"));
    label(m_upstream, tr("&Upstream:"));
    label(m_externalUrl, tr("&Gateway URL:"));
    m_listenerPort->setToolTip(tr("Listener port, published on 127.0.0.1"));
    m_adminPort->setToolTip(tr("Envoy admin port (GET /ready), published on 127.0.0.1"));
    m_listenerPort->setAccessibleName(tr("Listener port"));  // one label names both boxes
    m_adminPort->setAccessibleName(tr("Envoy admin port"));
    m_upstream->setToolTip(tr("\"mock\" sends the plugin's traffic to the built-in mock LLM; or a provider URL over TLS."));
    const GatewayRunProfile p = profile();
    switch (p.kind) {
    case GatewayRunProfile::Kind::MockOnly:
        m_note->setText(tr("Requests go straight to the built-in mock LLM. The plugin is NOT in the request path: "
                           "use this for demos of the request tools, not to test the plugin."));
        m_note->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 6px; }")
                                  .arg(ThemeColors::boxStyle(ThemeColors::Tone::Warning, QApplication::palette(this))));
        break;
    case GatewayRunProfile::Kind::ExternalUrl:
        m_note->setText(tr("A gateway you run yourself. The workbench sends requests to it and does not manage it."));
        m_note->setStyleSheet(QString());
        break;
    case GatewayRunProfile::Kind::ManagedContainer:
        m_note->setText(tr("The workbench runs the gateway container with the plugin's latest build and configuration."));
        m_note->setStyleSheet(QString());
        break;
    }
}

void GatewayProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hwb::gui
