#include "scenariorunner.h"

#include "chatbotservice.h"
#include "groupassigner.h"
#include "messagestore.h"
#include "widgettexts.h"

#include <QJsonArray>
#include <QUuid>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;
using common::ErrorCode;

namespace {

const QString NoLongerOpen = QStringLiteral("That question is no longer open.");

} // namespace

ScenarioRunner::ScenarioRunner(ChatService &chat, ChatbotService &chatbot,
                               AccountRepository &accounts, GroupAssigner &groupAssigner,
                               ScenarioRunRepository runs, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_chatbot(chatbot)
    , m_accounts(accounts)
    , m_groupAssigner(groupAssigner)
    , m_runs(std::move(runs))
{}

void ScenarioRunner::start(qint64 visitorId, qint64 scenarioId, const QString &browserLanguage)
{
    const auto scenario = m_chatbot.scenario(scenarioId);
    const auto website = m_accounts.websiteOfVisitor(visitorId);
    if (!scenario || !website)
        return;
    // One left half-way on an earlier visit gives way (actions never fire into a chat that is
    // going on, and a scenario's own messages count as one).
    const auto earlier = m_runs.run(visitorId);
    const QString language
        = WidgetTexts::builtIn().pickLanguage({}, browserLanguage, website->widget.language);
    Step step;
    step.next = ScenarioRun{visitorId, scenario->id, {}, 0};
    const QString clientId
        = QStringLiteral("scenario-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    appendBotTurn(step, *scenario, {}, *website, language, clientId);
    take(visitorId, earlier, std::move(step), true, {});
}

void ScenarioRunner::reply(qint64 visitorId, qint64 promptId, int choice, const QString &language,
                           Done done)
{
    const auto run = m_runs.run(visitorId);
    if (!run || run->promptId != promptId) {
        done(ErrorCode::NotFound, NoLongerOpen);
        return;
    }
    const auto scenario = m_chatbot.scenario(run->scenarioId);
    const auto website = m_accounts.websiteOfVisitor(visitorId);
    const auto path = parseScenarioPath(run->path.isEmpty() ? QStringLiteral("root") : run->path);
    const ScenarioNode *node = scenario && path ? scenario->nodeAt(*path) : nullptr;
    if (!node || !website) { // the scenario was deleted or changed under the visitor
        m_runs.remove(visitorId);
        emit promptChanged(visitorId, {});
        done(ErrorCode::NotFound, NoLongerOpen);
        return;
    }
    const int replies = run->path.isEmpty() ? 1 : int(node->replies.size());
    if (choice < 0 || choice >= replies) {
        done(ErrorCode::InvalidField,
             QStringLiteral("\"choice\" must be 0 to %1.").arg(replies - 1));
        return;
    }
    // Ids made of the question's, so the same answer sent twice is stored once.
    const QString clientId = QStringLiteral("scenario-%1").arg(promptId);
    Step step;
    step.next = ScenarioRun{visitorId, scenario->id, {}, 0};
    if (run->path.isEmpty()) { // BOT-4: "Start again"
        appendBotTurn(step, *scenario, {}, *website, language, clientId);
        take(visitorId, run, std::move(step), true, std::move(done));
        return;
    }
    const ScenarioNode &picked = node->replies.at(choice);
    step.messages << messageBy(AuthorKind::Visitor, visitorId, {}, picked.label, clientId);
    if (picked.handsOver()) { // BOT-3: the label reaches the team as the visitor's message
        step.next.reset();
        handOverToGroup(visitorId, *scenario);
        take(visitorId, run, std::move(step), false, std::move(done));
        return;
    }
    appendBotTurn(step, *scenario, ScenarioPath(*path) << choice, *website, language, clientId);
    take(visitorId, run, std::move(step), true, std::move(done));
}

void ScenarioRunner::interrupt(qint64 visitorId)
{
    const auto run = m_runs.run(visitorId);
    if (!run)
        return;
    m_runs.remove(visitorId); // a turn of it still queued finds it gone and stores nothing
    if (const auto scenario = m_chatbot.scenario(run->scenarioId))
        handOverToGroup(visitorId, *scenario);
    emit promptChanged(visitorId, {});
}

QJsonValue ScenarioRunner::prompt(qint64 visitorId)
{
    const auto run = m_runs.run(visitorId);
    const auto scenario = run ? m_chatbot.scenario(run->scenarioId) : std::nullopt;
    if (!scenario)
        return QJsonValue::Null;
    const QJsonObject prompt = promptJson(*run, *scenario);
    return prompt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prompt);
}

void ScenarioRunner::appendBotTurn(Step &step, const ChatbotScenario &scenario,
                                   const ScenarioPath &path, const WebsiteRecord &website,
                                   const QString &language, const QString &clientId) const
{
    const ScenarioNode *node = scenario.nodeAt(path);
    const auto say = [&](const QString &text) {
        step.messages << messageBy(AuthorKind::Bot, website.id, website.botDisplayName(), text,
                                   QStringLiteral("%1-%2").arg(clientId).arg(step.messages.size()));
    };
    say(node->message);
    if (!node->ends()) {
        step.next->path = scenarioPathName(path);
        return;
    }
    step.next->path.clear(); // BOT-4: it ends here; the visitor may start again
    if (!scenario.endMessageEnabled)
        return;
    QString end = scenario.endMessage;
    if (end.isEmpty())
        end = WidgetTexts::builtIn()
                  .effective(language, website.widget.texts)
                  .value(QLatin1String("botEnd"))
                  .toString();
    say(end);
}

void ScenarioRunner::take(qint64 visitorId, std::optional<ScenarioRun> current, Step step,
                          bool offQueue, Done done)
{
    ChatTurn turn;
    turn.visitorId = visitorId;
    turn.messages = std::move(step.messages);
    turn.offQueue = offQueue;
    turn.stillApplies = [visitorId, current](QSqlDatabase &db) {
        const auto run = ScenarioRunRepository(db).run(visitorId);
        return current ? run && run->promptId == current->promptId : !run;
    };
    turn.record
        = [visitorId, next = step.next](QSqlDatabase &db, const QList<ChatMessage> &stored) {
              ScenarioRunRepository runs(db);
              if (!next) {
                  runs.remove(visitorId);
                  return true;
              }
              ScenarioRun run = *next;
              run.promptId = stored.last().id; // the buttons go under the bot's last message
              return runs.save(run);
          };
    m_chat.postTurn(std::move(turn),
                    [this, visitorId, done = std::move(done)](
                        ErrorCode error, const QString &message, const QList<ChatMessage> &) {
                        if (error == ErrorCode::None)
                            emit promptChanged(visitorId, prompt(visitorId).toObject());
                        if (done)
                            done(error, message);
                    });
}

void ScenarioRunner::handOverToGroup(qint64 visitorId, const ChatbotScenario &scenario)
{
    // BOT-3: the scenario's group, when it is still there; else whoever the chat reaches now.
    if (scenario.groupId > 0)
        m_groupAssigner.assign(visitorId, scenario.groupId, GroupSource::Bot);
}

QJsonObject ScenarioRunner::promptJson(const ScenarioRun &run, const ChatbotScenario &scenario)
{
    if (run.path.isEmpty())
        return {{QLatin1String("messageId"), run.promptId},
                {QLatin1String("replies"), QJsonArray()},
                {QLatin1String("restart"), true}};
    const auto path = parseScenarioPath(run.path);
    const ScenarioNode *node = path ? scenario.nodeAt(*path) : nullptr;
    if (!node)
        return {};
    QJsonArray labels;
    for (const ScenarioNode &reply : node->replies)
        labels.append(reply.label);
    return {{QLatin1String("messageId"), run.promptId},
            {QLatin1String("replies"), labels},
            {QLatin1String("restart"), false}};
}

} // namespace papo::server
