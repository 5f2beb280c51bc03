#pragma once

#include <QString>
#include <QStringList>

namespace hwb {

// The build tags a plugin's artifact must have been built with: its .buildrc EXTRA_TAGS, evaluated the
// way make's /bin/sh sources it.
// A .buildrc that is there but cannot be read (a FIFO, a device) expects nothing: *unread then says why.
QStringList expectedTagsForPlugin(const QString &pluginDir, QString *unread = nullptr);

// Splits a tags value as go build does: on commas and whitespace, dropping empties and duplicates.
QStringList splitBuildTags(const QString &value);

} // namespace hwb
