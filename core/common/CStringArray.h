#pragma once

#include <QByteArrayList>
#include <QList>

namespace hwb {

// A NULL-terminated array of C strings over byte strings it owns: what execve(), posix_spawn() and `environ`
// take as argv and envp. The pointers stay valid while the array lives (it moves, it is not copied).
class CStringArray
{
public:
    explicit CStringArray(QByteArrayList strings = {})
        : m_strings(std::move(strings))
    {
        for (QByteArray &s : m_strings)
            m_pointers.append(s.data()); // detaches: each string is this array's own
        m_pointers.append(nullptr);
    }
    CStringArray(CStringArray &&) = default;
    CStringArray &operator=(CStringArray &&) = default;
    CStringArray(const CStringArray &) = delete;
    CStringArray &operator=(const CStringArray &) = delete;

    char **data() { return m_pointers.data(); }

private:
    QByteArrayList m_strings;
    QList<char *> m_pointers;
};

} // namespace hwb
