// The Build page's side of the workspace profile (BuildProfile): an override kept there, a value taken out, the
// mode (and the custom mode's template) as the workspace's default.
#include "BuildPage.h"

#include "AppContext.h"
#include "widgets/MessageBar.h"
#include "widgets/TagChips.h"

#include "buildplan/BuildFlagMerger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace hwb::gui {

// The workspace profile to change, or nothing when its store cannot be read: saving would start the store afresh
// and every workspace's profile would go (the file is kept beside, but the user did not ask for that).
std::optional<BuildProfile> BuildPage::profileToChange()
{
    QString error;
    BuildProfile profile = BuildProfile::load(m_context.workspaceRoot(), &error);
    if (!error.isEmpty()) {
        m_messages->showError(error + QLatin1Char(' ') + tr("Mend the file first; nothing was changed."));
        return std::nullopt;
    }
    return profile;
}

bool BuildPage::saveProfile(const BuildProfile &profile)
{
    const QString error = BuildProfile::save(m_context.workspaceRoot(), profile);
    if (!error.isEmpty())
        m_messages->showError(error);
    return error.isEmpty();
}

void BuildPage::keepInProfile(const QString &name)
{
    std::optional<BuildProfile> profile = profileToChange();
    if (!profile)
        return;
    const bool tags = name == BuildFlagMerger::kExtraTags;
    // The profile's tag changes, then this build's: the same set rule merges them in that order.
    const auto kept = profile->variables.value(name);
    const QString value = !tags ? m_overrides.value(name)
                          : kept ? ExtraTags::combine(*kept, m_tags->overrideValue())
                                 : m_tags->overrideValue();
    profile->variables.set(name, value);
    if (!saveProfile(*profile))
        return;
    if (tags)
        m_tags->reset();
    m_overrides.remove(name);
    replan();
}

void BuildPage::removeFromProfile(const QString &name)
{
    std::optional<BuildProfile> profile = profileToChange();
    if (!profile)
        return;
    profile->variables.remove(name);
    if (saveProfile(*profile))
        replan();
}

void BuildPage::setModeIsDefault(bool isDefault)
{
    std::optional<BuildProfile> profile = profileToChange();
    if (!profile)
        return showModeIsDefault(BuildProfile::load(m_context.workspaceRoot()));
    profile->mode = isDefault ? buildModeFromId(m_mode->currentData().toString()) : std::nullopt;
    if (profile->mode == BuildMode::Custom)
        profile->customCommand = m_customCommand->text().trimmed();
    showModeIsDefault(saveProfile(*profile) ? *profile : BuildProfile::load(m_context.workspaceRoot()));
}

void BuildPage::showModeIsDefault(const BuildProfile &profile)
{
    m_modeIsDefault->setEnabled(m_context.currentPlugin().has_value());
    m_modeIsDefault->setChecked(profile.mode && buildModeId(*profile.mode) == m_mode->currentData().toString()
                                && (profile.mode != BuildMode::Custom
                                    || profile.customCommand == m_customCommand->text().trimmed()));
}

} // namespace hwb::gui
