#pragma once

#include "clock.h"
#include "visitorsummary.h"

#include <clientaddressresolver.h>
#include <geoiplocator.h>
#include <nodevisitors.h>
#include <useragentparser.h>

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QSqlDatabase;

#include <functional>

namespace papo::server {

class AccountRepository;
class ConversationRepository;
class SqlTransaction;

// What a widget's connection tells about its visitor.
struct ClientHello
{
    QHostAddress peer;
    QString forwardedFor; // X-Forwarded-For, believed only from trusted proxies
    QString userAgent;
    QString language;
    QString screen;
    QString referrer;
};

// Papo('setVisitorData') and Papo('setGroup'): only the fields the page set.
struct PageVisitorData
{
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phone;
    QJsonObject fields; // custom fields to merge; a null value removes one
    // EXP-1: agreed to marketing email (true) or withdrew (false); absent: unchanged.
    std::optional<bool> marketingConsent;
};

// Knowing the visitor (PAN, VIS): where they are, on what device, which pages, who is
// online now, and the team's notes. Online state lives here; the rest in the database.
class VisitorService final : public QObject
{
    Q_OBJECT

public:
    VisitorService(VisitorRepository &visitors, ConversationRepository &conversations,
                   AccountRepository &accounts, Clock clock = systemClock(),
                   QObject *parent = nullptr);

    bool openGeoIp(const QString &path, QString *error);
    bool setTrustedProxies(const QStringList &entries, QString *error);
    // The client behind the trusted proxies, for operators' devices too.
    QHostAddress clientAddress(const QHostAddress &peer, const QString &forwardedFor) const
    {
        return m_addresses.resolve(peer, forwardedFor);
    }
    bool loadUserAgentRules(const QString &path, QString *error);

    // Where arrive() stores the client's details: on the write path, so a hello does not wait
    // for a commit (a restart brings thousands back at once); `done` runs once it committed or
    // failed. Unset: at once.
    using Writer = std::function<void(std::function<bool(QSqlDatabase &)> work,
                                      std::function<void(bool committed)> done)>;
    void storeArrivalsThrough(Writer writer) { m_arrivalWriter = std::move(writer); }
    // A widget said hello: records the client and returns the visit number now running.
    int arrive(qint64 visitorId, const ClientHello &hello);
    void connected(qint64 visitorId, qint64 groupId);
    void disconnected(qint64 visitorId);
    // After the page view is stored.
    void pageViewed(qint64 visitorId, const QString &url, const QString &title);

    std::optional<VisitorSummary> summary(qint64 visitorId);
    // The stored visitor alone: one query.
    std::optional<VisitorProfile> profile(qint64 visitorId)
    {
        return m_visitors.profile(visitorId);
    }
    // The address they gave ("" when none), for the hello's answer.
    QString email(qint64 visitorId) { return m_visitors.email(visitorId); }
    // Their conversations only as far as `scope` sees (GRP-1).
    std::optional<VisitorDetails> details(qint64 visitorId, const VisibilityScope &scope);
    // Online visitors that `visible(visitorId, groupId)` lets through, most recently active
    // first: at most `limit` of them, and how many there are.
    struct OnlinePage
    {
        QList<VisitorSummary> visitors;
        int total = 0;
    };
    OnlinePage online(int limit, const std::function<bool(qint64, qint64)> &visible);
    // Several nodes (VIS-1): the visitor as connected here, for the other nodes' lists
    // (onlineHereChanged says when it changes), and where this node reads theirs (null: one
    // node).
    std::optional<NodeVisitor> onlineHere(qint64 visitorId) const;
    class Elsewhere
    {
    public:
        virtual ~Elsewhere() = default;
        virtual QList<NodeVisitor> visitorsElsewhere() = 0;
        virtual std::optional<NodeVisitor> visitorElsewhere(qint64 visitorId) = 0;
    };
    void setElsewhere(Elsewhere *elsewhere) { m_elsewhere = elsewhere; }
    int onlineCount() const { return int(m_online.size()); }
    // GRP-2: the visitor's group changed (stored already); operators are told.
    void groupChanged(qint64 visitorId, qint64 groupId);
    // PAN-3: the contact form was asked or answered.
    void formChanged(qint64 visitorId) { emit visitorChanged(visitorId); }
    // The visitor's group was deleted: the online list forgets it (no event: operators reload).
    void groupForgotten(qint64 visitorId);

    // VIS-3: the visitor opened the chat window; an operator invited them (ACT-7).
    void chatWindowOpened(qint64 visitorId);
    void invited(qint64 visitorId);
    bool updateContact(qint64 visitorId, const std::optional<QString> &name,
                       const std::optional<QString> &email, const std::optional<QString> &phone);
    std::optional<VisitorNote> addNote(qint64 visitorId, qint64 authorId, const QString &text);
    // WID-6: what the page says about its visitor (Papo('setVisitorData')); the group goes
    // through GroupAssigner.
    bool applyPageData(qint64 visitorId, const PageVisitorData &data, QString *error);

    static constexpr int MaxCustomFields = 30;

signals:
    void visitorChanged(qint64 visitorId);
    void visitorLeft(qint64 visitorId, qint64 groupId);
    // Came, left, moved on or changed group: what onlineHere() says of them changed.
    void onlineHereChanged(qint64 visitorId);
    void noteAdded(qint64 visitorId, const papo::server::VisitorNote &note);

private:
    // Commits a change of the visitor's data, with its visitor_data webhook rows when it
    // changed what they tell (INT-3).
    bool changeCommitted(SqlTransaction &transaction, const VisitorProfile &before);
    // A visitor connected to another node, as this node's own would show.
    static void showOnline(VisitorSummary &summary, const NodeVisitor &there);

    struct Online
    {
        int connections = 0;
        QString url;
        QString title;
        QDateTime since;
        QDateTime lastActivity;
        qint64 groupId = 0;
    };

    // An arrival on the write path, not committed yet: the visitor's next hello (the next
    // page, often sooner than the commit) counts the visit from it, not from the database,
    // which would say "no visit yet" and start a second one.
    struct PendingArrival
    {
        int visits = 0;
        QDateTime at;
        quint64 serial = 0;
    };

    VisitorRepository &m_visitors;
    ConversationRepository &m_conversations;
    AccountRepository &m_accounts;
    Clock m_clock;
    Writer m_arrivalWriter;
    GeoIpLocator m_geoIp;
    ClientAddressResolver m_addresses;
    UserAgentParser m_userAgents;
    QHash<qint64, Online> m_online;
    QHash<qint64, PendingArrival> m_pendingArrivals;
    quint64 m_arrivals = 0;
    Elsewhere *m_elsewhere = nullptr;
};

} // namespace papo::server
