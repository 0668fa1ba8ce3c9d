#include "accountrepository.h"

#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

const QString operatorColumns
    = QStringLiteral("SELECT id, email, name, role, status, password_hash, active FROM operators ");

OperatorRecord readOperator(const QSqlQuery &query)
{
    OperatorRecord record;
    record.id = query.value(0).toLongLong();
    record.email = query.value(1).toString();
    record.name = query.value(2).toString();
    record.role = query.value(3).toString();
    common::parseOperatorStatus(query.value(4).toString(), &record.status);
    record.passwordHash = query.value(5).toString();
    record.active = query.value(6).toBool();
    return record;
}

} // namespace

qint64 AccountRepository::createOperator(const QString &email, const QString &name,
                                         const QString &passwordHash, const QString &role)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO operators (email, name, password_hash, role, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(email);
    query.addBindValue(name);
    query.addBindValue(passwordHash);
    query.addBindValue(role);
    query.addBindValue(nowSqlTime());
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

int AccountRepository::operatorCount()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM operators"));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<OperatorRecord> AccountRepository::oneOperator(const QString &where,
                                                             const QVariant &value)
{
    QSqlQuery query(m_db);
    query.prepare(operatorColumns + where);
    query.addBindValue(value);
    if (query.exec() && query.next())
        return readOperator(query);
    return std::nullopt;
}

std::optional<OperatorRecord> AccountRepository::operatorByEmail(const QString &email)
{
    return oneOperator(QStringLiteral("WHERE email = ?"), email);
}

std::optional<OperatorRecord> AccountRepository::operatorById(qint64 id)
{
    return oneOperator(QStringLiteral("WHERE id = ?"), id);
}

QList<OperatorRecord> AccountRepository::operators()
{
    QList<OperatorRecord> result;
    QSqlQuery query(m_db);
    query.exec(operatorColumns + QStringLiteral("ORDER BY id"));
    while (query.next())
        result.append(readOperator(query));
    return result;
}

bool AccountRepository::setOperatorStatus(qint64 operatorId, common::OperatorStatus status)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE operators SET status = ? WHERE id = ?"));
    query.addBindValue(common::operatorStatusName(status));
    query.addBindValue(operatorId);
    return query.exec();
}

bool AccountRepository::storeToken(qint64 operatorId, const QByteArray &tokenDigest)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO auth_tokens (operator_id, token_hash, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(operatorId);
    query.addBindValue(tokenDigest);
    query.addBindValue(nowSqlTime());
    return query.exec();
}

std::optional<OperatorRecord> AccountRepository::operatorForToken(const QByteArray &tokenDigest)
{
    return oneOperator(
        QStringLiteral("WHERE active = 1 AND id = (SELECT operator_id FROM auth_tokens "
                       "WHERE token_hash = ? AND revoked_at IS NULL)"),
        tokenDigest);
}

bool AccountRepository::revokeToken(const QByteArray &tokenDigest)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE auth_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"));
    query.addBindValue(nowSqlTime());
    query.addBindValue(tokenDigest);
    return query.exec() && query.numRowsAffected() == 1;
}

qint64 AccountRepository::createWebsite(const QString &name, const QString &widgetKey)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO websites (name, widget_key, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(widgetKey);
    query.addBindValue(nowSqlTime());
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

std::optional<WebsiteRecord> AccountRepository::websiteByKey(const QString &widgetKey)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, widget_key FROM websites WHERE widget_key = ?"));
    query.addBindValue(widgetKey);
    if (query.exec() && query.next())
        return WebsiteRecord{query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toString()};
    return std::nullopt;
}

QList<WebsiteRecord> AccountRepository::websites()
{
    QList<WebsiteRecord> result;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id, name, widget_key FROM websites ORDER BY id"));
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

} // namespace papo::server
