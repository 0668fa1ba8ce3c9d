#pragma once

#include "visibilityscope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// What the server knows of a visitor across visits (PAN-1, PAN-2).
struct VisitorProfile
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString language;
    QString screen;
    QString userAgent;
    QString address;
    QString locationText = QStringLiteral("unknown");
    QString country;
    QString countryCode;
    QString city;
    QString deviceType = QStringLiteral("desktop");
    QString browser;
    QString os;
    QString deviceSummary;
    int visits = 0;
    QDateTime visitStartedAt;
    QString visitReferrer;
    QDateTime lastSeenAt;
    QString group;         // GRP-1: the name of the visitor's group; "" without one
    qint64 groupId = 0;    // 0: no group
    QString groupSource;   // GRP-2: page | api | action | targeted | operator | visitor
    QDateTime groupSetAt;  // when it was set; invalid when never
    qint64 groupSetBy = 0; // the operator who chose it in papo-desk
    qint64 websiteId = 0;
    QJsonObject customFields;     // set by the page (WID-6): name -> text
    bool invited = false;         // an operator started a conversation with them (ACT-7)
    int windowOpenedVisit = 0;    // the visit in which they last opened the chat window
    QDateTime marketingConsentAt; // EXP-1, FRM-7: when they agreed; invalid: they did not
    // PAN-3: the contact form: asked | filled | skipped; "" when never asked.
    QString contactFormState;
    QDateTime contactFormAskedAt;
    QDateTime contactFormAnsweredAt;
    bool chatWindowOpened() const { return visits > 0 && windowOpenedVisit == visits; }
};

// How the visitor arrived this time: recorded by VisitorRepository::recordArrival.
struct Arrival
{
    QString language;
    QString screen;
    QString userAgent;
    QString address;
    QString locationText;
    QString country;
    QString countryCode;
    QString city;
    QString deviceType;
    QString browser;
    QString os;
    QString deviceSummary;
    QString referrer;
};

struct PageView
{
    QString url;
    QString title;
    QString referrer;
    QDateTime at;
    int visit = 1;
};

struct VisitorNote
{
    qint64 id = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    QDateTime createdAt;
};

// Visitors' profiles, page paths and notes: the only SQL about knowing the visitor.
// PAN-1: a visitor's profile with the pages of their current visit, when they last wrote and
// whether they ever chatted.
struct VisitorActivity
{
    VisitorProfile profile;
    int pagesThisVisit = 0;
    QDateTime lastMessageAt; // invalid: never
    bool chattedBefore = false;
};

// The visits a visitor has made and their last activity: whether an arrival starts a new one.
struct VisitSoFar
{
    int visits = 0;
    QDateTime lastSeenAt;
};

class VisitorRepository final
{
public:
    explicit VisitorRepository(QSqlDatabase db)
        : m_db(db)
    {}

    std::optional<VisitorProfile> profile(qint64 visitorId);
    QString email(qint64 visitorId); // "" when none, or no such visitor
    // The profile and what the operators' list shows beside it, in one statement (it is read
    // for every visitor who arrives or changes).
    std::optional<VisitorActivity> activity(qint64 visitorId);
    // The connection, for a change and what it causes in one transaction.
    QSqlDatabase &database() { return m_db; }
    // Updates the client details and starts a new visit when the last activity is older
    // than `visitGapSeconds` (or there was none). Returns the visit number now running.
    int recordArrival(qint64 visitorId, const Arrival &arrival, const QDateTime &now,
                      int visitGapSeconds = VisitGapSeconds);
    // recordArrival() in steps, for a caller that stores on the write path.
    std::optional<VisitSoFar> visitSoFar(qint64 visitorId);
    static bool startsVisit(const VisitSoFar &before, const QDateTime &now,
                            int visitGapSeconds = VisitGapSeconds);
    bool storeArrival(qint64 visitorId, const Arrival &arrival, const QDateTime &now,
                      bool newVisit);
    static constexpr int VisitGapSeconds = 30 * 60;
    bool markInvited(qint64 visitorId);
    bool markWindowOpened(qint64 visitorId);
    bool updateContact(qint64 visitorId, const std::optional<QString> &name,
                       const std::optional<QString> &email, const std::optional<QString> &phone);
    bool setCustomFields(qint64 visitorId, const QJsonObject &fields);
    // EXP-1: consent keeps the time it was first given (`at`); withdrawing clears it.
    bool setMarketingConsent(qint64 visitorId, bool given, const QDateTime &at);

    QList<PageView> pages(qint64 visitorId, int limit);

    qint64 addNote(qint64 visitorId, qint64 authorId, const QString &text, const QDateTime &at);
    QList<VisitorNote> notes(qint64 visitorId);
    std::optional<VisitorNote> note(qint64 noteId);

    // VIS-1, GRP-1: the visitors whose conversations the operator owns or was added to.
    QSet<qint64> visitorsTakenPartIn(qint64 operatorId);
    // The visitor exists and is in the scope's sight.
    bool isVisible(qint64 visitorId, const VisibilityScope &scope);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
