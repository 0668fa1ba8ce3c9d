#include "messagesearch.h"

#include "cachedquery.h"
#include "sqlconnection.h"
#include "sqltime.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

constexpr int SnippetWords = 16;

// Every word quoted, so the operator's words are searched for, never read as query syntax;
// each a prefix: "troca" finds "trocar" too.
QString ftsQuery(const QStringList &words)
{
    QStringList terms;
    for (QString word : words)
        terms << QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\""))
                     + QLatin1String("\"*");
    return terms.join(QLatin1Char(' '));
}

QString tsQuery(const QStringList &words)
{
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        word.replace(QLatin1Char('\''), QLatin1String("''"));
        terms << QLatin1Char('\'') + word + QLatin1String("':*");
    }
    return terms.join(QLatin1String(" & "));
}

// ts_headline returns a piece of the message as it is: "…" marks what it left out, as
// FTS5's snippet() does.
QString withEllipses(const QString &piece, const QString &body)
{
    const qsizetype at = body.indexOf(piece);
    if (at < 0)
        return piece;
    QString snippet = piece;
    if (at > 0)
        snippet.prepend(QStringLiteral("…"));
    if (at + piece.size() < body.size())
        snippet.append(QStringLiteral("…"));
    return snippet;
}

// FTS5's snippet() marks what it left out itself; the message itself comes last, unused.
QString sqliteStatement(const QString &visible)
{
    return QStringLiteral("SELECT m.id, m.conversation_id, c.visitor_id, "
                          "snippet(messages_fts, 0, '', '', '…', %1), m.created_at, NULL "
                          "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                          "JOIN conversations c ON c.id = m.conversation_id "
                          "WHERE messages_fts MATCH ? AND %2 ORDER BY m.id DESC LIMIT ?")
        .arg(SnippetWords)
        .arg(visible);
}

// The headline is worked out for the page of hits only, not for every match; the message
// comes last so withEllipses() can tell what the headline left out.
QString postgreSqlStatement(const QString &visible)
{
    return QStringLiteral(
               "SELECT h.id, h.conversation_id, h.visitor_id, ts_headline('papo_search', h.body, "
               "h.q, 'StartSel=\"\", StopSel=\"\", MaxWords=%1, MinWords=%2, ShortWord=0'), "
               "h.created_at, h.body FROM (SELECT m.id, m.conversation_id, c.visitor_id, m.body, "
               "m.created_at, q FROM messages m JOIN conversations c ON c.id = m.conversation_id, "
               "to_tsquery('papo_search', ?) q WHERE to_tsvector('papo_search', m.body) @@ q "
               "AND %3 ORDER BY m.id DESC LIMIT ?) h ORDER BY h.id DESC")
        .arg(SnippetWords)
        .arg(SnippetWords / 2)
        .arg(visible);
}

} // namespace

QList<SearchHit> MessageSearch::search(const QString &text, int limit, const VisibilityScope &scope)
{
    const QStringList words
        = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const bool postgreSql = dialectOf(m_db) == SqlDialect::PostgreSQL;
    QVariantList values;
    const QString visible = scope.conversationCondition(values);
    CachedQuery query(m_db, postgreSql ? postgreSqlStatement(visible) : sqliteStatement(visible));
    query.addBindValue(postgreSql ? tsQuery(words) : ftsQuery(words));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<SearchHit> hits;
    if (!query.exec())
        return hits;
    while (query.next()) {
        const QString piece = query.value(3).toString();
        hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                     query.value(2).toLongLong(),
                     postgreSql ? withEllipses(piece, query.value(5).toString()) : piece,
                     fromSqlTime(query.value(4))});
    }
    return hits;
}

qint64 MessageSearch::lastMessageId()
{
    CachedQuery query(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

bool MessageSearch::indexMessagesAfter(qint64 messageId)
{
    if (messageId < 0)
        return false; // indexing every message again would list each twice
    CachedQuery query(m_db, QStringLiteral("INSERT INTO messages_fts(rowid, body) "
                                           "SELECT id, body FROM messages WHERE id > ?"));
    query.addBindValue(messageId);
    return query.exec();
}

} // namespace papo::server
