#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidgetItem;

namespace papo::desk {

class ScenarioTree;
struct ScenarioRefusal;

// One chatbot scenario in Settings → Chatbot (BOT-1…4): its name, the group a hand-over goes
// to, the tree of bot messages and visitor replies (add a reply, delete a branch, move), the
// texts of the chosen node, a preview of what the visitor sees there, and the end message.
// The server checks the rules; the node it refuses is marked in the tree.
class ScenarioEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget *parent = nullptr);

    void setGroups(const QList<QPair<qint64, QString>> &groups);
    // A scenario's wire form; {} starts a new one.
    void edit(const QJsonObject &scenario);
    QJsonObject scenario() const;
    qint64 scenarioId() const { return m_id; }
    ScenarioTree *tree() const { return m_tree; }

    void showRefusal(const ScenarioRefusal &refusal);
    // The scenario is now this one on the server (a new one got its id).
    void showSaved(qint64 id);
    QString statusText() const;

signals:
    void saveRequested(const QJsonObject &scenario);

private:
    QWidget *createNodeButtons();
    QWidget *createEndMessage();
    void showNode(QTreeWidgetItem *item);
    void nodeEdited();
    void deleteBranch();
    void move(int by);
    void updatePreview();
    void showStatus(const QString &text, bool error);

    qint64 m_id = 0;
    QLineEdit *m_name;
    QComboBox *m_group;
    ScenarioTree *m_tree;
    QPushButton *m_addReply;
    QPushButton *m_deleteBranch;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLineEdit *m_label;
    QPlainTextEdit *m_message;
    QLabel *m_preview;
    QCheckBox *m_endEnabled;
    QLineEdit *m_endMessage;
    QLabel *m_status;
    bool m_showingNode = false; // filling the fields is not an edit
};

} // namespace papo::desk
