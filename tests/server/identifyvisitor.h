#pragma once

#include <accountrepository.h>
#include <chatservice.h>

#include <QTest>

#include <optional>

namespace papo::testing {

// ChatService answers a new visitor once their row is durable; tests wait for the answer.
inline std::optional<server::VisitorIdentity>
identifyVisitor(server::ChatService &chat, server::AccountRepository &accounts,
                const QString &widgetKey, const QString &token, const QString &language)
{
    const auto website = accounts.websiteByKey(widgetKey);
    if (!website)
        return std::nullopt;
    bool answered = false;
    std::optional<server::VisitorIdentity> identity;
    chat.identifyVisitor(website->id, token, language, {},
                         [&](const std::optional<server::VisitorIdentity> &result) {
                             identity = result;
                             answered = true;
                         });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning("the visitor was not identified");
    return identity;
}

} // namespace papo::testing
