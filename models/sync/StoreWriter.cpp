#include "models/sync/StoreWriter.h"

#include "models/store/Database.h"

#include <QSqlError>
#include <QThread>
#include <spdlog/spdlog.h>

namespace models {

struct StoreWriter::Statements {
    explicit Statements(const QSqlDatabase& db)
        : block(db), subnet(db), snapshot(db), trade(db), event(db), cursor(db) {}
    QSqlQuery block, subnet, snapshot, trade, event, cursor;
};

StoreWriter::StoreWriter(QString dbPath, QString network) : dbPath_(std::move(dbPath)), network_(std::move(network)) {}

StoreWriter::~StoreWriter() = default;

void StoreWriter::open() {
    connection_ = threadConnectionName(QStringLiteral("writer"));
    if (auto err = Database::open(dbPath_, connection_, Database::Mode::ReadWrite)) {
        emit failed(*err);
        return;
    }
    QSqlDatabase db = Database::connection(connection_);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT network, block, chain_state FROM sync_cursor WHERE id = 1"));
    QByteArray state;
    if (q.exec() && q.next()) {
        if (q.value(0).toString() != network_) {
            emit failed(tr("The store %1 holds the '%2' network, not '%3'.").arg(dbPath_, q.value(0).toString(), network_));
            return;
        }
        cursor_ = q.value(1).toULongLong();
        state = q.value(2).toByteArray();
    }
    if (!prepare()) return;
    emit opened(cursor_, state);
}

bool StoreWriter::prepare() {
    st_ = std::make_unique<Statements>(Database::connection(connection_));
    const bool ok =
        st_->block.prepare(QStringLiteral("INSERT INTO blocks (number, timestamp_ms, total_issuance, root_stake)"
                                          " VALUES (:n, :ts, :iss, :root)")) &&
        st_->subnet.prepare(QStringLiteral(
            "INSERT INTO subnets (netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at, tempo, max_uids,"
            " fee_rate, started, updated_block) VALUES (:netuid, :name, :symbol, :ock, :ohk, :reg, :tempo, :maxu, :fee,"
            " :started, :blk) ON CONFLICT(netuid) DO UPDATE SET name = excluded.name, symbol = excluded.symbol,"
            " owner_coldkey = excluded.owner_coldkey, owner_hotkey = excluded.owner_hotkey,"
            " registered_at = excluded.registered_at, tempo = excluded.tempo, max_uids = excluded.max_uids,"
            " fee_rate = excluded.fee_rate, started = excluded.started, updated_block = excluded.updated_block")) &&
        st_->snapshot.prepare(QStringLiteral(
            "INSERT INTO subnet_snapshots (netuid, block, tao_in, alpha_in, alpha_out, price, moving_price, tao_weight,"
            " tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, volume, n_uids, n_validators)"
            " VALUES (:netuid, :block, :tao_in, :alpha_in, :alpha_out, :price, :mp, :w, :tie, :aie, :aoe, :share, :vol,"
            " :nu, :nv)")) &&
        st_->trade.prepare(QStringLiteral("INSERT INTO trades (block, netuid, side, coldkey, hotkey, tao, alpha, fee, price)"
                                          " VALUES (:block, :netuid, :side, :ck, :hk, :tao, :alpha, :fee, :price)")) &&
        st_->event.prepare(QStringLiteral("INSERT INTO subnet_events (block, netuid, kind) VALUES (:block, :netuid, :kind)")) &&
        st_->cursor.prepare(QStringLiteral(
            "INSERT INTO sync_cursor (id, network, block, chain_state) VALUES (1, :net, :block, :state)"
            " ON CONFLICT(id) DO UPDATE SET block = excluded.block, chain_state = excluded.chain_state"));
    if (!ok) emit failed(tr("Cannot prepare the store's statements: %1").arg(Database::connection(connection_).lastError().text()));
    return ok;
}

bool StoreWriter::writeBlock(const chainclient::BlockSnapshot& b) {
    auto& s = *st_;
    s.block.bindValue(QStringLiteral(":n"), b.number);
    s.block.bindValue(QStringLiteral(":ts"), b.timestampMs);
    s.block.bindValue(QStringLiteral(":iss"), b.totalIssuance);
    s.block.bindValue(QStringLiteral(":root"), b.rootStake);
    if (!s.block.exec()) return false;
    for (const auto& sn : b.subnets) {
        s.snapshot.bindValue(QStringLiteral(":netuid"), sn.netuid);
        s.snapshot.bindValue(QStringLiteral(":block"), b.number);
        s.snapshot.bindValue(QStringLiteral(":tao_in"), sn.taoIn);
        s.snapshot.bindValue(QStringLiteral(":alpha_in"), sn.alphaIn);
        s.snapshot.bindValue(QStringLiteral(":alpha_out"), sn.alphaOut);
        s.snapshot.bindValue(QStringLiteral(":price"), sn.price);
        s.snapshot.bindValue(QStringLiteral(":mp"), sn.movingPrice);
        s.snapshot.bindValue(QStringLiteral(":w"), sn.taoWeight);
        s.snapshot.bindValue(QStringLiteral(":tie"), sn.taoInEmission);
        s.snapshot.bindValue(QStringLiteral(":aie"), sn.alphaInEmission);
        s.snapshot.bindValue(QStringLiteral(":aoe"), sn.alphaOutEmission);
        s.snapshot.bindValue(QStringLiteral(":share"), sn.emissionShare);
        s.snapshot.bindValue(QStringLiteral(":vol"), sn.volume);
        s.snapshot.bindValue(QStringLiteral(":nu"), sn.nUids);
        s.snapshot.bindValue(QStringLiteral(":nv"), sn.nValidators);
        if (!s.snapshot.exec()) return false;
    }
    for (const auto& t : b.trades) {
        s.trade.bindValue(QStringLiteral(":block"), t.block);
        s.trade.bindValue(QStringLiteral(":netuid"), t.netuid);
        s.trade.bindValue(QStringLiteral(":side"), static_cast<int>(t.side));
        s.trade.bindValue(QStringLiteral(":ck"), t.coldkey);
        s.trade.bindValue(QStringLiteral(":hk"), t.hotkey);
        s.trade.bindValue(QStringLiteral(":tao"), t.tao);
        s.trade.bindValue(QStringLiteral(":alpha"), t.alpha);
        s.trade.bindValue(QStringLiteral(":fee"), t.fee);
        s.trade.bindValue(QStringLiteral(":price"), t.priceAfter);
        if (!s.trade.exec()) return false;
    }
    for (const auto& e : b.events) {
        s.event.bindValue(QStringLiteral(":block"), e.block);
        s.event.bindValue(QStringLiteral(":netuid"), e.netuid);
        s.event.bindValue(QStringLiteral(":kind"), e.kind);
        if (!s.event.exec()) return false;
    }
    return true;
}

void StoreWriter::writeBatch(const chainclient::BlockBatch& blocks) {
    if (!st_) return;
    QSqlDatabase db = Database::connection(connection_);
    // Blocks at or below the cursor were committed before (a resumed or repeated delivery).
    qsizetype first = 0;
    while (first < blocks.size() && blocks[first].number <= cursor_) ++first;
    if (first == blocks.size()) return;
    if (blocks[first].number != cursor_ + 1) {
        emit failed(tr("Sync gap: the store is at block %1 but the node delivered block %2.").arg(cursor_).arg(blocks[first].number));
        return;
    }
    if (!db.transaction()) {
        emit failed(tr("Cannot start a store transaction: %1").arg(db.lastError().text()));
        return;
    }
    bool ok = true;
    for (qsizetype i = first; ok && i < blocks.size(); ++i) ok = writeBlock(blocks[i]);
    const auto& last = blocks.back();
    if (ok) {
        // Subnet identity rows: once per batch, from the newest snapshot.
        for (const auto& sn : last.subnets) {
            auto& q = st_->subnet;
            q.bindValue(QStringLiteral(":netuid"), sn.netuid);
            q.bindValue(QStringLiteral(":name"), sn.name);
            q.bindValue(QStringLiteral(":symbol"), sn.symbol);
            q.bindValue(QStringLiteral(":ock"), sn.ownerColdkey);
            q.bindValue(QStringLiteral(":ohk"), sn.ownerHotkey);
            q.bindValue(QStringLiteral(":reg"), sn.registeredAt);
            q.bindValue(QStringLiteral(":tempo"), sn.tempo);
            q.bindValue(QStringLiteral(":maxu"), sn.maxUids);
            q.bindValue(QStringLiteral(":fee"), sn.feeRate);
            q.bindValue(QStringLiteral(":started"), sn.started ? 1 : 0);
            q.bindValue(QStringLiteral(":blk"), last.number);
            if (!(ok = q.exec())) break;
        }
    }
    if (ok) {
        auto& q = st_->cursor;
        q.bindValue(QStringLiteral(":net"), network_);
        q.bindValue(QStringLiteral(":block"), last.number);
        q.bindValue(QStringLiteral(":state"), last.chainState.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(last.chainState));
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        emit failed(tr("Writing blocks %1–%2 to the store failed: %3").arg(blocks[first].number).arg(last.number).arg(why));
        return;
    }
    cursor_ = last.number;
    emit committed(cursor_, static_cast<int>(blocks.size() - first));
}

void StoreWriter::closeConnection() {
    st_.reset();
    if (!connection_.isEmpty()) Database::close(connection_);
}

} // namespace models
