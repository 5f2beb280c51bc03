#include "CommandRegistry.h"

#include <algorithm>
#include <cstring>

namespace hwb::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const Command &command)
{
    auto &commands = registry();
    const auto pos = std::lower_bound(commands.begin(), commands.end(), command,
                                      [](const Command &a, const Command &b) { return std::strcmp(a.name, b.name) < 0; });
    commands.insert(pos, command);
}

const QList<Command> &CommandRegistry::all()
{
    return registry();
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace hwb::cli
