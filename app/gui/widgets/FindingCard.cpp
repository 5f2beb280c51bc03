#include "FindingCard.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QTextEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace hwb::gui {

namespace {
QString accentColor(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error: return QStringLiteral("#d93025");
    case FindingSeverity::Warning: return QStringLiteral("#f9ab00");
    case FindingSeverity::Info: return QStringLiteral("#1a73e8");
    }
    return {};
}

QString severityTitle(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error: return FindingCard::tr("Error");
    case FindingSeverity::Warning: return FindingCard::tr("Warning");
    case FindingSeverity::Info: return FindingCard::tr("Note");
    }
    return {};
}
} // namespace

FindingCard::FindingCard(const InspectionFinding &finding, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("findingCard"));
    setStyleSheet(QStringLiteral("#findingCard { border: 1px solid #dadce0; border-left: 5px solid %1;"
                                 " border-radius: 4px; background: palette(base); }")
                      .arg(accentColor(finding.severity)));
    auto *title = new QLabel(QStringLiteral("<b style='color:%1'>%2</b> &nbsp;<code>%3</code>")
                                 .arg(accentColor(finding.severity), severityTitle(finding.severity).toHtmlEscaped(),
                                      finding.code),
                             this);
    auto *message = new QLabel(finding.message, this);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->addWidget(title);
    layout->addWidget(message);
    if (!finding.fix.isEmpty()) {
        auto *fixTitle = new QLabel(tr("How to fix:"), this);
        // The fix is often a rebuild command with a long path, one "word" a QLabel cannot break: it would widen the
        // card past a narrow window. A text view breaks it anywhere, and what is copied is the command as it is.
        auto *fix = new QTextEdit(this);
        fix->setPlainText(finding.fix);
        fix->setObjectName(QStringLiteral("findingFix"));
        fix->setReadOnly(true);
        fix->setFrameShape(QFrame::NoFrame);
        fix->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        fix->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        fix->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        fix->viewport()->setAutoFillBackground(false);
        fix->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        fix->setAccessibleName(fixTitle->text());
        const auto fitHeight = [fix] {
            const QMargins m = fix->contentsMargins();
            fix->setFixedHeight(int(std::ceil(fix->document()->size().height())) + m.top() + m.bottom());
        };
        connect(fix->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, fix, fitHeight);
        fitHeight();
        auto *fixRow = new QHBoxLayout;
        fixRow->addWidget(fixTitle);
        fixRow->addStretch();
        if (!finding.command.isEmpty())
            fixRow->addWidget(copyButton(finding.command));
        layout->addLayout(fixRow);
        layout->addWidget(fix);
    }
}

// The command wraps wherever the card's width ends, after a hyphen too, and a mouse selection across the lines
// is easy to get wrong: the button copies the command whole.
QToolButton *FindingCard::copyButton(const QString &command)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("copyFixCommand"));
    button->setText(tr("Copy command"));
    button->setToolTip(tr("Copy the command, to paste into a terminal in one piece"));
    connect(button, &QToolButton::clicked, button, [button, command] {
        QApplication::clipboard()->setText(command);
        button->setText(tr("Copied"));
        QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy command")); });
    });
    return button;
}

} // namespace hwb::gui
