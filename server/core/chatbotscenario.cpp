#include "chatbotscenario.h"

#include <fieldreader.h>

#include <QJsonArray>

namespace papo::server {

namespace {

const QLatin1StringView RootName("root");

// A text short enough to name a node in an error.
QString excerpt(const QString &text)
{
    constexpr int Length = 60;
    const QString simple = text.simplified();
    return simple.size() <= Length ? simple : simple.left(Length - 1) + QChar(0x2026);
}

QString quoted(const QString &text)
{
    return QStringLiteral("\u201c%1\u201d").arg(excerpt(text));
}

// Reads and checks a tree, depth first, so the first error is the one nearest the start.
class TreeReader
{
public:
    explicit TreeReader(ScenarioError *error)
        : m_error(error)
    {}

    bool read(const QJsonObject &object, const ScenarioPath &path, ScenarioNode &node)
    {
        if (path.size() > ChatbotScenario::MaxDepth)
            return fail(path, QStringLiteral("The scenario goes deeper than %1 bot messages.")
                                  .arg(ChatbotScenario::MaxDepth));
        if (++m_nodes > ChatbotScenario::MaxNodes)
            return fail(path, QStringLiteral("A scenario may have at most %1 bot messages and "
                                             "visitor replies.")
                                  .arg(ChatbotScenario::MaxNodes));
        node.message = object.value(QLatin1String("message")).toString().trimmed();
        if (node.message.contains(QChar::Null) || node.label.contains(QChar::Null))
            return fail(path, QStringLiteral("A text must not contain the NUL character."));
        if (path.isEmpty() && node.message.isEmpty())
            return fail(path, QStringLiteral("The first bot message is missing: the scenario "
                                             "starts with it."));
        if (node.message.size() > ChatbotScenario::MaxMessageChars)
            return fail(path, QStringLiteral("The bot message %1 is longer than %2 characters.")
                                  .arg(quoted(node.message),
                                       QString::number(ChatbotScenario::MaxMessageChars)));
        if (!count(node.message))
            return fail(path, totalTooLong());
        const QJsonValue replies = object.value(QLatin1String("replies"));
        if (!replies.isUndefined() && !replies.isNull() && !replies.isArray())
            return fail(path, QStringLiteral("\"replies\" must be a list."));
        return readReplies(replies.toArray(), path, node);
    }

private:
    bool readReplies(const QJsonArray &replies, const ScenarioPath &path, ScenarioNode &node)
    {
        if (replies.isEmpty())
            return true; // BOT-4: the scenario ends here
        if (node.handsOver())
            return fail(path, QStringLiteral("%1 hands the visitor to a person (its bot message "
                                             "is empty), so no visitor reply can follow it.")
                                  .arg(quoted(node.label)));
        if (replies.size() == 1)
            return fail(path, QStringLiteral("The bot message %1 has one visitor reply: add "
                                             "another, or remove it to end the scenario there.")
                                  .arg(quoted(node.message)));
        if (replies.size() > ChatbotScenario::MaxReplies)
            return fail(path, QStringLiteral("The bot message %1 has %2 visitor replies; at "
                                             "most %3 fit on a phone's screen.")
                                  .arg(quoted(node.message), QString::number(replies.size()),
                                       QString::number(ChatbotScenario::MaxReplies)));
        for (int i = 0; i < replies.size(); ++i) {
            const ScenarioPath replyPath = ScenarioPath(path) << i;
            if (!replies.at(i).isObject())
                return fail(replyPath, QStringLiteral("A visitor reply must be an object."));
            ScenarioNode reply;
            const QJsonObject object = replies.at(i).toObject();
            reply.label = object.value(QLatin1String("label")).toString().simplified();
            if (!checkLabel(reply.label, i, node, replyPath))
                return false;
            if (!read(object, replyPath, reply))
                return false;
            node.replies.push_back(std::move(reply));
        }
        return true;
    }

    bool checkLabel(const QString &label, int index, const ScenarioNode &parent,
                    const ScenarioPath &path)
    {
        if (label.isEmpty())
            return fail(path, QStringLiteral("Visitor reply %1 after %2 has no text.")
                                  .arg(index + 1)
                                  .arg(quoted(parent.message)));
        if (label.size() > ChatbotScenario::MaxLabelChars)
            return fail(path,
                        QStringLiteral("The visitor reply %1 is longer than %2 characters.")
                            .arg(quoted(label), QString::number(ChatbotScenario::MaxLabelChars)));
        for (const ScenarioNode &sibling : parent.replies)
            if (sibling.label.compare(label, Qt::CaseInsensitive) == 0)
                return fail(path, QStringLiteral("Two visitor replies after %1 read %2: the "
                                                 "visitor could not tell them apart.")
                                      .arg(quoted(parent.message), quoted(label)));
        return count(label) || fail(path, totalTooLong());
    }

