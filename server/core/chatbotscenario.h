#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace papo::server {

// One bot message of a scenario and the visitor's replies to it (BOT-1). Below the start,
// each node is also a reply: `label` is the button the visitor presses to get here.
struct ScenarioNode
{
    QString label;   // the visitor's reply leading here; empty at the start
    QString message; // what the bot says; empty below the start: hand over to a person (BOT-3)
    std::vector<ScenarioNode> replies; // none: the scenario ends after the message (BOT-4)

    bool handsOver() const { return message.isEmpty(); }
    bool ends() const { return replies.empty(); }
};

// Where a node is: the index of each reply on the way from the start. Written "root",
// "root.1", "root.1.0" in errors and on the wire.
using ScenarioPath = QList<int>;

QString scenarioPathName(const ScenarioPath &path);
std::optional<ScenarioPath> parseScenarioPath(const QString &name);

// Why a scenario cannot be saved (BOT-2), as invalid_field says it: `"root.1": Visitor
// reply 2 after … has no text.` for a node (papo-desk marks it), `"name": …` otherwise.
struct ScenarioError
{
    std::optional<ScenarioPath> node;
    QString text;
};

// A chatbot scenario (BOT-1…4) as admins save it: a tree of bot messages and visitor
// replies, the group a hand-over goes to, and the end message.
struct ChatbotScenario
{
    qint64 id = 0;
    QString name;
    qint64 groupId = 0;            // BOT-3: hand-overs reach this group; 0: the whole team
    bool endMessageEnabled = true; // BOT-4
    QString endMessage;            // empty: the default, in the visitor's language
    ScenarioNode start;

    static constexpr int MaxReplies = 8; // buttons a visitor can still read on a phone
    static constexpr int MaxDepth = 12;
    static constexpr int MaxNodes = 100;
    static constexpr int MaxLabelChars = 80;
    static constexpr int MaxMessageChars = 1000;
    // Every text of a scenario together, so that one fits in a frame (64 KiB).
    static constexpr int MaxTotalChars = 16000;
    static constexpr int MaxNameChars = 100;

    // The stored form: everything but id and name.
    QJsonObject definitionJson() const;
    // The wire form: the definition plus id and name.
    QJsonObject toJson() const;
    // Reads the wire form and checks every rule; `error` says where it is wrong. Whether
    // the group exists is the caller's question.
    static std::optional<ChatbotScenario> fromJson(const QJsonObject &object, ScenarioError *error);
    // The node at `path`, or nothing when the tree has no such node.
    const ScenarioNode *nodeAt(const ScenarioPath &path) const;
};

} // namespace papo::server
