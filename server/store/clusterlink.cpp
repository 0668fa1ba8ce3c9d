#include "clusterlink.h"

#include "cachedquery.h"
#include "clusterclock.h"
#include "conversationrepository.h"
#include "sqlconnection.h"
#include "sqltransaction.h"
#include "streampositions.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace papo::server {

namespace {

const QString WakeChannel = QStringLiteral("papo_nodes"); // clustermigration.cpp's trigger
constexpr int HealIntervalMs = 1000;
constexpr int ReadBatch = 1000;
constexpr int InsertBatch = 200;
// Frames kept for nodes that catch up after a short outage. Not longer: they hold visitors'
// drafts (CHT-3), and a live update minutes old is moot.
constexpr qint64 FrameLifetimeMs = 2 * 60 * 1000;
constexpr int SweepEveryTicks = 60;
// While the database is away, the newest frames wait; live updates older than these are moot.
constexpr int MaxPendingFrames = 10000;
constexpr int MaxSendAttempts = 3;
// Presence: a node says it is alive every HeartbeatTicks heal ticks; its operators and visitors
// stop counting for the others NodeTimeoutMs after its last word (clusterclock.h), and its rows
// go after NodeForgottenMs.
constexpr int HeartbeatTicks = 5;
constexpr qint64 NodeForgottenMs = 10 * 60 * 1000;
const QString DatabaseNowMs = databaseNowMs();
const QStringList NodeListTables{QStringLiteral("node_operators"), QStringLiteral("node_visitors")};

} // namespace

