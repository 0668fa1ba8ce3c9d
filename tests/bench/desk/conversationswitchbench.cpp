#include "conversationswitchbench.h"

#include "benchresults.h"
#include "longconversation.h"
#include "paintprobe.h"

#include <deskfixture.h>

#include "models/messagemodel.h"
#include "views/conversationlistpane.h"
#include "views/conversationview.h"

#include <protocol/protocollimits.h>

#include <QItemSelectionModel>
#include <QListView>
#include <QPushButton>

namespace papo::bench {

using desk::MessageModel;

namespace {

const QString Target = QStringLiteral("≤ 50 ms");

QModelIndex rowOf(QAbstractItemModel *model, qint64 conversationId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(desk::ConversationListModel::IdRole).toLongLong() == conversationId)
            return index;
    }
    return {};
}

double medianMs(const QList<double> &values)
{
    return quantile(values, 0.5);
}

} // namespace

qint64 ConversationSwitchBench::switchTo(qint64 conversationId, int minRows)
{
    QListView *mine = m_window->conversationList()->mineView();
    const QModelIndex row = rowOf(mine->model(), conversationId);
    if (!row.isValid())
        return -1;
    const MessageModel *messages = m_controller->messages();
    m_historyNs = -1;
    m_clock.start();
    // Through the selection model, as a click does: selecting the row opens the chat.
    mine->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    return m_probe->waitForPaint(m_clock, [&] {
        return messages->conversationId() == conversationId && messages->rowCount() >= minRows;
    });
}

QList<double> ConversationSwitchBench::loadEverything(int messages)
{
    // "Load earlier messages" until the first one, each page timed until it is painted.
    QList<double> pages;
    auto *button = m_window->conversationView()->findChild<QPushButton *>(
        QStringLiteral("loadEarlierButton"));
    const MessageModel *model = m_controller->messages();
    while (model->rowCount() < messages && button && button->isVisible()) {
        const int before = model->rowCount();
        if (!QTest::qWaitFor([&] { return button->isEnabled(); }, 30000))
            break;
        m_clock.start();
        button->click();
        const qint64 ns = m_probe->waitForPaint(m_clock, [&] {
            return model->rowCount() > before && !m_controller->isLoadingHistory();
        });
        if (ns < 0)
            break;
        pages.append(toMs(ns));
    }
    return pages;
}

