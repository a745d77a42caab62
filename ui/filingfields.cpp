// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingfields.h"

#include "model/jsonpointer.h"

namespace jixiao::ui {

namespace {

struct FieldRef
{
    QString *text = nullptr;
    std::optional<QString> *optionalText = nullptr;
    Amount *amount = nullptr;
    int *integer = nullptr;
    std::optional<IndicatorSchemeId> *scheme = nullptr;
};

bool toIndex(const QString &token, qsizetype size, int *out)
{
    bool ok = false;
    const int i = token.toInt(&ok);
    if (!ok || i < 0 || i >= size || token != QString::number(i))
        return false;
    *out = i;
    return true;
}

FieldRef indicatorField(Indicator &in, const QString &key, bool withStandard)
{
    if (key == u"level1")
        return {&in.level1};
    if (key == u"level2")
        return {&in.level2};
    if (key == u"name")
        return {&in.name};
    if (key == u"value")
        return {&in.value};
    if (withStandard && key == u"standard")
        return {nullptr, &in.standard};
    return {};
}

FieldRef resolve(Filing &f, const QString &pointer)
{
    const QStringList t = pointer::split(pointer);
    if (t.isEmpty())
        return {};
    const QString &top = t[0];
    if (t.size() == 1) {
        if (top == u"fiscalYear")
            return {nullptr, nullptr, nullptr, &f.fiscalYear};
        if (top == u"fundLevel")
            return {nullptr, &f.fundLevel};
        if (top == u"indicatorScheme")
            return {nullptr, nullptr, nullptr, nullptr, &f.indicatorScheme};
        return {};
    }
    if (top == u"department" && t.size() == 2) {
        Department &d = f.department;
        if (t[1] == u"name")
            return {&d.name};
        if (t[1] == u"head")
            return {nullptr, &d.head};
        if (t[1] == u"preparers")
            return {nullptr, &d.preparers};
        if (t[1] == u"phone")
            return {nullptr, &d.phone};
        return {};
    }
    if (top == u"overview") {
        Overview &o = f.overview;
        if (t.size() == 2) {
            if (t[1] == u"duties")
                return {&o.duties};
            if (t[1] == u"attachmentLabel")
                return {nullptr, &o.attachmentLabel};
            return {};
        }
        if (t[1] == u"budget" && t.size() == 3) {
            Budget &b = o.budget;
            const QString &k = t[2];
            Amount *a = k == u"total"    ? &b.total
                : k == u"generalPublic"  ? &b.generalPublic
                : k == u"governmentFund" ? &b.governmentFund
                : k == u"other"          ? &b.other
                : k == u"basic"          ? &b.basic
                : k == u"project"        ? &b.project
                                         : nullptr;
            return {nullptr, nullptr, a};
        }
        int i = 0;
        if (t[1] == u"workPlan" && t.size() == 4 && toIndex(t[2], o.workPlan.size(), &i)) {
            WorkPlanItem &w = o.workPlan[i];
            if (t[3] == u"item")
                return {&w.item};
            if (t[3] == u"owner")
                return {&w.owner};
            if (t[3] == u"goal")
                return {&w.goal};
            return {};
        }
        if (t[1] == u"indicators" && t.size() == 4 && toIndex(t[2], o.indicators.size(), &i))
            return indicatorField(o.indicators[i], t[3], false);
        return {};
    }
    if (top != u"funds")
        return {};
    int fi = 0;
    if (!toIndex(t[1], f.funds.size(), &fi) || t.size() < 3)
        return {};
    Fund &fund = f.funds[fi];
    if (t.size() == 3) {
        if (t[2] == u"name")
            return {&fund.name};
        if (t[2] == u"amount")
            return {nullptr, nullptr, &fund.amount};
        return {};
    }
    int di = 0;
    if (t[2] != u"directions" || !toIndex(t[3], fund.directions.size(), &di) || t.size() < 5)
        return {};
    Direction &d = fund.directions[di];
    if (t.size() == 5) {
        const QString &k = t[4];
        if (k == u"name")
            return {&d.name};
        if (k == u"amount")
            return {nullptr, nullptr, &d.amount};
        if (k == u"period")
            return {&d.period};
        if (k == u"periodGoal")
            return {&d.periodGoal};
        if (k == u"annualGoal")
            return {&d.annualGoal};
        return {};
    }
    int i = 0;
    if (t.size() != 7)
        return {};
    if (t[4] == u"indicators" && toIndex(t[5], d.indicators.size(), &i))
        return indicatorField(d.indicators[i], t[6], true);
    if (t[4] == u"details" && toIndex(t[5], d.details.size(), &i)) {
        DetailLine &l = d.details[i];
        if (t[6] == u"content")
            return {&l.content};
        if (t[6] == u"item")
            return {&l.item};
        if (t[6] == u"amount")
            return {nullptr, nullptr, &l.amount};
        if (t[6] == u"basis")
            return {&l.basis};
    }
    return {};
}

template<class Fn> bool withList(Filing &f, const ListRef &l, Fn fn)
{
    switch (l.kind) {
    case ListRef::WorkPlan:
        fn(f.overview.workPlan);
        return true;
    case ListRef::OverviewIndicators:
        fn(f.overview.indicators);
        return true;
    case ListRef::Funds:
        fn(f.funds);
        return true;
    default:
        break;
    }
    if (l.fund < 0 || l.fund >= f.funds.size())
        return false;
    Fund &fund = f.funds[l.fund];
    if (l.kind == ListRef::Directions) {
        fn(fund.directions);
        return true;
    }
    if (l.direction < 0 || l.direction >= fund.directions.size())
        return false;
    Direction &d = fund.directions[l.direction];
    if (l.kind == ListRef::DirectionIndicators)
        fn(d.indicators);
    else
        fn(d.details);
    return true;
}

} // namespace

FieldKind fieldKind(const Filing &filing, const QString &pointer)
{
    const FieldRef r = resolve(const_cast<Filing &>(filing), pointer);
    if (r.text)
        return FieldKind::Text;
    if (r.optionalText || r.scheme)
        return FieldKind::OptionalText;
    if (r.amount)
        return FieldKind::Amount;
    if (r.integer)
        return FieldKind::Integer;
    return FieldKind::Invalid;
}

bool readField(const Filing &filing, const QString &pointer, FieldValue *out)
{
    const FieldRef r = resolve(const_cast<Filing &>(filing), pointer);
    if (r.text)
        *out = *r.text;
    else if (r.optionalText)
        *out = *r.optionalText;
    else if (r.amount)
        *out = r.amount->has_value() ? FieldValue(r.amount->value().toString()) : std::nullopt;
    else if (r.integer)
        *out = QString::number(*r.integer);
    else if (r.scheme)
        *out = r.scheme->has_value() ? FieldValue(indicatorSchemeKey(**r.scheme)) : std::nullopt;
    else
        return false;
    return true;
}

bool writeField(Filing *filing, const QString &pointer, const FieldValue &value)
{
    const FieldRef r = resolve(*filing, pointer);
    if (r.text) {
        *r.text = value.value_or(QString());
        return true;
    }
    if (r.optionalText) {
        *r.optionalText = value;
        return true;
    }
    if (r.amount) {
        if (!value || value->isEmpty()) {
            r.amount->reset();
            return true;
        }
        Money m;
        if (!Money::parseCanonical(*value, &m))
            return false;
        *r.amount = m;
        return true;
    }
    if (r.scheme) {
        if (!value) {
            r.scheme->reset();
            return true;
        }
        const auto id = indicatorSchemeFromKey(*value);
        if (!id)
            return false;
        *r.scheme = *id;
        return true;
    }
    if (r.integer) {
        bool ok = false;
        const int v = value.value_or(QString()).toInt(&ok);
        if (!ok)
            return false;
        *r.integer = v;
        return true;
    }
    return false;
}

bool pointerExists(const Filing &filing, const QString &p)
{
    const QStringList t = pointer::split(p);
    QString prefix;
    for (const QString &token : t) {
        bool numeric = false;
        const int i = token.toInt(&numeric);
        if (numeric) {
            const auto list = parseListPointer(prefix);
            if (!list || i < 0 || i >= listSize(filing, *list))
                return false;
        }
        prefix = pointer::join(prefix, token);
    }
    return true;
}

QString ListRef::pointer() const
{
    switch (kind) {
    case WorkPlan:
        return QStringLiteral("/overview/workPlan");
    case OverviewIndicators:
        return QStringLiteral("/overview/indicators");
    case Funds:
        return QStringLiteral("/funds");
    case Directions:
        return pointer::fund(fund) + QStringLiteral("/directions");
    case DirectionIndicators:
        return pointer::direction(fund, direction) + QStringLiteral("/indicators");
    case Details:
        return pointer::direction(fund, direction) + QStringLiteral("/details");
    }
    return QString();
}

std::optional<ListRef> parseListPointer(const QString &p)
{
    const QStringList t = pointer::split(p);
    auto index = [](const QString &s, int *out) {
        bool ok = false;
        *out = s.toInt(&ok);
        return ok && *out >= 0 && s == QString::number(*out);
    };
    if (t.size() == 2 && t[0] == u"overview") {
        if (t[1] == u"workPlan")
            return ListRef {ListRef::WorkPlan};
        if (t[1] == u"indicators")
            return ListRef {ListRef::OverviewIndicators};
        return std::nullopt;
    }
    if (t.isEmpty() || t[0] != u"funds")
        return std::nullopt;
    if (t.size() == 1)
        return ListRef {ListRef::Funds};
    ListRef r;
    if (t.size() == 3 && t[2] == u"directions" && index(t[1], &r.fund)) {
        r.kind = ListRef::Directions;
        return r;
    }
    if (t.size() == 5 && t[2] == u"directions" && index(t[1], &r.fund) && index(t[3], &r.direction)) {
        if (t[4] == u"indicators")
            r.kind = ListRef::DirectionIndicators;
        else if (t[4] == u"details")
            r.kind = ListRef::Details;
        else
            return std::nullopt;
        return r;
    }
    return std::nullopt;
}

int listSize(const Filing &filing, const ListRef &list)
{
    int n = -1;
    withList(const_cast<Filing &>(filing), list, [&](auto &l) { n = int(l.size()); });
    return n;
}

RowValue rowAt(const Filing &filing, const ListRef &list, int row)
{
    RowValue v;
    withList(const_cast<Filing &>(filing), list, [&](auto &l) {
        if (row >= 0 && row < l.size())
            v = l[row];
    });
    return v;
}

RowValue emptyRow(const Filing &filing, const ListRef &list)
{
    switch (list.kind) {
    case ListRef::WorkPlan:
        return WorkPlanItem {};
    case ListRef::OverviewIndicators:
        return Indicator {};
    case ListRef::DirectionIndicators: {
        Indicator i;
        i.standard = QString();
        return i;
    }
    case ListRef::Funds:
        return Fund {};
    case ListRef::Directions: {
        Direction d;
        d.period = QStringLiteral("%1年1-12月").arg(filing.fiscalYear);
        // The scheme's indicator rows, as on the paper form.
        d.indicators = standardIndicatorRows(filing.effectiveScheme(), true);
        return d;
    }
    case ListRef::Details:
        return DetailLine {};
    }
    return WorkPlanItem {};
}

bool insertRow(Filing *filing, const ListRef &list, int row, const RowValue &value)
{
    bool ok = false;
    withList(*filing, list, [&](auto &l) {
        using T = typename std::decay_t<decltype(l)>::value_type;
        if (row < 0 || row > l.size() || !std::holds_alternative<T>(value))
            return;
        l.insert(row, std::get<T>(value));
        ok = true;
    });
    return ok;
}

bool removeRow(Filing *filing, const ListRef &list, int row)
{
    bool ok = false;
    withList(*filing, list, [&](auto &l) {
        if (row < 0 || row >= l.size())
            return;
        l.removeAt(row);
        ok = true;
    });
    return ok;
}

bool moveRow(Filing *filing, const ListRef &list, int from, int to)
{
    bool ok = false;
    withList(*filing, list, [&](auto &l) {
        if (from < 0 || from >= l.size() || to < 0 || to >= l.size())
            return;
        l.move(from, to);
        ok = true;
    });
    return ok;
}

} // namespace jixiao::ui
