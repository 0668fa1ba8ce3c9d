#pragma once

#include "chatbotscenario.h"
#include "chatservice.h"

#include <scenariorunrepository.h>

#include <QJsonObject>
#include <QObject>

namespace papo::server {

class ChatbotService;
class GroupAssigner;

// BOT-1…4 at work: walks each visitor through the scenario an action started. The bot's
// messages and the visitor's replies are stored like any chat message, one turn per
// transaction, with where the visitor is now; the chat stays off the queue until the visitor
// is handed over, picks a reply that hands over, or writes freely.
class ScenarioRunner final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(common::ErrorCode, const QString &)>;

    ScenarioRunner(ChatService &chat, ChatbotService &chatbot, AccountRepository &accounts,
                   GroupAssigner &groupAssigner, ScenarioRunRepository runs,
                   QObject *parent = nullptr);

    // BOT-6: the scenario's first message; it takes the place of one the visitor left.
    // `browserLanguage` picks the default end message's language.
    void start(qint64 visitorId, qint64 scenarioId, const QString &browserLanguage);
    // The visitor pressed reply `choice` under bot message `promptId` ("Start again" is the
    // only reply once it ended). `language`: the widget's, for the default end message.
    void reply(qint64 visitorId, qint64 promptId, int choice, const QString &language, Done done);
    // The visitor wrote on their own: a person takes over (the scenario's group, if any).
    void interrupt(qint64 visitorId);
    // The reply buttons the visitor has now, as the widget shows them
    // (`{"messageId","replies","restart"}`), or null.
    QJsonValue prompt(qint64 visitorId);

signals:
    // The visitor's buttons changed: `prompt` as prompt() gives it ({} for none).
    void promptChanged(qint64 visitorId, const QJsonObject &prompt);

private:
    struct Step
    {
        QList<common::ChatMessage> messages;
        std::optional<ScenarioRun> next; // nothing: the run is over (handed over)
    };
    // The bot's message at `path` and, when it ends there, the end message.
    // `clientId` makes the messages' client ids.
    void appendBotTurn(Step &step, const ChatbotScenario &scenario, const ScenarioPath &path,
                       const WebsiteRecord &website, const QString &language,
                       const QString &clientId) const;
    void take(qint64 visitorId, std::optional<ScenarioRun> current, Step step, bool offQueue,
              Done done);
    void handOverToGroup(qint64 visitorId, const ChatbotScenario &scenario);
    static QJsonObject promptJson(const ScenarioRun &run, const ChatbotScenario &scenario);

    ChatService &m_chat;
    ChatbotService &m_chatbot;
    AccountRepository &m_accounts;
    GroupAssigner &m_groupAssigner;
    ScenarioRunRepository m_runs;
};

} // namespace papo::server
