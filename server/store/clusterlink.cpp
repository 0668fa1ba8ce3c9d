#include "clusterlink.h"

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
    if (QSqlDatabase::contains(m_connectionName))
        closeSqlConnection(m_connectionName);
}

// Wake-ups come by the dozen while nodes are busy: one read answers all that are queued.
void ClusterLink::wake()
{
    if (m_wakeQueued)
        return;
    m_wakeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_wakeQueued = false;
            catchUp();
        },
        Qt::QueuedConnection);
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
        const qint64 upTo = std::max(messages.isEmpty() ? 0 : messages.constLast().id,
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
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT position, node, target, frame, after_message FROM node_frames "
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
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO node_frames (position, node, after_message, "
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
    QSqlQuery sweep(db);
    sweep.prepare(QStringLiteral("DELETE FROM node_frames WHERE created_ms < ?"));
    sweep.addBindValue(QDateTime::currentMSecsSinceEpoch() - FrameLifetimeMs);
    sweep.exec(); // a failure leaves them for the next sweep
}

} // namespace papo::server
