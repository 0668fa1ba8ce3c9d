#include "visitorteamfeed.h"

#include <QJsonDocument>

#include "sessionhub.h"
#include "teamjson.h"

#include <chatrouting.h>
#include <envelope.h>
#include <groupquestion.h>
#include <groupservice.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <teamactivity.h>

namespace papo::server {

VisitorTeamFeed::VisitorTeamFeed(AccountRepository &accounts, PresenceService &presence,
                                 TeamActivity &activity, SessionHub &hub, GroupService &groups,
                                 ChatRouting &routing, GroupQuestion &question, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_presence(presence)
    , m_activity(activity)
    , m_hub(hub)
    , m_groups(groups)
    , m_routing(routing)
    , m_question(question)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &VisitorTeamFeed::send);
    connect(&m_presence, &PresenceService::onlineChanged, this,
            [this](qint64 operatorId) { announceFor(operatorId); });
    connect(&m_activity, &TeamActivity::changed, this, &VisitorTeamFeed::announceFor);
    connect(&m_groups, &GroupService::groupsChanged, this, &VisitorTeamFeed::announce);
}

QJsonObject VisitorTeamFeed::current(qint64 widgetGroup) const
{
    const qint64 groupId = widgetGroup > 0 ? widgetGroup : 0;
    QJsonValue question;
    if (groupId == 0) {
        // GRP-3: asked of visitors without a group, while one of the groups is online.
        const auto websites = m_accounts.websites();
        for (const WebsiteRecord &website : websites) {
            if (website.id == -widgetGroup)
                question = m_question.forWebsite(website);
        }
    }
    return {{QLatin1String("mode"),
             m_routing.isLive(groupId) ? QLatin1String("live") : QLatin1String("messenger")},
            {QLatin1String("team"), team(groupId)},
            {QLatin1String("groupQuestion"), question}};
}

const VisitorTeamFeed::Written &VisitorTeamFeed::teamOf(qint64 groupId) const
{
    auto cached = m_teams.constFind(groupId);
    if (cached != m_teams.cend())
        return *cached;
    const GroupRecord *group = groupId > 0 ? m_groups.group(groupId) : nullptr;
    QJsonArray team;
    if (group)
        team = publicTeamJson(m_accounts, m_presence, m_activity, group->operatorIds);
    if (team.isEmpty()) // no group, or none of its operators is active
        team = publicTeamJson(m_accounts, m_presence, m_activity);
    return *m_teams.insert(groupId, {team, QJsonDocument(team).toJson(QJsonDocument::Compact)});
}

QByteArray VisitorTeamFeed::onlineOperatorsJson(qint64 groupId) const
{
    const auto cached = m_onlineOperators.constFind(groupId);
    if (cached != m_onlineOperators.cend())
        return *cached;
    QJsonArray operators;
    const auto ids = m_routing.onlineOperatorsFor(groupId);
    for (qint64 id : ids) {
        if (const auto account = m_accounts.operatorById(id))
            operators.append(
                QJsonObject{{QLatin1String("id"), id}, {QLatin1String("name"), account->name}});
    }
    return *m_onlineOperators.insert(groupId,
                                     QJsonDocument(operators).toJson(QJsonDocument::Compact));
}

void VisitorTeamFeed::announce()
{
    m_allDirty = true;
    schedule();
}

void VisitorTeamFeed::announceFor(qint64 operatorId)
{
    for (qint64 groupId : m_groups.groupsOf(operatorId))
        m_dirtyGroups.insert(groupId);
    m_ungroupedDirty = true;
    schedule();
}

void VisitorTeamFeed::schedule()
{
    m_teams.clear();
    m_onlineOperators.clear();
    if (!m_pending.isActive())
        m_pending.start();
}

void VisitorTeamFeed::sendTo(qint64 visitorId, qint64 widgetGroup)
{
    m_hub.sendToVisitor(visitorId,
                        common::encodeEvent(common::MessageType::Mode, current(widgetGroup)));
}

void VisitorTeamFeed::send()
{
    const auto widgetGroups = m_hub.widgetGroups();
    for (qint64 widgetGroup : widgetGroups) {
        const bool dirty
            = m_allDirty
              || (widgetGroup < 0 ? m_ungroupedDirty : m_dirtyGroups.contains(widgetGroup));
        if (dirty)
            m_hub.sendToVisitorsOf(
                widgetGroup, common::encodeEvent(common::MessageType::Mode, current(widgetGroup)));
    }
    m_allDirty = m_ungroupedDirty = false;
    m_dirtyGroups.clear();
}

} // namespace papo::server
