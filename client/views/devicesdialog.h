#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace papo::desk {

class AccountController;

// "My devices": where this account is signed in to papo-desk (device name, last used,
// address), with "Log out" for the one selected and "Log out everywhere" after a
// confirmation. The server closes the sockets of what it logs out at once.
class DevicesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DevicesDialog(AccountController *account, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // Asks the server for the list again (what opening the dialog does).
    void reload();

private:
    void logOutSelected();
    void confirmLogOutEverywhere();
    void updateButtons();
    qint64 selectedDeviceId() const;

    AccountController *m_account;
    QTableView *m_table;
    QPushButton *m_logOutButton;
    QPushButton *m_everywhereButton;
    QLabel *m_message;
};

} // namespace papo::desk
