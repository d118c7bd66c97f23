// `epoch --input FILE`: one Yuma Consensus epoch on the given stakes and weights, through
// economics::runEpoch (the code the embedded chain runs), input and result as in shared/cli.md.

#include "app/cli/Commands.h"
#include "chainclient/economics/Yuma.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace app::cli {
namespace {

// Collects the first problem found in the input; later checks become no-ops.
struct Reader {
    QString problem;
    bool ok() const { return problem.isEmpty(); }
    void failWith(const QString& message) {
        if (problem.isEmpty()) problem = message;
    }

    double number(const QJsonValue& v, const QString& where, bool nonNegative) {
        if (!v.isDouble()) {
            failWith(QStringLiteral("%1 must be a number.").arg(where));
            return 0;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || (nonNegative && d < 0)) failWith(QStringLiteral("%1 must be a non-negative number, got %2.").arg(where).arg(d));
        return d;
    }

    std::vector<double> vector(const QJsonValue& v, const QString& name, std::size_t n) {
        std::vector<double> out;
        if (!v.isArray()) {
            failWith(QStringLiteral("\"%1\" must be an array of %2 numbers.").arg(name).arg(n));
            return out;
        }
        const QJsonArray a = v.toArray();
        if (static_cast<std::size_t>(a.size()) != n)
            failWith(QStringLiteral("\"%1\" has %2 entries but \"stakes\" has %3.").arg(name).arg(a.size()).arg(n));
        for (qsizetype i = 0; i < a.size() && ok(); ++i)
            out.push_back(number(a[i], QStringLiteral("\"%1\"[%2]").arg(name).arg(i), true));
        return out;
    }

    std::vector<double> matrix(const QJsonValue& v, const QString& name, std::size_t n, bool fractions) {
        std::vector<double> out;
        if (!v.isArray()) {
            failWith(QStringLiteral("\"%1\" must be an array of %2 rows.").arg(name).arg(n));
            return out;
        }
        const QJsonArray rows = v.toArray();
        if (static_cast<std::size_t>(rows.size()) != n)
            failWith(QStringLiteral("\"%1\" has %2 rows but there are %3 UIDs.").arg(name).arg(rows.size()).arg(n));
        for (qsizetype i = 0; i < rows.size() && ok(); ++i) {
            if (!rows[i].isArray() || static_cast<std::size_t>(rows[i].toArray().size()) != n) {
                failWith(QStringLiteral("\"%1\" row %2 must have %3 entries (the matrix is n × n).").arg(name).arg(i).arg(n));
                break;
            }
            const QJsonArray row = rows[i].toArray();
            for (qsizetype j = 0; j < row.size() && ok(); ++j) {
                const double d = number(row[j], QStringLiteral("\"%1\"[%2][%3]").arg(name).arg(i).arg(j), true);
                if (fractions && d > 1.0)
                    failWith(QStringLiteral("\"%1\"[%2][%3] is a fraction and must be at most 1, got %4.").arg(name).arg(i).arg(j).arg(d));
                out.push_back(d);
            }
        }
        return out;
    }
};

QJsonArray toArray(const std::vector<double>& v, std::size_t from = 0, std::size_t count = SIZE_MAX) {
    QJsonArray a;
    for (std::size_t i = from; i < v.size() && i - from < count; ++i) a.append(v[i]);
    return a;
}

// Parses the JSON input of shared/cli.md into an EpochInput; returns the problem or an empty string.
QString parseEpochInput(const QJsonDocument& doc, economics::EpochInput* in) {
    if (!doc.isObject()) return QStringLiteral("The epoch input must be a JSON object.");
    const QJsonObject o = doc.object();
    static const QStringList known{QStringLiteral("stakes"), QStringLiteral("weights"), QStringLiteral("bonds"),
                                   QStringLiteral("validator_permits"), QStringLiteral("kappa"),
                                   QStringLiteral("bonds_moving_average"), QStringLiteral("bonds_penalty"),
                                   QStringLiteral("yuma"), QStringLiteral("liquid_alpha"), QStringLiteral("max_validators")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key())) return QStringLiteral("Unknown field \"%1\" in the epoch input.").arg(it.key());
    if (!o.contains(QStringLiteral("stakes"))) return QStringLiteral("The epoch input needs \"stakes\" (one number per UID).");
    if (!o.value(QStringLiteral("stakes")).isArray() || o.value(QStringLiteral("stakes")).toArray().isEmpty())
        return QStringLiteral("\"stakes\" must be a non-empty array of numbers.");
    if (!o.contains(QStringLiteral("weights"))) return QStringLiteral("The epoch input needs \"weights\" (an n × n matrix).");

    Reader r;
    const std::size_t n = static_cast<std::size_t>(o.value(QStringLiteral("stakes")).toArray().size());
    in->n = n;
    in->stakes = r.vector(o.value(QStringLiteral("stakes")), QStringLiteral("stakes"), n);
    in->weights = r.matrix(o.value(QStringLiteral("weights")), QStringLiteral("weights"), n, false);
    const QJsonValue bonds = o.value(QStringLiteral("bonds"));
    if (!bonds.isUndefined() && !bonds.isNull()) in->bonds = r.matrix(bonds, QStringLiteral("bonds"), n, true);

