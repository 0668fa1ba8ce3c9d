#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace papo::desk {
class OneTimeLinkDialog;
}

namespace papo::desk {

class TeamController;

// The Team tab (TEAM-1..3): everyone on the team with photo, name, title, role, status and
// whether their account is active; "My profile" to change one's name, title and photo; and
// for owners and admins, inviting a teammate (a one-time link to copy), changing a role,
// resetting a teammate's password (a one-time link), naming the team and deactivating or
// reactivating an account after a confirmation. Operators see the list and their own profile
// only (the server refuses the rest anyway).
class TeamPane final : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPane(TeamController *controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Uploads this file as the operator's photo (what "Choose photo…" does once picked).
    void uploadPhoto(const QString &filePath);
    // The last password reset link shown, while its dialog is open.
    OneTimeLinkDialog *resetLinkDialog() const { return m_resetLinkDialog; }

private:
    QWidget *createProfileBox();
    QWidget *createAdminBar();
    QFrame *createInviteBox();
    void updateProfile();
    void updateAdminControls();
    void choosePhoto();
    void saveProfile();
    void showInviteBox();
    void createInvite();
    void toggleRoleOfSelected();
    void toggleActiveOfSelected();
    void confirmResetOfSelected();
    void showResetLink(qint64 operatorId, const QString &link, const QDateTime &expiresAt);
    void renameTeam();
    void showMessage(QLabel *label, const QString &text, bool error);
    qint64 selectedOperatorId() const;

    TeamController *m_controller;
    QTableView *m_table;
    QLabel *m_photo = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QPushButton *m_photoButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_profileMessage = nullptr;
    QLabel *m_heading = nullptr;
    QWidget *m_adminBar = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_roleButton = nullptr;
    QPushButton *m_activeButton = nullptr;
    QLabel *m_teamMessage = nullptr;
    QFrame *m_inviteBox = nullptr;
    QLineEdit *m_inviteEmail = nullptr;
    QComboBox *m_inviteRole = nullptr;
    QPushButton *m_inviteCreate = nullptr;
    QLineEdit *m_inviteLink = nullptr;
    QPushButton *m_inviteCopy = nullptr;
    QLabel *m_inviteMessage = nullptr;
    OneTimeLinkDialog *m_resetLinkDialog = nullptr;
    qint64 m_selectedBeforeReset = 0;
    bool m_profileEdited = false; // the fields hold the operator's edits: keep them
};

} // namespace papo::desk
