#include "teampane.h"

#include "app/teamcontroller.h"
#include "models/teammodel.h"
#include "onetimelinkdialog.h"
#include "photofiledialog.h"
#include "tones.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
constexpr int ProfilePhotoSize = 96;
} // namespace

TeamPane::TeamPane(TeamController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("teamPane"));

    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setModel(m_controller->members());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setIconSize(QSize(TeamModel::AvatarSize, TeamModel::AvatarSize));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(TeamModel::AvatarSize + 12);
    m_table->horizontalHeader()->setSectionResizeMode(TeamModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TeamModel::TitleColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_teamMessage = new QLabel(this);
    m_teamMessage->setObjectName(QStringLiteral("teamMessageLabel"));
    m_teamMessage->setTextFormat(Qt::PlainText);
    m_teamMessage->setWordWrap(true);
    m_teamMessage->hide();

    m_heading = new QLabel(tr("Team"), this);
    m_heading->setObjectName(QStringLiteral("teamHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    auto *teamColumn = new QVBoxLayout;
    teamColumn->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(createAdminBar());
    teamColumn->addLayout(top);
    teamColumn->addWidget(createInviteBox());
    teamColumn->addWidget(m_table, 1);
    teamColumn->addWidget(m_teamMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(16);
    layout->addWidget(createProfileBox());
    layout->addLayout(teamColumn, 1);

    connect(m_controller, &TeamController::teamChanged, this, [this] {
        const QString name = m_controller->teamName();
        m_heading->setText(name.isEmpty() ? tr("Team") : name);
        updateProfile();
        updateAdminControls();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamPane::updateAdminControls);
    // Every `team` event resets the list: the selected operator stays selected.
    connect(m_controller->members(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = selectedOperatorId(); });
    connect(m_controller->members(), &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_controller->members()->rowOf(m_selectedBeforeReset);
        if (row >= 0)
            m_table->selectRow(row);
    });
    connect(m_controller, &TeamController::profileSaved, this, [this] {
        m_profileEdited = false;
        showMessage(m_profileMessage, tr("Profile saved."), false);
        updateProfile();
    });
    connect(m_controller, &TeamController::profileFailed, this,
            [this](const QString &reason) { showMessage(m_profileMessage, reason, true); });
    connect(m_controller, &TeamController::photoUploaded, this, [this] {
        m_photoButton->setEnabled(true);
        showMessage(m_profileMessage, tr("Photo updated."), false);
    });
    connect(m_controller, &TeamController::photoFailed, this, [this](const QString &reason) {
        m_photoButton->setEnabled(true);
        showMessage(m_profileMessage, reason, true);
    });
    connect(m_controller, &TeamController::inviteCreated, this,
            [this](const QString &link, const QDateTime &expiresAt) {
                m_inviteCreate->setEnabled(true);
                m_inviteLink->setText(link);
                m_inviteLink->show();
                m_inviteCopy->show();
                showMessage(
                    m_inviteMessage,
                    tr("Send this link to your teammate. It works once, until %1.")
                        .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)),
                    false);
            });
    connect(m_controller, &TeamController::inviteFailed, this, [this](const QString &reason) {
        m_inviteCreate->setEnabled(true);
        showMessage(m_inviteMessage, reason, true);
    });
    connect(m_controller, &TeamController::changeFailed, this,
            [this](const QString &reason) { showMessage(m_teamMessage, reason, true); });
    connect(m_controller, &TeamController::passwordResetCreated, this, &TeamPane::showResetLink);
    updateProfile();
    updateAdminControls();
}

QWidget *TeamPane::createProfileBox()
{
    auto *box = new QGroupBox(tr("My profile"), this);
    box->setObjectName(QStringLiteral("profileBox"));
    box->setFixedWidth(300);

    m_photo = new QLabel(box);
    m_photo->setObjectName(QStringLiteral("profilePhotoLabel"));
    m_photo->setFixedSize(ProfilePhotoSize, ProfilePhotoSize);
    m_photoButton = new QPushButton(tr("Choose photo…"), box);
    m_photoButton->setObjectName(QStringLiteral("profilePhotoButton"));
    m_photoButton->setToolTip(tr("A PNG, JPEG, WebP or GIF picture of at most 5 MiB; visitors "
                                 "see it in the chat window"));
    connect(m_photoButton, &QPushButton::clicked, this, &TeamPane::choosePhoto);

    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setMaxLength(100);
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("profileTitleEdit"));
    m_title->setMaxLength(100);
    m_title->setPlaceholderText(tr("e.g. Customer support"));
    for (QLineEdit *edit : {m_name, m_title})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_profileEdited = true; });
    m_saveButton = new QPushButton(tr("Save profile"), box);
    m_saveButton->setObjectName(QStringLiteral("profileSaveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &TeamPane::saveProfile);
    connect(m_name, &QLineEdit::returnPressed, this, &TeamPane::saveProfile);
    connect(m_title, &QLineEdit::returnPressed, this, &TeamPane::saveProfile);

    m_profileMessage = new QLabel(box);
    m_profileMessage->setObjectName(QStringLiteral("profileMessageLabel"));
    m_profileMessage->setTextFormat(Qt::PlainText);
    m_profileMessage->setWordWrap(true);
    m_profileMessage->hide();

    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addWidget(m_photoButton, 0, Qt::AlignVCenter);
    photoRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Title"), m_title);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(photoRow);
    layout->addLayout(form);
    layout->addWidget(m_saveButton, 0, Qt::AlignRight);
    layout->addWidget(m_profileMessage);
    layout->addStretch(1);
    return box;
}

QWidget *TeamPane::createAdminBar()
{
    m_adminBar = new QWidget(this);
    m_adminBar->setObjectName(QStringLiteral("teamAdminBar"));
    auto *invite = new QPushButton(tr("Invite teammate…"), m_adminBar);
    invite->setObjectName(QStringLiteral("inviteButton"));
    connect(invite, &QPushButton::clicked, this, &TeamPane::showInviteBox);
    m_roleButton = new QPushButton(m_adminBar);
    m_roleButton->setObjectName(QStringLiteral("roleButton"));
    connect(m_roleButton, &QPushButton::clicked, this, &TeamPane::toggleRoleOfSelected);
    m_activeButton = new QPushButton(m_adminBar);
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    connect(m_activeButton, &QPushButton::clicked, this, &TeamPane::toggleActiveOfSelected);
    m_resetButton = new QPushButton(tr("Reset password…"), m_adminBar);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_resetButton->setToolTip(tr("Log the teammate out everywhere and make a one-time link to "
                                 "choose a new password"));
    connect(m_resetButton, &QPushButton::clicked, this, &TeamPane::confirmResetOfSelected);
    auto *rename = new QPushButton(tr("Team name…"), m_adminBar);
    rename->setObjectName(QStringLiteral("teamNameButton"));
    rename->setToolTip(tr("The name new teammates see on their invite"));
    connect(rename, &QPushButton::clicked, this, &TeamPane::renameTeam);
    auto *layout = new QHBoxLayout(m_adminBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_roleButton);
    layout->addWidget(m_activeButton);
    layout->addWidget(m_resetButton);
    layout->addWidget(rename);
    layout->addWidget(invite);
    return m_adminBar;
}

QFrame *TeamPane::createInviteBox()
{
    m_inviteBox = new QFrame(this);
    m_inviteBox->setObjectName(QStringLiteral("inviteBox"));
    m_inviteBox->setFrameShape(QFrame::StyledPanel);
    m_inviteBox->hide();
    m_inviteEmail = new QLineEdit(m_inviteBox);
    m_inviteEmail->setObjectName(QStringLiteral("inviteEmailEdit"));
    m_inviteEmail->setPlaceholderText(tr("teammate@example.com"));
    m_inviteEmail->setMaxLength(254);
    m_inviteRole = new QComboBox(m_inviteBox);
    m_inviteRole->setObjectName(QStringLiteral("inviteRoleCombo"));
    m_inviteRole->addItem(TeamModel::roleText(QStringLiteral("operator")),
                          QStringLiteral("operator"));
    m_inviteRole->addItem(TeamModel::roleText(QStringLiteral("admin")), QStringLiteral("admin"));
    m_inviteCreate = new QPushButton(tr("Create invite link"), m_inviteBox);
    m_inviteCreate->setObjectName(QStringLiteral("inviteCreateButton"));
    connect(m_inviteCreate, &QPushButton::clicked, this, &TeamPane::createInvite);
    connect(m_inviteEmail, &QLineEdit::returnPressed, this, &TeamPane::createInvite);
    auto *close = new QPushButton(tr("Close"), m_inviteBox);
    connect(close, &QPushButton::clicked, m_inviteBox, &QWidget::hide);
    m_inviteLink = new QLineEdit(m_inviteBox);
    m_inviteLink->setObjectName(QStringLiteral("inviteLinkEdit"));
    m_inviteLink->setReadOnly(true);
    m_inviteLink->hide();
    m_inviteCopy = new QPushButton(tr("Copy"), m_inviteBox);
    m_inviteCopy->setObjectName(QStringLiteral("inviteCopyButton"));
    m_inviteCopy->hide();
    connect(m_inviteCopy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_inviteLink->text());
        showMessage(m_inviteMessage, tr("Link copied."), false);
    });
    m_inviteMessage = new QLabel(m_inviteBox);
    m_inviteMessage->setObjectName(QStringLiteral("inviteMessageLabel"));
    m_inviteMessage->setTextFormat(Qt::PlainText);
    m_inviteMessage->setWordWrap(true);
    m_inviteMessage->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Email"), m_inviteBox));
    row->addWidget(m_inviteEmail, 1);
    row->addWidget(m_inviteRole);
    row->addWidget(m_inviteCreate);
    row->addWidget(close);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_inviteLink, 1);
    linkRow->addWidget(m_inviteCopy);
    auto *layout = new QVBoxLayout(m_inviteBox);
    layout->addLayout(row);
    layout->addLayout(linkRow);
    layout->addWidget(m_inviteMessage);
    return m_inviteBox;
}

