#pragma once

#include "BuildVariable.h"
#include "ExtraTags.h"

#include <QList>

namespace hwb {

// Merges variable layers into the plan's variables. Layers are applied in the order given, later wins,
// except EXTRA_TAGS which merges as a set (see ExtraTags). Values may refer to others as $(NAME) or
// ${NAME}, as Makefile defaults do (IMG ?= $(REGISTRY)$(PLUGIN_NAME)); those are expanded after merging,
// so they see the final values.
class BuildFlagMerger
{
public:
    static inline const QString kExtraTags = QStringLiteral("EXTRA_TAGS");

    struct Result
    {
        QList<BuildVariable> variables; // first-appearance order; EXTRA_TAGS always present
        ExtraTags tags;
    };

    static Result merge(const QList<VariableLayerValues> &layers);
    // Expands $(NAME)/${NAME} from variables; names no variable defines stay as written and go to *leftForMake.
    static QString expandReferences(const QString &value, const QList<BuildVariable> &variables,
                                    QStringList *leftForMake = nullptr);
};

} // namespace hwb