    const QJsonValue permits = o.value(QStringLiteral("validator_permits"));
    in->validatorPermits.assign(n, false);
    if (permits.isUndefined() || permits.isNull()) {
        // Without permits every UID holding stake may validate (the chain's top-k of a fresh subnet).
        for (std::size_t i = 0; i < n && i < in->stakes.size(); ++i) in->validatorPermits[i] = in->stakes[i] > 0;
    } else if (!permits.isArray() || static_cast<std::size_t>(permits.toArray().size()) != n) {
        r.failWith(QStringLiteral("\"validator_permits\" must be an array of %1 booleans.").arg(n));
    } else {
        const QJsonArray a = permits.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isBool()) r.failWith(QStringLiteral("\"validator_permits\"[%1] must be true or false.").arg(i));
            in->validatorPermits[static_cast<std::size_t>(i)] = a[i].toBool();
        }
    }
    in->maxValidators = n; // the permits are given (or implied) explicitly
    if (o.contains(QStringLiteral("max_validators"))) {
        const double k = r.number(o.value(QStringLiteral("max_validators")), QStringLiteral("\"max_validators\""), true);
        if (k != std::floor(k) || k < 1) r.failWith(QStringLiteral("\"max_validators\" must be a whole number ≥ 1."));
        in->maxValidators = static_cast<std::size_t>(k);
    }

    auto fraction = [&](const char* key, double fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) return fallback;
        const double d = r.number(v, QStringLiteral("\"%1\"").arg(QLatin1String(key)), true);
        if (d > 1.0) r.failWith(QStringLiteral("\"%1\" must be between 0 and 1, got %2.").arg(QLatin1String(key)).arg(d));
        return d;
    };
    in->kappa = fraction("kappa", 32767.0 / 65535.0);
    in->bondsMovingAverage = fraction("bonds_moving_average", 0.9) * 1e6; // Yuma takes parts per million
    in->bondsPenalty = fraction("bonds_penalty", 1.0);

    const QString yuma = o.value(QStringLiteral("yuma")).toString(QStringLiteral("yuma3"));
    if (yuma == QLatin1String("yuma3")) in->variant = economics::YumaVariant::Yuma3;
    else if (yuma == QLatin1String("classic")) in->variant = economics::YumaVariant::Classic;
    else r.failWith(QStringLiteral("\"yuma\" must be \"yuma3\" or \"classic\"."));

    const QJsonValue la = o.value(QStringLiteral("liquid_alpha"));
    if (!la.isUndefined() && !la.isNull()) {
        if (!la.isObject()) return QStringLiteral("\"liquid_alpha\" must be null or {\"low\", \"high\", \"steepness\"}.");
        const QJsonObject l = la.toObject();
        economics::LiquidAlpha alpha;
        alpha.low = r.number(l.value(QStringLiteral("low")), QStringLiteral("\"liquid_alpha\".low"), true);
        alpha.high = r.number(l.value(QStringLiteral("high")), QStringLiteral("\"liquid_alpha\".high"), true);
        if (l.contains(QStringLiteral("steepness")))
            alpha.steepness = r.number(l.value(QStringLiteral("steepness")), QStringLiteral("\"liquid_alpha\".steepness"), true);
        if (r.ok() && !(alpha.low <= alpha.high && alpha.high <= 1.0))
            r.failWith(QStringLiteral("\"liquid_alpha\" needs 0 ≤ low ≤ high ≤ 1."));
        in->liquidAlpha = alpha;
    }
    return r.problem;
}

} // namespace

int commandEpoch(CliContext& ctx) {
    bool missing = false;
    const QString path = ctx.takeOption(QStringLiteral("--input"), &missing);
    if (missing || path.isNull()) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("epoch needs --input FILE (JSON)."));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown argument for epoch: %1").arg(ctx.args.first()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ctx, NodeOrIo, QStringLiteral("StorageError"), QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ctx, Usage, QStringLiteral("Usage"),
                    QStringLiteral("%1 is not valid JSON: %2 at offset %3.").arg(path, parseError.errorString()).arg(parseError.offset));
    economics::EpochInput in;
    const QString problem = parseEpochInput(doc, &in);
    if (!problem.isEmpty()) return fail(ctx, Usage, QStringLiteral("Usage"), problem);

    const economics::EpochResult r = economics::runEpoch(in);
    QJsonArray bonds;
    for (std::size_t i = 0; i < r.n; ++i) bonds.append(toArray(r.bonds, i * r.n, r.n));
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("consensus"), toArray(r.consensus)},
                              {QStringLiteral("incentive"), toArray(r.incentive)},
                              {QStringLiteral("dividends"), toArray(r.dividends)},
                              {QStringLiteral("validator_trust"), toArray(r.validatorTrust)},
                              {QStringLiteral("bonds"), bonds}});
        return Ok;
    }
    printLine(QStringLiteral("%1  %2  %3  %4  %5").arg(QStringLiteral("uid"), 5).arg(QStringLiteral("consensus"), 10)
                  .arg(QStringLiteral("incentive"), 10).arg(QStringLiteral("dividends"), 10).arg(QStringLiteral("v_trust"), 10));
    for (std::size_t i = 0; i < r.n; ++i)
        printLine(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(i, 5)
                      .arg(r.consensus[i], 10, 'f', 6)
                      .arg(r.incentive[i], 10, 'f', 6)
                      .arg(r.dividends[i], 10, 'f', 6)
                      .arg(r.validatorTrust[i], 10, 'f', 6));
    return Ok;
}

} // namespace app::cli
