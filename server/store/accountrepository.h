#pragma once

#include <chatmessage.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace papo::server {

struct OperatorRecord
{
    qint64 id = 0;
    QString email;
    QString name;
    QString role; // owner | admin | operator
    common::OperatorStatus status = common::OperatorStatus::Offline;
    QString passwordHash;
    bool active = true;
    QString title;               // TEAM-1: "Customer support", shown with the name
    QString avatar;              // TEAM-1: the photo's file name in the avatar store; empty: none
    QDateTime lastActiveAt;      // WID-1: last online or message; null: never
    bool profilePending = false; // a new account, asked to complete its profile at first login
    bool isAdmin() const
    {
        return role == QLatin1String("owner") || role == QLatin1String("admin");
    }
};

// WID-2, WID-3: how the widget looks and speaks on a website.
struct WidgetSettings
{
    QString color = QStringLiteral("#1f6feb");  // #rrggbb
    QString position = QStringLiteral("right"); // right | left
    QString language = QStringLiteral("en");    // the default when the visitor's is not offered
    QJsonObject texts;                          // custom texts: {language: {key: text}}
};

// GRP-3: the widget asks visitors without a group to choose one with their first message.
struct GroupQuestionSettings
{
    bool ask = false;
    bool notSure = true; // offer "Not sure": the chat then reaches every online operator
};

struct WebsiteRecord
{
    qint64 id = 0;
    QString name;
    QString widgetKey;
    QStringList allowedOrigins; // INS-3; empty: the widget may load anywhere
    bool ratingsEnabled = true; // RAT-1
    WidgetSettings widget;
    GroupQuestionSettings groupQuestion;
    QString botName;         // BOT-1: the name the bot speaks with; "": the website's name
    QString botAvatar;       // ... its picture's file name in the avatar store; "": none
    QJsonObject contactForm; // FRM-1…8, as ContactFormSettings stores it
    QString botDisplayName() const { return botName.isEmpty() ? name : botName; }
};

// Operators, the team's name and the websites: the only SQL about accounts (tokens are in
// DeviceRepository, invites and reset links in OneTimeLinkRepository).
class AccountRepository final
{
public:
    explicit AccountRepository(QSqlDatabase db)
        : m_db(db)
    {}
    QSqlDatabase database() const { return m_db; }

    // A new account (`firstLogin`: the bootstrap owner, an accepted invite) starts online and is
    // asked to complete its profile; without it, the account is as if it had been used.
    qint64 createOperator(const QString &email, const QString &name, const QString &passwordHash,
                          const QString &role, bool firstLogin = false);
    int operatorCount();
    std::optional<OperatorRecord> operatorByEmail(const QString &email);
    // `readFailed` (when given) tells a database that could not be read from an unknown id.
    std::optional<OperatorRecord> operatorById(qint64 id, bool *readFailed = nullptr);
    QList<OperatorRecord> operators();
    bool setOperatorStatus(qint64 operatorId, common::OperatorStatus status);
    bool updateProfile(qint64 operatorId, const std::optional<QString> &name,
                       const std::optional<QString> &title);
    // Returns the previous avatar's file name (empty when there was none).
    std::optional<QString> setAvatar(qint64 operatorId, const QString &avatar);
    bool setLastActive(qint64 operatorId, const QDateTime &at);
    // Neither changes the owner.
    bool setRole(qint64 operatorId, const QString &role);
    bool setActive(qint64 operatorId, bool active);
    // An empty hash matches no password (an admin's reset, until the link is used).
    bool setPasswordHash(qint64 operatorId, const QString &passwordHash);
    bool setProfilePending(qint64 operatorId, bool pending);

    // What the join page calls the team; empty until an admin names it.
    QString teamName();
    bool setTeamName(const QString &name);

    qint64 createWebsite(const QString &name, const QString &widgetKey);
    // `readFailed` (when given) tells a database that could not be read from an unknown key.
    std::optional<WebsiteRecord> websiteByKey(const QString &widgetKey, bool *readFailed = nullptr);
    QList<WebsiteRecord> websites();
    // The website's widget language ("en", "pt", "es"): the team's emails and posts use it.
    QString websiteLanguage(qint64 websiteId);
    std::optional<WebsiteRecord> websiteOfVisitor(qint64 visitorId);
    bool setBotName(qint64 websiteId, const QString &name);
    bool setContactForm(qint64 websiteId, const QJsonObject &settings);
    // The previous picture's name (to remove it); nothing when the website is unknown.
    std::optional<QString> setBotAvatar(qint64 websiteId, const QString &avatar);
    bool setAllowedOrigins(qint64 websiteId, const QStringList &origins);
    bool setRatingsEnabled(qint64 websiteId, bool enabled);
    bool setWidgetSettings(qint64 websiteId, const WidgetSettings &widget);
    bool setGroupQuestion(qint64 websiteId, const GroupQuestionSettings &question);

private:
    std::optional<OperatorRecord> oneOperator(const QString &where, const QVariant &value,
                                              bool *readFailed = nullptr);

    QSqlDatabase m_db;
};

} // namespace papo::server
