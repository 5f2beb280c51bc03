#include "BuildVerdictNotice.h"

#include "wasm/ArtifactContentCache.h"
#include "wasm/ArtifactVerdict.h"

#include <QDir>
#include <QEvent>
#include <QVBoxLayout>

namespace hwb::gui {

BuildVerdictNotice::BuildVerdictNotice(QWidget *parent)
    : QWidget(parent)
    , m_bar(new MessageBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    hide();
}

void BuildVerdictNotice::showVerdict(const BuildSummary &summary, const ArtifactInspector::Options &options)
{
    m_summary = summary;
    m_options = options;
    showResult();
}

void BuildVerdictNotice::clear()
{
    m_summary = {};
    hide();
}

void BuildVerdictNotice::keepFor(const QString &artifact)
{
    if (!m_summary.artifact.isEmpty() && QDir::cleanPath(artifact) != QDir::cleanPath(m_summary.artifact))
        clear();
}

QString BuildVerdictNotice::text() const
{
    return isVisibleTo(parentWidget()) && m_bar->isVisibleTo(this) ? m_bar->text() : QString();
}

MessageBar::Kind BuildVerdictNotice::kind() const
{
    return m_bar->kind();
}

void BuildVerdictNotice::showResult()
{
    const BuildSummary &s = m_summary;
    if (s.verdictHeadline.isEmpty()) {
        hide();
        return;
    }
    QStringList lines{s.verdictHeadline};
    if (!s.sha256.isEmpty())
        lines.append((s.artifactUnchanged ? tr("Up to date, nothing rebuilt: %1 (sha256 %2…).")
                                          : tr("Built %1 (sha256 %2…)."))
                         .arg(QDir::toNativeSeparators(s.artifact), s.sha256.left(12)));
    if (!s.verdictFix.isEmpty() && s.verdictKind != ArtifactVerdict::Kind::Pass)
        lines.append(tr("Fix: %1").arg(s.verdictFix));
    const QString text = lines.join(QLatin1Char('\n'));
    switch (s.verdictKind) {
    case ArtifactVerdict::Kind::Pass:
        m_bar->showMessage(MessageBar::Kind::Success, text);
        break;
    case ArtifactVerdict::Kind::PassWithWarnings:
    case ArtifactVerdict::Kind::LoadsButHangs:
    case ArtifactVerdict::Kind::Fail: {
        const auto kind = s.verdictKind == ArtifactVerdict::Kind::Fail ? MessageBar::Kind::Error : MessageBar::Kind::Warning;
        if (s.sha256.isEmpty()) { // no module: nothing the Verify page could show
            m_bar->showMessage(kind, text);
            break;
        }
        // The bar hides itself for its action; the verdict is still true when the user comes back.
        m_bar->showMessage(kind, text, tr("Open Verify"), [this] {
            Q_EMIT verifyRequested();
            showResult();
        });
        break;
    }
    }
    show();
}

void BuildVerdictNotice::changeEvent(QEvent *event)
{
    // The verdict is worded when the module is inspected: inspected again, it speaks the new language.
    if (event->type() == QEvent::LanguageChange && isVisibleTo(parentWidget()) && !m_summary.sha256.isEmpty()) {
        const ArtifactVerdict verdict = ArtifactVerdict::of(ArtifactContentCache::shared().inspect(m_summary.artifact, m_options));
        m_summary.verdictHeadline = verdict.headline;
        m_summary.verdictFix = verdict.fix;
        m_summary.verdictKind = verdict.kind;
        showResult();
    }
    QWidget::changeEvent(event);
}

} // namespace hwb::gui
