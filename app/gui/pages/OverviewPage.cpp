#include "OverviewPage.h"

#include "AppContext.h"
#include "PageRegistry.h"
#include "widgets/BadgeLabel.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ThemeColors.h"

#include "common/BoundedFile.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
const PageRegistration registration{
    {"overview", 10, QT_TRANSLATE_NOOP("hwb::gui::Pages", "Overview"),
     [](AppContext &context, QWidget *parent) { return new OverviewPage(context, parent); }}};

// Values such as module paths and folders have no spaces to wrap at: they elide, so a deep folder does not
// widen the window, and the tooltip and Copy give the whole value.
QLabel *valueLabel(const QString &text)
{
    auto *label = new ElidedLabel;
    label->setFullText(text.isEmpty() ? QStringLiteral("—") : text);
    return label;
}
} // namespace

OverviewPage::OverviewPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_eraBadge(new BadgeLabel(this))
    , m_eraReason(new QLabel(this))
    , m_buildrcHint(new QLabel(this))
    , m_moduleVerdict(new QLabel(this))
    , m_form(new QFormLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    m_eraReason->setWordWrap(true);
    m_buildrcHint->setWordWrap(true);
    m_buildrcHint->setTextFormat(Qt::PlainText);
    m_description->setTextFormat(Qt::PlainText);
    m_buildrcHint->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 8px; }")
                                     .arg(ThemeColors::boxStyle(ThemeColors::Tone::Warning, QApplication::palette(this))));
    m_moduleVerdict->setObjectName(QStringLiteral("moduleVerdict"));
    m_moduleVerdict->setWordWrap(true);
    m_moduleVerdict->setTextFormat(Qt::RichText);
    m_moduleVerdict->hide();
    connect(m_moduleVerdict, &QLabel::linkActivated, this, [this] { PageRegistry::showSibling(this, QStringLiteral("verify")); });
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow); // the values elide to the width they get

    auto *eraRow = new QHBoxLayout;
    eraRow->addWidget(m_eraBadge);
    eraRow->addWidget(m_eraReason, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addLayout(eraRow);
    layout->addWidget(m_buildrcHint);
    layout->addWidget(m_moduleVerdict);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(&context, &AppContext::currentPluginChanged, this, &OverviewPage::refresh);
    connect(&context, &AppContext::currentPluginRefreshed, this, &OverviewPage::refresh);
    connect(&context, &AppContext::currentModuleVerdictChanged, this, &OverviewPage::showModuleVerdict);
    refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        showModuleVerdict();
    QWidget::changeEvent(event);
}

void OverviewPage::refresh()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const auto &plugin = m_context.currentPlugin();
    if (!plugin) {
        m_title->setText(tr("No plugin selected"));
        m_description->setText(tr("Pick a plugin on the left to see its metadata, its .buildrc and its builds."));
        m_eraBadge->hide();
        m_eraReason->clear();
        m_buildrcHint->hide();
        return;
    }
    const PluginInfo &p = *plugin;
    m_title->setText(p.title.isEmpty() ? p.name : p.title);
    m_description->setText(p.description);
    // Eras tell Go toolchains apart; for the other families a grey "Unknown era" would read like a fault, so the
    // line says how they are built instead.
    const bool go = p.family == PluginFamily::WasmGo;
    m_eraBadge->setVisible(go);
    if (go)
        m_eraBadge->setBadge(eraDisplayName(p.era), BadgeLabel::colorForEra(eraId(p.era)));
    switch (p.family) {
    case PluginFamily::WasmGo:
        // "Era 1 (TinyGo)" above a Build page set to go build read as a contradiction: say why both are right.
        m_eraReason->setText(p.era == PluginEra::TinyGoBuildrc
                                 ? p.eraReason + QLatin1Char(' ')
                                       + tr("The Build page builds it with go build (wasip1) by default, which needs no "
                                            "TinyGo and passes the .buildrc's tags; TinyGo (legacy) is one of its modes.")
                                 : p.eraReason);
        break;
    case PluginFamily::WasmRust:
        m_eraReason->setText(tr("A Rust plugin: cargo builds it for wasm32-wasip1, after sourcing its .prebuild if it "
                                "has one. Build eras and .buildrc apply to wasm-go plugins only."));
        break;
    case PluginFamily::WasmCpp:
        m_eraReason->setText(tr("A C++ plugin: Higress builds it with bazel, through make build in Docker. Build eras "
                                "and .buildrc apply to wasm-go plugins only."));
        break;
    case PluginFamily::WasmAssemblyScript:
        m_eraReason->setText(tr("An AssemblyScript plugin: npm builds it. Build eras and .buildrc apply to wasm-go "
                                "plugins only."));
        break;
    }

    // The failure this product exists for: a .buildrc whose tag a build silently skips.
    m_buildrcHint->setVisible(p.hasBuildrc);
    if (p.hasBuildrc) {
        // Bounded: a .buildrc that is a FIFO would block open() until a writer came, and the window with it.
        QString unreadable;
        const QString content = QString::fromUtf8(
            BoundedFile::readOptional(p.buildrcPath(), 512, &unreadable, BoundedFile::Beyond::Cut)).trimmed();
        m_buildrcHint->setText(tr("This plugin has a .buildrc (%1). Every build must apply it: a build that "
                                  "skips its tags can load in the gateway and then hang every request.")
                                   .arg(unreadable.isEmpty() ? content : unreadable));
    }

    m_form->addRow(tr("Name:"), valueLabel(p.name));
    m_form->addRow(tr("Family:"), valueLabel(familyId(p.family)));
    m_form->addRow(tr("Version:"), valueLabel(p.version));
    if (p.family == PluginFamily::WasmGo) { // go.mod facts; other families have none
        m_form->addRow(tr("Go version:"), valueLabel(p.goVersion));
        m_form->addRow(tr("SDK:"), valueLabel(p.sdkModule));
    }
    if (p.family == PluginFamily::WasmRust) // sourced before cargo: it sets RUSTFLAGS and friends
        m_form->addRow(tr(".prebuild:"), valueLabel(QFileInfo::exists(p.path + QStringLiteral("/.prebuild")) ? tr("present")
                                                                                                          : tr("absent")));
    m_form->addRow(tr("Keywords:"), valueLabel(p.keywords.join(QStringLiteral(", "))));
    m_form->addRow(tr("option.yaml:"), valueLabel(p.hasOptionYaml ? tr("present") : tr("absent")));
    m_form->addRow(tr("Folder:"), valueLabel(QDir::toNativeSeparators(p.path)));
}

void OverviewPage::showModuleVerdict()
{
    const auto &judged = m_context.currentModuleVerdict();
    m_moduleVerdict->setVisible(judged.has_value());
    if (!judged)
        return;
    using Kind = ArtifactVerdict::Kind;
    const Kind kind = judged->verdict.kind;
    const auto tone = kind == Kind::Pass ? ThemeColors::Tone::Success
                    : kind == Kind::PassWithWarnings ? ThemeColors::Tone::Warning
                                                     : ThemeColors::Tone::Error;
    m_moduleVerdict->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; padding: 8px; }")
                                       .arg(ThemeColors::boxStyle(tone, QApplication::palette(this))));
    const QString file = QFileInfo(judged->artifact).fileName().toHtmlEscaped();
    m_moduleVerdict->setText(QStringLiteral("<b>%1</b> %2 <a href=\"verify\">%3</a>")
                                 .arg(tr("Built module %1:").arg(file), judged->verdict.headline.toHtmlEscaped(),
                                      tr("Open the Verify page →")));
}

} // namespace hwb::gui
