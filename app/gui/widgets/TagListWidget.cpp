#include "TagListWidget.h"

#include "BadgeLabel.h"
#include "ElidedLabel.h"
#include "ThemeColors.h"

#include "buildrc/BuildrcKeys.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace hwb::gui {

TagListWidget::TagListWidget(QWidget *parent)
    : QWidget(parent)
    , m_row(new QHBoxLayout(this))
    , m_caption(new QLabel(this))
{
    m_row->setContentsMargins(0, 0, 0, 0);
    rebuild();
}

void TagListWidget::setTags(const QString &value, bool known, bool present, const std::optional<QString> &assignment)
{
    if (value == m_value && known == m_known && present == m_present && assignment == m_assignment)
        return;
    m_value = value;
    m_known = known;
    m_present = present;
    m_assignment = assignment;
    rebuild();
}

void TagListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void TagListWidget::rebuild()
{
    while (QLayoutItem *item = m_row->takeAt(0)) {
        if (item->widget() && item->widget() != m_caption) {
            item->widget()->hide(); // gone now, not at the next event loop turn (a screenshot would still show it)
            item->widget()->deleteLater();
        }
        delete item;
    }
    m_invalid.clear();
    m_caption->setText(tr("EXTRA_TAGS:"));
    m_row->addWidget(m_caption);
    if (!m_present || !m_known) {
        auto *note = new QLabel(m_present ? tr("unknown (only a shell could tell)") : tr("not set"), this);
        note->setEnabled(false);
        m_row->addWidget(note);
    } else {
        const QStringList tags = BuildrcKeys::splitTags(m_value);
        if (tags.isEmpty()) {
            auto *note = new QLabel(m_assignment ? tr("none") : tr("empty"), this);
            note->setEnabled(!m_assignment);
            m_row->addWidget(note);
        }
        for (const QString &tag : tags) {
            const bool valid = BuildrcKeys::isValidBuildTag(tag);
            auto *badge = new BadgeLabel(this);
            QString shown = tag;
            shown.replace(u'\r', QStringLiteral("\u240D"));
            badge->setBadge(shown, valid ? QColor(QStringLiteral("#188038")) : QColor(QStringLiteral("#d93025")));
            badge->setToolTip(valid ? tr("A valid Go build tag.")
                                    : tr("Not a valid Go build tag: only letters, digits, '_' and '.' are allowed."));
            if (!valid)
                m_invalid.append(tag);
            m_row->addWidget(badge);
        }
        if (m_assignment) {
            // The assignment is not what make gets: said beside the tags, the diagnostics say why.
            // Elided, so that a long assignment never widens the pane over the editor; the tooltip has it whole.
            auto *note = new ElidedLabel(this);
            note->setFullText(tr("(the file assigns %1; see the diagnostics)")
                                  .arg(m_assignment->isEmpty() ? tr("none") : *m_assignment));
            QPalette red = note->palette();
            red.setColor(QPalette::WindowText, ThemeColors::toneText(ThemeColors::Tone::Error, red.color(QPalette::Window), red));
            note->setPalette(red);
            m_row->addWidget(note, 1);
            return;
        }
    }
    m_row->addStretch(1);
}

} // namespace hwb::gui
