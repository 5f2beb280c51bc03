#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace hwb::gui {

// An editor for a plugin's JSON configuration that validates as the user types and says where the
// error is (line and column). JSON highlighting via KSyntaxHighlighting where it is available.
class JsonConfigEditor : public QWidget
{
    Q_OBJECT
public:
    explicit JsonConfigEditor(QWidget *parent = nullptr);

    void setText(const QByteArray &json);
    QByteArray text() const;
    bool isValid() const { return m_valid; }
    QString validationMessage() const;

    // Line and column (1-based) of a byte offset in text, for the error message.
    static QPair<int, int> lineColumn(const QByteArray &text, int offset);

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QTimer *m_debounce;
    bool m_valid = true;
};

} // namespace hwb::gui
