#pragma once

#include "clock.h"

#include <errorcode.h>
#include <grouprepository.h>

#include <QObject>

namespace papo::server {

class GroupService;

// GRP-2: where a visitor's group came from. Stored with it, so the visitor panel can say why.
enum class GroupSource {
    Page,            // the page's window.PapoGroupID
    Api,             // Papo('setGroup') on the page
    Action,          // an automatic action ("assign visitors to a group", ACT-3)
    TargetedMessage, // a targeted message sent from a group (ACT-3)
    Operator,        // an operator chose it in papo-desk's visitor panel
    Visitor,         // the visitor chose it with their first message (GRP-3)
    Bot,             // a chatbot scenario handed the visitor over to it (BOT-3)
};

QString groupSourceName(GroupSource source);

struct AssignResult
{
    common::ErrorCode error = common::ErrorCode::None;
    QString message;
    bool ok() const { return error == common::ErrorCode::None; }
};

// The one way a visitor's group changes (GRP-2), whatever asks: the page, the widget's API,
// automatic actions and targeted messages, an operator, the visitor. The later call wins; a
// chat's group is its visitor's, so the chat moves with it.
class GroupAssigner final : public QObject
{
    Q_OBJECT

public:
    GroupAssigner(GroupRepository repository, GroupService &groups, Clock clock = systemClock(),
                  QObject *parent = nullptr);

    // `groupId` 0 clears the group. `byOperatorId`: the operator who chose it, if one did.
    // not_found for an unknown visitor or a group of another website.
    AssignResult assign(qint64 visitorId, qint64 groupId, GroupSource source,
                        qint64 byOperatorId = 0);
    // The page named a group by its key (PapoGroupID in hello: `Page`; Papo('setGroup'):
    // `Api`). Only a key other than the one the page said last counts, so a key on every page
    // does not undo an operator's choice at each page load; an unknown key is ignored, and an
    // empty one clears the group only when it comes from setGroup. Returns the visitor's group
    // after it (nullopt: an unknown visitor, or the database could not be read).
    std::optional<VisitorGroup> pageSaid(qint64 visitorId, const QString &key, GroupSource source);
    std::optional<VisitorGroup> visitorGroup(qint64 visitorId)
    {
        return m_repository.visitorGroup(visitorId);
    }

signals:
    // Stored. `fromGroupId` and `toGroupId` may be equal (the same group said again).
    void assigned(qint64 visitorId, qint64 fromGroupId, qint64 toGroupId,
                  papo::server::GroupSource source, qint64 byOperatorId);

private:
    GroupRepository m_repository;
    GroupService &m_groups;
    Clock m_clock;
};

} // namespace papo::server