void TeamPane::showMessage(QLabel *label, const QString &text, bool error)
{
    Tones::setTone(label, error ? Tones::Tone::Error : Tones::Tone::Muted);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void TeamPane::updateProfile()
{
    const TeamMember *me = m_controller->me();
    m_photo->setPixmap(me ? QPixmap::fromImage(m_controller->photoOf(me->id, ProfilePhotoSize))
                          : QPixmap());
    if (me && !m_profileEdited) {
        m_name->setText(me->name);
        m_title->setText(me->title);
    }
    m_saveButton->setEnabled(me != nullptr);
    m_photoButton->setEnabled(me != nullptr);
}

qint64 TeamPane::selectedOperatorId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TeamModel::IdRole).toLongLong();
}

void TeamPane::updateAdminControls()
{
    const bool admin = m_controller->isAdmin();
    m_adminBar->setVisible(admin);
    if (!admin)
        m_inviteBox->hide();
    const TeamMember *selected = m_controller->members()->find(selectedOperatorId());
    // The owner's role and account never change, nor does one deactivate oneself.
    const bool changeable = selected && selected->role != QLatin1String("owner")
                            && selected->id != m_controller->myId();
    m_roleButton->setEnabled(changeable);
    m_activeButton->setEnabled(changeable);
    m_resetButton->setEnabled(changeable && selected->active);
    const bool isAdmin = selected && selected->role == QLatin1String("admin");
    m_roleButton->setText(isAdmin ? tr("Make operator") : tr("Make admin"));
    m_activeButton->setText(selected && !selected->active ? tr("Reactivate…") : tr("Deactivate…"));
}

