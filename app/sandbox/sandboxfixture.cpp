// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Collects the first problem found; every check returns false once one is recorded.
class FixtureReader
{
public:
    explicit FixtureReader(QString *error)
        : m_error(error)
    {
    }

    bool fail(const QString &field, const QString &problem)
    {
        if (m_error)
            *m_error = field.isEmpty() ? problem : field + QStringLiteral(": ") + problem;
        return false;
    }

    bool string(const QJsonObject &object, const QString &field, const QString &name, QString *out,
                bool required = true)
    {
        const QJsonValue value = object.value(name);
        const QString path = field + QLatin1Char('.') + name;
        if (value.isUndefined() && !required)
            return true;
        if (!value.isString())
            return fail(path,
                        value.isUndefined() ? QStringLiteral("missing")
                                            : QStringLiteral("must be a string"));
        *out = value.toString();
        if (required && out->isEmpty())
            return fail(path, QStringLiteral("must not be empty"));
        return true;
    }

    bool digits(const QJsonObject &object, const QString &field, const QString &name, QString *out)
    {
        if (!string(object, field, name, out))
            return false;
        if (!isDigits(*out))
            return fail(field + QLatin1Char('.') + name,
                        QStringLiteral("must be a string of digits"));
        return true;
    }

    bool positiveInt(const QJsonObject &object, const QString &field, const QString &name, int *out)
    {
        const QJsonValue value = object.value(name);
        const QString path = field + QLatin1Char('.') + name;
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number > 1e9 || number != int(number))
            return fail(path, QStringLiteral("must be a positive integer"));
        *out = int(number);
        return true;
    }

    static bool isDigits(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]+$"));
        return pattern.match(text).hasMatch();
    }

private:
    QString *m_error;
};

QString indexed(const QString &name, qsizetype index)
{
    return name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool isVisibleAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7e; });
}

} // namespace

