#pragma once

#include "identifyvisitor.h"
#include "scratchopen.h"

#include <accountrepository.h>
#include <bootstrap.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <testdatabase.h>

#include <QObject>

#include <memory>

namespace papo::testing {

// A test of the server's core as the store tests build it before each test function: a
// migrated scratch database (SQLite, or the PostgreSQL cluster for the _postgresql twins), the
// account and conversation repositories and the chat service over it.
class ChatCoreTest : public QObject
{
protected:
    // Empty on success, else why not.
    QString openCore()
    {
        m_db = std::make_unique<server::Database>();
        const QString error = openScratch(m_scratch, *m_db);
        if (!error.isEmpty())
            return error;
        m_url = m_db->url();
        m_accounts = std::make_unique<server::AccountRepository>(m_db->connection());
        m_conversations = std::make_unique<server::ConversationRepository>(m_db->connection());
        m_chat = std::make_unique<server::ChatService>(*m_db, *m_accounts, *m_conversations);
        return {};
    }

    // openCore(), then the owner dona@loja.example (password "x") and one visitor of their
    // website (m_visitorId). Empty on success, else why not.
    QString openCoreWithVisitor()
    {
        if (QString error = openCore(); !error.isEmpty())
            return error;
        if (!server::bootstrapAccount(*m_accounts, QStringLiteral("dona@loja.example"),
                                      QStringLiteral("x"))
                 .ok)
            return QStringLiteral("the owner's account was not created");
        const auto visitor
            = identifyVisitor(*m_chat, *m_accounts, m_accounts->websites().first().widgetKey, {},
                              QStringLiteral("pt-BR"));
        if (!visitor)
            return QStringLiteral("the visitor was not created");
        m_visitorId = visitor->visitorId;
        return {};
    }

    void closeCore()
    {
        m_chat.reset();
        m_conversations.reset();
        m_accounts.reset();
        m_db.reset();
    }

    ScratchDatabase m_scratch;
    server::DatabaseUrl m_url;
    std::unique_ptr<server::Database> m_db;
    std::unique_ptr<server::AccountRepository> m_accounts;
    std::unique_ptr<server::ConversationRepository> m_conversations;
    std::unique_ptr<server::ChatService> m_chat;
    qint64 m_visitorId = 0; // openCoreWithVisitor()'s visitor
};

} // namespace papo::testing
