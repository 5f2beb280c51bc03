#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace hwb::gui {

// An inline message strip shown where the work is, instead of a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    // With a button that does what the message suggests; it goes with the next message.
    void showMessage(Kind kind, const QString &text, const QString &actionText, std::function<void()> action);
    void showError(const QString &text, const QString &actionText, std::function<void()> action)
    {
        showMessage(Kind::Error, text, actionText, std::move(action));
    }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel *m_label;
    QPushButton *m_action;
    std::function<void()> m_onAction;
    QToolButton *m_close;
    Kind m_kind = Kind::Info;
};

} // namespace hwb::gui
