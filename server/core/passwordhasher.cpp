#include "passwordhasher.h"

#include "secrets.h"

#include <QElapsedTimer>
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
    QElapsedTimer queued;
    queued.start();
    m_pool.start([self = QPointer(this), hash, password, queued, done = std::move(done)]() mutable {
        // Waited too long for a turn: nobody is helped by an answer this late.
        const Outcome outcome = queued.elapsed() > MaxWaitMs              ? Outcome::Busy
                                : Secrets::verifyPassword(hash, password) ? Outcome::Match
                                                                          : Outcome::Mismatch;
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, outcome, done = std::move(done)] {
                --self->m_inFlight;
                done(outcome);
            },
            Qt::QueuedConnection);
    });
}

} // namespace papo::server
