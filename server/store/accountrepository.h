#pragma once

#include <chatmessage.h>

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

struct OperatorRecord
{
    qint64 id = 0;
    QString email;
    QString name;
    QString role; // owner | admin | operator
    common::OperatorStatus status = common::OperatorStatus::Offline;
    QString passwordHash;
    bool active = true;
};

struct WebsiteRecord
{
    qint64 id = 0;
    QString name;
    QString widgetKey;
};

// Operators, their bearer tokens and the websites: the only SQL about accounts.
class AccountRepository final
{
public:
    explicit AccountRepository(QSqlDatabase db)
        : m_db(db)
    {}
    QSqlDatabase database() const { return m_db; }

    qint64 createOperator(const QString &email, const QString &name, const QString &passwordHash,
                          const QString &role);
    int operatorCount();
    std::optional<OperatorRecord> operatorByEmail(const QString &email);
    std::optional<OperatorRecord> operatorById(qint64 id);
    QList<OperatorRecord> operators();
    bool setOperatorStatus(qint64 operatorId, common::OperatorStatus status);

    bool storeToken(qint64 operatorId, const QByteArray &tokenDigest);
    std::optional<OperatorRecord> operatorForToken(const QByteArray &tokenDigest);
    bool revokeToken(const QByteArray &tokenDigest);

    qint64 createWebsite(const QString &name, const QString &widgetKey);
    std::optional<WebsiteRecord> websiteByKey(const QString &widgetKey);
    QList<WebsiteRecord> websites();

private:
    std::optional<OperatorRecord> oneOperator(const QString &where, const QVariant &value);

    QSqlDatabase m_db;
};

} // namespace papo::server