std::optional<SandboxFixture> SandboxFixture::load(const QByteArray &json, QString *error)
{
    FixtureReader reader(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail({},
                    QStringLiteral("not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail({}, QStringLiteral("the fixture must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    SandboxFixture fixture;

    const QJsonValue groups = root.value(QStringLiteral("practice_groups"));
    if (!groups.isArray() || groups.toArray().isEmpty()) {
        reader.fail(QStringLiteral("practice_groups"), QStringLiteral("must be a non-empty array"));
        return std::nullopt;
    }
    QSet<QString> groupIds;
    const QJsonArray groupArray = groups.toArray();
    for (qsizetype i = 0; i < groupArray.size(); ++i) {
        const QString field = indexed(QStringLiteral("practice_groups"), i);
        if (!groupArray.at(i).isObject()) {
            reader.fail(field, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        const QJsonObject object = groupArray.at(i).toObject();
        SandboxPracticeGroup group;
        if (!reader.digits(object, field, QStringLiteral("id"), &group.id)
            || !reader.string(object, field, QStringLiteral("name"), &group.name)
            || !reader.string(object, field, QStringLiteral("ods_code"), &group.odsCode, false))
            return std::nullopt;
        if (groupIds.contains(group.id)) {
            reader.fail(field + QStringLiteral(".id"),
                        QStringLiteral("duplicate practice group %1").arg(group.id));
            return std::nullopt;
        }
        groupIds.insert(group.id);
        fixture.practiceGroups.append(group);
    }

    const QJsonValue networks = root.value(QStringLiteral("networks"));
    if (!networks.isUndefined() && !networks.isArray()) {
        reader.fail(QStringLiteral("networks"), QStringLiteral("must be an array"));
        return std::nullopt;
    }
    const QJsonArray networkArray = networks.toArray();
    for (qsizetype i = 0; i < networkArray.size(); ++i) {
        const QString field = indexed(QStringLiteral("networks"), i);
        const QJsonObject object = networkArray.at(i).toObject();
        SandboxNetwork network;
        if (!networkArray.at(i).isObject()) {
            reader.fail(field, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        if (!reader.string(object, field, QStringLiteral("id"), &network.id)
            || !reader.string(object, field, QStringLiteral("name"), &network.name))
            return std::nullopt;
        const QJsonValue members = object.value(QStringLiteral("members"));
        if (!members.isArray()) {
            reader.fail(field + QStringLiteral(".members"), QStringLiteral("must be an array"));
            return std::nullopt;
        }
        const QJsonArray memberArray = members.toArray();
        for (qsizetype m = 0; m < memberArray.size(); ++m) {
            const QString memberField =
                field + QLatin1Char('.') + indexed(QStringLiteral("members"), m);
            const QString member = memberArray.at(m).toString();
            if (!memberArray.at(m).isString()) {
                reader.fail(memberField, QStringLiteral("must be a string"));
                return std::nullopt;
            }
            if (!groupIds.contains(member)) {
                reader.fail(memberField, QStringLiteral("unknown practice group %1").arg(member));
                return std::nullopt;
            }
            network.members.append(member);
        }
        fixture.networks.append(network);
    }

    const QJsonValue scopes = root.value(QStringLiteral("scopes"));
    if (!scopes.isUndefined() && !scopes.isObject()) {
        reader.fail(QStringLiteral("scopes"), QStringLiteral("must be an object"));
        return std::nullopt;
    }
    const QJsonObject scopeObject = scopes.toObject();
    for (auto it = scopeObject.constBegin(); it != scopeObject.constEnd(); ++it) {
        const QString field = QStringLiteral("scopes.") + it.key();
        if (!it.value().isArray()) {
            reader.fail(field, QStringLiteral("must be an array of path prefixes"));
            return std::nullopt;
        }
        QStringList prefixes;
        const QJsonArray prefixArray = it.value().toArray();
        for (qsizetype p = 0; p < prefixArray.size(); ++p) {
            const QString prefix = prefixArray.at(p).toString();
            if (!prefix.startsWith(QLatin1Char('/')) || prefix.endsWith(QLatin1Char('/'))) {
                reader.fail(indexed(field, p),
                            QStringLiteral("must be a path prefix like \"/v1/messages\""));
                return std::nullopt;
            }
            prefixes.append(prefix);
        }
        fixture.scopes.insert(it.key(), prefixes);
    }

    const QJsonValue keys = root.value(QStringLiteral("keys"));
    if (!keys.isArray() || keys.toArray().isEmpty()) {
        reader.fail(QStringLiteral("keys"), QStringLiteral("must be a non-empty array"));
        return std::nullopt;
    }
    const QJsonArray keyArray = keys.toArray();
    QSet<QString> keyValues;
    for (qsizetype i = 0; i < keyArray.size(); ++i) {
        const QString field = indexed(QStringLiteral("keys"), i);
        if (!keyArray.at(i).isObject()) {
            reader.fail(field, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        const QJsonObject object = keyArray.at(i).toObject();
        SandboxFixtureKey key;
        if (!reader.string(object, field, QStringLiteral("key"), &key.key)
            || !reader.string(object, field, QStringLiteral("label"), &key.label, false)
            || !reader.string(object, field, QStringLiteral("partner"), &key.partner, false))
            return std::nullopt;
        // The messages below never quote the key itself.
        if (!isVisibleAscii(key.key)) {
            reader.fail(field + QStringLiteral(".key"),
                        QStringLiteral("must be visible ASCII without spaces"));
            return std::nullopt;
        }
        if (keyValues.contains(key.key)) {
            reader.fail(field + QStringLiteral(".key"), QStringLiteral("duplicate key"));
            return std::nullopt;
        }
        keyValues.insert(key.key);
        if (!reader.string(object, field, QStringLiteral("practice_group"), &key.practiceGroup))
            return std::nullopt;
        if (!groupIds.contains(key.practiceGroup)) {
            reader.fail(field + QStringLiteral(".practice_group"),
                        QStringLiteral("unknown practice group %1").arg(key.practiceGroup));
            return std::nullopt;
        }
        const QJsonValue keyScopes = object.value(QStringLiteral("scopes"));
        if (!keyScopes.isUndefined() && !keyScopes.isArray()) {
            reader.fail(field + QStringLiteral(".scopes"), QStringLiteral("must be an array"));
            return std::nullopt;
        }
        const QJsonArray keyScopeArray = keyScopes.toArray();
        for (qsizetype s = 0; s < keyScopeArray.size(); ++s) {
            const QString scope = keyScopeArray.at(s).toString();
            if (!fixture.scopes.contains(scope)) {
                reader.fail(field + QLatin1Char('.') + indexed(QStringLiteral("scopes"), s),
                            QStringLiteral("unknown scope %1").arg(scope));
                return std::nullopt;
            }
            key.scopes.append(scope);
        }
        const QJsonValue expired = object.value(QStringLiteral("expired"));
        if (!expired.isUndefined() && !expired.isBool()) {
            reader.fail(field + QStringLiteral(".expired"),
                        QStringLiteral("must be true or false"));
            return std::nullopt;
        }
        key.expired = expired.toBool(false);
        fixture.keys.append(key);
    }

    const QJsonValue rate = root.value(QStringLiteral("rate_limit"));
    if (!rate.isUndefined()) {
        if (!rate.isObject()) {
            reader.fail(QStringLiteral("rate_limit"), QStringLiteral("must be an object"));
            return std::nullopt;
        }
        if (!reader.positiveInt(rate.toObject(), QStringLiteral("rate_limit"),
                                QStringLiteral("requests"), &fixture.rateLimitRequests)
            || !reader.positiveInt(rate.toObject(), QStringLiteral("rate_limit"),
                                   QStringLiteral("window_seconds"),
                                   &fixture.rateLimitWindowSeconds))
            return std::nullopt;
    }
    return fixture;
}

std::optional<SandboxFixture> SandboxFixture::builtIn(QString *error)
{
    QFile file(QStringLiteral(":/hero/sandbox-fixture.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the built-in fixture resource is missing");
        return std::nullopt;
    }
    return load(file.readAll(), error);
}

const SandboxPracticeGroup *SandboxFixture::group(const QString &id) const
{
    for (const SandboxPracticeGroup &candidate : practiceGroups) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

int SandboxFixture::keyIndex(const QByteArray &key) const
{
    if (key.isEmpty())
        return -1;
    const QString text = QString::fromLatin1(key);
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i).key == text)
            return i;
    }
    return -1;
}

QList<const SandboxNetwork *> SandboxFixture::networksOf(const QString &groupId) const
{
    QList<const SandboxNetwork *> found;
    for (const SandboxNetwork &network : networks) {
        if (network.members.contains(groupId))
            found.append(&network);
    }
    return found;
}

bool SandboxFixture::shareNetwork(const QString &groupA, const QString &groupB) const
{
    return std::any_of(
        networks.cbegin(), networks.cend(), [groupA, groupB](const SandboxNetwork &network) {
            return network.members.contains(groupA) && network.members.contains(groupB);
        });
}

QStringList SandboxFixture::groupsActableFor(const QString &homeGroupId) const
{
    QStringList ids;
    for (const SandboxPracticeGroup &candidate : practiceGroups) {
        if (candidate.id == homeGroupId || shareNetwork(homeGroupId, candidate.id))
            ids.append(candidate.id);
    }
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return ids;
}

QString SandboxFixture::scopeForPath(const QString &path) const
{
    QString bestScope;
    qsizetype bestLength = -1;
    for (auto it = scopes.constBegin(); it != scopes.constEnd(); ++it) {
        for (const QString &prefix : it.value()) {
            const bool matches = path == prefix
                || (path.startsWith(prefix) && path.at(prefix.size()) == QLatin1Char('/'));
            if (matches && prefix.size() > bestLength) {
                bestScope = it.key();
                bestLength = prefix.size();
            }
        }
    }
    return bestScope;
}
