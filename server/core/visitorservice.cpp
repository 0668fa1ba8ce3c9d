#include "visitorservice.h"

#include "webhookcauses.h"

#include <conversationrepository.h>
#include <sqltransaction.h>

#include <QPointer>

#include <algorithm>

namespace papo::server {

namespace {

constexpr int ChattingWindowSeconds = 30 * 60;
constexpr int PagesInDetails = 100;

// What the visitor_data webhook event is about (INT-3): a page setting the same data again
// on every view is no change.
bool sameData(const VisitorProfile &before, const std::optional<VisitorProfile> &after)
{
    return after && before.name == after->name && before.email == after->email
           && before.phone == after->phone && before.customFields == after->customFields;
}

} // namespace

VisitorService::VisitorService(VisitorRepository &visitors, ConversationRepository &conversations,
                               AccountRepository &accounts, Clock clock, QObject *parent)
    : QObject(parent)
    , m_visitors(visitors)
    , m_conversations(conversations)
    , m_accounts(accounts)
    , m_clock(std::move(clock))
{}

bool VisitorService::openGeoIp(const QString &path, QString *error)
{
    if (m_geoIp.open(path))
        return true;
    *error = m_geoIp.errorString();
    return false;
}

bool VisitorService::setTrustedProxies(const QStringList &entries, QString *error)
{
    return m_addresses.setTrustedProxies(entries, error);
}

bool VisitorService::loadUserAgentRules(const QString &path, QString *error)
{
    if (m_userAgents.load(path.isEmpty() ? UserAgentParser::defaultRegexesPath() : path))
        return true;
    *error = m_userAgents.errorString();
    return false;
}

int VisitorService::arrive(qint64 visitorId, const ClientHello &hello)
{
    const QHostAddress address = m_addresses.resolve(hello.peer, hello.forwardedFor);
    const GeoLocation location = m_geoIp.isOpen() ? m_geoIp.locate(address) : GeoLocation();
    const ClientInfo client = m_userAgents.parse(hello.userAgent);
    Arrival arrival;
    arrival.language = hello.language;
    arrival.screen = hello.screen;
    arrival.userAgent = hello.userAgent;
    arrival.address = address.toString();
    arrival.locationText = location.displayText();
    arrival.country = location.country;
    arrival.countryCode = location.countryCode;
    arrival.city = location.city;
    arrival.deviceType = ClientInfo::deviceTypeName(client.deviceType);
    arrival.browser = client.browser.family + QLatin1Char(' ') + client.browser.major;
    arrival.os = client.os.family + QLatin1Char(' ') + client.os.major;
    arrival.browser = arrival.browser.trimmed();
    arrival.os = arrival.os.trimmed();
    arrival.deviceSummary = client.summary();
    arrival.referrer = hello.referrer;
    const QDateTime now = m_clock();
    if (!m_arrivalWriter)
        return m_visitors.recordArrival(visitorId, arrival, now);
    auto seen = m_visitors.visitSoFar(visitorId);
    if (!seen)
        return 0;
    if (const auto pending = m_pendingArrivals.constFind(visitorId);
        pending != m_pendingArrivals.cend()) {
        seen->visits = pending->visits;
        seen->lastSeenAt = pending->at;
    }
    const bool newVisit = VisitorRepository::startsVisit(*seen, now);
    const int visit = seen->visits + (newVisit ? 1 : 0);
    const quint64 serial = ++m_arrivals;
    m_pendingArrivals.insert(visitorId, {visit, now, serial});
    m_arrivalWriter(
        [=](QSqlDatabase &db) {
            return VisitorRepository(db).storeArrival(visitorId, arrival, now, newVisit);
        },
        [self = QPointer(this), visitorId, serial](bool) {
            if (!self)
                return;
            const auto pending = self->m_pendingArrivals.find(visitorId);
            if (pending != self->m_pendingArrivals.end() && pending->serial == serial)
                self->m_pendingArrivals.erase(pending); // the database says it now
        });
    return visit;
}

void VisitorService::connected(qint64 visitorId, qint64 groupId)
{
    Online &online = m_online[visitorId];
    ++online.connections;
    online.lastActivity = m_clock();
    online.groupId = groupId;
    emit onlineHereChanged(visitorId);
}

void VisitorService::groupForgotten(qint64 visitorId)
{
    const auto it = m_online.find(visitorId);
    if (it == m_online.end())
        return;
    it->groupId = 0;
    emit onlineHereChanged(visitorId);
}

void VisitorService::groupChanged(qint64 visitorId, qint64 groupId)
{
    const auto it = m_online.find(visitorId);
    if (it != m_online.end()) {
        it->groupId = groupId;
        emit onlineHereChanged(visitorId);
    }
    emit visitorChanged(visitorId);
}

void VisitorService::disconnected(qint64 visitorId)
{
    auto it = m_online.find(visitorId);
    if (it == m_online.end())
        return;
    if (--it->connections > 0)
        return;
    const qint64 groupId = it->groupId;
    m_online.erase(it);
    emit onlineHereChanged(visitorId);
    emit visitorLeft(visitorId, groupId);
}

void VisitorService::pageViewed(qint64 visitorId, const QString &url, const QString &title)
{
    const auto it = m_online.find(visitorId);
    if (it == m_online.end())
        return; // gone before the page view was stored
    it->url = url;
    it->title = title;
    it->since = m_clock();
    it->lastActivity = it->since;
    emit onlineHereChanged(visitorId);
    emit visitorChanged(visitorId);
}

std::optional<VisitorSummary> VisitorService::summary(qint64 visitorId)
{
    auto activity = m_visitors.activity(visitorId);
    if (!activity)
        return std::nullopt;
    VisitorSummary summary;
    summary.profile = std::move(activity->profile);
    const auto online = m_online.constFind(visitorId);
    summary.online = online != m_online.cend();
    if (summary.online) {
        summary.currentUrl = online->url;
        summary.currentTitle = online->title;
        summary.currentSince = online->since;
    }
    summary.pagesThisVisit = activity->pagesThisVisit;
    const QDateTime &lastMessage = activity->lastMessageAt;
    summary.chatting
        = lastMessage.isValid() && lastMessage.secsTo(m_clock()) <= ChattingWindowSeconds;
    summary.chattedBefore = activity->chattedBefore;
    return summary;
}

std::optional<VisitorDetails> VisitorService::details(qint64 visitorId,
                                                      const VisibilityScope &scope)
{
    auto visitorSummary = summary(visitorId);
    if (!visitorSummary)
        return std::nullopt;
    if (!visitorSummary->online && m_elsewhere) { // on another node?
        if (const auto there = m_elsewhere->visitorElsewhere(visitorId))
            showOnline(*visitorSummary, *there);
    }
    return VisitorDetails{*visitorSummary, m_visitors.pages(visitorId, PagesInDetails),
                          m_visitors.notes(visitorId),
                          m_conversations.visitorConversations(visitorId, scope)};
}

VisitorService::OnlinePage
VisitorService::online(int limit, const std::function<bool(qint64, qint64)> &visible)
{
    QList<std::pair<QDateTime, qint64>> byActivity;
    byActivity.reserve(m_online.size());
    for (auto it = m_online.cbegin(); it != m_online.cend(); ++it) {
        if (visible(it.key(), it->groupId))
            byActivity.append({it->lastActivity, it.key()});
    }
    // Several nodes: the visitors of the others too (a visitor on two nodes at once, in two
    // tabs, is listed once).
    QHash<qint64, NodeVisitor> elsewhere;
    const QList<NodeVisitor> others
        = m_elsewhere ? m_elsewhere->visitorsElsewhere() : QList<NodeVisitor>();
    for (const NodeVisitor &visitor : others) {
        if (m_online.contains(visitor.visitorId) || elsewhere.contains(visitor.visitorId)
            || !visible(visitor.visitorId, visitor.groupId))
            continue;
        elsewhere.insert(visitor.visitorId, visitor);
        byActivity.append({visitor.lastActivity, visitor.visitorId});
    }
    std::sort(byActivity.begin(), byActivity.end(), std::greater<>());
    OnlinePage page;
    page.total = int(byActivity.size());
    for (const auto &[activity, visitorId] : std::as_const(byActivity)) {
        if (page.visitors.size() >= limit)
            break;
        auto visitor = summary(visitorId);
        if (!visitor)
            continue;
        if (const auto there = elsewhere.constFind(visitorId); there != elsewhere.cend())
            showOnline(*visitor, *there);
        page.visitors.append(*visitor);
    }
    return page;
}

void VisitorService::showOnline(VisitorSummary &summary, const NodeVisitor &there)
{
    summary.online = true;
    summary.currentUrl = there.url;
    summary.currentTitle = there.title;
    summary.currentSince = there.since;
}

std::optional<NodeVisitor> VisitorService::onlineHere(qint64 visitorId) const
{
    const auto it = m_online.constFind(visitorId);
    if (it == m_online.cend())
        return std::nullopt;
    return NodeVisitor{visitorId, it->groupId, it->url, it->title, it->since, it->lastActivity};
}

void VisitorService::chatWindowOpened(qint64 visitorId)
{
    if (m_visitors.markWindowOpened(visitorId))
        emit visitorChanged(visitorId);
}

void VisitorService::invited(qint64 visitorId)
{
    if (m_visitors.markInvited(visitorId))
        emit visitorChanged(visitorId);
}

bool VisitorService::updateContact(qint64 visitorId, const std::optional<QString> &name,
                                   const std::optional<QString> &email,
                                   const std::optional<QString> &phone)
{
    const auto before = m_visitors.profile(visitorId);
    SqlTransaction transaction(m_visitors.database());
    if (!before || !m_visitors.updateContact(visitorId, name, email, phone)
        || !changeCommitted(transaction, *before))
        return false;
    emit visitorChanged(visitorId);
    return true;
}

bool VisitorService::changeCommitted(SqlTransaction &transaction, const VisitorProfile &before)
{
    // INT-3: the webhook rows go in the same transaction as the change they tell of.
    if (!sameData(before, m_visitors.profile(before.id))
        && !WebhookCauses::visitorDataChanged(m_visitors.database(), before.id, m_clock()))
        return false;
    return transaction.commit();
}

bool VisitorService::applyPageData(qint64 visitorId, const PageVisitorData &data, QString *error)
{
    auto profile = m_visitors.profile(visitorId);
    if (!profile) {
        *error = QStringLiteral("There is no such visitor.");
        return false;
    }
    QJsonObject fields = profile->customFields;
    for (auto it = data.fields.begin(); it != data.fields.end(); ++it) {
        if (it.value().isNull())
            fields.remove(it.key());
        else
            fields.insert(it.key(), it.value());
    }
    if (fields.size() > MaxCustomFields) {
        *error = QStringLiteral("A visitor has at most %1 custom fields.").arg(MaxCustomFields);
        return false;
    }
    SqlTransaction transaction(m_visitors.database());
    if (data.name || data.email || data.phone)
        m_visitors.updateContact(visitorId, data.name, data.email, data.phone);
    if (fields != profile->customFields)
        m_visitors.setCustomFields(visitorId, fields);
    if (data.marketingConsent)
        m_visitors.setMarketingConsent(visitorId, *data.marketingConsent, m_clock());
    if (!changeCommitted(transaction, *profile)) {
        *error = QStringLiteral("The visitor's data could not be stored.");
        return false;
    }
    emit visitorChanged(visitorId);
    return true;
}

std::optional<VisitorNote> VisitorService::addNote(qint64 visitorId, qint64 authorId,
                                                   const QString &text)
{
    const qint64 id = m_visitors.addNote(visitorId, authorId, text, m_clock());
    const auto note = id > 0 ? m_visitors.note(id) : std::nullopt;
    if (note)
        emit noteAdded(visitorId, *note);
    return note;
}

} // namespace papo::server
