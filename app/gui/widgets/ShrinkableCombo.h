#pragma once

#include <QComboBox>

namespace hwb::gui {

// A combo box that takes the width of its longest item when the layout has room, and can shrink to a few
// characters when it has not, so a long image name, run caption or profile name neither sets the window's
// minimum width nor gets cut short in a wide window. The popup always shows the items whole.
class ShrinkableCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit ShrinkableCombo(int minimumCharacters, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

private:
    int m_minimumCharacters;
};

} // namespace hwb::gui
