#include "PendingValueDelegate.h"

#include "buildplan/BuildVariablesModel.h"

namespace hwb::gui {

void PendingValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QStringList pending = index.data(BuildVariablesModel::LeftForMakeRole).toStringList();
    if (pending.isEmpty())
        return;
    option->font.setItalic(true);
    option->text += QStringLiteral("   (") + leftForMakeNote(pending) + QLatin1Char(')');
}

} // namespace hwb::gui
