#pragma once

#include "visitorinfo.h"

#include <protocol/chatmessage.h>

#include <QList>

namespace papo::desk {

// One page the visitor viewed (`pages` of the `visitor` ack).
struct VisitorPageView
{
    QString url;
    QString title;
    QString referrer;
    QDateTime at;
    int visit = 0;
    qint64 seconds = -1; // time on the page; -1 for the page they are on now

    static VisitorPageView fromJson(const QJsonObject &object);
    bool operator==(const VisitorPageView &other) const = default;
};

// A note the team wrote about the visitor (PAN-2).
struct VisitorNote
{
    qint64 id = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    QDateTime createdAt;

    static VisitorNote fromJson(const QJsonObject &object);
    bool operator==(const VisitorNote &other) const = default;
};

// Everything the visitor panel shows: the `visitor` ack (PAN-1, PAN-2).
struct VisitorDetails
{
    VisitorInfo visitor;
    QList<VisitorPageView> pages;                           // oldest first
    QList<VisitorNote> notes;                               // oldest first
    QList<papo::common::ConversationSummary> conversations; // newest first

    static VisitorDetails fromJson(const QJsonObject &object);
};

} // namespace papo::desk
