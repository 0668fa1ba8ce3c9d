#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// Where one visitor is with the contact form (FRM-1…3, PAN-3).
struct ContactFormProgress
{
    QString state; // asked | filled | skipped
    QDateTime askedAt;
    QDateTime answeredAt; // filled or skipped; invalid while asked
};

// A message the website holds until the visitor fills the form (FRM-6).
struct HeldMessage
{
    QString clientId;
    QString text;
    QString attachmentId;
    QDateTime createdAt;
};

// The only SQL about the contact form's progress and the messages it holds.
class ContactFormRepository final
{
public:
    explicit ContactFormRepository(QSqlDatabase db)
        : m_db(db)
    {}

    std::optional<ContactFormProgress> progress(qint64 visitorId);
    // False when the visitor was asked already (another node or tab was first).
    bool markAsked(qint64 visitorId, const QDateTime &at);
    bool markAnswered(qint64 visitorId, const QString &state, const QDateTime &at);

    // Stored once per client id: a resent message is held once.
    bool hold(qint64 visitorId, const HeldMessage &message);
    QList<HeldMessage> held(qint64 visitorId);
    bool releaseHeld(qint64 visitorId);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
