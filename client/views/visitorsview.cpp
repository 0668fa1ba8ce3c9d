#include "visitorsview.h"

#include "app/visitorcontroller.h"
#include "models/visitorlistmodel.h"
#include "tones.h"

#include <protocol/protocollimits.h>

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace papo::desk {

namespace {} // namespace

VisitorsView::VisitorsView(VisitorController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("visitorsView"));
    VisitorListModel *model = m_controller->onlineVisitors();
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(VisitorListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    // Top bar: counts, the start button and the column chooser.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("visitorsSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_more = new QLabel(this);
    m_more->setObjectName(QStringLiteral("visitorsMoreLabel"));
    m_more->setTextFormat(Qt::PlainText);
    Tones::setTone(m_more, Tones::Tone::Muted);
    auto *legend = new QLabel(tr("Green: chatting now · Grey: chatted before"), this);
    legend->setObjectName(QStringLiteral("visitorsLegendLabel"));
    legend->setTextFormat(Qt::PlainText);
    Tones::setTone(legend, Tones::Tone::Muted);
    m_startButton = new QPushButton(tr("Start a chat…"), this);
    m_startButton->setObjectName(QStringLiteral("startChatButton"));
    m_startButton->setToolTip(tr("Write the first message to the selected visitor"));
    connect(m_startButton, &QPushButton::clicked, this, &VisitorsView::startChatWithCurrent);
    auto *columns = new QToolButton(this);
    columns->setObjectName(QStringLiteral("visitorColumnsButton"));
    columns->setText(tr("Columns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    columns->setMenu(createColumnsMenu(columns));

    m_groupFilter = new QComboBox(this);
    m_groupFilter->setObjectName(QStringLiteral("visitorGroupFilter"));
    m_groupFilter->setAccessibleName(tr("Show the visitors of"));
    m_groupFilter->hide();
    connect(m_groupFilter, &QComboBox::activated, this, &VisitorsView::filterByGroup);
    m_proxy->setFilterRole(VisitorListModel::GroupRole);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 8);
    bar->setSpacing(12);
    bar->addWidget(m_summary);
    bar->addWidget(m_more);
    bar->addStretch(1);
    bar->addWidget(m_groupFilter);
    bar->addWidget(legend);
    bar->addWidget(columns);
    bar->addWidget(m_startButton);

    m_table->setObjectName(QStringLiteral("visitorsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAccessibleName(tr("Visitors online"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Arrival order until the operator picks a column; a third click goes back to it.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // Room for typical values: a name with an email, "São Paulo, Brazil", a page title...
    const QFontMetrics metrics = m_table->fontMetrics();
    const std::pair<int, const char *> widths[] = {
        {VisitorListModel::NameColumn, "Maria Souza · maria@ex.com"},
        {VisitorListModel::StatusColumn, "[] Chatted before"},
        {VisitorListModel::IndicatorsColumn, "Indicators"},
        {VisitorListModel::LocationColumn, "São Paulo, Brazil"},
        {VisitorListModel::CurrentPageColumn, "Cadeira ergonômica"},
        {VisitorListModel::GroupColumn, "vendas-sp"},
        {VisitorListModel::ReferrerColumn, "https://www.google.com"},
        {VisitorListModel::BrowserColumn, "Windows 10 / Chrome 131"},
        {VisitorListModel::DeviceColumn, "Desktop"},
        {VisitorListModel::TimeOnSiteColumn, "Time on site"},
        {VisitorListModel::PagesViewedColumn, "Pages viewed"},
        {VisitorListModel::VisitsColumn, "Visits"},
    };
    for (const auto &[column, sample] : widths)
        header->resizeSection(column, metrics.horizontalAdvance(QString::fromUtf8(sample)) + 12);

    // The columns menu also opens on the header.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QMenu *headerMenu = createColumnsMenu(header);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [header, headerMenu](const QPoint &position) {
                headerMenu->popup(header->viewport()->mapToGlobal(position));
            });

    // Rows: double-click, Enter or the context menu start a chat.
    auto *startAction = new QAction(tr("Start a chat…"), m_table);
    startAction->setObjectName(QStringLiteral("startChatAction"));
    connect(startAction, &QAction::triggered, this, &VisitorsView::startChatWithCurrent);
    m_table->addAction(startAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::activated, this, &VisitorsView::startChatWithCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitorsView::updateStartButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(createStartBox());

    connect(model, &VisitorListModel::countsChanged, this, &VisitorsView::updateSummary);
    connect(model, &QAbstractItemModel::modelReset, this, &VisitorsView::updateSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &VisitorsView::updateStartButton);
    connect(model, &QAbstractItemModel::modelReset, this, &VisitorsView::updateStartButton);
    connect(m_controller, &VisitorController::conversationStarted, this, [this](qint64 visitorId) {
        if (m_starting && visitorId == m_startVisitorId) {
            m_startEdit->clear();
            closeStartBox();
        }
    });
    connect(m_controller, &VisitorController::startConversationFailed, this,
            [this](qint64 visitorId, const QString &reason) {
                if (!m_starting || visitorId != m_startVisitorId)
                    return;
                m_starting = false;
                m_startEdit->setEnabled(true);
                m_startSend->setEnabled(true);
                m_startError->setText(tr("The message was not sent: %1").arg(reason));
                m_startError->show();
                m_startEdit->setFocus();
            });

    restoreColumns();
    updateSummary();
    updateStartButton();
}

QWidget *VisitorsView::createStartBox()
{
    m_startBox = new QFrame(this);
    m_startBox->setObjectName(QStringLiteral("startChatBox"));
    m_startBox->setStyleSheet(
        QStringLiteral("QFrame#startChatBox { border-top: 1px solid palette(mid);"
                       " background: palette(alternate-base); }"));
    m_startLabel = new QLabel(m_startBox);
    m_startLabel->setObjectName(QStringLiteral("startChatLabel"));
    m_startLabel->setTextFormat(Qt::PlainText);
    m_startEdit = new QLineEdit(m_startBox);
    m_startEdit->setObjectName(QStringLiteral("startChatEdit"));
    m_startEdit->setMaxLength(papo::common::Limits::MaxMessageChars);
    m_startEdit->setPlaceholderText(tr("Hello! Can I help you with anything?"));
    m_startEdit->setAccessibleName(tr("First message"));
    connect(m_startEdit, &QLineEdit::returnPressed, this, &VisitorsView::sendFirstMessage);
    m_startSend = new QPushButton(tr("Send"), m_startBox);
    m_startSend->setObjectName(QStringLiteral("startChatSendButton"));
    m_startSend->setAutoDefault(false);
    connect(m_startSend, &QPushButton::clicked, this, &VisitorsView::sendFirstMessage);
    auto *cancel = new QPushButton(tr("Cancel"), m_startBox);
    cancel->setObjectName(QStringLiteral("startChatCancelButton"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &VisitorsView::closeStartBox);
    m_startError = new QLabel(m_startBox);
    m_startError->setObjectName(QStringLiteral("startChatErrorLabel"));
    m_startError->setTextFormat(Qt::PlainText);
    m_startError->setWordWrap(true);
    Tones::setTone(m_startError, Tones::Tone::Error);
    m_startError->hide();

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_startEdit, 1);
    row->addWidget(m_startSend);
    row->addWidget(cancel);
    auto *layout = new QVBoxLayout(m_startBox);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_startLabel);
    layout->addLayout(row);
    layout->addWidget(m_startError);
    m_startBox->hide();
    return m_startBox;
}

QMenu *VisitorsView::createColumnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    const VisitorListModel *model = m_controller->onlineVisitors();
    for (int column = 0; column < VisitorListModel::ColumnCount; ++column) {
        if (column == VisitorListModel::NameColumn)
            continue; // always there: a row must say who it is
        QAction *action = menu->addAction(
            model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("showColumn_") + VisitorListModel::columnKey(column));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this,
                [this, column](bool checked) { setColumnShown(column, checked); });
    }
    // Both menus (button and header) show the current state when they open.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            const int column = VisitorListModel::columnForKey(
                action->objectName().mid(int(qstrlen("showColumn_"))));
            const QSignalBlocker blocker(action);
            action->setChecked(isColumnShown(column));
        }
    });
    return menu;
}

