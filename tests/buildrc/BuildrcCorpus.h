#pragma once

#include <QByteArray>
#include <QStringList>

#include <random>

// Deterministic generator of .buildrc files for the differential test: mostly the supported subset, mixed
// with constructs that must be diagnosed (commands, substitutions, control flow, syntax errors, CRLF, BOM).
// Every command it emits is harmless (echo, true, printf, cat on /dev/null) and writes nowhere.
namespace corpus {

QStringList keys();                       // the variables the test compares
QStringList environment();                // NAME=VALUE pairs the shells run with (plus PATH)
QByteArray generate(std::mt19937 &rng);   // one file
QString randomValue(std::mt19937 &rng);   // a value to set through BuildrcDocument::setValue

} // namespace corpus
