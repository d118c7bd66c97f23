#pragma once
// How long the store keeps what (README "Storage"). Per-block subnet snapshots thin out with
// age; candles (1 h OHLC + volume), trades, blocks, positions and delegates are kept whole.
// The rules are pure functions of (block, head), so a backfill may skip rows it would delete
// later anyway, and a resumed run ends with exactly the rows of an uninterrupted one.

#include <QString>
#include <optional>

struct sqlite3;

namespace models {

class Retention {
public:
    static constexpr quint64 kCandleBlocks = 300;   // stored candles: 1 h
    static constexpr quint64 kEveryBlockAge = 600;  // last 2 h: every block
    static constexpr quint64 kDayAge = 7'200;       // last day: every 10th block (2 min)
    static constexpr quint64 kWeekAge = 50'400;     // last week: every 50th block (10 min)
    static constexpr quint64 kOldStride = 1'200;    // older: every 1200th block (4 h)
    static constexpr quint64 kMetagraphWeek = 50'400;
    static constexpr quint64 kEmissionStride = 1'200; // emission_history: every 4 h

    static bool keepSnapshot(quint64 block, quint64 head);
    // Metagraph epochs: every one of the last day, the first of each day for the last week,
    // the first of each week before that. The first epoch of a day is always written (the
    // writer recognises "first" after a restart from the newest stored epoch).
    static bool keepMetagraph(quint64 block, quint64 head, bool firstOfDay, bool firstOfWeek);
    static quint64 dayOf(quint64 block) { return block == 0 ? 0 : (block - 1) / kDayAge; }
    static quint64 weekOf(quint64 block) { return block == 0 ? 0 : (block - 1) / kMetagraphWeek; }
    static quint64 candleStart(quint64 block, quint64 intervalBlocks) {
        return block == 0 ? 1 : (block - 1) / intervalBlocks * intervalBlocks + 1;
    }

    // Deletes what the rules no longer keep at `head`, tier by tier from where each tier last
    // stopped (table `retention`). One transaction; returns an error sentence on failure.
    // Unless `thorough`, the metagraph tiers wait until a tempo's worth of blocks has aged
    // (their per-period minimum scans a week of rows); a sync's last compaction is thorough.
    static std::optional<QString> compact(sqlite3* db, quint64 head, bool thorough = true);
};

} // namespace models
