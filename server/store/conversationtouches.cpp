#include "conversationtouches.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace papo::server {

namespace {

thread_local ConversationTouches *collecting = nullptr;

} // namespace

ConversationTouches::ConversationTouches()
{
    collecting = this;
}

ConversationTouches::~ConversationTouches()
{
    collecting = nullptr;
}

bool ConversationTouches::collect(qint64 conversationId, const QDateTime &at)
{
    if (!collecting)
        return false;
    QDateTime &latest = collecting->m_job[conversationId];
    if (!latest.isValid() || at > latest)
        latest = at;
    return true;
}

void ConversationTouches::jobFinished(bool ok)
{
    if (ok) {
        for (auto touch = m_job.cbegin(); touch != m_job.cend(); ++touch) {
            QDateTime &latest = m_kept[touch.key()];
            if (!latest.isValid() || touch.value() > latest)
                latest = touch.value();
        }
    }
    m_job.clear();
}

bool ConversationTouches::writeNow(QSqlDatabase &db, qint64 conversationId, const QDateTime &at,
                                   QString *error)
{
    // The latest time wins, whichever node commits last.
    CachedQuery touch(db, QStringLiteral("UPDATE conversations SET updated_at = ? "
                                         "WHERE id = ? AND updated_at < ?"));
    touch.addBindValue(toSqlTime(at));
    touch.addBindValue(conversationId);
    touch.addBindValue(toSqlTime(at));
    if (touch.exec())
        return true;
    if (error)
        *error = touch.lastError().text();
    return false;
}

void ConversationTouches::write(QSqlDatabase &db)
{
    if (m_kept.isEmpty())
        return;
    QSqlQuery control(db);
    control.exec(QStringLiteral("SAVEPOINT touches"));
    for (auto at = m_kept.cbegin(); at != m_kept.cend(); ++at) { // QMap: ascending ids
        QString error;
        if (!writeNow(db, at.key(), at.value(), &error)) {
            qWarning("WriteQueue: chats' last activity not written: %s", qPrintable(error));
            control.exec(QStringLiteral("ROLLBACK TO touches"));
            break;
        }
    }
    control.exec(QStringLiteral("RELEASE touches"));
    m_kept.clear();
}

} // namespace papo::server
