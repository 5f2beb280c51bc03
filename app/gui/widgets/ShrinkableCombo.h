#pragma once

#include <QComboBox>

namespace hwb::gui {

// Sizes a combo box by a few characters instead of its longest item, so a long image name, run caption or
// profile name does not set the window's minimum width. The popup still shows the items whole.
inline void letComboShrink(QComboBox *combo, int characters = 12)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

} // namespace hwb::gui
