#pragma once
// Which chain a session shows: the embedded local chain, a named public network or a node at a
// ws:// / wss:// URL. One parser for the CLI's --network and the app's network switcher, so both
// pick the same node and the same store file for the same text.

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace models {

class NetworkProfile {
    Q_DECLARE_TR_FUNCTIONS(models::NetworkProfile)

public:
    enum class Kind { Local, Named, Custom };

    // "local", "finney", "test", "archive" or a ws:// / wss:// URL (surrounding blanks ignored).
    // On failure returns nullopt and says why in *error, in words a person can act on.
    static std::optional<NetworkProfile> parse(const QString& text, QString* error = nullptr);
    // Checks a URL typed for a custom node; empty string when it is usable.
    static QString urlProblem(const QString& text);
    // The store file's base name: the name with everything but letters, digits, '.' and '-'
    // replaced, so "ws://127.0.0.1:9944" → "ws_127.0.0.1_9944".
    static QString storeNameFor(const QString& network);

    static NetworkProfile local();

    Kind kind() const { return kind_; }
    bool isLocal() const { return kind_ == Kind::Local; }
    // What the store records and the node reports: "local", "finney", or the URL as typed.
    QString name() const { return name_; }
    QUrl url() const { return url_; } // empty for the local chain
    QString storeName() const { return storeNameFor(name_); }
    // For people: "local", "finney (wss://…)", "custom (ws://…)".
    QString displayText() const;

    bool operator==(const NetworkProfile& other) const { return name_ == other.name_; }

private:
    NetworkProfile(Kind kind, QString name, QUrl url) : kind_(kind), name_(std::move(name)), url_(std::move(url)) {}

    Kind kind_ = Kind::Local;
    QString name_;
    QUrl url_;
};

} // namespace models
