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
    };
    return migrations;
}

} // namespace models
