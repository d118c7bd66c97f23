#pragma once
// One function per CLI command (shared/cli.md). Each returns the process exit code.

#include "app/cli/CliContext.h"

namespace app::cli {

int commandVersion(CliContext& ctx);
int commandSim(CliContext& ctx);
int commandStatus(CliContext& ctx);
int commandSubnets(CliContext& ctx);
int commandSync(CliContext& ctx);
int commandHistory(CliContext& ctx);
int commandMetagraph(CliContext& ctx);
int commandQuote(CliContext& ctx);
int commandEpoch(CliContext& ctx);
int commandWallet(CliContext& ctx);
int commandFaucet(CliContext& ctx);
int commandStake(CliContext& ctx);
int commandNode(CliContext& ctx);
// `sync` against a subtensor node (finney, test, ws(s)://…) through SubtensorNode.
int syncFromNetwork(CliContext& ctx, bool follow);

} // namespace app::cli
