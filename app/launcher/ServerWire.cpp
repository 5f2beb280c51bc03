#include "ServerWire.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace hwb::serverwire {

namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t fnv1a(const void *data, std::size_t size, std::uint64_t hash = kFnvOffset)
{
    const auto *bytes = static_cast<const unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        hash = (hash ^ bytes[i]) * kFnvPrime;
    return hash;
}

bool isSticky(const char *entry)
{
    if (std::strncmp(entry, "QT_", 3) == 0 || std::strncmp(entry, "LC_", 3) == 0)
        return true;
    const char *equals = std::strchr(entry, '=');
    const std::size_t nameLength = equals ? std::size_t(equals - entry) : std::strlen(entry);
    for (const char *name : kStickyVariables)
        if (std::strlen(name) == nameLength && std::strncmp(entry, name, nameLength) == 0)
            return true;
    return false;
}

// The folder exists (or is made), is a real folder of this user, and nobody else may enter it.
bool isPrivateFolder(const char *folder)
{
    if (::mkdir(folder, 0700) != 0 && errno != EEXIST)
        return false;
    struct stat st;
    return ::lstat(folder, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() && (st.st_mode & 077) == 0;
}

} // namespace

std::uint64_t stickyEnvironmentHash(char *const *environment)
{
    // A sum of the entries' own hashes: two processes with the same variables in another order agree.
    std::uint64_t sum = 0;
    for (char *const *entry = environment; entry && *entry; ++entry)
        if (isSticky(*entry))
            sum += fnv1a(*entry, std::strlen(*entry));
    return sum;
}

bool thisExecutable(char *path, std::size_t size)
{
    const ssize_t length = ::readlink("/proc/self/exe", path, size - 1);
    if (length <= 0 || std::size_t(length) >= size - 1)
        return false;
    path[length] = '\0';
    return true;
}

const char *lookUp(char *const *environment, const char *name)
{
    const std::size_t length = std::strlen(name);
    for (char *const *entry = environment; entry && *entry; ++entry)
        if (std::strncmp(*entry, name, length) == 0 && (*entry)[length] == '=')
            return *entry + length + 1;
    return nullptr;
}

bool serverDisabled(char *const *environment)
{
    const char *value = lookUp(environment, "HWB_BUILD_SERVER");
    if (!value)
        return false;
    static constexpr const char *kOff[] = {"0", "off", "no", "false"};
    for (const char *off : kOff)
        if (std::strcmp(value, off) == 0)
            return true;
    return false;
}

bool addressFor(const char *cliPath, char *const *environment, Address *address)
{
    struct stat binary;
    if (::stat(cliPath, &binary) != 0)
        return false;
    const char *runtime = lookUp(environment, "XDG_RUNTIME_DIR");
    int n = runtime && runtime[0] == '/'
                ? std::snprintf(address->folder, sizeof address->folder, "%s/higress-workbench", runtime)
                : std::snprintf(address->folder, sizeof address->folder, "/tmp/higress-workbench-%u", unsigned(::getuid()));
    if (n < 0 || std::size_t(n) >= sizeof address->folder || !isPrivateFolder(address->folder))
        return false;

    const std::uint64_t identity[] = {std::uint64_t(binary.st_dev), std::uint64_t(binary.st_ino),
                                      std::uint64_t(binary.st_size), std::uint64_t(binary.st_ctim.tv_sec),
                                      std::uint64_t(binary.st_ctim.tv_nsec), stickyEnvironmentHash(environment)};
    const std::uint64_t hash = fnv1a(identity, sizeof identity);
    n = std::snprintf(address->socket, sizeof address->socket, "%s/build-%016llx.sock", address->folder,
                      static_cast<unsigned long long>(hash));
    if (n < 0 || std::size_t(n) >= sizeof address->socket)
        return false;
    std::snprintf(address->lockFile, sizeof address->lockFile, "%s.lock", address->socket);
    return true;
}

int connectTo(const char *socketPath)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, socketPath, sizeof address.sun_path - 1);
    int result;
    do
        result = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    while (result < 0 && errno == EINTR);
    if (result == 0)
        return fd;
    const int error = errno;
    ::close(fd);
    errno = error;
    return -1;
}

bool writeAll(int fd, const void *data, std::size_t size)
{
    const auto *bytes = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::send(fd, bytes, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes += n;
        size -= std::size_t(n);
    }
    return true;
}

bool readAll(int fd, void *data, std::size_t size)
{
    auto *bytes = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, bytes, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes += n;
        size -= std::size_t(n);
    }
    return true;
}

void putU32(unsigned char *to, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        to[i] = static_cast<unsigned char>(value >> (8 * i));
}

std::uint32_t getU32(const unsigned char *from)
{
    return std::uint32_t(from[0]) | std::uint32_t(from[1]) << 8 | std::uint32_t(from[2]) << 16
           | std::uint32_t(from[3]) << 24;
}

} // namespace hwb::serverwire
