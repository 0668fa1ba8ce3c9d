#include "traynotifier.h"

#include "chatcontroller.h"
#include "groupcontroller.h"
#include "models/chatcounts.h"
#include "models/conversationlistmodel.h"
#include "models/groupmodel.h"
#include "models/messagepreview.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace papo::desk {

namespace {

constexpr int MaxBodyChars = 200;

QString notificationBody(const QString &text)
{
    QString body = text.simplified();
    if (body.size() > MaxBodyChars)
        body = body.left(MaxBodyChars - 1) + QChar(0x2026);
    return body;
}

} // namespace

QString TrayNotifier::trayMarkup(const QString &plain)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return plain.toHtmlEscaped();
#else
    return plain;
#endif
}

TrayNotifier::TrayNotifier(ChatController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_baseIcon(QStringLiteral(":/icons/papo.svg"))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_menu = std::make_unique<QMenu>();
        QAction *open = m_menu->addAction(tr("Open Papo"));
        connect(open, &QAction::triggered, this, &TrayNotifier::showWindowRequested);
        m_menu->addSeparator();
        QAction *quit = m_menu->addAction(tr("Quit"));
        connect(quit, &QAction::triggered, this, &TrayNotifier::quitRequested);

        m_tray = std::make_unique<QSystemTrayIcon>();
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray.get(), &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        emit showWindowRequested();
                });
        connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, [this] {
            emit showWindowRequested();
            if (m_lastShown.conversationId > 0)
                emit notificationClicked(m_lastShown.conversationId, m_lastShown.reason);
        });
        m_tray->show();
    }

    connect(m_controller, &ChatController::notifyReceived, this, &TrayNotifier::considerNotify);
    connect(m_controller, &ChatController::statusChanged, this, &TrayNotifier::refresh);
    connect(m_controller->counts(), &ChatCounts::changed, this, &TrayNotifier::refresh);
    refresh();
}

TrayNotifier::~TrayNotifier() = default;

int TrayNotifier::badgeCount() const
{
    return m_controller->counts()->total();
}

QString TrayNotifier::toolTip() const
{
    const ChatCounts *counts = m_controller->counts();
    QStringList parts;
    if (counts->waiting() > 0)
        parts << tr("%n waiting", nullptr, counts->waiting());
    if (counts->unread() > 0)
        parts << tr("%n unread", nullptr, counts->unread());
    if (parts.isEmpty())
        return tr("Papo");
    return tr("Papo: %1").arg(parts.join(QStringLiteral(", ")));
}

QIcon TrayNotifier::icon() const
{
    const int count = badgeCount();
    if (count == 0)
        return m_baseIcon;
    QIcon badged;
    // Drawn at each size the tray may ask for, so the number stays sharp at 200 %.
    for (const int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap = m_baseIcon.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(QColor(0x1f, 0x6f, 0xeb));
        }
        pixmap.setDevicePixelRatio(1.0);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal diameter = size * 0.62;
        const QRectF badge(size - diameter, 0, diameter, diameter);
        painter.setPen(Qt::NoPen);
        // The badge is the icon's own alert colour, the same on light and dark panels.
        painter.setBrush(QColor(0xd9, 0x30, 0x25));
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(diameter * (count > 9 ? 0.5 : 0.68))));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter,
                         count > 99 ? QStringLiteral("99+") : QString::number(count));
        painter.end();
        badged.addPixmap(pixmap);
    }
    return badged;
}

void TrayNotifier::setWindowActive(bool active)
{
    m_windowActive = active;
}

void TrayNotifier::considerNotify(const NotifyEvent &event)
{
    NotificationPolicy::Candidate candidate;
    candidate.conversationId = event.conversationId;
    candidate.messageId = event.messageId;
    candidate.reason = event.reason;
    candidate.alreadyVisible
        = m_windowActive && m_controller->openConversationId() == event.conversationId;
    if (!m_policy.shouldNotify(m_controller->status(), candidate))
        return;
    papo::common::ConversationSummary visitor;
    visitor.visitorId = event.visitorId;
    visitor.visitorName = event.visitorName;
    const QString name = ConversationListModel::displayName(visitor);
    QString title;
    switch (event.reason) {
    case NotifyEvent::Reason::Queued:
        title = tr("New chat from %1").arg(name);
        break;
    case NotifyEvent::Reason::Message:
        title = tr("Message from %1").arg(name);
        break;
    case NotifyEvent::Reason::Invited:
        title = tr("You were added to the chat with %1").arg(name);
        break;
    case NotifyEvent::Reason::Waiting:
        title = tr("%1 is waiting for an answer").arg(name);
        break;
    case NotifyEvent::Reason::Assigned: {
        const QString group = m_controller->groups()->groups()->name(event.groupId);
        title = group.isEmpty() ? tr("%1 was put in your group").arg(name)
                                : tr("%1 was put in your group %2").arg(name, group);
        break;
    }
    }
    m_lastShown = event;
    show(title, notificationBody(MessagePreview::of(event.text, event.attachmentName)));
    emit alerted(event);
}

void TrayNotifier::showNotice(const QString &title, const QString &body)
{
    m_lastShown = {};
    show(title, notificationBody(body));
}

void TrayNotifier::show(const QString &title, const QString &plainBody)
{
    if (m_tray)
        m_tray->showMessage(trayMarkup(title), trayMarkup(plainBody), m_baseIcon);
    refresh();
    emit notified(title, plainBody);
}

void TrayNotifier::refresh()
{
    if (!m_tray)
        return;
    m_tray->setIcon(icon());
    m_tray->setToolTip(toolTip());
}

} // namespace papo::desk
