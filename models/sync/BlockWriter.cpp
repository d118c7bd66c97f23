#include "models/sync/BlockWriter.h"

#include "models/store/Retention.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>
#include <vector>

namespace models {
namespace {


QByteArray hyperparametersJson(const chainclient::SubnetHyperparameters& h, const chainclient::SubnetSnapshot& s) {
    const QJsonObject o{{QStringLiteral("tempo"), h.tempo},
                        {QStringLiteral("max_uids"), h.maxUids},
                        {QStringLiteral("max_validators"), h.maxValidators},
                        {QStringLiteral("immunity_period"), h.immunityPeriod},
                        {QStringLiteral("network_immunity_period"), static_cast<qint64>(h.networkImmunityPeriod)},
                        {QStringLiteral("burn"), static_cast<qint64>(h.burn)},
                        {QStringLiteral("activity_cutoff"), static_cast<qint64>(h.activityCutoff)},
                        {QStringLiteral("emission_enabled"), h.emissionEnabled},
                        {QStringLiteral("registration_allowed"), h.registrationAllowed},
                        {QStringLiteral("fee_rate"), s.feeRate},
                        {QStringLiteral("pool_tao_weight"), s.taoWeight}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

struct BlockWriter::Statements {
    explicit Statements(sqlite3* db)
        : block(db, "INSERT INTO blocks (number, timestamp_ms, total_issuance, root_stake) VALUES (?1, ?2, ?3, ?4)"),
          snapshot(db, "INSERT INTO subnet_snapshots (netuid, block, tao_in, alpha_in, alpha_out, price, moving_price,"
                       " tao_weight, tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, volume, n_uids,"
                       " n_validators, n_stakers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"),
          trade(db, "INSERT INTO trades (block, netuid, side, coldkey_id, hotkey_id, tao, alpha, fee, price)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
          event(db, "INSERT INTO subnet_events (block, netuid, kind) VALUES (?1, ?2, ?3)"),
          emission(db, "INSERT INTO emission_history (block, shares) VALUES (?1, ?2)"),
          account(db, "INSERT INTO accounts (address) VALUES (?1)"),
          metagraph(db, "INSERT INTO metagraph (netuid, block, uid, hotkey_id, coldkey_id, alpha_stake, tao_stake, stake,"
                        " incentive, dividends, emission, consensus, validator_trust, validator_permit, active, last_update,"
                        " registered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"),
          positionSet(db, "INSERT INTO stake_positions (coldkey_id, netuid, hotkey_id, alpha, updated_block)"
                          " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET alpha = excluded.alpha,"
                          " updated_block = excluded.updated_block"),
          positionDelete(db, "DELETE FROM stake_positions WHERE coldkey_id = ?1 AND netuid = ?2 AND hotkey_id = ?3"),
          delegateSet(db, "INSERT INTO delegates (hotkey_id, take, nominators, total_stake) VALUES (?1, ?2, ?3, ?4)"
                          " ON CONFLICT DO UPDATE SET take = excluded.take, nominators = excluded.nominators,"
                          " total_stake = excluded.total_stake"),
          delegateDelete(db, "DELETE FROM delegates WHERE hotkey_id = ?1"),
          candle(db, "INSERT INTO candles_1h (netuid, start_block, open, high, low, close, volume)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO UPDATE SET open = excluded.open,"
                     " high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume"),
          subnet(db, "INSERT INTO subnets (netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at, tempo, max_uids,"
                     " fee_rate, started, updated_block, hyperparameters, price) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                     " ?10, ?11, ?12, ?13) ON CONFLICT(netuid) DO UPDATE SET name = excluded.name, symbol = excluded.symbol,"
                     " owner_coldkey = excluded.owner_coldkey, owner_hotkey = excluded.owner_hotkey,"
                     " registered_at = excluded.registered_at, tempo = excluded.tempo, max_uids = excluded.max_uids,"
                     " fee_rate = excluded.fee_rate, started = excluded.started, updated_block = excluded.updated_block,"
                     " hyperparameters = excluded.hyperparameters, price = excluded.price"),
          cursor(db, "INSERT INTO sync_cursor (id, network, block, chain_state, positions_whole) VALUES (1, ?1, ?2, ?3, ?4)"
                     // A local node's live blocks carry its state only now and then: keep the last one.
                     " ON CONFLICT(id) DO UPDATE SET block = excluded.block, chain_state = COALESCE(excluded.chain_state, chain_state),"
                     " positions_whole = max(positions_whole, excluded.positions_whole)") {}
    bool ok() const {
        return block.ok() && emission.ok() && snapshot.ok() && trade.ok() && event.ok() && account.ok() && metagraph.ok() && positionSet.ok() &&
               positionDelete.ok() && delegateSet.ok() && delegateDelete.ok() && candle.ok() && subnet.ok() && cursor.ok();
    }
    SqlStatement block, snapshot, trade, event, emission, account, metagraph, positionSet, positionDelete, delegateSet, delegateDelete,
        candle, subnet, cursor;
};

BlockWriter::BlockWriter(sqlite3* db) : db_(db) {}
BlockWriter::~BlockWriter() = default;

std::optional<QString> BlockWriter::load() {
    st_ = std::make_unique<Statements>(db_);
    transfer_.reset();
    if (!st_->ok()) return QObject::tr("Cannot prepare the store's statements: %1").arg(SqlStatement::lastError(db_));
    accounts_.clear();
    byBuffer_.clear();
    positions_.clear();
    dirty_.clear();
    delegates_.clear();
    storedTakes_.clear();
    takes_.clear();
    priceSlots_.clear();
    candles_.clear();
    prices_.clear();
    lastEpochBlock_.clear();
    positionsWhole_ = false; // the cursor row keeps a 1 written before (max)
    SqlStatement a(db_, "SELECT id, address FROM accounts");
    while (a.next()) accounts_.insert(QString::fromUtf8(a.text(1)), a.int64(0));
    SqlStatement p(db_, "SELECT coldkey_id, netuid, hotkey_id, alpha FROM stake_positions");
    while (p.next()) positions_[static_cast<quint16>(p.int64(1))][{p.int64(0), p.int64(2)}] = static_cast<quint64>(p.int64(3));
    SqlStatement d(db_, "SELECT d.hotkey_id, d.nominators, d.total_stake, d.take, a.address FROM delegates d"
                        " JOIN accounts a ON a.id = d.hotkey_id");
    while (d.next()) {
        delegates_[d.int64(0)] = {d.int64(1), d.int64(2)};
        storedTakes_[d.int64(0)] = d.int64(3);
        if (d.int64(3) != chainclient::kDefaultDelegateTake) takes_.insert(QString::fromUtf8(d.text(4)), static_cast<quint16>(d.int64(3)));
    }
    SqlStatement c(db_, "SELECT netuid, start_block, open, high, low, close, volume FROM candles_1h c"
                        " WHERE start_block = (SELECT MAX(start_block) FROM candles_1h WHERE netuid = c.netuid)");
    while (c.next()) {
        const auto netuid = static_cast<quint16>(c.int64(0));
        candles_.try_emplace(netuid, Retention::kCandleBlocks)
            .first->second.seed(Candle{static_cast<quint64>(c.int64(1)), c.real(2), c.real(3), c.real(4), c.real(5),
                                       static_cast<quint64>(c.int64(6))});
    }
    SqlStatement m(db_, "SELECT netuid, MAX(block) FROM metagraph GROUP BY netuid");
    while (m.next()) lastEpochBlock_[static_cast<quint16>(m.int64(0))] = static_cast<quint64>(m.int64(1));
    if (!a.ok() || !p.ok() || !d.ok() || !c.ok() || !m.ok())
        return QObject::tr("Cannot read the store's state: %1").arg(SqlStatement::lastError(db_));
    return std::nullopt;
}

qint64 BlockWriter::accountId(const QString& address) {
    const auto seen = byBuffer_.find(address.constData());
    if (seen != byBuffer_.end() && seen->second.first.size() == address.size()) return seen->second.second;
    qint64 id;
    auto it = accounts_.constFind(address);
    if (it != accounts_.constEnd()) {
        id = *it;
    } else {
        if (!st_->account.bind(1, address.toUtf8()).exec()) return -1;
        ++rows_;
        id = sqlite3_last_insert_rowid(db_);
        accounts_.insert(address, id);
    }
    if (byBuffer_.size() > 400'000) byBuffer_.clear();
    if (!address.isEmpty() && !address.isDetached()) byBuffer_.insert_or_assign(address.constData(), std::pair{address, id});
    return id;
}

void BlockWriter::beginBatch(const chainclient::BlockBatch& blocks, qsizetype first) {
    batchLastEpoch_.clear();
    for (qsizetype i = first; i < blocks.size(); ++i)
        for (const auto& sn : blocks[i].subnets)
            if (!sn.metagraph.isEmpty() || sn.metagraphOmitted) batchLastEpoch_[sn.netuid] = blocks[i].number;
}

bool BlockWriter::write(const chainclient::BlockSnapshot& b, quint64 head, bool lastOfBatch) {
    auto& s = *st_;
    if (!s.block.bind(1, b.number).bind(2, b.timestampMs).bind(3, b.totalIssuance).bind(4, b.rootStake).exec()) return false;
    ++rows_;
    for (const auto& t : b.trades) {
        const qint64 cold = accountId(t.coldkey), hot = accountId(t.hotkey);
        if (cold < 0 || hot < 0) return false;
        if (!s.trade.bind(1, t.block).bind(2, t.netuid).bind(3, static_cast<int>(t.side)).bind(4, cold).bind(5, hot)
                 .bind(6, t.tao).bind(7, t.alpha).bind(8, t.fee).bind(9, t.priceAfter).exec())
            return false;
        ++rows_;
        candles_.try_emplace(t.netuid, Retention::kCandleBlocks).first->second.observe(t.block, t.priceAfter, t.tao);
    }
    for (const auto& e : b.events) {
        if (!s.event.bind(1, e.block).bind(2, e.netuid).bind(3, e.kind.toUtf8()).exec()) return false;
        ++rows_;
        if (e.kind == QLatin1String("dissolved")) dropPositions(e.netuid, e.block);
    }
    if (!b.transfers.isEmpty() && !writeTransfers(b)) return false;
    if (b.delegateTakesKnown) {
        takes_.clear();
        for (const auto& t : b.delegateTakes) takes_.insert(t.hotkey, t.take);
    }
    if (b.number % Retention::kEmissionStride == 0 && !writeEmissionShares(b)) return false;
    // The last block of a batch is always written so the newest state is readable at the
    // cursor; compaction removes it later if the rules do not keep it.
    const bool keep = lastOfBatch || Retention::keepSnapshot(b.number, std::max(head, b.number));
    const bool lean = !b.prices.isEmpty(); // only prices, and snapshots of subnets with positions or rows
    for (const auto& p : b.prices) observePrice(p.netuid, b.number, p.price);
    for (const auto& sn : b.subnets) {
        // The node left out a row this writer keeps: the node's plan and the rules disagree.
        if (keep && (sn.partial || lean)) {
            problem_ = QObject::tr("block %1 arrived without the subnet snapshot the retention rules keep").arg(b.number);
            return false;
        }
        if (keep && !writeSnapshot(sn, b.number)) return false;
        if (!lean) observePrice(sn.netuid, b.number, sn.price);
        if (!sn.metagraph.isEmpty() && !writeMetagraph(sn, b.number, std::max(head, b.number))) return false;
        if (sn.metagraphOmitted) lastEpochBlock_[sn.netuid] = b.number; // writeMetagraph would have dropped the rows
        applyPositions(sn, b.number);
    }
    // A block with every subnet's whole set makes the stored positions the network's whole set.
    // (A lean block of the embedded chain carries only some subnets; that node never needs the
    // flag, and counting it keeps planned and whole deliveries' stores identical.)
    if (!b.subnets.isEmpty() &&
        std::all_of(b.subnets.begin(), b.subnets.end(), [](const auto& sn) { return sn.positionsComplete; }))
        positionsWhole_ = true;
    return true;
}

void BlockWriter::observePrice(quint16 netuid, quint64 block, double price) {
    // Every subnet of every block comes here: two tree lookups each added up over a backfill.
    if (netuid >= priceSlots_.size()) priceSlots_.resize(netuid + 1u);
    auto& slot = priceSlots_[netuid];
    if (!slot.first) slot = {&candles_.try_emplace(netuid, Retention::kCandleBlocks).first->second, &prices_[netuid]};
    slot.first->observe(block, price);
    *slot.second = price;
}

bool BlockWriter::writeTransfers(const chainclient::BlockSnapshot& b) {
    if (!transfer_)
        transfer_ = std::make_unique<SqlStatement>(
            db_, "INSERT INTO transfers (block, kind, from_id, to_id, tao, alpha, netuid, dest_netuid, hotkey_id,"
                 " dest_hotkey_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    auto& st = *transfer_;
    if (!st.ok()) return false;
    for (const auto& t : b.transfers) {
        const bool move = t.kind == chainclient::TransferRecord::Kind::Move;
        const bool stake = move || t.kind == chainclient::TransferRecord::Kind::Stake;
        const qint64 to = accountId(t.to);
        const qint64 from = t.from.isEmpty() ? 0 : accountId(t.from);
        const qint64 hotkey = stake ? accountId(t.hotkey) : 0;
        const qint64 destHotkey = move ? accountId(t.destHotkey) : 0;
        if (to < 0 || from < 0 || hotkey < 0 || destHotkey < 0) return false;
        st.bind(1, t.block).bind(2, static_cast<int>(t.kind)).bind(4, to).bind(5, t.tao).bind(6, t.alpha);
        if (t.from.isEmpty()) st.bindNull(3); else st.bind(3, from);
        if (stake) st.bind(7, static_cast<int>(t.netuid)).bind(8, static_cast<int>(t.destNetuid)).bind(9, hotkey);
        else st.bindNull(7).bindNull(8).bindNull(9);
        if (move) st.bind(10, destHotkey); else st.bindNull(10);
        if (!st.exec()) return false;
        ++rows_;
    }
    return true;
}

bool BlockWriter::writeEmissionShares(const chainclient::BlockSnapshot& b) {
    QByteArray blob;
    const bool lean = !b.prices.isEmpty();
    const qsizetype n = lean ? b.prices.size() : b.subnets.size();
    blob.reserve(n * 10);
    for (qsizetype i = 0; i < n; ++i) {
        const quint16 netuid = qToLittleEndian(lean ? b.prices[i].netuid : b.subnets[i].netuid);
        const double share = lean ? b.prices[i].emissionShare : b.subnets[i].emissionShare;
        quint64 bits = 0;
        std::memcpy(&bits, &share, sizeof bits);
        bits = qToLittleEndian(bits);
        blob.append(reinterpret_cast<const char*>(&netuid), 2).append(reinterpret_cast<const char*>(&bits), 8);
    }
    ++rows_;
    return st_->emission.bind(1, b.number).bindBlob(2, blob).exec();
}

bool BlockWriter::writeSnapshot(const chainclient::SubnetSnapshot& sn, quint64 block) {
    ++rows_;
    return st_->snapshot.bind(1, sn.netuid).bind(2, block).bind(3, sn.taoIn).bind(4, sn.alphaIn).bind(5, sn.alphaOut)
        .bind(6, sn.price).bind(7, sn.movingPrice).bind(8, sn.taoWeight).bind(9, sn.taoInEmission).bind(10, sn.alphaInEmission)
        .bind(11, sn.alphaOutEmission).bind(12, sn.emissionShare).bind(13, sn.volume).bind(14, sn.nUids)
        .bind(15, sn.nValidators).bind(16, static_cast<qint64>(sn.nStakers)).exec();
}

bool BlockWriter::writeMetagraph(const chainclient::SubnetSnapshot& sn, quint64 block, quint64 head) {
    const auto it = lastEpochBlock_.find(sn.netuid);
    const bool firstOfDay = it == lastEpochBlock_.end() || Retention::dayOf(it->second) < Retention::dayOf(block);
    const bool firstOfWeek = it == lastEpochBlock_.end() || Retention::weekOf(it->second) < Retention::weekOf(block);
    lastEpochBlock_[sn.netuid] = block;
    // After a commit the newest stored epoch must lie in the same day as the newest seen one (a
    // restart recognises "first" from it), so a day's first epoch is written even where the rules
    // drop it (compaction removes it later), unless a later day's epoch follows in this batch:
    // a backfill wrote and deleted most metagraph rows that way.
    if (!Retention::keepMetagraph(block, head, firstOfDay, firstOfWeek)) {
        const auto later = batchLastEpoch_.find(sn.netuid);
        const bool laterDay = later != batchLastEpoch_.end() && Retention::dayOf(later->second) > Retention::dayOf(block);
        if (!firstOfDay) return true;
        if (laterDay) {
            // Its accounts are still numbered here, as when the row was written.
            for (const auto& r : sn.metagraph)
                if (accountId(r.hotkey) < 0 || accountId(r.coldkey) < 0) return false;
            return true;
        }
    }
    for (const auto& r : sn.metagraph) {
        const qint64 hot = accountId(r.hotkey), cold = accountId(r.coldkey);
        if (hot < 0 || cold < 0) return false;
        if (!st_->metagraph.bind(1, sn.netuid).bind(2, block).bind(3, r.uid).bind(4, hot).bind(5, cold).bind(6, r.alphaStake)
                 .bind(7, r.taoStake).bind(8, r.stake).bind(9, r.incentive).bind(10, r.dividends).bind(11, r.emission)
                 .bind(12, r.consensus).bind(13, r.validatorTrust).bind(14, r.validatorPermit ? 1 : 0).bind(15, r.active ? 1 : 0)
                 .bind(16, r.lastUpdate).bind(17, r.registeredAt).exec())
            return false;
        ++rows_;
    }
    return true;
}

void BlockWriter::setPosition(const PositionKey& key, quint64 alpha, quint64 block) {
    auto& subnet = positions_[std::get<1>(key)];
    const std::pair<qint64, qint64> inner{std::get<0>(key), std::get<2>(key)};
    auto it = subnet.find(inner);
    const quint64 before = it == subnet.end() ? 0 : it->second;
    if (before == alpha) return;
    if (alpha == 0) subnet.erase(it);
    else subnet[inner] = alpha;
    dirty_[key] = {alpha, block};
}

void BlockWriter::dropPositions(quint16 netuid, quint64 block) {
    std::vector<PositionKey> gone;
    for (const auto& [inner, alpha] : positions_[netuid]) gone.push_back({inner.first, netuid, inner.second});
    for (const auto& key : gone) setPosition(key, 0, block);
}

void BlockWriter::applyPositions(const chainclient::SubnetSnapshot& sn, quint64 block) {
    if (sn.positionsComplete) {
        // Every epoch brings a subnet's whole set (thousands of positions): merge it with the
        // known set in one ordered walk instead of a lookup per position.
        std::vector<std::pair<std::pair<qint64, qint64>, quint64>> next;
        next.reserve(static_cast<size_t>(sn.positions.size()));
        for (const auto& p : sn.positions) next.push_back({{accountId(p.coldkey), accountId(p.hotkey)}, p.alpha});
        std::stable_sort(next.begin(), next.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        auto& known = positions_[sn.netuid];
        auto it = known.begin();
        auto mark = [&](const std::pair<qint64, qint64>& inner, quint64 alpha) {
            dirty_[{inner.first, sn.netuid, inner.second}] = {alpha, block};
        };
        for (size_t i = 0; i < next.size(); ++i) {
            const auto& [inner, alpha] = next[i];
            if (i + 1 < next.size() && next[i + 1].first == inner) continue; // the last of a repeated key wins
            while (it != known.end() && it->first < inner) {
                mark(it->first, 0);
                it = known.erase(it);
            }
            const bool had = it != known.end() && it->first == inner;
            if ((had ? it->second : 0) == alpha) {
                if (had) ++it;
                continue;
            }
            mark(inner, alpha);
            if (alpha == 0) {
                it = known.erase(it);
            } else if (had) {
                it->second = alpha;
                ++it;
            } else {
                it = std::next(known.emplace_hint(it, inner, alpha));
            }
        }
        for (; it != known.end(); it = known.erase(it)) mark(it->first, 0);
        return;
    }
    for (const auto& p : sn.positions) {
        const PositionKey key{accountId(p.coldkey), sn.netuid, accountId(p.hotkey)};
        if (p.block == 0) {
            setPosition(key, p.alpha, block);
            continue;
        }
        // The node compared with what it handed out before, block by block: this is a change
        // even when it returns to the known value (its block still moves).
        auto& subnet = positions_[sn.netuid];
        const std::pair<qint64, qint64> inner{std::get<0>(key), std::get<2>(key)};
        if (p.alpha == 0) subnet.erase(inner);
        else subnet[inner] = p.alpha;
        dirty_[key] = {p.alpha, p.block};
    }
}

bool BlockWriter::flushPositions() {
    for (const auto& [key, value] : dirty_) {
        const auto& [cold, netuid, hot] = key;
        const bool ok = value.first == 0
                            ? st_->positionDelete.bind(1, cold).bind(2, netuid).bind(3, hot).exec()
                            : st_->positionSet.bind(1, cold).bind(2, netuid).bind(3, hot).bind(4, value.first).bind(5, value.second).exec();
        if (!ok) return false;
        ++rows_;
    }
    dirty_.clear();
    return true;
}

bool BlockWriter::flushDelegates() {
    // Every hotkey holding stake: its distinct nominators and the TAO value of what they hold.
    // One flat list grouped by a stable sort, so each hotkey's sum adds up in the same order as
    // a walk of the positions (a tree node per position made this a per-batch hot spot).
    struct Held {
        qint64 hotkey, coldkey;
        double tao;
    };
    std::vector<Held> held;
    for (const auto& [netuid, subnet] : positions_) {
        const auto found = prices_.find(netuid);
        const double price = found == prices_.end() ? 0.0 : found->second;
        for (const auto& [inner, alpha] : subnet) held.push_back({inner.second, inner.first, static_cast<double>(alpha) * price});
    }
    std::stable_sort(held.begin(), held.end(), [](const Held& x, const Held& y) { return x.hotkey < y.hotkey; });
    std::map<qint64, std::pair<qint64, qint64>> next;
    std::vector<qint64> nominators;
    for (size_t i = 0, j = 0; i < held.size(); i = j) {
        double tao = 0;
        nominators.clear();
        for (j = i; j < held.size() && held[j].hotkey == held[i].hotkey; ++j) {
            tao += held[j].tao;
            nominators.push_back(held[j].coldkey);
        }
        std::sort(nominators.begin(), nominators.end());
        const auto distinct = std::unique(nominators.begin(), nominators.end()) - nominators.begin();
        next.emplace_hint(next.end(), held[i].hotkey, std::pair<qint64, qint64>{distinct, static_cast<qint64>(tao)});
    }
    for (const auto& [hotkey, value] : delegates_)
        if (!next.count(hotkey)) {
            if (!st_->delegateDelete.bind(1, hotkey).exec()) return false;
            storedTakes_.erase(hotkey);
            ++rows_;
        }
    // Takes are kept by address; every hotkey with a row is interned already (its positions).
    std::map<qint64, qint64> takeOf;
    for (auto it = takes_.constBegin(); it != takes_.constEnd(); ++it)
        if (const auto found = accounts_.constFind(it.key()); found != accounts_.constEnd()) takeOf[*found] = it.value();
    for (const auto& [hotkey, value] : next) {
        const auto t = takeOf.find(hotkey);
        const qint64 take = t == takeOf.end() ? chainclient::kDefaultDelegateTake : t->second;
        const auto old = delegates_.find(hotkey);
        const auto oldTake = storedTakes_.find(hotkey);
        if (old != delegates_.end() && old->second == value && oldTake != storedTakes_.end() && oldTake->second == take) continue;
        if (!st_->delegateSet.bind(1, hotkey).bind(2, take).bind(3, value.first).bind(4, value.second).exec()) return false;
        storedTakes_[hotkey] = take;
        ++rows_;
    }
    delegates_ = std::move(next);
    return true;
}

bool BlockWriter::flushCandles() {
    for (auto& [netuid, agg] : candles_) {
        for (const auto& [start, c] : agg.buckets()) {
            if (!st_->candle.bind(1, netuid).bind(2, c.startBlock).bind(3, c.open).bind(4, c.high).bind(5, c.low)
                     .bind(6, c.close).bind(7, c.volume).exec())
                return false;
            ++rows_;
        }
        // Only the newest bucket can still change.
        if (!agg.buckets().empty()) {
            const Candle open = agg.buckets().rbegin()->second;
            agg.clear();
            agg.seed(open);
        }
    }
    return true;
}

bool BlockWriter::writeSubnets(const chainclient::BlockSnapshot& last) {
    for (const auto& sn : last.subnets) {
        if (!st_->subnet.bind(1, sn.netuid).bind(2, sn.name.toUtf8()).bind(3, sn.symbol.toUtf8()).bind(4, sn.ownerColdkey.toUtf8())
                 .bind(5, sn.ownerHotkey.toUtf8()).bind(6, sn.registeredAt).bind(7, sn.tempo).bind(8, sn.maxUids)
                 .bind(9, sn.feeRate).bind(10, sn.started ? 1 : 0).bind(11, last.number)
                 .bind(12, hyperparametersJson(sn.hyperparameters, sn)).bind(13, sn.price).exec())
            return false;
        ++rows_;
    }
    return true;
}

bool BlockWriter::finishBatch(const chainclient::BlockSnapshot& last, const QString& network) {
    if (!writeSubnets(last) || !flushPositions() || !flushDelegates() || !flushCandles()) return false;
    return st_->cursor.bind(1, network.toUtf8()).bind(2, last.number).bindBlob(3, last.chainState).bind(4, positionsWhole_ ? 1 : 0).exec();
}

} // namespace models
