#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace QKeychain {
class Job;
}

namespace papo::desk {

// The operator's session token in the system keychain (Secret Service, Keychain, Credential
// Manager) through QtKeychain. Never in QSettings or any other file. Every call is
// asynchronous; handlers are not called once their context object is gone.
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    // token is empty when none is stored; error is empty unless the keychain failed.
    using ReadHandler = std::function<void(const QString &token, const QString &error)>;
    using DoneHandler = std::function<void(bool ok, const QString &error)>;

    explicit TokenStore(const QString &service = QStringLiteral("Papo"), QObject *parent = nullptr);

    // One entry per server and account: "<server URL> <email>".
    static QString keyFor(const QUrl &serverUrl, const QString &email);

    QString service() const { return m_service; }
    void read(const QString &key, QObject *context, ReadHandler handler);
    void write(const QString &key, const QString &token, QObject *context, DoneHandler handler);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &key, QObject *context, DoneHandler handler);

private:
    void run(QKeychain::Job *job, const QString &key, QObject *context,
             std::function<void(QKeychain::Job *)> onFinished);

    QString m_service;
};

} // namespace papo::desk
