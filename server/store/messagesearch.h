#pragma once

#include "visibilityscope.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace papo::server {

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 visitorId = 0;
    QString snippet;
    QDateTime createdAt;
};

// CHT-8's search over every message, accents and case ignored, a word's start enough:
// SQLite's FTS5 index (messages_fts) or PostgreSQL's GIN index over
// to_tsvector('papo_search', body), `simple` words with `unaccent` (migration 8).
class MessageSearch final
{
public:
    explicit MessageSearch(QSqlDatabase db)
        : m_db(db)
    {}

    // Newest first; `text` is plain words, all of which must appear. Each hit's snippet is up
    // to 16 words around what matched, with "…" where the message goes on. Only hits in
    // conversations `scope` may see (GRP-1), so the limit counts those.
    QList<SearchHit> search(const QString &text, int limit, const VisibilityScope &scope);

    // SQLite: the write path adds a batch's new messages to the index together, right before
    // it commits (WriteQueue): fed one message at a time, FTS5 wrote a segment of the index
    // for each, since every job's savepoint flushes what it holds. PostgreSQL's index follows
    // by itself. lastMessageId() before the batch (-1 when it cannot be read: then
    // indexMessagesAfter() fails), indexMessagesAfter() with it at its end. Messages are
    // stored by the write path only: one stored otherwise is not found, and an edit of it
    // (whose trigger takes the old words out of the index) would corrupt the index.
    qint64 lastMessageId();
    bool indexMessagesAfter(qint64 messageId);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
