#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace papo::desk {

class ServerConnection;
struct RequestReply;

// Why the server refused a scenario (BOT-2): the node it names (`"root.1": …`), if any, as
// the index of each reply on the way from the first bot message, and the words for people.
struct ScenarioRefusal
{
    std::optional<QList<int>> node;
    QString text;

    static ScenarioRefusal fromError(const QString &message);
};

// Settings → Chatbot (BOT-1…4), for owners and admins: the scenarios as the server has them
// (docs/protocol.md, "Chatbot scenarios"), save and delete. The server checks every rule;
// a refusal names the node, which the editor marks.
class ChatbotController final : public QObject
{
    Q_OBJECT

public:
    explicit ChatbotController(ServerConnection *connection, QObject *parent = nullptr);

    // By name, as the server sorts them.
    const QList<QJsonObject> &scenarios() const { return m_scenarios; }
    std::optional<QJsonObject> scenario(qint64 id) const;

    void refresh();
    // A scenario's wire form; without id it is created. Answers with `saved` or `refused`.
    void save(const QJsonObject &scenario);
    void remove(qint64 id);

signals:
    void loaded();
    void saved(qint64 id);
    void refused(const papo::desk::ScenarioRefusal &refusal);

private:
    static QString failureText(const RequestReply &reply);

    ServerConnection *m_connection;
    QList<QJsonObject> m_scenarios;
};

} // namespace papo::desk