void TeamPane::choosePhoto()
{
    const QString path = PhotoFileDialog::choose(this);
    if (!path.isEmpty())
        uploadPhoto(path);
}

void TeamPane::uploadPhoto(const QString &filePath)
{
    m_photoButton->setEnabled(false);
    showMessage(m_profileMessage, tr("Uploading the photo…"), false);
    m_controller->uploadPhoto(filePath);
}

void TeamPane::saveProfile()
{
    showMessage(m_profileMessage, QString(), false);
    m_controller->updateProfile(m_name->text(), m_title->text());
}

void TeamPane::showInviteBox()
{
    m_inviteBox->show();
    m_inviteLink->clear();
    m_inviteLink->hide();
    m_inviteCopy->hide();
    showMessage(m_inviteMessage, QString(), false);
    m_inviteEmail->setFocus();
}

void TeamPane::createInvite()
{
    if (!m_inviteEmail->text().contains(QLatin1Char('@'))) {
        showMessage(m_inviteMessage, tr("Enter your teammate's email address."), true);
        return;
    }
    m_inviteCreate->setEnabled(false);
    showMessage(m_inviteMessage, QString(), false);
    m_controller->invite(m_inviteEmail->text(), m_inviteRole->currentData().toString());
}

void TeamPane::toggleRoleOfSelected()
{
    const TeamMember *selected = m_controller->members()->find(selectedOperatorId());
    if (!selected)
        return;
    showMessage(m_teamMessage, QString(), false);
    m_controller->setRole(selected->id, selected->role == QLatin1String("admin")
                                            ? QStringLiteral("operator")
                                            : QStringLiteral("admin"));
}

