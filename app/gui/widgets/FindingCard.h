#pragma once

#include "wasm/InspectionFinding.h"

#include <QFrame>

class QToolButton;

namespace hwb::gui {

// One inspection finding: severity and code, what happens at the gateway, and the fix to copy.
class FindingCard : public QFrame
{
    Q_OBJECT
public:
    explicit FindingCard(const InspectionFinding &finding, QWidget *parent = nullptr);

private:
    QToolButton *copyButton(const QString &command);
};

} // namespace hwb::gui
