#include "KeyShortcuts.h"

#include <QAbstractButton>

namespace hwb::gui::KeyShortcuts {

QKeySequence build()
{
    return QKeySequence(Qt::CTRL | Qt::Key_B);
}

QKeySequence stop()
{
    return QKeySequence(Qt::Key_Escape);
}

QKeySequence save()
{
    return QKeySequence(QKeySequence::Save);
}

QKeySequence send()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}

QKeySequence runBatch()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
}

QKeySequence findPlugin()
{
    return QKeySequence(QKeySequence::Find);
}

QKeySequence page(int index)
{
    return index >= 0 && index < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)) : QKeySequence();
}

QString withKeys(const QString &tip, const QKeySequence &keys)
{
    if (keys.isEmpty())
        return tip;
    return QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText));
}

void bind(QAbstractButton *button, const QKeySequence &keys, const QString &tip)
{
    button->setShortcut(keys);
    button->setToolTip(withKeys(tip, keys));
}

} // namespace hwb::gui::KeyShortcuts
