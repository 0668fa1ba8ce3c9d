#pragma once

#include "net/serverconnection.h"

#include <QObject>

namespace papo::desk {

class GroupModel;

// The team's groups (GRP-1): loaded after every hello, kept current by `groups` events; and
// Settings → Groups' action API (admins: add, rename, members, delete; the server refuses
// operators, and the error reaches the view as text).
class GroupController final : public QObject
{
    Q_OBJECT

public:
    explicit GroupController(ServerConnection *connection, QObject *parent = nullptr);

    GroupModel *groups() const { return m_groups; }
    // The operator's own groups.
    QList<qint64> myGroups() const;

    // Actions.
    void refresh();
    void create(const QString &name);
    // `key` empty keeps the current one.
    void rename(qint64 groupId, const QString &name, const QString &key = {});
    void setMembers(qint64 groupId, const QList<qint64> &operatorIds);
    void remove(qint64 groupId);
    // GRP-2: the operator puts a visitor in a group (0: none), from the visitor panel; the
    // server tells the group's operators, and the `visitor` event updates the panel.
    void setVisitorGroup(qint64 visitorId, qint64 groupId);
    void reset();

signals:
    void groupsLoaded();
    // Which groups the operator is in changed: what they may see changed too.
    void myGroupsChanged();
    void saved(qint64 groupId);
    void failed(const QString &reason);
    void visitorGroupFailed(qint64 visitorId, const QString &reason);

private:
    void apply(const QJsonArray &groups);
    void handleEvent(const papo::common::Envelope &event);
    void answer(const RequestReply &reply);
    QString errorText(const RequestReply &reply) const;

    ServerConnection *m_connection;
    GroupModel *m_groups;
    QList<qint64> m_myGroups;
    bool m_loaded = false;
};

} // namespace papo::desk
