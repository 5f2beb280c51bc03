#include "MessageBar.h"

#include "ThemeColors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace hwb::gui {

namespace {
ThemeColors::Tone toneFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Success: return ThemeColors::Tone::Success;
    case MessageBar::Kind::Warning: return ThemeColors::Tone::Warning;
    case MessageBar::Kind::Error: return ThemeColors::Tone::Error;
    case MessageBar::Kind::Info: break;
    }
    return ThemeColors::Tone::Info;
}
} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(m_close->toolTip()); // an icon alone says nothing to a screen reader
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        // The action usually shows a message of its own, which replaces this one and its button.
        const std::function<void()> action = m_onAction;
        hide();
        if (action)
            action();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    // The application's palette, not this widget's: its own style sheet has changed that.
    const QPalette palette = QApplication::palette(this);
    const ThemeColors::Tone tone = toneFor(kind);
    setStyleSheet(QStringLiteral("hwb--gui--MessageBar { %1 border-radius: 4px; } QLabel { color: %2; }")
                      .arg(ThemeColors::boxStyle(tone, palette),
                           ThemeColors::textOn(ThemeColors::tint(tone, palette), palette.color(QPalette::Text)).name()));
    m_label->setText(text);
    m_action->hide();
    m_onAction = {};
    show();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    showMessage(kind, text);
    m_action->setText(actionText);
    m_onAction = std::move(action);
    m_action->show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace hwb::gui