void TeamPane::toggleActiveOfSelected()
{
    const TeamMember *selected = m_controller->members()->find(selectedOperatorId());
    if (!selected)
        return;
    const qint64 operatorId = selected->id;
    const bool activate = !selected->active;
    auto *confirm = new QMessageBox(
        QMessageBox::Question, activate ? tr("Reactivate account") : tr("Deactivate account"),
        activate ? tr("Let %1 log in again?").arg(selected->name)
                 : tr("Deactivate %1? They are logged out at once and cannot log in again "
                      "until reactivated. Their conversations stay.")
                       .arg(selected->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmActiveBox"));
    confirm->setTextFormat(Qt::PlainText);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, operatorId, activate](int result) {
        if (result == QMessageBox::Yes) {
            showMessage(m_teamMessage, QString(), false);
            m_controller->setActive(operatorId, activate);
        }
    });
    confirm->open();
}

void TeamPane::confirmResetOfSelected()
{
    const TeamMember *selected = m_controller->members()->find(selectedOperatorId());
    if (!selected)
        return;
    const qint64 operatorId = selected->id;
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Reset password"),
        tr("Reset %1's password? %1 is logged out of papo-desk everywhere at once and the current "
           "password stops working. You get a link, valid for 1 hour, to send to %1 to choose a "
           "new one.")
            .arg(selected->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmResetBox"));
    confirm->setTextFormat(Qt::PlainText);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, operatorId](int result) {
        if (result == QMessageBox::Yes) {
            showMessage(m_teamMessage, QString(), false);
            m_controller->resetPassword(operatorId);
        }
    });
    confirm->open();
}

void TeamPane::showResetLink(qint64 operatorId, const QString &link, const QDateTime &expiresAt)
{
    const TeamMember *member = m_controller->members()->find(operatorId);
    const QString name = member ? member->name : tr("your teammate");
    if (m_resetLinkDialog)
        m_resetLinkDialog->close();
    m_resetLinkDialog = new OneTimeLinkDialog(
        tr("Password reset link"),
        tr("Send this link to %1 (by chat or email). It works once, until %2, and lets %1 "
           "choose a new password.")
            .arg(name, QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat)),
        link, this);
    m_resetLinkDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_resetLinkDialog, &QObject::destroyed, this, [this] { m_resetLinkDialog = nullptr; });
    m_resetLinkDialog->open();
}

void TeamPane::renameTeam()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("teamNameDialog"));
    dialog->setWindowTitle(tr("Team name"));
    dialog->setLabelText(tr("The name new teammates see on their invite, e.g. your shop's:"));
    dialog->setTextValue(m_controller->teamName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        showMessage(m_teamMessage, QString(), false);
        m_controller->setTeamName(name.left(100));
    });
    dialog->open();
}

} // namespace papo::desk
