#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// The outgoing mail server, as admins set it (Settings → Email). The password never leaves
// the server; answers to clients say only whether one is set.
struct EmailSettingsRecord
{
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls"); // starttls, tls, none
    QString user;
    QString password;
    QString from;
    bool configured() const { return !host.isEmpty() && !from.isEmpty(); }
};

// What an email about a visitor needs to know of them and their website.
struct EmailVisitorFacts
{
    qint64 visitorId = 0;
    qint64 websiteId = 0;
    qint64 groupId = 0;
    QString websiteName;
    QString name;
    QString email;
    QString language;
    bool unsubscribed = false;
};

// Email's data: the SMTP settings, the team's addresses per website and group, each
// website's delay before a visitor is emailed, and visitors' unsubscribes (INT-1, INT-2).
class EmailRepository final
{
public:
    explicit EmailRepository(QSqlDatabase db);

    EmailSettingsRecord settings();
    // `password` empty keeps the stored one unless `clearPassword`.
    bool saveSettings(const EmailSettingsRecord &settings, bool clearPassword);

    // The group's addresses when it has any, else the website's (comma-separated text).
    QString teamEmails(qint64 websiteId, qint64 groupId);
    QString websiteTeamEmails(qint64 websiteId);
    int visitorEmailDelaySeconds(qint64 websiteId);
    bool setWebsiteEmail(qint64 websiteId, const QString &teamEmails, int delaySeconds);
    bool setGroupTeamEmails(qint64 groupId, const QString &teamEmails);
    QString groupTeamEmails(qint64 groupId);

    std::optional<EmailVisitorFacts> visitor(qint64 visitorId);
    // The key that signs unsubscribe links, shared by every node: `candidate` becomes it the
    // first time; afterwards the stored one is returned.
    QString signingKey(const QString &candidate);
    bool unsubscribe(qint64 visitorId, const QString &at);

private:
    QString setting(const QString &name, const QString &fallback = {});
    bool setSetting(const QString &name, const QString &value);

    QSqlDatabase m_db;
};

} // namespace papo::server
