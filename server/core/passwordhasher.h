#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace papo::server {

// Argon2id checks off the main thread, a few at a time. Each takes 64 MiB
// (crypto_pwhash_MEMLIMIT_INTERACTIVE) and ~0.1 s of a core: run on the main thread, a burst of
// logins would stall every chat; run unbounded, it would take the server's memory. So at most
// MaxConcurrent run at once (a memory budget of MaxConcurrent × 64 MiB) and at most
// MaxWaiting more wait; beyond that a login is answered "busy" at once, and so is one that
// waited longer than MaxWaitMs for its turn (a loaded machine), rather than much later.
class PasswordHasher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxConcurrent = 2;
    static constexpr int MaxWaiting = 64;
    static constexpr qint64 MaxWaitMs = 10'000;
    static constexpr qint64 MemoryPerHashBytes = 64LL * 1024 * 1024;

    enum class Outcome { Match, Mismatch, Busy };
    using Done = std::function<void(Outcome)>;

    explicit PasswordHasher(QObject *parent = nullptr);
    ~PasswordHasher() override;

    // `done` runs on this object's thread, later.
    void verify(const QString &hash, const QString &password, Done done);
    int inFlight() const { return m_inFlight; }

private:
    QThreadPool m_pool;
    int m_inFlight = 0; // running and waiting
};

} // namespace papo::server
