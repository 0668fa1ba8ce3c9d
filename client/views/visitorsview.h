#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace papo::desk {

class VisitorController;

// Visitors online (VIS-1..4): a sortable table of everyone on the site, with the columns
// the operator chose (remembered in QSettings), grey rows for visitors who chatted before
// and light green ones for those chatting now, "+N more" beyond the seats' limit, and a box
// to write the first message to a visitor (ACT-7).
class VisitorsView final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitorsView(VisitorController *controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    void setColumnShown(int column, bool shown);
    bool isColumnShown(int column) const;
    // Opens the first-message box for this visitor.
    void startChatWith(qint64 visitorId);
    // VIS-2, GRP-1: the groups to filter by (id, name), shown from two on.
    void setGroupChoices(const QList<std::pair<qint64, QString>> &groups);
    QComboBox *groupFilter() const { return m_groupFilter; }

    static QString hiddenColumnsKey();

private:
    QWidget *createStartBox();
    QMenu *createColumnsMenu(QWidget *parent);
    void restoreColumns();
    void saveColumns() const;
    void updateSummary();
    void updateStartButton();
    void startChatWithCurrent();
    void sendFirstMessage();
    void closeStartBox();
    qint64 currentVisitorId() const;

    VisitorController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    void filterByGroup();

    QComboBox *m_groupFilter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_more = nullptr;
    QPushButton *m_startButton = nullptr;
    QFrame *m_startBox = nullptr;
    QLabel *m_startLabel = nullptr;
    QLineEdit *m_startEdit = nullptr;
    QPushButton *m_startSend = nullptr;
    QLabel *m_startError = nullptr;
    qint64 m_startVisitorId = 0;
    bool m_starting = false;
};

} // namespace papo::desk
