// The German translation is built, embedded and used.

#include <QtTest>

#include "models/SubnetListModel.h"

#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void germanIsEmbeddedAndComplete() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("subnetscope"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("ui::MainWindow", "Subnets"), QStringLiteral("Subnetze"));
        QCoreApplication::installTranslator(&translator);
        models::SubnetListModel model(QStringLiteral("/nonexistent.sqlite"));
        QCOMPARE(model.headerData(models::SubnetListModel::TaoIn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("TAO im Pool"));
        QCoreApplication::removeTranslator(&translator);
    }

    void everyGermanStringIsTranslated() {
        // The .ts source, not the .qm: lrelease quietly drops unfinished entries, so a German user
        // would meet English text the loading test above cannot see.
        QFile ts(QStringLiteral(SUBNETSCOPE_SOURCE_DIR "/translations/subnetscope_de.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        QString context, source;
        QStringList missing;
        int translated = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            if (xml.name() == QLatin1String("name")) context = xml.readElementText();
            else if (xml.name() == QLatin1String("source")) source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) continue;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    missing << context + QStringLiteral(": ") + source;
                else
                    ++translated;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(translated > 300);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + missing.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
