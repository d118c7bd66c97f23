#include "models/store/Migrations.h"

namespace models {

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> migrations = {
        {1,
         {
             // Amounts are INTEGER rao; prices REAL next to the reserves they came from (design.md §4).
             "CREATE TABLE blocks (number INTEGER PRIMARY KEY, timestamp_ms INTEGER NOT NULL,"
             " total_issuance INTEGER NOT NULL, root_stake INTEGER NOT NULL)",
             "CREATE TABLE subnets (netuid INTEGER PRIMARY KEY, name TEXT NOT NULL, symbol TEXT NOT NULL,"
             " owner_coldkey TEXT NOT NULL, owner_hotkey TEXT NOT NULL, registered_at INTEGER NOT NULL,"
             " tempo INTEGER NOT NULL, max_uids INTEGER NOT NULL, fee_rate INTEGER NOT NULL,"
             " started INTEGER NOT NULL, updated_block INTEGER NOT NULL)",
             "CREATE TABLE subnet_snapshots (netuid INTEGER NOT NULL, block INTEGER NOT NULL,"
             " tao_in INTEGER NOT NULL, alpha_in INTEGER NOT NULL, alpha_out INTEGER NOT NULL,"
             " price REAL NOT NULL, moving_price REAL NOT NULL, tao_weight REAL NOT NULL,"
             " tao_in_emission INTEGER NOT NULL, alpha_in_emission INTEGER NOT NULL,"
             " alpha_out_emission INTEGER NOT NULL, emission_share REAL NOT NULL, volume INTEGER NOT NULL,"
             " n_uids INTEGER NOT NULL, n_validators INTEGER NOT NULL,"
             " PRIMARY KEY (netuid, block)) WITHOUT ROWID",
             "CREATE TABLE trades (id INTEGER PRIMARY KEY, block INTEGER NOT NULL, netuid INTEGER NOT NULL,"
             " side INTEGER NOT NULL, coldkey TEXT NOT NULL, hotkey TEXT NOT NULL, tao INTEGER NOT NULL,"
             " alpha INTEGER NOT NULL, fee INTEGER NOT NULL, price REAL NOT NULL)",
             "CREATE INDEX trades_by_subnet ON trades (netuid, block)",
             "CREATE INDEX trades_by_coldkey ON trades (coldkey, block)",
             "CREATE TABLE subnet_events (block INTEGER NOT NULL, netuid INTEGER NOT NULL, kind TEXT NOT NULL)",
             "CREATE INDEX subnet_events_by_subnet ON subnet_events (netuid, block)",
             // One row: where sync stands, and (local network) the chain state at that block, written
             // in the same transaction so the two can never disagree after a crash.
             "CREATE TABLE sync_cursor (id INTEGER PRIMARY KEY CHECK (id = 1), network TEXT NOT NULL,"
             " block INTEGER NOT NULL, chain_state BLOB)",
         }},
        {2,
         {
             // Accounts are interned: a 48-character address per trade, position and metagraph row
             // would be most of a year's file.
             "CREATE TABLE accounts (id INTEGER PRIMARY KEY, address TEXT NOT NULL UNIQUE)",
             "INSERT INTO accounts (address) SELECT coldkey FROM trades UNION SELECT hotkey FROM trades",
             "CREATE TABLE trades_v2 (id INTEGER PRIMARY KEY, block INTEGER NOT NULL, netuid INTEGER NOT NULL,"
             " side INTEGER NOT NULL, coldkey_id INTEGER NOT NULL, hotkey_id INTEGER NOT NULL, tao INTEGER NOT NULL,"
             " alpha INTEGER NOT NULL, fee INTEGER NOT NULL, price REAL NOT NULL)",
             "INSERT INTO trades_v2 (id, block, netuid, side, coldkey_id, hotkey_id, tao, alpha, fee, price)"
             " SELECT t.id, t.block, t.netuid, t.side, c.id, h.id, t.tao, t.alpha, t.fee, t.price FROM trades t"
             " JOIN accounts c ON c.address = t.coldkey JOIN accounts h ON h.address = t.hotkey",
             "DROP TABLE trades",
             "ALTER TABLE trades_v2 RENAME TO trades",
             "CREATE INDEX trades_by_subnet ON trades (netuid, block)",
             "CREATE INDEX trades_by_coldkey ON trades (coldkey_id, block)",
             // Participant counts and hyperparameters.
             "ALTER TABLE subnet_snapshots ADD COLUMN n_stakers INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE subnets ADD COLUMN hyperparameters TEXT NOT NULL DEFAULT '{}'",
             "ALTER TABLE subnets ADD COLUMN price REAL NOT NULL DEFAULT 0",
             // Per-epoch metagraph, one row per UID.
             "CREATE TABLE metagraph (netuid INTEGER NOT NULL, block INTEGER NOT NULL, uid INTEGER NOT NULL,"
             " hotkey_id INTEGER NOT NULL, coldkey_id INTEGER NOT NULL, alpha_stake INTEGER NOT NULL,"
             " tao_stake INTEGER NOT NULL, stake INTEGER NOT NULL, incentive REAL NOT NULL, dividends REAL NOT NULL,"
             " emission INTEGER NOT NULL, consensus REAL NOT NULL, validator_trust REAL NOT NULL,"
             " validator_permit INTEGER NOT NULL, active INTEGER NOT NULL, last_update INTEGER NOT NULL,"
             " registered_at INTEGER NOT NULL, PRIMARY KEY (netuid, block, uid)) WITHOUT ROWID",
             // Current state only: history of a coldkey is its trades.
             "CREATE TABLE stake_positions (coldkey_id INTEGER NOT NULL, netuid INTEGER NOT NULL,"
             " hotkey_id INTEGER NOT NULL, alpha INTEGER NOT NULL, updated_block INTEGER NOT NULL,"
             " PRIMARY KEY (coldkey_id, netuid, hotkey_id)) WITHOUT ROWID",
             "CREATE INDEX stake_positions_by_subnet ON stake_positions (netuid)",
             "CREATE TABLE delegates (hotkey_id INTEGER PRIMARY KEY, take INTEGER NOT NULL, nominators INTEGER NOT NULL,"
             " total_stake INTEGER NOT NULL)",
             // Hourly (300-block) OHLC + TAO volume for all time; finer candles come from the
             // recent full-resolution rows. Rebuilt here from what a v1 store holds.
             "CREATE TABLE candles_1h (netuid INTEGER NOT NULL, start_block INTEGER NOT NULL, open REAL NOT NULL,"
             " high REAL NOT NULL, low REAL NOT NULL, close REAL NOT NULL, volume INTEGER NOT NULL,"
             " PRIMARY KEY (netuid, start_block)) WITHOUT ROWID",
             "INSERT INTO candles_1h (netuid, start_block, open, high, low, close, volume)"
             " SELECT g.netuid, g.bucket * 300 + 1,"
             " (SELECT price FROM subnet_snapshots WHERE netuid = g.netuid AND block = g.first), g.hi, g.lo,"
             " (SELECT price FROM subnet_snapshots WHERE netuid = g.netuid AND block = g.last),"
             " COALESCE((SELECT SUM(tao) FROM trades t WHERE t.netuid = g.netuid"
             " AND t.block BETWEEN g.bucket * 300 + 1 AND g.bucket * 300 + 300), 0)"
             " FROM (SELECT netuid, (block - 1) / 300 AS bucket, MIN(block) AS first, MAX(block) AS last,"
             " MAX(price) AS hi, MIN(price) AS lo FROM subnet_snapshots GROUP BY netuid, bucket) g",
             // Every subnet's emission share at every 1200th block (4 h), one row per block, so a
             // year of shares for all subnets is a couple of thousand rows: pairs of (u16 netuid,
             // f64 share), little-endian. v1 stores start this history at their upgrade.
             "CREATE TABLE emission_history (block INTEGER PRIMARY KEY, shares BLOB NOT NULL)",
             // Where each retention tier has been compacted up to (see models/store/Retention.h).
             "CREATE TABLE retention (tier TEXT PRIMARY KEY, done_through INTEGER NOT NULL)",
         }},
        {3,
         {
             // Lifecycle stage changes (models/explorer/StageHistoryWriter.h): one row when a
             // subnet's stage differs from its previous one; stage is lifecycleStageKey().
             // Stores upgraded from v2 start this history at their upgrade.
             "CREATE TABLE stage_history (netuid INTEGER NOT NULL, block INTEGER NOT NULL, stage TEXT NOT NULL,"
             " PRIMARY KEY (netuid, block)) WITHOUT ROWID",
         }},
        {4,
         {
             // TAO transfers, stake transfers to another coldkey and faucet credits: what moves
             // value without being the account's own trade (kind: 0 TAO, 1 stake, 2 faucet).
             // from_id is NULL for the faucet; netuid, dest_netuid and hotkey_id only for stake.
             "CREATE TABLE transfers (id INTEGER PRIMARY KEY, block INTEGER NOT NULL, kind INTEGER NOT NULL,"
             " from_id INTEGER, to_id INTEGER NOT NULL, tao INTEGER NOT NULL, alpha INTEGER NOT NULL,"
             " netuid INTEGER, dest_netuid INTEGER, hotkey_id INTEGER)",
             "CREATE INDEX transfers_by_from ON transfers (from_id, block)",
             "CREATE INDEX transfers_by_to ON transfers (to_id, block)",
         }},
        {5,
         {
             // kind 3: a coldkey's stake moved to another of its hotkeys on the same subnet (no
             // trade records it); hotkey_id is the origin and dest_hotkey_id the destination.
             "ALTER TABLE transfers ADD COLUMN dest_hotkey_id INTEGER",
         }},
        {6,
         {
             // Start blocks per subnet (StageHistoryWriter once per batch, the explorer on every
             // load) without scanning every epoch and registration event: 48 ms → 0.4 ms on a
             // 90-day store, about 2 s of a 90-day backfill's writer thread.
             "CREATE INDEX subnet_events_started ON subnet_events (netuid, block) WHERE kind = 'started'",
         }},
        {7,
         {
             // 1 once a block brought every subnet's whole set of stake positions: from then on
             // stake_positions is the network's whole set as of the cursor, and a node that would
             // otherwise list every staking key again can resume from it (seedKnownPositions).
             // Stores synced before positions were read over RPC stay 0 and read them whole once.
             "ALTER TABLE sync_cursor ADD COLUMN positions_whole INTEGER NOT NULL DEFAULT 0",
         }},
    };
    return migrations;
}

} // namespace models
