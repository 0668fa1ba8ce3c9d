#include "visitorsummary.h"

#include <isotime.h>

namespace papo::server {

namespace {

QJsonValue isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(common::toIsoTime(time)) : QJsonValue();
}

} // namespace

QJsonObject VisitorSummary::toJson() const
{
    const QJsonObject location{{QLatin1String("text"), profile.locationText},
                               {QLatin1String("country"), profile.country},
                               {QLatin1String("countryCode"), profile.countryCode},
                               {QLatin1String("city"), profile.city}};
    const QJsonObject device{{QLatin1String("type"), profile.deviceType},
                             {QLatin1String("browser"), profile.browser},
                             {QLatin1String("os"), profile.os},
                             {QLatin1String("summary"), profile.deviceSummary}};
    const QJsonValue currentPage
        = currentUrl.isEmpty() ? QJsonValue()
                               : QJsonObject{{QLatin1String("url"), currentUrl},
                                             {QLatin1String("title"), currentTitle},
                                             {QLatin1String("since"), isoTime(currentSince)}};
    // PAN-3: whether the contact form was asked, and how it went.
    const QJsonValue contactForm
        = profile.contactFormState.isEmpty()
              ? QJsonValue()
              : QJsonObject{{QLatin1String("state"), profile.contactFormState},
                            {QLatin1String("askedAt"), isoTime(profile.contactFormAskedAt)},
                            {QLatin1String("answeredAt"), isoTime(profile.contactFormAnsweredAt)}};
    return {{QLatin1String("id"), profile.id},
            {QLatin1String("name"), profile.name},
            {QLatin1String("email"), profile.email},
            {QLatin1String("phone"), profile.phone},
            {QLatin1String("online"), online},
            {QLatin1String("location"), location},
            {QLatin1String("device"), device},
            {QLatin1String("language"), profile.language},
            {QLatin1String("screen"), profile.screen},
            {QLatin1String("currentPage"), currentPage},
            {QLatin1String("referrer"), profile.visitReferrer},
            {QLatin1String("visits"), profile.visits},
            {QLatin1String("visitStartedAt"), isoTime(profile.visitStartedAt)},
            {QLatin1String("pagesThisVisit"), pagesThisVisit},
            {QLatin1String("chatting"), chatting},
            {QLatin1String("chattedBefore"), chattedBefore},
            {QLatin1String("group"), profile.group},
            {QLatin1String("groupId"),
             profile.groupId > 0 ? QJsonValue(profile.groupId) : QJsonValue()},
            {QLatin1String("groupSource"), profile.groupSource},
            {QLatin1String("groupSetAt"), isoTime(profile.groupSetAt)},
            {QLatin1String("groupSetBy"),
             profile.groupSetBy > 0 ? QJsonValue(profile.groupSetBy) : QJsonValue()},
            {QLatin1String("websiteId"), profile.websiteId},
            {QLatin1String("fields"), profile.customFields},
            {QLatin1String("invited"), profile.invited},
            {QLatin1String("contactForm"), contactForm},
            {QLatin1String("marketingConsentAt"), isoTime(profile.marketingConsentAt)},
            {QLatin1String("chatWindowOpened"), profile.chatWindowOpened()}};
}

QJsonObject VisitorDetails::toJson() const
{
    QJsonObject object = summary.toJson();
    QJsonArray pageArray;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageView &page = pages.at(i);
        // Time on a page: until the next view of the same visit; unknown for the last one.
        QJsonValue seconds;
        if (i + 1 < pages.size() && pages.at(i + 1).visit == page.visit)
            seconds = page.at.secsTo(pages.at(i + 1).at);
        pageArray.append(QJsonObject{{QLatin1String("url"), page.url},
                                     {QLatin1String("title"), page.title},
                                     {QLatin1String("referrer"), page.referrer},
                                     {QLatin1String("at"), isoTime(page.at)},
                                     {QLatin1String("visit"), page.visit},
                                     {QLatin1String("seconds"), seconds}});
    }
    QJsonArray noteArray;
    for (const VisitorNote &note : notes)
        noteArray.append(noteToJson(note));
    QJsonArray conversationArray;
    for (const auto &conversation : conversations)
        conversationArray.append(conversation.toJson());
    object.insert(QLatin1String("pages"), pageArray);
    object.insert(QLatin1String("notes"), noteArray);
    object.insert(QLatin1String("conversations"), conversationArray);
    return object;
}

QJsonObject noteToJson(const VisitorNote &note)
{
    return {{QLatin1String("id"), note.id},
            {QLatin1String("authorId"), note.authorId},
            {QLatin1String("authorName"), note.authorName},
            {QLatin1String("text"), note.text},
            {QLatin1String("createdAt"), isoTime(note.createdAt)}};
}

} // namespace papo::server
