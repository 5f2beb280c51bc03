#include "GatewayModuleNotice.h"

#include "widgets/MessageBar.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QVBoxLayout>

namespace hwb::gui {

GatewayModuleNotice::GatewayModuleNotice(QWidget *parent)
    : QWidget(parent)
    , m_bar(new MessageBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    hide();
}

void GatewayModuleNotice::check(const QString &artifact, const QString &pluginDir, const QString &image)
{
    m_pluginDir = pluginDir;
    m_image = image;
    if (artifact.isEmpty()) {
        m_check = {};
        m_checkedKey.clear();
        hide();
        return;
    }
    // Asked on every refresh of the page; the module is read again only when it, or what judges it, changed.
    const QFileInfo info(artifact);
    const QString key = QStringList{artifact, QString::number(info.size()),
                                    info.lastModified().toString(Qt::ISODateWithMs), pluginDir, image}
                            .join(QLatin1Char('\n'));
    if (key == m_checkedKey)
        return;
    m_checkedKey = key;
    m_check = ModuleCheck::run(artifact, pluginDir, image);
    showResult();
}

QString GatewayModuleNotice::text() const
{
    return isVisibleTo(parentWidget()) ? m_bar->text() : QString();
}

void GatewayModuleNotice::recheck()
{
    const QString artifact = m_check.artifact;
    m_checkedKey.clear();
    check(artifact, m_pluginDir, m_image);
}

void GatewayModuleNotice::showResult()
{
    if (m_check.problems.isEmpty()) {
        hide();
        return;
    }
    const QString lines = m_check.lines().join(QLatin1Char('\n'));
    const QString text = m_check.hasErrors()
        ? tr("This module fails verification. The gateway will start it all the same, but:\n%1").arg(lines)
        : tr("Verification warns about this module:\n%1").arg(lines);
    m_bar->showMessage(m_check.hasErrors() ? MessageBar::Kind::Error : MessageBar::Kind::Warning, text,
                       tr("Open Verify"), [this] { Q_EMIT verifyRequested(); });
    show();
}

void GatewayModuleNotice::changeEvent(QEvent *event)
{
    // The findings are worded when the module is inspected.
    if (event->type() == QEvent::LanguageChange && !m_check.artifact.isEmpty())
        recheck();
    QWidget::changeEvent(event);
}

} // namespace hwb::gui
