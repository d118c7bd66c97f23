// The German translation is built, embedded and used.

#include <QtTest>

#include "models/SubnetListModel.h"

#include <QTranslator>

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
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
