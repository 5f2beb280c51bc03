#pragma once

#include <QMenu>

class QActionGroup;

namespace hwb::gui {

// View ▸ Language: system, English or Simplified Chinese. Switching takes effect at once, because
// installing a translator sends LanguageChange to every widget.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group;
    QAction *m_system;
    QAction *m_english;
    QAction *m_chinese;
};

} // namespace hwb::gui
