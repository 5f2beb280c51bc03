#pragma once

#include <QList>
#include <QString>

namespace hwb {

// The parts of a go.mod that reveal a plugin's era: the go directive and the SDK it requires.
struct GoModule
{
    struct Requirement { QString path; QString version; };

    QString modulePath;
    QString goVersion;             // "1.24", "1.19", ...
    QList<Requirement> requires_;

    static GoModule parse(const QByteArray &text);
    // Empty when there is no file at path, and when it cannot be read, which *unreadable then says.
    static GoModule fromFile(const QString &path, QString *unreadable = nullptr);

    const Requirement *find(QStringView pathPrefix) const;
    // Compares the go directive with major.minor; false when there is none.
    bool goAtLeast(int major, int minor) const;
};

} // namespace hwb
