#pragma once

#include <QPushButton>
#include <QWidget>

namespace hwb::test {

// The push button of page whose text is text (the English UI), or nullptr.
inline QPushButton *findButton(QWidget *page, const QString &text)
{
    const auto buttons = page->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace hwb::test
