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
    facts.fold();
    return facts;
}

void VisitorFacts::fold()
{
    foldedUrl = url.toCaseFolded();
    comparableUrl = pageOf(url);
    foldedTitle = title.toCaseFolded();
    foldedReferrer = referrer.toCaseFolded();
    foldedCity = city.toCaseFolded();
    foldedLanguage = language.toCaseFolded();
}

QString VisitorFacts::pageOf(QString url)
{
    const qsizetype fragment = url.indexOf(QLatin1Char('#'));
    if (fragment >= 0)
        url.truncate(fragment);
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url.toCaseFolded();
}

} // namespace papo::server
