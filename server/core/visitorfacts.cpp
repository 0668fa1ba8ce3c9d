#include "visitorfacts.h"

#include "visitorsummary.h"

namespace papo::server {

VisitorFacts VisitorFacts::of(const VisitorSummary &summary, const QDateTime &nowUtc, bool live)
{
    const VisitorProfile &profile = summary.profile;
    VisitorFacts facts;
    facts.url = summary.currentUrl;
    facts.title = summary.currentTitle;
    facts.referrer = profile.visitReferrer;
    facts.country = profile.country;
    facts.countryCode = profile.countryCode;
    facts.city = profile.city;
    facts.language = profile.language;
    facts.msOnPage = summary.currentSince.isValid() ? summary.currentSince.msecsTo(nowUtc) : 0;
    facts.msOnSite = profile.visitStartedAt.isValid() ? profile.visitStartedAt.msecsTo(nowUtc) : 0;
    facts.pagesThisVisit = summary.pagesThisVisit;
    facts.returning = profile.visits > 1;
    facts.chattedBefore = summary.chattedBefore;
    facts.chatting = summary.chatting;
    facts.windowOpen = profile.chatWindowOpened();
    facts.live = live;
    facts.groupId = profile.groupId;
    facts.fields = profile.customFields;
    facts.localTime = nowUtc;
    return facts;
}

} // namespace papo::server
