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
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, handler = std::move(handler)](QKeychain::Job *finished) {
                if (!guard || !handler)
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
    job->start();
}

void TokenStore::write(const QString &key, const QString &token, QObject *context,
                       DoneHandler handler)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(token);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, handler = std::move(handler)](QKeychain::Job *finished) {
                if (guard && handler)
                    handler(finished->error() == QKeychain::NoError, finished->errorString());
            });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, DoneHandler handler)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [guard, handler = std::move(handler)](QKeychain::Job *finished) {
                if (!guard || !handler)
                    return;
                const bool ok = finished->error() == QKeychain::NoError
                                || finished->error() == QKeychain::EntryNotFound;
                handler(ok, ok ? QString() : finished->errorString());
            });
    job->start();
}

} // namespace papo::desk
