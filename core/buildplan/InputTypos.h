#pragma once

#include <QStringList>

namespace hwb {

struct BuildPlan;
class ExtraTags;

// What the user typed that would do nothing, said in the plan: most often a typo, whose intended value then
// silently stays out (a ${PLUGN_DIR} sh expands to nothing, a -tag that removes no tag). Their texts keep the
// planner's translation context, where they were written first.
namespace InputTypos {

void checkPlaceholders(BuildPlan &plan, const QStringList &unknown); // the ${NAME}s no plan variable fills
void checkUnmatchedRemovals(BuildPlan &plan, const ExtraTags &merged);

} // namespace InputTypos

} // namespace hwb