QString VisitorsView::hiddenColumnsKey()
{
    return QStringLiteral("visitorsView/hiddenColumns");
}

void VisitorsView::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= VisitorListModel::ColumnCount
        || column == VisitorListModel::NameColumn || isColumnShown(column) == shown)
        return;
    m_table->setColumnHidden(column, !shown);
    saveColumns();
}

bool VisitorsView::isColumnShown(int column) const
{
    return column >= 0 && column < VisitorListModel::ColumnCount
           && !m_table->isColumnHidden(column);
}

void VisitorsView::restoreColumns()
{
    const QStringList hidden = QSettings().value(hiddenColumnsKey()).toStringList();
    for (int column = 0; column < VisitorListModel::ColumnCount; ++column) {
        m_table->setColumnHidden(column,
                                 column != VisitorListModel::NameColumn
                                     && hidden.contains(VisitorListModel::columnKey(column)));
    }
}

void VisitorsView::saveColumns() const
{
    QStringList hidden;
    for (int column = 0; column < VisitorListModel::ColumnCount; ++column) {
        if (m_table->isColumnHidden(column))
            hidden << VisitorListModel::columnKey(column);
    }
    QSettings().setValue(hiddenColumnsKey(), hidden);
}

void VisitorsView::updateSummary()
{
    const VisitorListModel *model = m_controller->onlineVisitors();
    m_summary->setText(tr("Online now: %n", nullptr, model->total()));
    const int more = model->moreCount();
    m_more->setVisible(more > 0);
    m_more->setText(tr("+%1 more").arg(more));
    m_more->setToolTip(tr("The list shows at most %1 visitors: %2 per operator seat.")
                           .arg(model->capacity())
                           .arg(VisitorListModel::VisitorsPerSeat));
}

