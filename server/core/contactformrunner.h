#pragma once

#include "chatservice.h"

#include <contactformrepository.h>
#include <contactformsettings.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace papo::server {

using common::ContactFormField;
using common::ContactFormSettings;

class DeadlineScheduler;
class VisitorService;

// What a visitor sent with the contact form (`fill_contact_form`).
struct ContactFormAnswers
{
    QString name;
    QString email;
    QJsonObject fields; // the website's own questions: label -> answer
    bool consent = false;
    bool skip = false; // "not now": the visitor stays anonymous (FRM-6)

    // The `fill_contact_form` request's fields, trimmed; the first problem when unreadable.
    static std::optional<ContactFormAnswers> read(const QJsonObject &data, QString *problem);
};

// The contact-form bot (FRM-1…8): after the visitor writes, the bot asks them to introduce
// themselves; their answers become the visitor's contact data. Where the website holds
// messages until the form is filled (FRM-6), they wait in the database, away from the team,
// and are posted in order, as the visitor wrote them, once it is.
class ContactFormRunner final : public QObject
{
    Q_OBJECT

public:
    // `field`: the answer the problem is about ("name", "email", a question's label), if any.
    using Done
        = std::function<void(common::ErrorCode, const QString &message, const QString &field)>;

    ContactFormRunner(ChatService &chat, AccountRepository &accounts, VisitorService &visitors,
                      DeadlineScheduler &deadlines, ContactFormRepository repository,
                      QObject *parent = nullptr);
    // Whether the visitor's team is online now (live mode) or not (messenger).
    void setTeamLive(std::function<bool(qint64 visitorId)> teamLive)
    {
        m_teamLive = std::move(teamLive);
    }

    // What the form makes of a message the visitor writes now, read once per message.
    struct MessageCheck
    {
        std::optional<WebsiteRecord> website;
        ContactFormSettings settings;
        bool live = false;
        std::optional<ContactFormProgress> progress; // read only where the bot is on
        // FRM-6: the message waits for the form.
        bool holds() const;
    };
    MessageCheck check(qint64 visitorId);
    // Holds it (once per client id) and asks for the form; `held` is false when the form was
    // filled meanwhile: the caller posts the message as usual then.
    using HoldDone = std::function<void(common::ErrorCode, bool held)>;
    void hold(qint64 visitorId, const HeldMessage &message, const QString &language, HoldDone done);
    // The visitor wrote to the team (`check` made just before): the form is asked now, once
    // operators were slow, or not. `language`: the widget's, for the bot's words.
    void visitorWrote(qint64 visitorId, const MessageCheck &check, const QString &language);
    void answer(qint64 visitorId, const ContactFormAnswers &answers, const QString &language,
                Done done);
    // The form as the widget shows it (hello, the `contact_form` event), or null.
    QJsonValue form(qint64 visitorId);

signals:
    void formChanged(qint64 visitorId, const QJsonObject &form);

private:
    void ask(qint64 visitorId, const WebsiteRecord &website, const QString &language);
    void askWhenSlow(qint64 visitorId, int seconds, const QString &language);
    // The first problem with the answers, in the visitor's language; empty when none.
    static QString problemWith(const ContactFormAnswers &answers,
                               const ContactFormSettings &settings, bool live,
                               const QJsonObject &texts, QString *field);
    void release(qint64 visitorId, const WebsiteRecord &website, const QString &language,
                 bool thank, Done done);
    void skip(qint64 visitorId, const ContactFormSettings &settings, const QJsonObject &texts,
              Done done);
    void botSays(qint64 visitorId, const WebsiteRecord &website, const QString &text,
                 const QString &clientId, bool offQueue,
                 std::function<bool(QSqlDatabase &)> record);
    void announce(qint64 visitorId);
    bool teamLive(qint64 visitorId) const { return !m_teamLive || m_teamLive(visitorId); }

    ChatService &m_chat;
    AccountRepository &m_accounts;
    VisitorService &m_visitors;
    DeadlineScheduler &m_deadlines;
    ContactFormRepository m_repository;
    std::function<bool(qint64)> m_teamLive;
    QHash<qint64, quint64> m_slowChecks; // visitor -> deadline of the "operators are slow" check
};

} // namespace papo::server
