#pragma once

#include "BuildrcEvaluator.h"

#include <QByteArray>
#include <QString>

namespace hwb {

// What make gets for EXTRA_TAGS when it sources the .buildrc itself, as Higress's era-1 Makefile does:
//   EXTRA_TAGS := $(shell [ -f .buildrc ] && . .buildrc && echo $$EXTRA_TAGS)
// That is not always the file's assignment. The `&&` makes the file's exit status (its last command's) decide: a
// file that ends with `[ -z "$GOPROXY" ] && export GOPROXY=…`, or with `false`, gives make no tags at all. And what
// the file prints while it is sourced is part of $(shell)'s output, so make takes it as tags.
//
// A file of assignments alone exits 0 and prints nothing: make gets the assignment, split as sh splits an unquoted
// $EXTRA_TAGS. Any other file is sourced with /bin/sh exactly so, when every command in it is one that changes
// nothing outside the shell ([, test, true, false, :, echo, printf, export, and a word sh finds no program for, such
// as a name behind a byte order mark). A file with any other command is not run: the check says it was not made.
//
// Diagnostics, all with key EXTRA_TAGS: "make-gets-no-tags" and "prints-while-sourced" (errors: make gets other tags
// than the assignment gives), "make-tags-depend-on-status" (warning: the last command succeeds here, where its test
// may fail elsewhere) and "make-sourcing-unchecked" (warning: a command the workbench does not run).
class MakeSourcing
{
public:
    // Sets evaluation->makeSourcingChecked and makeTags, and adds the diagnostics. `bytes` is the file as sh reads it.
    static void check(const QString &text, const QByteArray &bytes, const BuildrcEvaluatorOptions &options,
                      BuildrcEvaluation *evaluation);
};

} // namespace hwb
