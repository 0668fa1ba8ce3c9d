#include "passwordhasher.h"

#include "secrets.h"

#include <QMetaObject>
#include <QPointer>

namespace papo::server {

PasswordHasher::PasswordHasher(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(MaxConcurrent);
}

PasswordHasher::~PasswordHasher()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void PasswordHasher::verify(const QString &hash, const QString &password, Done done)
{
    if (m_inFlight >= MaxConcurrent + MaxWaiting) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(Outcome::Busy); }, Qt::QueuedConnection);
        return;
    }
    ++m_inFlight;
    m_pool.start([self = QPointer(this), hash, password, done = std::move(done)]() mutable {
        const bool match = Secrets::verifyPassword(hash, password);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, match, done = std::move(done)] {
                --self->m_inFlight;
                done(match ? Outcome::Match : Outcome::Mismatch);
            },
            Qt::QueuedConnection);
    });
}

} // namespace papo::server
