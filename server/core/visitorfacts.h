#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace papo::server {

struct VisitorSummary;

// What automatic actions look at (ACT-1): one visitor, right now. Made from the visitor's
// summary; tests fill it in directly.
struct VisitorFacts
{
    QString url;
    QString title;
    QString referrer;
    QString country;
    QString countryCode;
    QString city;
    QString language;
    qint64 msOnPage = 0; // since the current page was viewed: also "has not changed page"
    qint64 msOnSite = 0; // since this visit started
    int pagesThisVisit = 0;
    bool returning = false;
    bool chattedBefore = false;
    bool chatting = false;
    bool windowOpen = false;
    bool live = true; // the widget's mode for this visitor
    qint64 groupId = 0;
    QJsonObject fields;  // Papo('setVisitorData') custom fields: name -> text
    QDateTime localTime; // now, in the website's time zone (day of week and time of day)

    // The texts conditions compare, case-folded once per evaluation rather than once per
    // condition: fold() fills them; conditions read only these.
    QString foldedUrl;     // as typed, case-folded ("contains")
    QString comparableUrl; // pageOf(url) ("is", "matches")
    QString foldedTitle;
    QString foldedReferrer;
    QString foldedCity;
    QString foldedLanguage;
    void fold();

    // "https://Shop.example/cart/#top" and "https://shop.example/cart" are the same page.
    static QString pageOf(QString url);

    static VisitorFacts of(const VisitorSummary &summary, const QDateTime &nowUtc, bool live);
};

} // namespace papo::server
