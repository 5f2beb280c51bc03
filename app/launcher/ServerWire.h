#pragma once

// What the hwb launcher and the build server both need to know: where the server listens and how a request is
// written. Plain C and POSIX only, no Qt and no C++ library: the launcher that links this starts in well under a
// millisecond, which is the point of it (docs/build-server.md).

#include <cstddef>
#include <cstdint>

namespace hwb::serverwire {

// A request: a 4-byte little-endian length, then that many bytes of NUL-terminated strings:
//   kMagic, kind, the client's working folder, its umask (octal), N, N arguments, M, M environment entries.
// The first byte carries the client's stdin, stdout and stderr as SCM_RIGHTS.
inline constexpr char kMagic[] = "hwb-build-server/1";
inline constexpr std::size_t kMaxRequestBytes = 4 << 20; // the kernel's argument and environment limits, with room

enum class Kind : char { Build = 'B', Status = 'S', Stop = 'Q' };

// The server's answers, one byte each; kFinished is followed by the exit code (4 bytes, little endian).
inline constexpr char kAccepted = 'A';
inline constexpr char kDeclined = 'D'; // busy, or a request it cannot serve: the client builds by itself
inline constexpr char kFinished = 'X';
// The client's one message after that: the user interrupted (Ctrl-C, SIGTERM, SIGHUP).
inline constexpr char kCancel = 'C';

// The environment variables a running Qt process reads once and keeps (the settings and data folders, the
// locale, Qt's own switches): a server started under other values cannot serve a request, so they are part of
// its address. Every variable whose name starts with "QT_" or "LC_" counts too.
inline constexpr const char *kStickyVariables[] = {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                                   "HWB_DATA_DIR", "LANG", "LANGUAGE", "TZ"};

// A hash of those variables' values in `environment` (a NULL-terminated "NAME=value" array), whatever their order.
std::uint64_t stickyEnvironmentHash(char *const *environment);

struct Address
{
    char folder[108];
    char socket[108];  // sockaddr_un's sun_path holds 108 bytes
    char lockFile[116];
};

// The address of the server for the hwb-cli binary at `cliPath` and the sticky part of `environment`: a folder
// only this user can enter ($XDG_RUNTIME_DIR/higress-workbench, else /tmp/higress-workbench-UID), created if
// missing, and a socket named after the binary's identity (device, inode, size, change time) and that hash. A
// rebuilt or upgraded hwb never talks to a server running older code.
// Returns false when there is no safe place: the folder belongs to someone else, others may enter it, or the
// path is too long.
bool addressFor(const char *cliPath, char *const *environment, Address *address);

// This program's own path (/proc/self/exe), NUL-terminated in `path`; false when it does not fit or cannot be read.
bool thisExecutable(char *path, std::size_t size);

// The value of NAME in `environment`, or nullptr.
const char *lookUp(char *const *environment, const char *name);

// "0", "off", "no" and "false" in HWB_BUILD_SERVER turn the server off.
bool serverDisabled(char *const *environment);

// A stream socket connected to the server at `socketPath` (close-on-exec), or -1 with errno set.
int connectTo(const char *socketPath);
// The whole buffer, through EINTR and short transfers; false on an error or (reading) the end of the stream.
// Writes never raise SIGPIPE.
bool writeAll(int fd, const void *data, std::size_t size);
bool readAll(int fd, void *data, std::size_t size);
// The little-endian 4-byte numbers of the protocol (a request's length, an exit code).
void putU32(unsigned char *to, std::uint32_t value);
std::uint32_t getU32(const unsigned char *from);

} // namespace hwb::serverwire
