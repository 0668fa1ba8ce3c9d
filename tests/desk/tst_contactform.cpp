#include "deskfixture.h"

#include "app/visitorcontroller.h"
#include "models/widgettextlabels.h"
#include "models/widgettextsmodel.h"
#include "views/contactformpage.h"
#include "views/contactformstatus.h"
#include "views/visitorpanel.h"
#include "views/widgettextspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace papo::desk;
using namespace papo::testing;

// Settings → Contact form (FRM-1…8) in papo-desk against the real server: an admin sets the
// issue's form (asked always online, the website's own questions reordered, messages held
// offline until it is filled, the consent box), a refusal shows the server's words, and the
// visitor panel shows that a visitor filled it in and agreed to marketing email (PAN-3).
class TestDeskContactForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // In Portuguese (PAPO_QM_DIR holds papo_pt_BR.qm, set by tests/desk/CMakeLists.txt),
        // whose longer words wrap in the visitor panel; the assertions read the desk's words
        // through tr(), in whichever language is installed.
        speakPortugueseWhenAsked();
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR"))
            m_server.setEnvironment("PAPO_OWNER_NAME", "Carla Dias");
        QVERIFY(startAndLogIn(m_server, &m_owner));
    }

    void anAdminSetsTheFormUp()
    {
        auto admin = operatorSocket(m_server, m_owner);
        QVERIFY(admin);
        // A text of Settings → Widget's, which this page must keep as it is.
        const qint64 websiteId
            = admin->request("websites", {})->data["websites"][0]["id"].toInteger();
        QCOMPARE(admin
                     ->request("update_website",
                               {{"websiteId", websiteId},
                                {"texts",
                                 QJsonObject{{"pt", QJsonObject{{"title", "Fale com a Loja"}}}}}})
                     ->type,
                 QString("ack"));
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        auto *page = openSettingsPage<ContactFormPage>(desk);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isEnabled(), 10000);
        auto *online = child<QComboBox>(*page, "contactFormOnlineCombo");
        auto *holdLive = child<QCheckBox>(*page, "contactFormHoldLive");
        auto *questions = child<QListWidget>(*page, "contactFormQuestions");
        auto *newQuestion = child<QLineEdit>(*page, "contactFormNewQuestion");
        auto *type = child<QComboBox>(*page, "contactFormNewQuestionType");
        auto *status = child<QLabel>(*page, "contactFormStatus");
        QCOMPARE(status->textFormat(), Qt::PlainText);

        // Off until switched on; live messages can be held only where the form is always
        // asked live.
        auto *enabled = child<QCheckBox>(*page, "contactFormEnabled");
        QVERIFY(!enabled->isChecked() && !online->isEnabled());
        enabled->setChecked(true);
        QVERIFY(online->isEnabled());
        QCOMPARE(online->currentText(), ContactFormPage::tr("Off"));
        QVERIFY(!holdLive->isEnabled());
        online->setCurrentIndex(online->findText(ContactFormPage::tr("Always")));
        QVERIFY(holdLive->isEnabled());

        // Two questions, the second a phone number, then dragged to the top.
        for (const char *label : {"Empresa", "Telefone"}) {
            QTest::keyClicks(newQuestion, label);
            if (QByteArray(label) == "Telefone")
                type->setCurrentIndex(type->findData(true));
            QTest::mouseClick(child<QPushButton>(*page, "contactFormAddQuestion"), Qt::LeftButton);
        }
        QCOMPARE(questions->count(), 2);
        questions->item(0)->setCheckState(Qt::Checked);     // Empresa is required
        QVERIFY(questions->model()->moveRow({}, 1, {}, 0)); // what the drop does
        QCOMPARE(questions->item(0)->text(), QString("Telefone"));
        child<QCheckBox>(*page, "contactFormHoldMessenger")->setChecked(true);
        child<QCheckBox>(*page, "contactFormConsent")->setChecked(true);
        child<QCheckBox>(*page, "contactFormEmailRequired")->setChecked(true);
        // FRM-8: the bot's words, per language, on their own tab; only theirs.
        WidgetTextsModel *texts = page->textsPage()->model();
        texts->setLanguage("pt");
        int thanksRow = -1;
        for (int row = 0; row < texts->rowCount(); ++row) {
            const QString key = texts->index(row, 0).data(WidgetTextsModel::KeyRole).toString();
            QVERIFY2(key.startsWith("form"), qPrintable(key));
            QVERIFY2(texts->index(row, 0).data().toString() != key, qPrintable(key)); // a name
            if (key == "formThanks")
                thanksRow = row;
        }
        QVERIFY(thanksRow >= 0);
        // Named by what it is, in the desk's language (Portuguese here), not by its key.
        const QString thanksName
            = texts->index(thanksRow, WidgetTextsModel::KeyColumn).data().toString();
        QCOMPARE(thanksName, WidgetTextLabels::tr("Bot's thanks for the form"));
        if (qEnvironmentVariableIsSet("PAPO_QM_DIR"))
            QCOMPARE(thanksName, QString("Agradecimento do bot pelo formulário"));
        QVERIFY(texts->setData(texts->index(thanksRow, WidgetTextsModel::CustomColumn),
                               "Valeu! A equipe da Loja já responde."));
        QTest::mouseClick(child<QPushButton>(*page, "saveContactFormButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            status->text(),
            ContactFormPage::tr("Saved. The bot asks this way from the next message on."), 10000);
        saveScreenshot(*desk.window.settingsDialog(), "desk-settings-contact-form.png");

        const auto websites = admin->request("websites", {});
        const QJsonObject form = websites->data["websites"][0]["contactForm"].toObject();
        QCOMPARE(form["enabled"].toBool(), true);
        QCOMPARE(form["online"].toString(), QString("always"));
        QCOMPARE(
            form["fields"].toArray(),
            (QJsonArray{QJsonObject{{"label", "Telefone"}, {"required", false}, {"type", "phone"}},
                        QJsonObject{{"label", "Empresa"}, {"required", true}, {"type", "text"}}}));
        QCOMPARE(form["holdMessenger"].toBool(), true);
        QCOMPARE(form["holdLive"].toBool(), false);
        QCOMPARE(form["consent"].toBool(), true);
        QCOMPARE(form["emailRequired"].toBool(), true);
        const QJsonObject pt = websites->data["websites"][0]["texts"]["pt"].toObject();
        QCOMPARE(pt["formThanks"].toString(), QString("Valeu! A equipe da Loja já responde."));
        QCOMPARE(pt["title"].toString(), QString("Fale com a Loja"));

        // A question asked twice: the server refuses, the page says why.
        questions->item(0)->setText("empresa");
        QTest::mouseClick(child<QPushButton>(*page, "saveContactFormButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("is asked twice"), 10000);
    }

    void thePanelShowsTheFormFilledIn()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);
        // Offline and held (the form above): the message waits for the form.
        const auto held = visitor->request("message", {{"cid", visitorClientId()}, {"text", "Oi"}});
        QVERIFY(held && held->data["held"].toBool());
        const auto asked = visitor->waitForEvent("contact_form");
        QVERIFY(asked);
        const auto filled = visitor->request(
            "fill_contact_form",
            {{"name", "Ana Souza"},
             {"email", "ana@loja.com.br"},
             {"fields", QJsonObject{{"Empresa", "Loja da Ana Comércio de Móveis e Decoração Ltda"},
                                    {"Telefone", "+55 11 91234-5678"}}},
             {"consent", true}});
        QCOMPARE(filled->type, QString("ack"));
        const auto released = visitor->waitFor([](const papo::common::Envelope &e) {
            return e.type == "message" && e.data["text"].toString() == "Oi";
        });
        QVERIFY(released);

        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        desk.controller.visitors()->showVisitor(released->data["author"]["id"].toInteger());
        QTRY_VERIFY_WITH_TIMEOUT(desk.controller.visitors()->hasDetails(), 10000);
        auto *status = child<QLabel>(desk.window, "visitorContactFormLabel");
        // The words before the time, in the language installed.
        const auto before = [](const QString &words) { return words.section("%1", 0, 0); };
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().startsWith(before(ContactFormStatus::tr("Filled in · %1"))), 10000);
        QVERIFY(status->text().contains(
            '\n' + before(ContactFormStatus::tr("Agreed to marketing email · %1"))));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QCOMPARE(child<QLineEdit>(desk.window, "visitorNameEdit")->text(), QString("Ana Souza"));
        QCOMPARE(child<QLineEdit>(desk.window, "visitorPhoneEdit")->text(),
                 QString("+55 11 91234-5678"));
        // Both lines of the form's progress show, and nothing below slides under them.
        desk.window.resize(1280, 760);
        QTRY_COMPARE(crampedLabels(*child<QWidget>(desk.window, "visitorDetails")), QString());
        saveScreenshot(desk.window, "desk-visitor-contact-form.png");
    }

private:
    ServerProcess m_server;
    QString m_owner;
};

QTEST_MAIN(TestDeskContactForm)
#include "tst_contactform.moc"
