#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace papo::desk {

class GroupController;
class TeamModel;
class VisitorController;

// The visitor panel's group (GRP-2): a choice of the website's groups (or none) that an
// operator changes to route the chat — the group's operators are told at once — and, under
// it, how the visitor got the group they have: from the page, its script, an automatic
// action, a targeted message, a teammate (named) or their own choice, and when.
class VisitorGroupBox final : public QWidget
{
    Q_OBJECT

public:
    VisitorGroupBox(VisitorController *visitors, GroupController *groups, const TeamModel *team,
                    QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    QLabel *sourceLabel() const { return m_source; }
    // "From the page", "Chosen by Ana"...: how a visitor got their group (GRP-2).
    QString sourceText(const QString &source, qint64 byOperatorId) const;

private:
    void update();
    void choose(int index);

    VisitorController *m_visitors;
    GroupController *m_groups;
    const TeamModel *m_team;
    QComboBox *m_combo;
    QLabel *m_source;
    bool m_updating = false;
};

} // namespace papo::desk