ClusterLink::ClusterLink(const DatabaseUrl &url, qint64 messagesAfter, qint64 framesAfter)
    : m_url(url)
    , m_connectionName(QStringLiteral("papo-cluster-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_node(qint64(QRandomGenerator::system()->generate64() >> 2) + 1)
    , m_messagesAfter(messagesAfter)
    , m_framesAfter(framesAfter)
{
    m_heal.setInterval(HealIntervalMs);
    connect(&m_heal, &QTimer::timeout, this, [this] {
        if (++m_ticks % SweepEveryTicks == 0)
            onConnection([](QSqlDatabase &db, QString *) {
                forgetOldFrames(db);
                return true;
            });
        if (m_ticks % HeartbeatTicks == 0)
            onConnection([this](QSqlDatabase &db, QString *error) {
                return beat(db, error) && readPresence(db, error);
            });
        if (m_listed && !m_visitorChanges.isEmpty())
            onConnection([this](QSqlDatabase &db, QString *error) {
                return flushVisitorChanges(db, error);
            });
        catchUp();
    });
}

ClusterLink::~ClusterLink()
{
    disconnect();
}

void ClusterLink::start()
{
    m_heal.start();
    onConnection([this](QSqlDatabase &db, QString *error) {
        return beat(db, error) && readPresence(db, error);
    });
    catchUp();
}

bool ClusterLink::connected()
{
    if (QSqlDatabase::contains(m_connectionName))
        return true;
    QString error;
    if (!openSqlConnection(m_url, m_connectionName, &error)) {
        qWarning("Cluster: %s; trying again in a second", qPrintable(error));
        return false;
    }
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    QObject::connect(driver, &QSqlDriver::notification, this, &ClusterLink::wake);
    if (!driver->subscribeToNotification(WakeChannel)) {
        qWarning("Cluster: cannot LISTEN: %s", qPrintable(driver->lastError().text()));
        disconnect();
        return false;
    }
    return true;
}

void ClusterLink::disconnect()
{
    m_listed = false; // the rows may be gone with a restored database: written again
    if (QSqlDatabase::contains(m_connectionName))
        closeSqlConnection(m_connectionName);
}

// Wake-ups come by the dozen while nodes are busy: one read answers all that are queued.
void ClusterLink::wake()
{
    m_nextTurnCatchUp.ask();
}

void ClusterLink::catchUp()
{
    onConnection([this](QSqlDatabase &db, QString *error) {
        // A failed read of messages returns none; the read of frames then fails and says why.
        readMessages(db);
        return readFrames(db, error) && sendPending(db, error);
    });
}

void ClusterLink::onConnection(const std::function<bool(QSqlDatabase &, QString *)> &steps)
{
    if (!connected())
        return;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (steps(db, &error))
            return;
    }
    qWarning("Cluster: %s; reconnecting", qPrintable(error));
    disconnect(); // the next tick reconnects and goes on from the same positions
}

void ClusterLink::readMessages(QSqlDatabase &db)
{
    // Positions follow commit order: every message up to the newest position committed before
    // the reads below is among what they return, and no smaller position can appear later.
    const qint64 newest = StreamPositions(db).newest(); // 0 on failure: then a read fails too
    ConversationRepository conversations(db);
    while (true) {
        const QList<common::ChatMessage> messages
            = conversations.nextMessages(m_messagesAfter, ReadBatch);
        QList<StreamedMessage> stored;
        QHash<qint64, ChatAudience> audiences;
        for (const common::ChatMessage &message : messages) {
            auto audience = audiences.constFind(message.conversationId);
            if (audience == audiences.cend()) {
                const auto read = conversations.audience(message.conversationId);
                if (!read)
                    continue; // removed since
                audience = audiences.insert(message.conversationId, *read);
            }
            stored.append({message, *audience});
        }
        const qint64 upTo = std::max(messages.isEmpty() ? 0 : messages.constLast().position,
                                     messages.size() < ReadBatch ? newest : 0);
        if (upTo > m_messagesAfter) {
            m_messagesAfter = upTo;
            emit messagesStored(stored, upTo);
        }
        if (messages.size() < ReadBatch)
            return;
    }
}

bool ClusterLink::readFrames(QSqlDatabase &db, QString *error)
{
    CachedQuery query(
        db, QStringLiteral("SELECT position, node, target, frame, after_message FROM node_frames "
                           "WHERE position > ? ORDER BY position LIMIT %1")
                .arg(ReadBatch));
    while (true) {
        query.bindValue(0, m_framesAfter);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        QList<NodeFrame> frames;
        int rows = 0;
        while (query.next()) {
            ++rows;
            m_framesAfter = query.value(0).toLongLong();
            if (query.value(1).toLongLong() != m_node)
                frames.append({query.value(2).toByteArray(), query.value(3).toByteArray(),
                               query.value(4).toLongLong()});
        }
        if (!frames.isEmpty())
            emit framesArrived(frames);
        if (rows < ReadBatch)
            return true;
    }
}

void ClusterLink::publish(const QList<NodeFrame> &frames)
{
    m_pending += frames;
    if (m_pending.size() > MaxPendingFrames) {
        qWarning("Cluster: the database is away; %lld older live frames are dropped",
                 qlonglong(m_pending.size() - MaxPendingFrames));
        m_pending.remove(0, m_pending.size() - MaxPendingFrames);
    }
    onConnection([this](QSqlDatabase &db, QString *error) { return sendPending(db, error); });
}

// One transaction: positions from the "frames" counter (in commit order, as messages), the
// rows, and with them the trigger's wake-up for every node.
bool ClusterLink::sendPending(QSqlDatabase &db, QString *error)
{
    if (m_pending.isEmpty())
        return true;
    if (insertPending(db, error)) {
        m_pending.clear();
        m_failedSends = 0;
        return true;
    }
    // Frames the database refuses however often they are sent would hold up all others.
    if (++m_failedSends >= MaxSendAttempts) {
        qWarning("Cluster: %lld live frames dropped after %d attempts", qlonglong(m_pending.size()),
                 m_failedSends);
        m_pending.clear();
        m_failedSends = 0;
    }
    return false;
}

bool ClusterLink::insertPending(QSqlDatabase &db, QString *error)
{
    SqlTransaction transaction(db);
    const qint64 last
        = transaction.isOpen()
              ? StreamPositions(db, QStringLiteral("frames")).take(int(m_pending.size()))
              : 0;
    if (last == 0) {
        *error = QStringLiteral("cannot take positions for live frames");
        return false;
    }
    qint64 position = last - m_pending.size();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype start = 0; start < m_pending.size(); start += InsertBatch) {
        const qsizetype count = std::min<qsizetype>(InsertBatch, m_pending.size() - start);
        // The targets that only close or move sessions carry no frame: '', not NULL.
        const QStringList rows(count, QStringLiteral("(?, ?, ?, ?, COALESCE(?, ''), ?)"));
        CachedQuery insert(db,
                           QStringLiteral("INSERT INTO node_frames (position, node, after_message, "
                                          "target, frame, created_ms) VALUES ")
                               + rows.join(QLatin1Char(',')));
        for (qsizetype i = start; i < start + count; ++i) {
            insert.addBindValue(++position);
            insert.addBindValue(m_node);
            insert.addBindValue(m_pending.at(i).afterMessage);
            insert.addBindValue(QString::fromUtf8(m_pending.at(i).target));
            insert.addBindValue(QString::fromUtf8(m_pending.at(i).frame));
            insert.addBindValue(now);
        }
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void ClusterLink::forgetOldFrames(QSqlDatabase &db)
{
    CachedQuery sweep(db, QStringLiteral("DELETE FROM node_frames WHERE created_ms < ?"));
    sweep.addBindValue(QDateTime::currentMSecsSinceEpoch() - FrameLifetimeMs);
    sweep.exec(); // a failure leaves them for the next sweep
}

void ClusterLink::setConnectedHere(qint64 operatorId, bool connected)
{
    if (connected)
        m_connectedHere.insert(operatorId);
    else
        m_connectedHere.remove(operatorId);
    if (m_listed)
        onConnection([&](QSqlDatabase &db, QString *error) {
            return writeConnectedHere(db, operatorId, connected, error);
        });
}

bool ClusterLink::writeConnectedHere(QSqlDatabase &db, qint64 operatorId, bool connected,
                                     QString *error)
{
    CachedQuery write(db, connected ? QStringLiteral("INSERT INTO node_operators (node, "
                                                     "operator_id) VALUES (?, ?) ON CONFLICT "
                                                     "DO NOTHING")
                                    : QStringLiteral("DELETE FROM node_operators WHERE node = ? "
                                                     "AND operator_id = ?"));
    write.addBindValue(m_node);
    write.addBindValue(operatorId);
    if (write.exec())
        return true;
    *error = write.lastError().text();
    return false;
}

// Says this node is alive; after a (re)connect it lists its operators again first, as the rows
// may have gone meanwhile. Long-dead nodes are forgotten on the way.
bool ClusterLink::beat(QSqlDatabase &db, QString *error)
{
    SqlTransaction transaction(db);
    CachedQuery alive(db, QStringLiteral("INSERT INTO cluster_nodes (node, seen_ms) VALUES (?, %1) "
                                         "ON CONFLICT (node) DO UPDATE SET seen_ms = %1")
                              .arg(DatabaseNowMs));
    alive.addBindValue(m_node);
    bool ok = transaction.isOpen() && alive.exec();
    for (const QString &table : NodeListTables) {
        CachedQuery forgetDead(db, QStringLiteral("DELETE FROM %1 WHERE node IN (SELECT node FROM "
                                                  "cluster_nodes WHERE seen_ms < %2 - ?)")
                                       .arg(table, DatabaseNowMs));
        forgetDead.addBindValue(NodeForgottenMs);
        ok = ok && forgetDead.exec();
    }
    CachedQuery forgetDeadNodes(
        db, QStringLiteral("DELETE FROM cluster_nodes WHERE seen_ms < %1 - ?").arg(DatabaseNowMs));
    forgetDeadNodes.addBindValue(NodeForgottenMs);
    ok = ok && forgetDeadNodes.exec();
    if (ok && !m_listed) {
        CachedQuery clear(db, QStringLiteral("DELETE FROM node_operators WHERE node = ?"));
        clear.addBindValue(m_node);
        ok = clear.exec() && NodeVisitorRepository(db).clear(m_node);
        for (auto it = m_connectedHere.cbegin(); ok && it != m_connectedHere.cend(); ++it)
            ok = writeConnectedHere(db, *it, true, error);
        m_visitorChanges.clear();
        for (auto it = m_visitorsHere.cbegin(); it != m_visitorsHere.cend(); ++it)
            m_visitorChanges.insert(it.key(), *it);
        ok = ok && writeVisitorChanges(db);
    }
    if (ok && transaction.commit()) {
        if (!m_listed)
            m_visitorChanges.clear();
        m_listed = true;
        return true;
    }
    if (error->isEmpty())
        *error = QStringLiteral("cannot say this node is alive: %1").arg(db.lastError().text());
    return false;
}

void ClusterLink::setVisitorHere(qint64 visitorId, const std::optional<NodeVisitor> &visitor)
{
    if (visitor)
        m_visitorsHere.insert(visitorId, *visitor);
    else
        m_visitorsHere.remove(visitorId);
    m_visitorChanges.insert(visitorId, visitor);
}

// Inside the caller's transaction: m_visitorChanges are written once it commits.
bool ClusterLink::writeVisitorChanges(QSqlDatabase &db)
{
    NodeVisitorRepository visitors(db);
    bool ok = true;
    for (auto it = m_visitorChanges.cbegin(); ok && it != m_visitorChanges.cend(); ++it)
        ok = it->has_value() ? visitors.put(m_node, **it) : visitors.remove(m_node, it.key());
    return ok;
}

// One transaction a tick, however many visitors came, went or moved on.
bool ClusterLink::flushVisitorChanges(QSqlDatabase &db, QString *error)
{
    SqlTransaction transaction(db);
    if (transaction.isOpen() && writeVisitorChanges(db) && transaction.commit()) {
        m_visitorChanges.clear();
        return true;
    }
    *error = QStringLiteral("cannot list this node's visitors: %1").arg(db.lastError().text());
    return false;
}

void ClusterLink::readPresence()
{
    onConnection([this](QSqlDatabase &db, QString *error) { return readPresence(db, error); });
}

bool ClusterLink::readPresence(QSqlDatabase &db, QString *error)
{
    CachedQuery query(db, QStringLiteral("SELECT DISTINCT o.operator_id FROM node_operators o "
                                         "JOIN cluster_nodes n ON n.node = o.node "
                                         "WHERE o.node <> ? AND n.seen_ms >= %1 - ?")
                              .arg(DatabaseNowMs));
    query.addBindValue(m_node);
    query.addBindValue(NodeTimeoutMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QSet<qint64> elsewhere;
    while (query.next())
        elsewhere.insert(query.value(0).toLongLong());
    if (m_elsewhere != elsewhere) {
        m_elsewhere = elsewhere;
        emit operatorsElsewhere(elsewhere);
    }
    return true;
}

void ClusterLink::leave()
{
    m_heal.stop();
    onConnection([this](QSqlDatabase &db, QString *) {
        for (const QString &table : NodeListTables + QStringList{QStringLiteral("cluster_nodes")}) {
            CachedQuery remove(db, QStringLiteral("DELETE FROM %1 WHERE node = ?").arg(table));
            remove.addBindValue(m_node);
            remove.exec(); // at worst the heartbeat's timeout does it
        }
        return true;
    });
}

} // namespace papo::server
