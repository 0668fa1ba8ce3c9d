#include "profilesetupdialog.h"
#include "photofiledialog.h"
#include "tones.h"

#include "app/teamcontroller.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
constexpr int PhotoSize = 96;
} // namespace

ProfileSetupDialog::ProfileSetupDialog(TeamController *team, QWidget *parent)
    : QDialog(parent)
    , m_team(team)
    , m_heading(new QLabel(this))
    , m_photo(new QLabel(this))
    , m_photoButton(new QPushButton(tr("Choose photo…"), this))
    , m_name(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("profileSetupDialog"));
    setWindowTitle(tr("Complete your profile"));
    setMinimumWidth(460);

    m_heading->setObjectName(QStringLiteral("profileSetupHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Visitors see your name, title and photo when you answer. A "
                                "friendly, real photo builds much more trust than a logo."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    Tones::setTone(intro, Tones::Tone::Muted);

    m_photo->setObjectName(QStringLiteral("profileSetupPhoto"));
    m_photo->setFixedSize(PhotoSize, PhotoSize);
    m_photoButton->setObjectName(QStringLiteral("profileSetupPhotoButton"));
    connect(m_photoButton, &QPushButton::clicked, this, &ProfileSetupDialog::choosePhoto);
    m_name->setObjectName(QStringLiteral("profileSetupNameEdit"));
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. João or João Araújo"));
    m_title->setObjectName(QStringLiteral("profileSetupTitleEdit"));
    m_title->setMaxLength(100);
    m_title->setPlaceholderText(tr("e.g. Customer support"));

    m_message->setObjectName(QStringLiteral("profileSetupMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("profileSetupSaveButton"));
    m_saveButton->setDefault(true);
    QPushButton *skip = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("profileSetupSkipButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { save(true); });

    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addWidget(m_photoButton, 0, Qt::AlignVCenter);
    photoRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Title"), m_title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 18);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addLayout(photoRow);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_team, &TeamController::teamChanged, this, &ProfileSetupDialog::updatePhoto);
    connect(m_team, &TeamController::photoUploaded, this, [this] {
        m_photoButton->setEnabled(true);
        showMessage(tr("Photo updated."), false);
    });
    connect(m_team, &TeamController::photoFailed, this, [this](const QString &reason) {
        m_photoButton->setEnabled(true);
        showMessage(reason, true);
    });
    connect(m_team, &TeamController::profileSaved, this, [this] {
        if (!m_saving)
            return;
        m_saving = false;
        accept();
    });
    connect(m_team, &TeamController::profileFailed, this, [this](const QString &reason) {
        if (!m_saving)
            return;
        m_saving = false;
        m_saveButton->setEnabled(true);
        showMessage(reason, true);
    });
}

void ProfileSetupDialog::reload()
{
    const TeamMember *me = m_team->me();
    m_heading->setText(me ? tr("Welcome to Papo, %1!").arg(me->name) : tr("Welcome to Papo!"));
    m_name->setText(me ? me->name : QString());
    m_title->setText(me ? me->title : QString());
    m_saving = false;
    m_saveButton->setEnabled(true);
    showMessage(QString(), false);
    updatePhoto();
    m_title->setFocus();
}

void ProfileSetupDialog::updatePhoto()
{
    const TeamMember *me = m_team->me();
    m_photo->setPixmap(me ? QPixmap::fromImage(m_team->photoOf(me->id, PhotoSize)) : QPixmap());
}

void ProfileSetupDialog::showMessage(const QString &text, bool error)
{
    Tones::setTone(m_message, error ? Tones::Tone::Error : Tones::Tone::Muted);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ProfileSetupDialog::choosePhoto()
{
    const QString path = PhotoFileDialog::choose(this);
    if (!path.isEmpty())
        uploadPhoto(path);
}

void ProfileSetupDialog::uploadPhoto(const QString &filePath)
{
    m_photoButton->setEnabled(false);
    showMessage(tr("Uploading the photo…"), false);
    m_team->uploadPhoto(filePath);
}

void ProfileSetupDialog::save(bool keepAsIs)
{
    const TeamMember *me = m_team->me();
    if (keepAsIs && !me) { // nothing known yet to keep: just close
        reject();
        return;
    }
    m_saving = true;
    m_saveButton->setEnabled(false);
    // Skipping saves the profile as it is, which ends the first login's request too.
    if (keepAsIs)
        m_team->updateProfile(me->name, me->title);
    else
        m_team->updateProfile(m_name->text(), m_title->text());
}

} // namespace papo::desk
