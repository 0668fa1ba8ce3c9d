#include "visitorteamfeed.h"

#include "sessionhub.h"
#include "teamjson.h"

#include <envelope.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <teamactivity.h>

namespace papo::server {

VisitorTeamFeed::VisitorTeamFeed(AccountRepository &accounts, PresenceService &presence,
                                 TeamActivity &activity, SessionHub &hub, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_presence(presence)
    , m_activity(activity)
    , m_hub(hub)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &VisitorTeamFeed::send);
    connect(&m_presence, &PresenceService::liveChanged, this, &VisitorTeamFeed::announce);
    connect(&m_activity, &TeamActivity::changed, this, &VisitorTeamFeed::announce);
}

QJsonObject VisitorTeamFeed::current() const
{
    return {{QLatin1String("mode"),
             m_presence.isLive() ? QLatin1String("live") : QLatin1String("messenger")},
            {QLatin1String("team"), team()}};
}

QJsonArray VisitorTeamFeed::team() const
{
    if (!m_team)
        m_team = publicTeamJson(m_accounts, m_presence, m_activity);
    return *m_team;
}

void VisitorTeamFeed::announce()
{
    m_team.reset();
    if (!m_pending.isActive())
        m_pending.start();
}

void VisitorTeamFeed::send()
{
    m_hub.sendToAllVisitors(common::encodeEvent(common::MessageType::Mode, current()));
}

} // namespace papo::server
