#pragma once

#include "BuildMode.h"
#include "BuildVariable.h"
#include "common/FrontEnd.h"

#include <QString>

#include <optional>

namespace hwb {

// The user's saved build settings for one workspace: preferred mode, variables, a custom command template.
// Stored as JSON in the app data folder, keyed by the workspace's canonical path. Never holds secrets:
// names that look like credentials are refused (API keys belong in the keychain).
struct BuildProfile
{
    std::optional<BuildMode> mode;
    VariableLayerValues variables{VariableLayer::Profile, {}};
    QString customCommand;

    bool isEmpty() const { return !mode && variables.values.isEmpty() && customCommand.isEmpty(); }

    static bool looksSecret(const QString &name);
    // Named like a credential, or a value shaped like a provider's key under any name (NOTE=sk-…).
    static bool isSecret(const QString &name, const QString &value);
    // The file all profiles live in; HWB_PROFILE_FILE overrides it (tests).
    static QString storePath();
    // The workspace's profile; an empty one when it has none, or when the store cannot be read (*error says why).
    static BuildProfile load(const QString &workspace, QString *error = nullptr);
    // Returns an error text, or empty on success. A store that cannot be read is kept beside (JsonStoreFile).
    // `front` picks where the refusal of a secret says to keep it instead.
    static QString save(const QString &workspace, const BuildProfile &profile, FrontEnd front = FrontEnd::Window);
};

} // namespace hwb
