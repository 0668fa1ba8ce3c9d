#include "messagesearch.h"

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

} // namespace

QList<SearchHit> MessageSearch::search(const QString &text, int limit, const VisibilityScope &scope)
{
    const QStringList words
        = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    return dialectOf(m_db) == SqlDialect::PostgreSQL ? searchPostgreSql(words, limit, scope)
                                                     : searchSqlite(words, limit, scope);
}

QList<SearchHit> MessageSearch::searchSqlite(const QStringList &words, int limit,
                                             const VisibilityScope &scope)
{
    QList<SearchHit> hits;
    QVariantList values;
    const QString visible = scope.conversationCondition(values);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT m.id, m.conversation_id, c.visitor_id, "
                       "snippet(messages_fts, 0, '', '', '…', %1), m.created_at FROM messages_fts "
                       "JOIN messages m ON m.id = messages_fts.rowid JOIN conversations c ON c.id "
                       "= m.conversation_id "
                       "WHERE messages_fts MATCH ? AND %2 ORDER BY m.id DESC LIMIT ?")
            .arg(SnippetWords)
            .arg(visible));
    query.addBindValue(ftsQuery(words));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toLongLong(), query.value(3).toString(),
                         fromSqlTime(query.value(4))});
    }
    return hits;
}

QList<SearchHit> MessageSearch::searchPostgreSql(const QStringList &words, int limit,
                                                 const VisibilityScope &scope)
{
    QList<SearchHit> hits;
    QVariantList values;
    const QString visible = scope.conversationCondition(values);
    QSqlQuery query(m_db);
    // The headline is worked out for the page of hits only, not for every match.
    query.prepare(
        QStringLiteral(
            "SELECT h.id, h.conversation_id, h.visitor_id, ts_headline('papo_search', h.body, "
            "h.q, 'StartSel=\"\", StopSel=\"\", MaxWords=%1, MinWords=%2, ShortWord=0'), "
            "h.created_at, h.body FROM (SELECT m.id, m.conversation_id, c.visitor_id, m.body, "
            "m.created_at, q FROM messages m JOIN conversations c ON c.id = m.conversation_id, "
            "to_tsquery('papo_search', ?) q WHERE to_tsvector('papo_search', m.body) @@ q "
            "AND %3 ORDER BY m.id DESC LIMIT ?) h ORDER BY h.id DESC")
            .arg(SnippetWords)
            .arg(SnippetWords / 2)
            .arg(visible));
    query.addBindValue(tsQuery(words));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            hits.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toLongLong(),
                         withEllipses(query.value(3).toString(), query.value(5).toString()),
                         fromSqlTime(query.value(4))});
    }
    return hits;
}

} // namespace papo::server
