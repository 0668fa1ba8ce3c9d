#pragma once

#include "actioncondition.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace papo::server {

// ACT-2: how often an action may fire for one visitor.
enum class ActionRepeat { OncePerVisitor, OncePerVisit, EveryPage };

// ACT-3: what it does. New kinds are added here, in kindNames() and in ActionEngine::perform.
enum class ActionKind { Message, OpenWindow, AssignGroup, StartScenario };

// Who a targeted message comes from.
enum class SenderKind { Operator, Group, Bot };

// A targeted message's words in one language (ACT-4: the messenger text may differ).
struct ActionTexts
{
    QString liveText;      // for a visitor whose language has no translation
    QString messengerText; // empty: the live text
    // The same message in other languages, by the primary subtag of the visitor's browser
    // language ("pt" for "pt-BR"): one of the widget's languages.
    QMap<QString, ActionTexts> translations;
};

// An automatic action: conditions + when + what (ACT-1…4), as stored (JSON in `definition`).
struct ActionDefinition
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    QList<ActionCondition> conditions; // all must hold
    ActionRepeat repeat = ActionRepeat::OncePerVisit;
    int delaySeconds = 0; // after the conditions hold
    ActionKind kind = ActionKind::Message;
    SenderKind sender = SenderKind::Operator;
    qint64 senderId = 0;   // the operator, or the group the message comes from
    qint64 groupId = 0;    // AssignGroup: the group
    qint64 scenarioId = 0; // StartScenario: the chatbot scenario (BOT-6)
    bool live = true;      // ACT-4: fires while operators are online
    bool messenger = false;
    QString liveText;      // for a visitor whose language has no translation
    QString messengerText; // empty: the live text
    // The same message in other languages, by the primary subtag of the visitor's browser
    // language ("pt" for "pt-BR"): one of the widget's languages.
    QMap<QString, ActionTexts> translations;

    static constexpr int MaxConditions = 20;
    static constexpr int MaxDelaySeconds = 86400;

    // The definition column: everything but id, name and enabled.
    QJsonObject definitionJson() const;
    // The wire form: the definition plus id, name and enabled.
    QJsonObject toJson() const;
    // Reads the wire form; `error` names the field that is wrong. Checks the shape only: which
    // operators and groups exist is the engine's question.
    static std::optional<ActionDefinition> fromJson(const QJsonObject &object, QString *error);
    // The text for this mode in the visitor's browser language ("pt-BR"); empty when the
    // action does not fire in that mode.
    QString textFor(bool liveMode, const QString &language = {}) const;
};

} // namespace papo::server
