#pragma once

#include <visitorservice.h>

#include <QObject>

namespace papo::server {

class ActionEngine;
class ChatService;
class ClusterFeed;
class ConversationAccess;
class GroupService;
class PresenceService;
class SessionHub;
class VisitorRepository;
class VisitorTeamFeed;

// Several nodes on one PostgreSQL (docs/scaling.md, "Several nodes"): what this node keeps in
// memory follows changes made through the others (groups, roles, actions, the widgets' team,
// conversations' clocks), and what the others need of this node (its operators and visitors
// online) goes to them. On SQLite (no feed) only the first part is wired, and nothing comes.
class OtherNodes final : public QObject, public VisitorService::Elsewhere
{
    Q_OBJECT

public:
    struct Parts
    {
        SessionHub &hub;
        ChatService &chat;
        GroupService &groups;
        ConversationAccess &access;
        ActionEngine &actions;
        PresenceService &presence;
        VisitorService &visitors;
        VisitorRepository &visitorRepository;
        VisitorTeamFeed &teamFeed;
    };

    // `feed`: null on SQLite.
    OtherNodes(Parts parts, ClusterFeed *feed);
    ~OtherNodes() override;

    QList<NodeVisitor> visitorsElsewhere() override;
    std::optional<NodeVisitor> visitorElsewhere(qint64 visitorId) override;

private:
    void followChanges();
    void sharePresence();

    Parts m_parts;
    ClusterFeed *const m_feed;
};

} // namespace papo::server
