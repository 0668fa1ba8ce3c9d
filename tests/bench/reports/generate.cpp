// papo-bench-reportdata: fills a database with a year of a busy team for the reports bench
// (REP-1, EXP-1; docs/performance.md): by default 1,000,000 conversations with 10,000,000
// messages, 20 operators in 5 groups, a visitor per conversation (one in ten with an email
// address, half of those consenting to marketing email) and the operators' status history.
// Rows go straight into the tables, many to a statement and many statements to a transaction;
// the schema is the server's own (Database::open runs the migrations). Deterministic: the same
// options give the same data.
#include <accountrepository.h>
#include <bootstrap.h>
#include <database.h>
#include <secrets.h>
#include <sqltime.h>

#include "rowbatch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>
#include <random>

using namespace papo::server;
using papo::bench::RowBatch;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QVariant at(qint64 ms)
{
    return toSqlTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

void run(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        std::fprintf(stderr, "papo-bench-reportdata: %s\n", qPrintable(statement));
        std::exit(1);
    }
}

struct Options
{
    qint64 conversations = 1'000'000;
    qint64 messages = 10'000'000;
    int operators = 20;
    int groups = 5;
    int days = 365;
    qint64 endMs = 0; // the data ends here (now, by default)
};

class Generator
{
public:
    Generator(QSqlDatabase db, SqlDialect dialect, const Options &options)
        : m_db(db)
        , m_dialect(dialect)
        , m_options(options)
        , m_startMs(options.endMs - options.days * Day)
    {}

