#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;

namespace papo::desk {

class GroupController;
class TeamController;
class WebsiteSettingsController;

// Settings → Groups (GRP-1, GRP-3), for owners and admins: the website's groups; adding,
// renaming and deleting one; its operators as check boxes (saved as they are ticked); the
// line that sends a page's visitors to it (window.PapoGroupID) with a Copy button; and
// whether the widget asks visitors without a group to choose one with their first message.
class GroupsSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    GroupsSettingsPage(GroupController *groups, TeamController *team,
                       WebsiteSettingsController *websites, QWidget *parent = nullptr);

    qint64 currentGroupId() const;
    void selectGroup(qint64 groupId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createGroupList();
    QWidget *createGroupDetails();
    QWidget *createQuestionBox();
    void showWebsites();
    void showCurrentGroup();
    void showMembers();
    void addGroup();
    void saveGroup();
    void deleteGroup();
    void saveMembers();
    void saveQuestion();
    void showError(const QString &text);
    qint64 websiteId() const;

    GroupController *m_groups;
    TeamController *m_team;
    WebsiteSettingsController *m_websites;
    QSortFilterProxyModel *m_websiteGroups;
    QComboBox *m_website = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_add = nullptr;
    QWidget *m_details = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QListWidget *m_members = nullptr;
    QLineEdit *m_snippet = nullptr;
    QPushButton *m_copy = nullptr;
    QCheckBox *m_ask = nullptr;
    QCheckBox *m_notSure = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_pendingSelection = 0; // a group just added: selected once it is listed
    bool m_updating = false;
};

} // namespace papo::desk
