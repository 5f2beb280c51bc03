#include "OpenFileLimit.h"

#include <sys/resource.h>

#include <algorithm>
#include <limits>

namespace hwb {

qint64 OpenFileLimit::raiseTo(qint64 wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    const rlim_t target = std::min<rlim_t>(rlim_t(std::max<qint64>(wanted, 0)), limit.rlim_max);
    if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < target) {
        rlimit raised = limit;
        raised.rlim_cur = target;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(limit.rlim_cur);
}

} // namespace hwb
