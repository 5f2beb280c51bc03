#pragma once

#include <QByteArray>
#include "common/CStringArray.h"

#include <QByteArrayList>

#include <sys/types.h>

namespace hwb::cli {

// What a command takes from the process it runs in: the working folder, the environment, the umask and the
// standard streams. The build server runs each client's `hwb build` in its own long-lived process, so for the
// length of the command these are the client's, as they would be had the client run it itself, and afterwards
// the server's own again. Plans read the environment (Makefile ?= variables give way to it, GOFLAGS, PATH),
// the build inherits all four, and what the command prints goes to the client's terminal or pipe.
class BorrowedProcessState
{
public:
    struct Client
    {
        QByteArray workingFolder;
        QByteArrayList environment; // "NAME=value"
        mode_t umask = 022;
        int stdio[3] = {-1, -1, -1}; // the client's stdin, stdout and stderr; the state owns them (and sets
                                     // these to -1 as it takes them)
    };

    // Takes the client's state on; ok() is false (and this process unchanged) when its folder cannot be entered.
    explicit BorrowedProcessState(Client &client);
    ~BorrowedProcessState();
    BorrowedProcessState(const BorrowedProcessState &) = delete;
    BorrowedProcessState &operator=(const BorrowedProcessState &) = delete;

    bool ok() const { return m_ok; }

private:
    int m_clientStdio[3] = {-1, -1, -1};
    bool m_ok = false;
    int m_ownFolder = -1;
    int m_ownStdio[3] = {-1, -1, -1};
    CStringArray m_environment; // the client's, as `environ` takes it
    char **m_ownEnvironment = nullptr;
    mode_t m_ownUmask = 022;
};

} // namespace hwb::cli
