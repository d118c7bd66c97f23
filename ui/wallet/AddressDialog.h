#pragma once
// The current wallet's coldkey address (and hotkeys) as text with a Copy button; no QR code.

#include <QDialog>

namespace chainclient::crypto {
struct WalletInfo;
}

namespace ui {

class AddressDialog : public QDialog {
    Q_OBJECT
  public:
    AddressDialog(const chainclient::crypto::WalletInfo& wallet, QWidget* parent = nullptr);
};

} // namespace ui
