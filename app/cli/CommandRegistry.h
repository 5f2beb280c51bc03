#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hwb::cli {

// One `hwb` subcommand. args[0] is "hwb <name>", the rest are the subcommand's own arguments.
struct Command
{
    using Run = int (*)(const QStringList &args);
    const char *name;
    const char *summary; // marked with QT_TRANSLATE_NOOP("hwb::cli", ...)
    Run run;             // null when another program serves the command:
    const char *program = nullptr; // its path, relative to hwb-cli's folder; hwb-cli execs it with its own arguments
};

class CommandRegistry
{
public:
    static void add(const Command &command);
    static const QList<Command> &all(); // sorted by name
    static const Command *find(const QString &name);
};

// Subcommand files register themselves at static-initialization time:
//   static const CommandRegistration reg{{"plugins", QT_TRANSLATE_NOOP("hwb::cli", "List plugins"), &run}};
struct CommandRegistration
{
    explicit CommandRegistration(const Command &command) { CommandRegistry::add(command); }
};

} // namespace hwb::cli
