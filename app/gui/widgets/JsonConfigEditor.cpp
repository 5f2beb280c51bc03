#include "JsonConfigEditor.h"

#include "SyntaxHighlighting.h"
#include "ThemeColors.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace hwb::gui {

namespace {
QString statusStyle(ThemeColors::Tone tone)
{
    const QPalette palette = QApplication::palette();
    return QStringLiteral("color: %1;")
        .arg(ThemeColors::toneText(tone, palette.color(QPalette::Window), palette).name());
}
} // namespace

JsonConfigEditor::JsonConfigEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("jsonConfig"));
    m_edit->setTabChangesFocus(true); // the keyboard leaves the editor with Tab; JSON indents with spaces
    setFocusProxy(m_edit); // a label's mnemonic and the page's tab order reach the text
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setTabStopDistance(QFontMetricsF(m_edit->font()).horizontalAdvance(QLatin1Char(' ')) * 2);
    SyntaxHighlighting::attach(m_edit->document(), QStringLiteral("JSON"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // validate once typing pauses, not on every key
    connect(m_debounce, &QTimer::timeout, this, &JsonConfigEditor::validate);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_debounce->start();
        Q_EMIT edited();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    validate();
}

void JsonConfigEditor::setText(const QByteArray &json)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(QString::fromUtf8(json));
    validate();
}

QByteArray JsonConfigEditor::text() const
{
    return m_edit->toPlainText().toUtf8();
}

QPair<int, int> JsonConfigEditor::lineColumn(const QByteArray &text, int offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return {line, column};
}

QString JsonConfigEditor::validationMessage() const
{
    return m_status->text();
}

void JsonConfigEditor::validate()
{
    const QByteArray json = text();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const bool valid = json.trimmed().isEmpty() || (!doc.isNull() && doc.isObject());
    if (valid) {
        m_status->setText(tr("Valid JSON configuration."));
        m_status->setStyleSheet(statusStyle(ThemeColors::Tone::Success));
    } else {
        const auto [line, column] = lineColumn(json, error.offset);
        m_status->setText(doc.isNull() ? tr("Invalid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString())
                                       : tr("The configuration must be a JSON object ({…})."));
        m_status->setStyleSheet(statusStyle(ThemeColors::Tone::Error));
    }
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

void JsonConfigEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        validate();
    QWidget::changeEvent(event);
}

} // namespace hwb::gui