    bool count(const QString &text)
    {
        m_chars += text.size();
        return m_chars <= ChatbotScenario::MaxTotalChars;
    }

    static QString totalTooLong()
    {
        return QStringLiteral("The scenario's texts together are longer than %1 characters.")
            .arg(ChatbotScenario::MaxTotalChars);
    }

    bool fail(const ScenarioPath &path, const QString &message)
    {
        *m_error = {path, QStringLiteral("\"%1\": %2").arg(scenarioPathName(path), message)};
        return false;
    }

    ScenarioError *m_error;
    int m_nodes = 0;
    int m_chars = 0;
};

QJsonObject nodeJson(const ScenarioNode &node, bool withLabel)
{
    QJsonArray replies;
    for (const ScenarioNode &reply : node.replies)
        replies.append(nodeJson(reply, true));
    QJsonObject object{{QLatin1String("message"), node.message},
                       {QLatin1String("replies"), replies}};
    if (withLabel)
        object.insert(QLatin1String("label"), node.label);
    return object;
}

std::optional<ChatbotScenario> refuse(ScenarioError *error, const QString &text)
{
    *error = {std::nullopt, text};
    return std::nullopt;
}

} // namespace

QString scenarioPathName(const ScenarioPath &path)
{
    QString name = RootName;
    for (int index : path)
        name += QLatin1Char('.') + QString::number(index);
    return name;
}

std::optional<ScenarioPath> parseScenarioPath(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.first() != RootName || parts.size() > ChatbotScenario::MaxDepth + 1)
        return std::nullopt;
    ScenarioPath path;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        const int index = parts.at(i).toInt(&ok);
        if (!ok || index < 0 || index >= ChatbotScenario::MaxReplies
            || parts.at(i) != QString::number(index))
            return std::nullopt;
        path << index;
    }
    return path;
}

QJsonObject ChatbotScenario::definitionJson() const
{
    return {{QLatin1String("groupId"), groupId},
            {QLatin1String("endMessageEnabled"), endMessageEnabled},
            {QLatin1String("endMessage"), endMessage},
            {QLatin1String("start"), nodeJson(start, false)}};
}

QJsonObject ChatbotScenario::toJson() const
{
    QJsonObject object = definitionJson();
    object.insert(QLatin1String("id"), id);
    object.insert(QLatin1String("name"), name);
    return object;
}

std::optional<ChatbotScenario> ChatbotScenario::fromJson(const QJsonObject &object,
                                                         ScenarioError *error)
{
    constexpr qint64 MaxId = 9007199254740992; // 2^53, as every id on the wire
    common::FieldReader fields(object);
    ChatbotScenario scenario;
    scenario.id = fields.optionalInteger(QStringLiteral("id"), 0, 0, MaxId);
    scenario.name = fields.requiredString(QStringLiteral("name"), 1, MaxNameChars).simplified();
    scenario.groupId = fields.optionalInteger(QStringLiteral("groupId"), 0, 0, MaxId);
    scenario.endMessageEnabled = fields.optionalBool(QStringLiteral("endMessageEnabled"), true);
    scenario.endMessage
        = fields.optionalString(QStringLiteral("endMessage"), MaxMessageChars).trimmed();
    if (!fields.ok())
        return refuse(error, fields.errorMessage());
    if (scenario.name.isEmpty())
        return refuse(error, QStringLiteral("\"name\": a scenario needs a name."));
    const QJsonValue start = object.value(QLatin1String("start"));
    if (!start.isObject())
        return refuse(error, QStringLiteral("\"start\" must be the first bot message and the "
                                            "visitor's replies to it."));
    if (!TreeReader(error).read(start.toObject(), {}, scenario.start))
        return std::nullopt;
    return scenario;
}

const ScenarioNode *ChatbotScenario::nodeAt(const ScenarioPath &path) const
{
    const ScenarioNode *node = &start;
    for (int index : path) {
        if (index < 0 || size_t(index) >= node->replies.size())
            return nullptr;
        node = &node->replies[size_t(index)];
    }
    return node;
}

} // namespace papo::server
