#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace papo::desk {

class TeamController;

// A new account's first login: visitors see the name, title and photo of whoever answers, so
// papo-desk asks for them once. "Save" stores them; "Skip" keeps what there is (both end the
// request; the Team tab's "My profile" changes them later).
class ProfileSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileSetupDialog(TeamController *team, QWidget *parent = nullptr);

    // Fills in what the account has now (the name chosen when joining).
    void reload();
    // What "Choose photo…" does once a file is picked.
    void uploadPhoto(const QString &filePath);

private:
    void choosePhoto();
    void save(bool keepAsIs);
    void showMessage(const QString &text, bool error);
    void updatePhoto();

    TeamController *m_team;
    QLabel *m_heading;
    QLabel *m_photo;
    QPushButton *m_photoButton;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLabel *m_message;
    QPushButton *m_saveButton;
    bool m_saving = false;
};

} // namespace papo::desk