bool ConversationSwitchBench::run(int messages, int switches)
{
    testing::ServerProcess server;
    server.setExtraArguments({QStringLiteral("--rate-limit-scale"), QStringLiteral("0")});
    QString token;
    if (!testing::startAndLogIn(server, &token)) {
        qWarning("papo-server did not start: %s", qPrintable(server.output()));
        return false;
    }
    const auto operatorSocket = testing::operatorSocket(server, token);
    if (!operatorSocket) {
        qWarning("the operator's socket was refused");
        return false;
    }
    QElapsedTimer writing;
    writing.start();
    LongConversation big(server);
    LongConversation small(server);
    if (!big.write(*operatorSocket, messages) || !small.write(*operatorSocket, 20)) {
        qWarning("the chats could not be written");
        return false;
    }
    const QList<common::ChatMessage> everything
        = LongConversation::readAll(*operatorSocket, big.conversationId());
    qInfo("wrote %d messages through papo-server in %.1f s, read back %lld", messages + 20,
          double(writing.elapsed()) / 1000, qlonglong(everything.size()));

    testing::DeskSession desk;
    desk.window.resize(1280, 800);
    if (!desk.showAndConnect(server, token)) {
        qWarning("the desk did not connect");
        return false;
    }
    m_window = &desk.window;
    m_controller = &desk.controller;
    if (!QTest::qWaitFor(
            [&] {
                return testing::listContains(*desk.controller.mine(), big.conversationId())
                       && testing::listContains(*desk.controller.mine(), small.conversationId());
            },
            30000)) {
        qWarning("the chats are not in the Mine list");
        const auto *all = desk.controller.conversations();
        for (int row = 0; row < all->rowCount(); ++row) {
            const QModelIndex index = all->index(row, 0);
            qWarning() << index.data(desk::ConversationListModel::IdRole)
                       << index.data(desk::ConversationListModel::OwnerIdRole)
                       << desk.controller.me().id;
        }
        return false;
    }
    m_window->conversationList()->showList(desk::ConversationListPane::List::Mine);
    PaintProbe probe(m_window->conversationView()->messageList()->viewport());
    m_probe = &probe;
    QObject::connect(m_controller, &desk::ChatController::historyLoadingChanged, m_controller,
                     [this](bool loading) {
                         if (!loading && m_clock.isValid())
                             m_historyNs = m_clock.nsecsElapsed();
                     });

    // What the desk does today: the newest page from the server, then "Load earlier".
    const int page = std::min(messages, papo::common::Limits::DefaultHistoryPage);
    if (switchTo(small.conversationId(), 20) < 0) {
        qWarning("the first chat was not painted");
        return false;
    }
    const qint64 first = switchTo(big.conversationId(), page);
    const double firstHistory = toMs(m_historyNs);
    switchTo(small.conversationId(), 20);
    const qint64 second = switchTo(big.conversationId(), page);
    QList<double> more;
    QList<double> roundTrips;
    for (int i = 0; i < switches; ++i) {
        switchTo(small.conversationId(), 20);
        more.append(toMs(switchTo(big.conversationId(), page)));
        roundTrips.append(toMs(m_historyNs));
    }
    m_results.addMs(
        QStringLiteral("switch to the %1-message chat (newest page), 1st").arg(messages),
        toMs(first), Target);
    m_results.addMs(QStringLiteral("  of which the history request"), firstHistory);
    m_results.addMs(QStringLiteral("switch back to it, 2nd (the desk asks again)"), toMs(second),
                    Target);
    m_results.addMs(QStringLiteral("switch to it, median of %1").arg(switches), medianMs(more),
                    Target);
    m_results.addMs(QStringLiteral("  of which the history request"), medianMs(roundTrips));

    // Scrolling back through the whole chat with "Load earlier messages".
    QElapsedTimer all;
    all.start();
    const QList<double> pages = loadEverything(messages);
    const double allMs = double(all.elapsed());
    if (!pages.isEmpty()) {
        m_results.addMs(QStringLiteral("load earlier: first page painted"), pages.first());
        m_results.addMs(QStringLiteral("load earlier: last page painted (%1 rows)")
                            .arg(m_controller->messages()->rowCount()),
                        pages.last());
        m_results.add(QStringLiteral("load earlier: all %1 pages").arg(pages.size()),
                      QStringLiteral("%1 s").arg(allMs / 1000, 0, 'f', 1));
    }

    // A visitor's message arriving in the chat with everything loaded: from the visitor's send
    // (through the server, a millisecond on loopback) until the desk has painted it.
    if (m_controller->messages()->rowCount() >= messages) {
        const int before = m_controller->messages()->rowCount();
        m_clock.start();
        m_probe->arm(m_clock, [&] { return m_controller->messages()->rowCount() > before; });
        big.visitorSays(QStringLiteral("One more question about the exchange…"));
        m_results.addMs(
            QStringLiteral("new message in the chat with %1 loaded: painted").arg(before),
            toMs(m_probe->wait()), QStringLiteral("≤ 16 ms"));
    }

    // As a local cache would: every message in the model as the chat opens.
    const auto fromCache
        = QObject::connect(m_controller, &desk::ChatController::openConversationChanged,
                           m_controller, [&](qint64 conversationId) {
                               if (conversationId == big.conversationId())
                                   m_controller->messages()->addMessages(everything);
                           });
    switchTo(small.conversationId(), 20);
    const qint64 cached = switchTo(big.conversationId(), int(everything.size()));
    switchTo(small.conversationId(), 20);
    const qint64 cachedAgain = switchTo(big.conversationId(), int(everything.size()));
    QObject::disconnect(fromCache);
    m_results.addMs(
        QStringLiteral("switch with all %1 in memory (a local cache), 1st").arg(everything.size()),
        toMs(cached), Target);
    m_results.addMs(QStringLiteral("switch with all %1 in memory, 2nd").arg(everything.size()),
                    toMs(cachedAgain), Target);
    return true;
}

} // namespace papo::bench
