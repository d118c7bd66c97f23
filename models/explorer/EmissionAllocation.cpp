#include "models/explorer/EmissionAllocation.h"

#include <QCoreApplication>
#include <algorithm>

namespace models {

QVector<EmissionBand> EmissionAllocation::stacked(const NetworkHistory& history, int topN) {
    QVector<EmissionBand> out;
    const int n = static_cast<int>(history.blocks.size());
    if (n == 0) return out;
    // Share of each subnet at each sample (0 where it did not exist).
    QVector<const SubnetHistory*> subnets;
    for (const auto& s : history.subnets)
        if (!s.samples.isEmpty()) subnets.push_back(&s);
    auto latest = [&](const SubnetHistory* s) {
        return s->samples.back().block == history.blocks.back() ? s->samples.back().emissionShare : 0.0;
    };
    std::stable_sort(subnets.begin(), subnets.end(), [&](auto* a, auto* b) { return latest(a) > latest(b); });
    const int top = std::min(topN, static_cast<int>(subnets.size()));

    QVector<QVector<double>> shares(top + 1, QVector<double>(n, 0.0));
    for (int k = 0; k < subnets.size(); ++k) {
        const int band = std::min(k, top);
        int at = 0;
        for (const auto& sample : subnets[k]->samples) {
            while (at < n && history.blocks[at] < sample.block) ++at;
            if (at < n && history.blocks[at] == sample.block) shares[band][at] += sample.emissionShare;
        }
    }
    QVector<double> base(n, 0.0);
    for (int b = 0; b <= top; ++b) {
        if (b == top && top == subnets.size()) break; // no "others" left
        EmissionBand band;
        if (b < top) {
            band.netuid = subnets[b]->netuid;
            band.label = QStringLiteral("%1 %2 (%3)").arg(subnets[b]->symbol, subnets[b]->name).arg(band.netuid);
        } else {
            band.label = QCoreApplication::translate("models::EmissionAllocation", "others");
        }
        band.latestShare = shares[b].back();
        for (int i = 0; i < n; ++i) {
            const double x = static_cast<double>(history.timestampsMs[i]);
            band.lower.push_back({x, base[i] * 100.0});
            base[i] += shares[b][i];
            band.upper.push_back({x, base[i] * 100.0});
        }
        out.push_back(std::move(band));
    }
    return out;
}

} // namespace models
