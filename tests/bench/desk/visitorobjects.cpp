#include "visitorobjects.h"

#include <QJsonArray>

namespace papo::bench {

namespace {

struct City
{
    const char *text;
    const char *country;
    const char *code;
    const char *city;
};
const City Cities[] = {
    {"São Paulo, Brazil", "Brazil", "BR", "São Paulo"},
    {"Rio de Janeiro, Brazil", "Brazil", "BR", "Rio de Janeiro"},
    {"Lisbon, Portugal", "Portugal", "PT", "Lisbon"},
    {"Madrid, Spain", "Spain", "ES", "Madrid"},
    {"Buenos Aires, Argentina", "Argentina", "AR", "Buenos Aires"},
    {"unknown", "", "", ""},
};
const char *const Pages[] = {"Cadeira ergonômica",  "Mesa de escritório", "Carrinho",
                             "Frete e prazos",      "Luminária de mesa",  "Checkout",
                             "Trocas e devoluções", "Estante modular",    "Promoções da semana"};
const char *const Referrers[] = {"https://www.google.com/", "https://www.instagram.com/", "",
                                 "https://duckduckgo.com/", "https://news.example/review"};
const char *const Names[]
    = {"Joana Lima", "Carlos Souza", "Ana Beatriz", "Pedro Alves", "Marta Ruiz"};

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

VisitorObjects::VisitorObjects(const QDateTime &now)
    : m_now(now)
{}

QJsonObject VisitorObjects::pageAt(int page) const
{
    const QString title = QString::fromUtf8(Pages[page % std::size(Pages)]);
    return {{QStringLiteral("url"), QStringLiteral("https://loja.example/p/%1").arg(page)},
            {QStringLiteral("title"), title},
            {QStringLiteral("since"), isoTime(m_now)}};
}

QJsonObject VisitorObjects::arrive()
{
    const qint64 id = m_nextId++;
    const quint32 draw = m_random.bounded(1000);
    const City &city = Cities[draw % std::size(Cities)];
    const bool named = draw % 10 == 0;
    const bool mobile = draw % 3 != 0;
    const int visits = 1 + int(draw % 4);
    const QString name = named ? QString::fromUtf8(Names[draw % std::size(Names)]) : QString();
    QJsonObject visitor{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"),
         named ? QStringLiteral("cliente%1@mail.example").arg(id) : QString()},
        {QStringLiteral("phone"), QString()},
        {QStringLiteral("online"), true},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("text"), QString::fromUtf8(city.text)},
                     {QStringLiteral("country"), QString::fromUtf8(city.country)},
                     {QStringLiteral("countryCode"), QLatin1String(city.code)},
                     {QStringLiteral("city"), QString::fromUtf8(city.city)}}},
        {QStringLiteral("device"),
         QJsonObject{
             {QStringLiteral("type"),
              mobile ? QStringLiteral("mobile") : QStringLiteral("desktop")},
             {QStringLiteral("browser"),
              mobile ? QStringLiteral("Chrome Mobile 131") : QStringLiteral("Firefox 133")},
             {QStringLiteral("os"),
              mobile ? QStringLiteral("Android 14") : QStringLiteral("Windows 10")},
             {QStringLiteral("summary"), mobile ? QStringLiteral("Chrome Mobile 131 on Android 14")
                                                : QStringLiteral("Firefox 133 on Windows 10")}}},
        {QStringLiteral("language"),
         draw % 5 == 0 ? QStringLiteral("es") : QStringLiteral("pt-BR")},
        {QStringLiteral("screen"),
         mobile ? QStringLiteral("390x844") : QStringLiteral("1920x1080")},
        {QStringLiteral("currentPage"), pageAt(int(draw))},
        {QStringLiteral("referrer"), QLatin1String(Referrers[draw % std::size(Referrers)])},
        {QStringLiteral("visits"), visits},
        {QStringLiteral("visitStartedAt"), isoTime(m_now.addSecs(-qint64(draw)))},
        {QStringLiteral("pagesThisVisit"), 1},
        {QStringLiteral("chatting"), draw % 50 == 0},
        {QStringLiteral("chattedBefore"), draw % 7 == 0},
        {QStringLiteral("group"), draw % 2 == 0 ? QStringLiteral("Vendas") : QString()},
        {QStringLiteral("groupId"), draw % 2 == 0 ? QJsonValue(4) : QJsonValue()},
        {QStringLiteral("groupSource"), draw % 2 == 0 ? QStringLiteral("page") : QString()},
        {QStringLiteral("groupSetAt"), QJsonValue()},
        {QStringLiteral("groupSetBy"), QJsonValue()},
        {QStringLiteral("websiteId"), 1},
        {QStringLiteral("invited"), false},
        {QStringLiteral("chatWindowOpened"), draw % 20 == 0},
        {QStringLiteral("fields"), QJsonObject()},
        {QStringLiteral("contactForm"), QJsonValue()},
        {QStringLiteral("marketingConsentAt"), QJsonValue()},
    };
    m_visitors.insert(id, visitor);
    m_order.append(id);
    return visitor;
}

QJsonObject VisitorObjects::move(qint64 id)
{
    QJsonObject &visitor = m_visitors[id];
    const int pages = visitor.value(QStringLiteral("pagesThisVisit")).toInt() + 1;
    visitor.insert(QStringLiteral("pagesThisVisit"), pages);
    visitor.insert(QStringLiteral("currentPage"), pageAt(int(m_random.bounded(1000))));
    return visitor;
}

QList<qint64> VisitorObjects::online() const
{
    QList<qint64> ids;
    ids.reserve(m_visitors.size());
    for (qint64 id : m_order) {
        if (m_visitors.contains(id))
            ids.append(id);
    }
    return ids;
}

qint64 VisitorObjects::anyone()
{
    // Those who left stay in m_order; draw again until an online one comes up.
    while (true) {
        const qint64 id = m_order.at(qsizetype(m_random.bounded(quint32(m_order.size()))));
        if (m_visitors.contains(id))
            return id;
    }
}

} // namespace papo::bench
