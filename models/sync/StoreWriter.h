#pragma once
// The only code that writes the store. Lives on its own thread with its own connection;
// every batch of blocks is one transaction that also moves the sync cursor (design.md §4).

#include "chainclient/NodeTypes.h"

#include <QObject>
#include <QSqlQuery>
#include <memory>

namespace models {

class StoreWriter : public QObject {
    Q_OBJECT
public:
    StoreWriter(QString dbPath, QString network);
    ~StoreWriter() override;

public slots:
    void open();
    void writeBatch(const chainclient::BlockBatch& blocks);
    void closeConnection();

signals:
    void opened(quint64 cursorBlock, const QByteArray& chainState);
    void committed(quint64 lastBlock, int blocksWritten);
    void failed(const QString& message);

private:
    bool prepare();
    bool writeBlock(const chainclient::BlockSnapshot& b);

    QString dbPath_;
    QString network_;
    QString connection_;
    quint64 cursor_ = 0;
    struct Statements;
    std::unique_ptr<Statements> st_;
};

} // namespace models
