#include "LogFindBar.h"

#include "KeyShortcuts.h"
#include "LogView.h"
#include "ThemeColors.h"

#include "common/LogSearch.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace hwb::gui {

LogFindBar::LogFindBar(LogView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    m_field->setObjectName(QStringLiteral("findField"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_close->setObjectName(QStringLiteral("findClose"));
    m_field->setClearButtonEnabled(true);
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_matchCase->setText(QStringLiteral("Aa"));
    m_matchCase->setCheckable(true);
    for (QToolButton *button : {m_previous, m_next, m_matchCase, m_close})
        button->setAutoRaise(true);
    // The count changes width as one types: its room is kept, so the buttons do not move under the mouse.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000")) + 8);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_close);

    LogSearch *search = m_view->search();
    connect(m_field, &QLineEdit::textChanged, this, &LogFindBar::search);
    connect(m_matchCase, &QToolButton::toggled, this, &LogFindBar::search);
    connect(m_next, &QToolButton::clicked, search, &LogSearch::next);
    connect(m_previous, &QToolButton::clicked, search, &LogSearch::previous);
    connect(m_close, &QToolButton::clicked, this, &LogFindBar::dismiss);
    // Once the menu that asked has closed, or its closing takes the focus back to the log.
    connect(m_view, &LogView::findRequested, this, &LogFindBar::open, Qt::QueuedConnection);
    connect(search, &LogSearch::changed, this, &LogFindBar::showCount);
    connect(search, &LogSearch::currentMoved, m_view, [this, search](int row) {
        if (!isHidden())
            m_view->showMatch(row, search->currentRange());
    });
    for (QObject *watched : std::initializer_list<QObject *>{m_view, m_field, m_previous, m_next, m_matchCase, m_close})
        watched->installEventFilter(this);
    retranslate();
    hide();
}

void LogFindBar::open()
{
    if (isHidden()) {
        show();
        search();
    }
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void LogFindBar::dismiss()
{
    hide();
    m_view->search()->search(QString(), Qt::CaseInsensitive);
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void LogFindBar::openFrom(QWidget *widget)
{
    widget->installEventFilter(this);
    m_openers.append(widget);
}

// Looks again from the log's current line: typing on keeps a match that still matches in its place.
void LogFindBar::search()
{
    if (isHidden())
        return;
    LogSearch *search = m_view->search();
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : std::max(0, search->currentRow());
    search->search(m_field->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive, from);
}

QString LogFindBar::countText() const
{
    return m_count->text();
}

void LogFindBar::showCount()
{
    const LogSearch *search = m_view->search();
    const qsizetype count = search->matchCount();
    const bool none = count == 0 && !search->pattern().isEmpty() && !search->isScanning();
    QString text;
    if (search->pattern().isEmpty())
        text.clear();
    else if (count == 0)
        text = none ? tr("No match") : tr("Searching…");
    else if (const qsizetype current = search->currentMatch(); current >= 0)
        text = tr("%1 of %2").arg(QLocale().toString(current + 1), QLocale().toString(count));
    else
        text = tr("%n match(es)", nullptr, int(count));
    m_count->setText(text);
    QPalette palette = QApplication::palette(m_count);
    if (none)
        palette.setColor(QPalette::WindowText, ThemeColors::toneText(ThemeColors::Tone::Error,
                                                                     palette.color(QPalette::Window), palette));
    m_count->setPalette(palette);
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

LogFindBar::Key LogFindBar::keyFor(QObject *watched, const QKeyEvent *event) const
{
    const bool inBar = watched != m_view && !m_openers.contains(watched);
    if (event->matches(QKeySequence::Find))
        return watched == m_view || inBar || m_view->isVisible() ? Key::Open : Key::None;
    if (isHidden() || m_openers.contains(watched))
        return Key::None;
    if (event->matches(QKeySequence::FindNext))
        return Key::Next;
    if (event->matches(QKeySequence::FindPrevious))
        return Key::Previous;
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier)
        return Key::Close;
    if (watched == m_field && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier)
            return Key::Next;
        if (modifiers == Qt::ShiftModifier)
            return Key::Previous;
    }
    return Key::None;
}

bool LogFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const Key key = keyFor(watched, static_cast<QKeyEvent *>(event));
    if (key == Key::None)
        return QWidget::eventFilter(watched, event);
    // Claimed before the shortcuts see them: the window's Ctrl+F finds a plugin and the page's Esc stops the build.
    event->accept();
    if (event->type() == QEvent::ShortcutOverride)
        return true;
    switch (key) {
    case Key::Open: open(); break;
    case Key::Next: m_view->search()->next(); break;
    case Key::Previous: m_view->search()->previous(); break;
    case Key::Close: dismiss(); break;
    case Key::None: break;
    }
    return true;
}

void LogFindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogFindBar::retranslate()
{
    m_field->setPlaceholderText(tr("Find in the log"));
    m_field->setAccessibleName(m_field->placeholderText());
    const auto name = [](QToolButton *button, const QString &tip, const QKeySequence &keys = {}) {
        button->setToolTip(KeyShortcuts::withKeys(tip, keys));
        button->setAccessibleName(tip); // an icon alone says nothing to a screen reader
    };
    name(m_previous, tr("Previous match"), QKeySequence(QKeySequence::FindPrevious));
    name(m_next, tr("Next match"), QKeySequence(QKeySequence::FindNext));
    name(m_matchCase, tr("Match case"));
    name(m_close, tr("Close"), QKeySequence(Qt::Key_Escape));
    showCount();
}

} // namespace hwb::gui
