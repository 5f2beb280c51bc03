// The Requests page's templates and the bodies the user edited from them: what is listed, shown, saved as a template
// of its own, and kept across sessions (RequestDrafts) until the user goes back to the template.
#include "RequestsPage.h"

#include "widgets/MessageBar.h"

#include "common/Translations.h"
#include "llm/RequestDrafts.h"
#include "llm/RequestTemplate.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTimer>

namespace hwb::gui {

namespace {
QString bodyText(const RequestTemplate &t)
{
    return QString::fromUtf8(QJsonDocument(t.body).toJson(QJsonDocument::Indented));
}
} // namespace

void RequestsPage::keepDraft()
{
    if (m_shownTemplate.isEmpty())
        return;
    const QString text = m_body->toPlainText();
    bool changed = false;
    if (text == m_shownBody) {
        changed = m_drafts.remove(m_shownTemplate) > 0;
    } else if (m_drafts.value(m_shownTemplate) != text) {
        m_drafts.insert(m_shownTemplate, text);
        changed = true;
    }
    if (changed)
        m_draftSave->start();
}

void RequestsPage::saveDrafts()
{
    m_draftSave->stop();
    if (QString error; !RequestDrafts::save(m_drafts, &error))
        m_messages->showError(tr("The edited request bodies could not be kept: %1").arg(error));
}

void RequestsPage::revertDraft()
{
    m_drafts.remove(m_shownTemplate);
    saveDrafts();
    templateChosen();
}

void RequestsPage::loadTemplates()
{
    const QSignalBlocker blocker(m_template);
    const QString current = m_template->currentData().toString();
    m_template->clear();
    QList<TemplateFileError> unreadable;
    for (const RequestTemplate &t : TemplateLibrary::all(&unreadable))
        m_template->addItem(t.bundled ? t.title : tr("%1 (saved)").arg(t.title), t.name);
    // Said where the list is, so a template saved earlier is not simply gone from it.
    QStringList problems;
    for (const TemplateFileError &e : std::as_const(unreadable))
        problems.append(tr("The saved template %1 is not listed: it cannot be read (%2).")
                            .arg(QDir::toNativeSeparators(e.path), e.reason));
    if (!problems.isEmpty())
        m_messages->showMessage(MessageBar::Kind::Warning, problems.join(QLatin1Char('\n')));
    // The first choice follows the UI language: a Chinese prompt for a zh_CN user (the bundled *-zh templates).
    const QString preferred = Translations::currentLocale().language() == QLocale::Chinese
                                  ? QStringLiteral("openai-chat-stream-zh")
                                  : QStringLiteral("openai-chat-stream");
    const int index = m_template->findData(current.isEmpty() ? preferred : current);
    m_template->setCurrentIndex(qMax(0, index));
}

void RequestsPage::saveTemplate(const RequestTemplate &t, TemplateLibrary::Existing existing, const QString &source)
{
    QString error;
    if (!TemplateLibrary::save(t, &error, existing)) {
        // A name that is taken is asked about where the page speaks, not in a box: Replace writes over it.
        if (existing == TemplateLibrary::Existing::Refuse && TemplateLibrary::isSaved(t.name))
            m_messages->showError(error, tr("Replace"),
                                  [this, t, source] { saveTemplate(t, TemplateLibrary::Existing::Replace, source); });
        else
            m_messages->showError(error);
        return;
    }
    loadTemplates();
    {
        const QSignalBlocker keepTheText(m_template);
        m_template->setCurrentIndex(m_template->findData(t.name));
    }
    m_drafts.remove(source); // that edit is a template of its own now
    // A Replace offered earlier may come after another template was shown: the editor then shows what was saved.
    const bool showingAnother = m_shownTemplate != source;
    const auto saved = TemplateLibrary::find(t.name);
    m_shownTemplate = t.name;
    m_shownBody = bodyText(saved ? *saved : t);
    if (showingAnother)
        m_body->setPlainText(m_shownBody);
    saveDrafts();
}

void RequestsPage::templateChosen()
{
    const auto t = TemplateLibrary::find(m_template->currentData().toString());
    if (!t)
        return;
    m_shownTemplate = t->name;
    m_shownBody = bodyText(*t);
    const auto draft = m_drafts.constFind(t->name);
    m_body->setPlainText(draft != m_drafts.cend() ? *draft : m_shownBody);
    if (draft != m_drafts.cend())
        m_messages->showMessage(MessageBar::Kind::Info, tr("The body is as you left it, not as the template has it."),
                                tr("Back to the template"), [this] { revertDraft(); });
}

} // namespace hwb::gui
