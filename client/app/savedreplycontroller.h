#pragma once

#include <QObject>

#include <functional>

namespace papo::desk {

class SavedReplyModel;
class ServerConnection;

// The team's saved replies (CHT-7): loaded after each hello, kept current by the server's
// `saved_replies` pushes, and changed with `save_reply` / `delete_reply`.
class SavedReplyController final : public QObject
{
    Q_OBJECT

public:
    // error is empty on success, else a sentence for the operator.
    using Done = std::function<void(const QString &error)>;

    explicit SavedReplyController(ServerConnection *connection, QObject *parent = nullptr);

    SavedReplyModel *replies() const { return m_replies; }

    // id 0 creates a reply.
    void save(qint64 id, const QString &shortcut, const QString &text, QObject *context, Done done);
    void remove(qint64 id, QObject *context, Done done);
    void reset();

private:
    void load();

    ServerConnection *m_connection;
    SavedReplyModel *m_replies;
};

} // namespace papo::desk
