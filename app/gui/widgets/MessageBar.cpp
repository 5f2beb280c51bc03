#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace hwb::gui {

namespace {
struct Colors { const char *background; const char *border; };
Colors colorsFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Success: return {"#e6f4ea", "#34a853"};
    case MessageBar::Kind::Warning: return {"#fef7e0", "#f9ab00"};
    case MessageBar::Kind::Error: return {"#fce8e6", "#d93025"};
    case MessageBar::Kind::Info: break;
    }
    return {"#e8f0fe", "#1a73e8"};
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
    const Colors c = colorsFor(kind);
    setStyleSheet(QStringLiteral("hwb--gui--MessageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "QLabel { color: #202124; }")
                      .arg(QLatin1String(c.background), QLatin1String(c.border)));
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
