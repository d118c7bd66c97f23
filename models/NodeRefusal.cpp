#include "models/NodeRefusal.h"

#include <QCoreApplication>
#include <array>

namespace models {
namespace {

// Substrate and subtensor word the same reason differently across versions: each sentence lists
// every spelling seen. Translated in the WalletService context, where these texts are shown.
struct Reason {
    std::array<const char*, 3> needles; // unused slots stay null
    const char* text;
};

const Reason kReasons[] = {
    {{"Inability to pay some fees", "Payment", nullptr},
     QT_TRANSLATE_NOOP("models::WalletService", "The free balance cannot pay the transaction fee. Nothing changed.")},
    {{"outdated", "BadNonce", "Stale"},
     QT_TRANSLATE_NOOP("models::WalletService", "Another transaction from this wallet used the same nonce first. "
                                                "Nothing changed; check the wallet and try again.")},
    {{"bad signature", "BadSignature", nullptr},
     QT_TRANSLATE_NOOP("models::WalletService", "The node did not accept the signature (wrong runtime version or "
                                                "genesis for this network). Nothing changed.")},
    {{"ancient birth block", "BadEra", nullptr},
     QT_TRANSLATE_NOOP("models::WalletService",
                       "The transaction expired before it reached the node. Nothing changed; try again.")},
    {{"exhaust the block limits", nullptr, nullptr},
     QT_TRANSLATE_NOOP("models::WalletService", "The block is full. Nothing changed; try again shortly.")},
};

} // namespace

QString explainNodeRefusal(const QString& nodeText) {
    for (const auto& r : kReasons)
        for (const char* needle : r.needles)
            if (needle && nodeText.contains(QLatin1String(needle), Qt::CaseInsensitive))
                return QCoreApplication::translate("models::WalletService", r.text) + QStringLiteral(" [%1]").arg(nodeText);
    return QCoreApplication::translate("models::WalletService", "The node refused the transaction: %1").arg(nodeText);
}

} // namespace models
