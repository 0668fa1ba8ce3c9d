#pragma once

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <curl/curl.h>

#include <mutex>

namespace papo::server::curlworker {

// libcurl's global set-up, once per process, before the first handle.
inline void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Runs the blocking `work` (a libcurl exchange) on `pool` and hands its result to `done` on
// `owner`'s thread, unless the owner is gone by then.
template<typename Owner, typename Work, typename Done>
void run(Owner *owner, QThreadPool &pool, Work work, Done done)
{
    QPointer<Owner> self(owner);
    pool.start([self, work = std::move(work), done = std::move(done)] {
        auto result = work();
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, result = std::move(result), done] {
                if (self && done)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace papo::server::curlworker
