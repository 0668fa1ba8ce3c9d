#pragma once

#include "net/inviteclient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace papo::desk {

// The login dialog's other page: joining the team with an invite link. The teammate pastes
// the link; once the server has said what it is (who invites, to which team, for which
// email), they choose their name and a password — the rules stated before typing — and join.
class JoinForm final : public QWidget
{
    Q_OBJECT

public:
    explicit JoinForm(QWidget *parent = nullptr);

    // Fills in the link field, as if it had been pasted.
    void setLink(const QString &link);
    void showInvite(const InviteDetails &invite);
    void showProblem(const QString &message);
    void setBusy(bool busy);
    void clear();
    QString linkText() const;

signals:
    // A link that reads as an invite: the server should say what it is.
    void linkEntered(const QUrl &serverUrl, const QString &token);
    void joinRequested(const papo::desk::InviteDetails &invite, const QString &name,
                       const QString &password);
    void backRequested();

private:
    void readLink();
    void submit();
    void updateButton();
    void showStatus(const QString &message, bool error);

    QLineEdit *m_link;
    QLabel *m_status;
    QWidget *m_details;
    QLabel *m_summary;
    QLabel *m_account;
    QLineEdit *m_name;
    QLabel *m_rules;
    QLineEdit *m_password;
    QPushButton *m_joinButton;
    InviteDetails m_invite;
    bool m_busy = false;
};

} // namespace papo::desk