qint64 VisitorsView::currentVisitorId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(VisitorListModel::IdRole).toLongLong() : 0;
}

void VisitorsView::updateStartButton()
{
    m_startButton->setEnabled(currentVisitorId() > 0);
}

void VisitorsView::startChatWithCurrent()
{
    startChatWith(currentVisitorId());
}

void VisitorsView::startChatWith(qint64 visitorId)
{
    if (visitorId <= 0 || m_starting)
        return;
    const VisitorInfo *visitor = m_controller->onlineVisitors()->find(visitorId);
    VisitorInfo named = visitor ? *visitor : VisitorInfo();
    named.id = visitorId;
    m_startVisitorId = visitorId;
    m_startLabel->setText(tr("First message to %1:").arg(VisitorListModel::displayName(named)));
    m_startError->hide();
    m_startEdit->setEnabled(true);
    m_startSend->setEnabled(true);
    m_startBox->show();
    m_startEdit->setFocus();
}

void VisitorsView::sendFirstMessage()
{
    const QString text = m_startEdit->text().trimmed();
    if (text.isEmpty() || m_startVisitorId <= 0 || m_starting)
        return;
    m_starting = true;
    m_startError->hide();
    m_startEdit->setEnabled(false);
    m_startSend->setEnabled(false);
    m_controller->startConversation(m_startVisitorId, text);
}

void VisitorsView::closeStartBox()
{
    m_starting = false;
    m_startVisitorId = 0;
    m_startEdit->setEnabled(true);
    m_startSend->setEnabled(true);
    m_startError->hide();
    m_startBox->hide();
}

void VisitorsView::setGroupChoices(const QList<std::pair<qint64, QString>> &groups)
{
    const QString chosen
        = m_groupFilter->currentIndex() > 0 ? m_groupFilter->currentText() : QString();
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), -1);
    for (const auto &[id, name] : groups)
        m_groupFilter->addItem(name, id);
    m_groupFilter->addItem(tr("No group"), 0);
    const int keep = chosen.isEmpty() ? 0 : m_groupFilter->findText(chosen);
    m_groupFilter->setCurrentIndex(qMax(0, keep));
    m_groupFilter->setVisible(groups.size() >= 2);
    filterByGroup();
}

void VisitorsView::filterByGroup()
{
    // The group column holds the group's name (unique on a website); "" without one.
    const qint64 id = !m_groupFilter->isHidden() ? m_groupFilter->currentData().toLongLong() : -1;
    if (id < 0)
        m_proxy->setFilterRegularExpression(QString());
    else
        m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^%1$").arg(
            id == 0 ? QString() : QRegularExpression::escape(m_groupFilter->currentText()))));
}

} // namespace papo::desk