    void team(qint64 ownerId)
    {
        const QVariant created = at(m_startMs - Day);
        for (int i = 2; i <= m_options.operators; ++i) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral(
                "INSERT INTO operators (email, name, password_hash, role, status, active, "
                "created_at) SELECT ?, ?, password_hash, 'operator', 'offline', 1, ? "
                "FROM operators WHERE id = ?"));
            query.addBindValue(QStringLiteral("operator%1@papo.test").arg(i));
            query.addBindValue(QStringLiteral("Operador %1").arg(i));
            query.addBindValue(created);
            query.addBindValue(ownerId);
            if (!query.exec())
                std::exit(1);
        }
        QSqlQuery ids(m_db);
        ids.exec(QStringLiteral("SELECT id FROM operators ORDER BY id"));
        while (ids.next())
            m_operatorIds.append(ids.value(0).toLongLong());
        const QStringList names
            = {QStringLiteral("Suporte"), QStringLiteral("Vendas"), QStringLiteral("Financeiro"),
               QStringLiteral("Logística"), QStringLiteral("Parcerias")};
        for (int g = 0; g < m_options.groups; ++g) {
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("INSERT INTO chat_groups (website_id, name, group_key, "
                                         "created_at) VALUES (?, ?, ?, ?)"));
            query.addBindValue(m_websiteId);
            query.addBindValue(g < names.size() ? names[g] : QStringLiteral("Grupo %1").arg(g));
            query.addBindValue(QStringLiteral("group-%1").arg(g));
            query.addBindValue(created);
            if (!query.exec())
                std::exit(1);
            m_groupIds.append(query.lastInsertId().toLongLong());
            if (m_groupIds.last() == 0) {
                QSqlQuery last(m_db);
                last.exec(QStringLiteral("SELECT MAX(id) FROM chat_groups"));
                last.next();
                m_groupIds.last() = last.value(0).toLongLong();
            }
        }
        // Every operator in one group, every fourth in a second one too.
        RowBatch members(m_db, QStringLiteral("group_members"),
                         {QStringLiteral("group_id"), QStringLiteral("operator_id")});
        for (qsizetype i = 0; i < m_operatorIds.size(); ++i) {
            members.add({m_groupIds[i % m_groupIds.size()], m_operatorIds[i]});
            if (i % 4 == 0 && m_groupIds.size() > 1)
                members.add({m_groupIds[(i + 1) % m_groupIds.size()], m_operatorIds[i]});
        }
    }

    void statusHistory()
    {
        RowBatch rows(m_db, QStringLiteral("operator_status_history"),
                      {QStringLiteral("operator_id"), QStringLiteral("status"),
                       QStringLiteral("connected"), QStringLiteral("changed_at")});
        for (qint64 day = m_startMs - m_startMs % Day; day < m_options.endMs; day += Day) {
            for (qint64 id : std::as_const(m_operatorIds)) {
                const qint64 jitter
                    = std::uniform_int_distribution<qint64>(0, 40 * Minute)(m_random);
                // A working day in São Paulo (UTC-3): 08:00 to 18:00 with an invisible lunch.
                const QList<std::tuple<qint64, const char *, int>> changes
                    = {{11 * Hour, "online", 1},
                       {15 * Hour, "invisible", 1},
                       {16 * Hour, "online", 1},
                       {21 * Hour, "offline", 0}};
                for (const auto &[offset, status, connected] : changes) {
                    if (day + offset + jitter < m_options.endMs)
                        rows.add({id, QString::fromLatin1(status), connected,
                                  at(day + offset + jitter)});
                }
            }
        }
    }

    void conversations()
    {
        RowBatch visitors(m_db, QStringLiteral("visitors"),
                          {QStringLiteral("id"), QStringLiteral("website_id"),
                           QStringLiteral("token_hash"), QStringLiteral("language"),
                           QStringLiteral("created_at"), QStringLiteral("last_seen_at"),
                           QStringLiteral("name"), QStringLiteral("email"),
                           QStringLiteral("location_text"), QStringLiteral("group_id"),
                           QStringLiteral("marketing_consent_at")});
        RowBatch conversations(m_db, QStringLiteral("conversations"),
                               {QStringLiteral("id"), QStringLiteral("visitor_id"),
                                QStringLiteral("state"), QStringLiteral("owner_id"),
                                QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                QStringLiteral("rating"), QStringLiteral("closed_at")});
        RowBatch messages(m_db, QStringLiteral("messages"),
                          {QStringLiteral("id"), QStringLiteral("conversation_id"),
                           QStringLiteral("author_kind"), QStringLiteral("author_id"),
                           QStringLiteral("client_id"), QStringLiteral("body"),
                           QStringLiteral("created_at")});
        std::uniform_int_distribution<qint64> inYear(0, m_options.days * Day - 1);
        std::uniform_int_distribution<int> percent(0, 99);
        std::uniform_int_distribution<qint64> firstResponse(5 * Second, 240 * Second);
        std::uniform_int_distribution<qint64> gap(10 * Second, 180 * Second);
        QElapsedTimer clock;
        clock.start();
        qint64 messageId = 0;
        const QVariant noGroup(QMetaType::fromType<qint64>());
        const QVariant nobody(QMetaType::fromType<qint64>());
        m_db.transaction();
        for (qint64 c = 1; c <= m_options.conversations; ++c) {
            // Busy hours: most chats between 08:00 and 20:00 in São Paulo (11:00–23:00 UTC).
            qint64 created = m_startMs + inYear(m_random);
            if (percent(m_random) < 80)
                created = created - created % Day + 11 * Hour + created % (12 * Hour);
            if (created > m_options.endMs - 2 * Hour)
                created -= Day; // the last evening has not happened yet
            const bool missed = percent(m_random) < 4;
            const qint64 left = m_options.messages - messageId;
            const qint64 expected
                = std::max<qint64>(1, left / std::max<qint64>(1, m_options.conversations - c + 1));
            int count = missed ? 1 + percent(m_random) % 2
                               : int(std::uniform_int_distribution<qint64>(
                                   std::max<qint64>(2, expected - 4), expected + 4)(m_random));
            count = int(std::min<qint64>(count, std::max<qint64>(1, left)));
            const qint64 owner = missed ? 0 : m_operatorIds[c % m_operatorIds.size()];
            qint64 time = created;
            bool visitorTurn = true;
            for (int i = 0; i < count; ++i) {
                if (i > 0)
                    time += (i == 1 && !missed) ? firstResponse(m_random) : gap(m_random);
                const bool fromVisitor = missed || visitorTurn;
                ++messageId;
                messages.add({messageId, c,
                              fromVisitor ? QStringLiteral("visitor") : QStringLiteral("operator"),
                              fromVisitor ? c : owner, QStringLiteral("g%1").arg(messageId),
                              fromVisitor
                                  ? QStringLiteral("Olá, preciso de ajuda com o pedido %1").arg(c)
                                  : QStringLiteral("Claro! Vou verificar o pedido %1.").arg(c),
                              at(time)});
                // Sometimes the visitor writes twice before an answer.
                visitorTurn = !visitorTurn || percent(m_random) < 15;
            }
            const bool hasEmail = c % 10 == 0;
            const int groupRoll = percent(m_random);
            visitors.add(
                {c, m_websiteId, QByteArray("bench-visitor-") + QByteArray::number(c),
                 QStringLiteral("pt"), at(created - 2 * Minute), at(time),
                 QStringLiteral("Visitante %1 Ávila").arg(c),
                 hasEmail ? QStringLiteral("visitante%1@exemplo.com.br").arg(c)
                          : QString(QLatin1String("")),
                 QStringLiteral("São Paulo, Brazil"),
                 groupRoll < 85 ? QVariant(m_groupIds[groupRoll % m_groupIds.size()]) : noGroup,
                 hasEmail && c % 20 == 0 ? at(time) : QVariant(QString(QLatin1String("")))});
            const int ratingRoll = percent(m_random);
            const QString rating = missed || ratingRoll >= 25 ? QString(QLatin1String(""))
                                   : ratingRoll < 22          ? QStringLiteral("good")
                                                              : QStringLiteral("bad");
            const bool open = time > m_options.endMs - Day;
            conversations.add(
                {c, c, QStringLiteral("open"), owner ? QVariant(owner) : nobody, at(created),
                 at(time), rating,
                 open ? QVariant(QString(QLatin1String(""))) : at(time + 10 * Minute)});
            if (c % 20'000 == 0) {
                visitors.flush();
                conversations.flush();
                messages.flush();
                m_db.commit();
                m_db.transaction();
                std::fprintf(stderr, "\r%lld conversations, %lld messages, %.0f s", c, messageId,
                             clock.elapsed() / 1000.0);
            }
        }
        visitors.flush();
        conversations.flush();
        messages.flush();
        m_db.commit();
        std::fprintf(stderr, "\n");
        m_messages = messageId;
    }

    // Message ids are stream positions; PostgreSQL's identities continue after the rows given.
    void finish()
    {
        run(m_db, QStringLiteral("UPDATE stream_positions SET position = %1 WHERE stream = "
                                 "'events'")
                      .arg(m_messages));
        if (m_dialect == SqlDialect::PostgreSQL) {
            // Its triggers were off while filling: every chat is marked for summarizing, as
            // the upgrade to migration 27 marks existing ones.
            run(m_db, QStringLiteral("INSERT INTO report_changes (conversation_id) "
                                     "SELECT id FROM conversations"));
            for (const char *table : {"visitors", "conversations"})
                run(m_db, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                         "(SELECT MAX(id) FROM %1))")
                              .arg(QLatin1String(table)));
        }
        run(m_db, QStringLiteral("ANALYZE"));
    }

    void setWebsite(qint64 id) { m_websiteId = id; }
    qint64 messageCount() const { return m_messages; }

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Options m_options;
    qint64 m_startMs;
    std::mt19937_64 m_random{20261205};
    qint64 m_websiteId = 0;
    qint64 m_messages = 0;
    QList<qint64> m_operatorIds;
    QList<qint64> m_groupIds;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills an empty database with a year of a busy team (reports bench)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("sqlite:PATH or postgresql://… (required)."),
         QStringLiteral("URL")},
        {QStringLiteral("conversations"), QStringLiteral("Conversations (default 1000000)."),
         QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("messages"), QStringLiteral("Messages (default 10000000)."),
         QStringLiteral("N"), QStringLiteral("10000000")},
        {QStringLiteral("days"), QStringLiteral("Days the data spans (default 365)."),
         QStringLiteral("N"), QStringLiteral("365")},
    });
    parser.process(app);
    Options options;
    options.conversations = qMax(1LL, parser.value(QStringLiteral("conversations")).toLongLong());
    options.messages = qMax(1LL, parser.value(QStringLiteral("messages")).toLongLong());
    options.days = qMax(1, parser.value(QStringLiteral("days")).toInt());
    options.endMs = QDateTime::currentMSecsSinceEpoch();

    QString error;
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error);
    Database database;
    if (!url || !Secrets::initialize() || !database.open(*url, &error)) {
        std::fprintf(stderr, "papo-bench-reportdata: %s\n", qPrintable(error));
        return 1;
    }
    QSqlDatabase db = database.connection();
    AccountRepository accounts(db);
    const BootstrapResult owner = bootstrapAccount(accounts, QStringLiteral("owner@papo.test"),
                                                   QStringLiteral("bench-password-123"));
    if (!owner.ok || accounts.operators().size() != 1) {
        std::fprintf(stderr, "papo-bench-reportdata: the database must be empty\n");
        return 1;
    }
    // A bench fixture, rebuilt at will and consistent by construction: no fsync, and no
    // foreign-key checks while messages are written before their conversation's row.
    if (database.dialect() == SqlDialect::SQLite) {
        run(db, QStringLiteral("PRAGMA synchronous = OFF"));
        run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    } else {
        run(db, QStringLiteral("SET session_replication_role = replica")); // needs a superuser
    }
    QElapsedTimer clock;
    clock.start();
    Generator generator(db, database.dialect(), options);
    generator.setWebsite(accounts.websites().value(0).id);
    db.transaction();
    generator.team(accounts.operators().value(0).id);
    generator.statusHistory();
    db.commit();
    generator.conversations();
    generator.finish();
    std::printf("%lld conversations, %lld messages over %d days in %.1f s "
                "(owner@papo.test / bench-password-123)\n",
                options.conversations, generator.messageCount(), options.days,
                clock.elapsed() / 1000.0);
    return 0;
}
