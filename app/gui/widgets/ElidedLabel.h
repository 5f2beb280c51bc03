#pragma once

#include <QLabel>

namespace hwb::gui {

// A one-line label for paths: it elides in the middle to fit, so a deep path keeps its plugin folder and file name
// in view and never sets the window's minimum width. The full text is the tooltip, and what its context menu copies.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void elide();
    QString m_fullText;
};

} // namespace hwb::gui
