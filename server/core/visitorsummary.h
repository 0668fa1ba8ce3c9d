#pragma once

#include <chatmessage.h>
#include <visitorrepository.h>

#include <QJsonArray>
#include <QJsonObject>

namespace papo::server {

// A visitor as operators see them: "Visitor object" in docs/protocol.md.
struct VisitorSummary
{
    VisitorProfile profile;
    bool online = false;
    QString currentUrl;
    QString currentTitle;
    QDateTime currentSince;
    int pagesThisVisit = 0;
    bool chatting = false;
    bool chattedBefore = false;

    // The compact JSON object; toJson() is the same, parsed.
    QByteArray toJsonBytes() const;
    QJsonObject toJson() const;
};

// The `visitor` request's answer: the summary plus path, notes and conversations.
struct VisitorDetails
{
    VisitorSummary summary;
    QList<PageView> pages;
    QList<VisitorNote> notes;
    QList<common::ConversationSummary> conversations;

    QJsonObject toJson() const;
};

QJsonObject noteToJson(const VisitorNote &note);

} // namespace papo::server
