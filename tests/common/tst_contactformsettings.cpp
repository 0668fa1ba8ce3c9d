#include <protocol/contactformsettings.h>

#include <QJsonArray>
#include <QTest>

using papo::common::ContactFormField;
using papo::common::ContactFormSettings;

// FRM-1…8: what Settings → Contact form may hold, as update_website's `contactForm` carries
// it; every refusal names the field.
class TestContactFormSettings final : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("wire");
        QTest::addColumn<QString>("problem");
        const auto fields = [](const QJsonArray &list) { return QJsonObject{{"fields", list}}; };
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(QJsonObject{{"label", QString("Campo %1").arg(i)}});
        QTest::newRow("online unknown") << QJsonObject{{"online", "sometimes"}}
                                        << "\"contactForm.online\" must be off, always or slow.";
        QTest::newRow("slow too quick")
            << QJsonObject{{"slowSeconds", 9}}
            << "\"contactForm.slowSeconds\" must be 10 to 3600 seconds.";
        QTest::newRow("slow not whole")
            << QJsonObject{{"slowSeconds", 30.5}}
            << "\"contactForm.slowSeconds\" must be 10 to 3600 seconds.";
        QTest::newRow("required as text") << QJsonObject{{"nameRequired", "yes"}}
                                          << "\"contactForm.nameRequired\" must be true or false.";
        QTest::newRow("fields not a list") << QJsonObject{{"fields", "Empresa"}}
                                           << "\"contactForm.fields\" must be a list of at most 5 "
                                              "questions.";
        QTest::newRow("six questions") << fields(six)
                                       << "\"contactForm.fields\" must be a list of at most 5 "
                                          "questions.";
        QTest::newRow("blank label")
            << fields({QJsonObject{{"label", "   "}}}) << "\"contactForm.fields.0\" needs a label.";
        QTest::newRow("label too long")
            << fields({QJsonObject{{"label", QString(41, 'a')}}})
            << "\"contactForm.fields.0\" may have at most 40 characters.";
        QTest::newRow("unknown type")
            << fields({QJsonObject{{"label", "Empresa"}, {"type", "date"}}})
            << "\"contactForm.fields.0\": \"type\" must be text or phone.";
        QTest::newRow("asked twice")
            << fields({QJsonObject{{"label", "Empresa"}}, QJsonObject{{"label", "EMPRESA"}}})
            << "\"contactForm.fields.1\": \"EMPRESA\" is asked twice.";
        QTest::newRow("two phones")
            << fields({QJsonObject{{"label", "Celular"}, {"type", "phone"}},
                       QJsonObject{{"label", "Fixo"}, {"type", "phone"}}})
            << "\"contactForm.fields\": only one question may ask for the phone number.";
        QTest::newRow("holding live chats never asked")
            << QJsonObject{{"online", "slow"}, {"holdLive", true}}
            << "\"contactForm.holdLive\" needs the form asked in every live chat (\"online\": "
               "\"always\").";
    }

    void refusals()
    {
        QFETCH(QJsonObject, wire);
        QFETCH(QString, problem);
        QString said;
        QVERIFY(!ContactFormSettings::read(wire, &said));
        QCOMPARE(said, problem);
    }

    void readsAndWritesTheSame()
    {
        ContactFormSettings form;
        form.enabled = true;
        form.online = ContactFormSettings::Online::Slow;
        form.slowSeconds = 90;
        form.emailRequired = true;
        form.fields
            = {ContactFormField{"Empresa", true, false}, ContactFormField{"Celular", false, true}};
        form.consent = true;
        form.holdMessenger = true;
        QString problem;
        const auto read = ContactFormSettings::read(form.toJson(), &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(*read, form);
        // Labels are tidied; anything absent takes its default; what is stored never fails.
        const auto tidy = ContactFormSettings::read(
            {{"fields", QJsonArray{QJsonObject{{"label", "  Número   do pedido "}}}}}, &problem);
        QCOMPARE(tidy->fields.value(0).label, QString("Número do pedido"));
        QCOMPARE(tidy->online, ContactFormSettings::Online::Off);
        QCOMPARE(ContactFormSettings::fromStored({{"online", 42}}), ContactFormSettings());
    }

    // FRM-5, FRM-6: once on, offline the form is always asked; holding makes the email
    // required.
    void whenItAsksAndHolds()
    {
        ContactFormSettings form;
        form.holdMessenger = true;
        QVERIFY(!form.asksAtOnce(false) && !form.holds(false)); // off: never
        form.holdMessenger = false;
        form.enabled = true;
        QVERIFY(form.asksAtOnce(false));
        QVERIFY(!form.asksAtOnce(true));
        form.online = ContactFormSettings::Online::Always;
        QVERIFY(form.asksAtOnce(true) && !form.asksWhenSlow(true));
        form.online = ContactFormSettings::Online::Slow;
        QVERIFY(!form.asksAtOnce(true) && form.asksWhenSlow(true) && !form.asksWhenSlow(false));
        form.holdMessenger = true;
        QVERIFY(form.holds(false) && !form.holds(true));
        QVERIFY(form.emailNeeded(false) && !form.emailNeeded(true));
    }
};

QTEST_GUILESS_MAIN(TestContactFormSettings)
#include "tst_contactformsettings.moc"
