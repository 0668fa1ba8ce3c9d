#include "tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace papo::desk {

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

QString TokenStore::keyFor(const QUrl &serverUrl, const QString &email)
{
    QString server = serverUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (server.endsWith(QLatin1Char('/')))
        server.chop(1);
    return server + QLatin1Char(' ') + email.trimmed().toLower();
}

void TokenStore::read(const QString &key, QObject *context, ReadHandler handler)
{
    run(new QKeychain::ReadPasswordJob(m_service, this), key, context,
        [handler = std::move(handler)](QKeychain::Job *finished) {
            if (!handler)
                return;
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
            switch (readJob->error()) {
            case QKeychain::NoError:
                handler(readJob->textData(), QString());
                break;
            case QKeychain::EntryNotFound:
                handler(QString(), QString());
                break;
            default:
                handler(QString(), readJob->errorString());
                break;
            }
        });
}

void TokenStore::write(const QString &key, const QString &token, QObject *context,
                       DoneHandler handler)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(token);
    run(job, key, context, [handler = std::move(handler)](QKeychain::Job *finished) {
        if (handler)
            handler(finished->error() == QKeychain::NoError, finished->errorString());
    });
}

void TokenStore::remove(const QString &key, QObject *context, DoneHandler handler)
{
    run(new QKeychain::DeletePasswordJob(m_service, this), key, context,
        [handler = std::move(handler)](QKeychain::Job *finished) {
            const bool ok = finished->error() == QKeychain::NoError
                            || finished->error() == QKeychain::EntryNotFound;
            if (handler)
                handler(ok, ok ? QString() : finished->errorString());
        });
}

void TokenStore::run(QKeychain::Job *job, const QString &key, QObject *context,
                     std::function<void(QKeychain::Job *)> onFinished)
{
    job->setKey(key);
    // The caller may be gone by the time the keychain answers (a closed dialog).
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, onFinished = std::move(onFinished)](QKeychain::Job *finished) {
                if (guard)
                    onFinished(finished);
            });
    job->start();
}

} // namespace papo::desk
