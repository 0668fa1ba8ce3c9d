#include "websiterequests.h"

#include "operatorcall.h"

#include <accountrepository.h>
#include <avatarstore.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <sessionhub.h>
#include <visitorteamfeed.h>
#include <websitechange.h>
#include <widgettexts.h>

#include <QJsonArray>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace MessageType = common::MessageType;

namespace {

QJsonObject websiteJson(const WebsiteRecord &website)
{
    return {{QLatin1String("id"), website.id},
            {QLatin1String("name"), website.name},
            {QLatin1String("key"), website.widgetKey},
            {QLatin1String("allowedOrigins"), QJsonArray::fromStringList(website.allowedOrigins)},
            {QLatin1String("ratingsEnabled"), website.ratingsEnabled},
            {QLatin1String("color"), website.widget.color},
            {QLatin1String("position"), website.widget.position},
            {QLatin1String("language"), website.widget.language},
            {QLatin1String("texts"), WidgetTexts::builtIn().known(website.widget.texts)},
            {QLatin1String("askGroup"), website.groupQuestion.ask},
            {QLatin1String("groupNotSure"), website.groupQuestion.notSure},
            {QLatin1String("botName"), website.botName},
            {QLatin1String("contactForm"),
             common::ContactFormSettings::fromStored(website.contactForm).toJson()},
            {QLatin1String("botAvatarUrl"),
             website.botAvatar.isEmpty() ? QString() : AvatarStore::urlPath(website.botAvatar)}};
}

// WID-3: what papo-desk's Texts pane shows next to the custom texts, from the one resource.
QJsonObject widgetTextsJson(const WidgetTexts &texts)
{
    return {{QLatin1String("languages"), QJsonArray::fromStringList(texts.languages())},
            {QLatin1String("keys"), QJsonArray::fromStringList(texts.keys())},
            {QLatin1String("defaults"), texts.defaults()}};
}

} // namespace

void WebsiteRequests::registerIn(OperatorRoutes &routes)
{
    routes.insert(MessageType::Websites, {&websites, Access::Admin});
    routes.insert(MessageType::UpdateWebsite, {&updateWebsite, Access::Admin});
}

void WebsiteRequests::websites(OperatorCall &call)
{
    QJsonArray list;
    const auto websites = call.context().accounts.websites();
    for (const WebsiteRecord &website : websites)
        list.append(websiteJson(website));
    call.acknowledge({{QLatin1String("websites"), list},
                      {QLatin1String("widgetTexts"), widgetTextsJson(WidgetTexts::builtIn())}});
}

void WebsiteRequests::updateWebsite(OperatorCall &call)
{
    FieldReader fields(call.data());
    const qint64 websiteId = fields.requiredId(QStringLiteral("websiteId"));
    if (call.rejectInvalid(fields))
        return;
    WebsiteChange change;
    const QString problem = change.read(call.data(), WidgetTexts::builtIn());
    if (!problem.isEmpty()) {
        call.fail(ErrorCode::InvalidField, problem);
        return;
    }
    AccountRepository &accounts = call.context().accounts;
    const auto websites = accounts.websites();
    const auto website = std::find_if(websites.cbegin(), websites.cend(),
                                      [&](const WebsiteRecord &w) { return w.id == websiteId; });
    if (website == websites.cend()) {
        call.fail(ErrorCode::NotFound, QStringLiteral("There is no website %1.").arg(websiteId));
        return;
    }
    if (change.allowedOrigins)
        accounts.setAllowedOrigins(websiteId, *change.allowedOrigins);
    if (change.ratingsEnabled)
        accounts.setRatingsEnabled(websiteId, *change.ratingsEnabled);
    accounts.setWidgetSettings(websiteId, change.appliedTo(website->widget));
    if (change.botName)
        accounts.setBotName(websiteId, *change.botName);
    if (change.contactForm)
        accounts.setContactForm(websiteId, change.contactForm->toJson());
    if (change.askGroup || change.groupNotSure) {
        accounts.setGroupQuestion(websiteId, change.appliedTo(website->groupQuestion));
        call.context().teamFeed.announce(); // GRP-3: widgets without a group ask, or stop
        call.context().hub.tellOtherNodes(SessionHub::NodeChange::Widgets);
    }
    const auto updated = accounts.websiteByKey(website->widgetKey);
    call.acknowledge({{QLatin1String("website"), websiteJson(*updated)}});
}

} // namespace papo::server
