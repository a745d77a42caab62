// SPDX-License-Identifier: GPL-3.0-or-later
// The field descriptions against the interchange schema, the typed location
// against the pointers the program writes.
#include "model/fields.h"
#include "model/jsonio.h"
#include "model/jsonpointer.h"
#include "model/location.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace jixiao;

namespace {

QJsonObject schema()
{
    QFile f(jixiao::testing::schemaFile());
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The object schema at a path of property names ("items" steps into a list).
QJsonObject objectAt(const QJsonObject &root, const QStringList &path)
{
    QJsonObject o = root;
    for (const QString &p : path) {
        if (p == u"items")
            o = o.value(p).toObject();
        else
            o = o.value(QStringLiteral("properties")).toObject().value(p).toObject();
        if (o.contains(QStringLiteral("$ref"))) {
            const QString ref = o.value(QStringLiteral("$ref")).toString().section(u'/', -1);
            o = root.value(QStringLiteral("$defs")).toObject().value(ref).toObject();
        }
    }
    return o;
}

QStringList keysIn(const QJsonObject &o)
{
    QStringList keys = o.value(QStringLiteral("properties")).toObject().keys();
    return keys;
}

QStringList strings(const QJsonValue &v)
{
    QStringList s;
    for (const QJsonValue &x : v.toArray())
        s << x.toString();
    return s;
}

// Checks that the schema object at `path` has exactly the row's fields plus
// `lists`, that required ones are required, and each field's kind.
template<typename Row> void expectObject(const QStringList &path, const QStringList &lists)
{
    const QJsonObject root = schema();
    const QJsonObject o = objectAt(root, path);
    ASSERT_FALSE(o.isEmpty()) << path.join(u'/').toStdString();
    QStringList expected = lists;
    QStringList required = lists;
    for (const Field<Row> &f : fieldsOf<Row>()) {
        expected << QLatin1String(f.key);
        if (f.kind != ValueKind::OptionalText)
            required << QLatin1String(f.key);
        const QJsonObject p = o.value(QStringLiteral("properties")).toObject().value(QLatin1String(f.key)).toObject();
        const QString ref = p.value(QStringLiteral("$ref")).toString();
        if (f.kind == ValueKind::Amount)
            EXPECT_EQ(ref, QStringLiteral("#/$defs/amount")) << f.key;
        else
            EXPECT_NE(ref, QStringLiteral("#/$defs/amount")) << f.key;
    }
    QStringList actual = keysIn(o);
    QStringList actualRequired = strings(o.value(QStringLiteral("required")));
    expected.sort();
    required.sort();
    actual.sort();
    actualRequired.sort();
    EXPECT_EQ(actual, expected) << path.join(u'/').toStdString();
    EXPECT_EQ(actualRequired, required) << path.join(u'/').toStdString();
}

} // namespace

TEST(Fields, MatchTheInterchangeSchema)
{
    expectObject<Department>({QStringLiteral("department")}, {});
    expectObject<Overview>({QStringLiteral("overview")},
        {QStringLiteral("budget"), QLatin1String(lists::WorkPlan.key), QLatin1String(lists::OverviewIndicators.key)});
    expectObject<Budget>({QStringLiteral("overview"), QStringLiteral("budget")}, {});
    expectObject<WorkPlanItem>({QStringLiteral("overview"), QStringLiteral("workPlan"), QStringLiteral("items")}, {});
    expectObject<Indicator>({QStringLiteral("overview"), QStringLiteral("indicators"), QStringLiteral("items")}, {});
    expectObject<Fund>({QStringLiteral("funds"), QStringLiteral("items")}, {QLatin1String(lists::Directions.key)});
    expectObject<Direction>(
        {QStringLiteral("funds"), QStringLiteral("items"), QStringLiteral("directions"), QStringLiteral("items")},
        {QLatin1String(lists::DirectionIndicators.key), QLatin1String(lists::Details.key)});
    expectObject<DetailLine>({QStringLiteral("funds"), QStringLiteral("items"), QStringLiteral("directions"),
                                 QStringLiteral("items"), QStringLiteral("details"), QStringLiteral("items")},
        {});
    expectObject<Project>(
        {QStringLiteral("projects"), QStringLiteral("items")}, {QLatin1String(lists::ProjectIndicators.key)});
}

TEST(Fields, KeyOrderIsTheOrderTheWriterUses)
{
    // Every key the writer puts into the sample, object by object, appears in
    // interchangeKeyOrder() in the same relative order.
    const QStringList &order = interchangeKeyOrder();
    const QByteArray raw = FilingJson::toJson(sampleFiling());
    // Keys as they occur in the text, each with the object it belongs to.
    QList<QPair<int, QString>> keys;
    QList<int> open; // object ids of the enclosing brackets ([ counts as -1)
    int objects = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '{')
            open.append(objects++);
        else if (c == '[')
            open.append(-1);
        else if (c == '}' || c == ']')
            open.removeLast();
        else if (c == '"') {
            qsizetype end = i + 1;
            while (raw[end] != '"')
                end += raw[end] == '\\' ? 2 : 1;
            if (end + 1 < raw.size() && raw[end + 1] == ':')
                keys.append({open.last(), QString::fromUtf8(raw.mid(i + 1, end - i - 1))});
            i = end;
        }
    }
    int checked = 0;
    for (int k = 1; k < keys.size(); ++k) {
        if (keys[k].first != keys[k - 1].first)
            continue;
        const qsizetype a = order.indexOf(keys[k - 1].second);
        const qsizetype b = order.indexOf(keys[k].second);
        ASSERT_GE(a, 0) << keys[k - 1].second.toStdString();
        ASSERT_GE(b, 0) << keys[k].second.toStdString();
        EXPECT_LT(a, b) << keys[k - 1].second.toStdString() << " before " << keys[k].second.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 30);
}

TEST(Fields, LabelsAreTheFormsWords)
{
    EXPECT_EQ(findField<DetailLine>(u"basis")->translatedLabel(), QStringLiteral("calculation basis"));
    EXPECT_EQ(findField<Direction>(u"amount")->translatedLabel(), QStringLiteral("project amount"));
    EXPECT_EQ(findField<Indicator>(u"name")->translatedLabel(), QStringLiteral("level-3 indicator"));
    EXPECT_EQ(findField<Budget>(u"governmentFund")->translatedLabel(), QStringLiteral("government fund budget"));
    EXPECT_EQ(findField<DetailLine>(u"nothing"), nullptr);
}

TEST(Location, ParsesEveryKindOfPointerTheProgramWrites)
{
    auto parse = [](const QString &p) {
        const auto l = Location::parse(p);
        EXPECT_TRUE(l.has_value()) << p.toStdString();
        if (l) {
            EXPECT_EQ(l->toPointer(), p);
        }
        return l.value_or(Location());
    };
    Location l = parse(pointer::detail(1, 0, 2) + QStringLiteral("/basis"));
    EXPECT_EQ(l.area, Location::Direction);
    EXPECT_EQ(l.fund, 1);
    EXPECT_EQ(l.direction, 0);
    EXPECT_EQ(l.list, &lists::Details);
    EXPECT_EQ(l.row, 2);
    EXPECT_EQ(l.field, QStringLiteral("basis"));
    EXPECT_EQ(l.fieldLabel(), QStringLiteral("calculation basis"));

    l = parse(pointer::directionIndicator(0, 3, 7));
    EXPECT_EQ(l.list, &lists::DirectionIndicators);
    EXPECT_EQ(l.row, 7);
    EXPECT_TRUE(l.field.isEmpty());

    l = parse(pointer::workPlan(4) + QStringLiteral("/owner"));
    EXPECT_EQ(l.area, Location::Overview);
    EXPECT_EQ(l.list, &lists::WorkPlan);
    EXPECT_EQ(l.fieldLabel(), QStringLiteral("responsible unit"));

    l = parse(pointer::budget(u"total"));
    EXPECT_EQ(l.area, Location::Budget);
    EXPECT_EQ(l.fieldLabel(), QStringLiteral("total funds"));

    l = parse(QStringLiteral("/department/phone"));
    EXPECT_EQ(l.area, Location::Department);
    l = parse(QStringLiteral("/fiscalYear"));
    EXPECT_EQ(l.area, Location::Filing);
    EXPECT_EQ(l.fieldLabel(), QStringLiteral("fiscal year"));
    l = parse(pointer::fund(2) + QStringLiteral("/directions"));
    EXPECT_EQ(l.area, Location::Fund);
    EXPECT_EQ(l.list, &lists::Directions);
    l = parse(pointer::direction(2, 1) + QStringLiteral("/amount"));
    EXPECT_EQ(l.fieldLabel(), QStringLiteral("project amount"));
    EXPECT_EQ(parse(QString()).area, Location::Whole);
    EXPECT_EQ(parse(QStringLiteral("/funds")).area, Location::Funds);
}

TEST(Location, RefusesWhatNoFilingHas)
{
    for (const char *bad : {"/nothing", "/funds/x", "/funds/01", "/funds/-1", "/funds/0/directions/0/details/1/color",
             "/overview/workPlan/0/basis", "/department/amount", "/overview/budget/total/0", "/funds/0/amount/1",
             "/overview/indicators/0/level1/x", "/fiscalYear/0"})
        EXPECT_FALSE(Location::parse(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(Location, ExistsOnlyWhereTheFilingHasTheRow)
{
    const Filing f = sampleFiling();
    EXPECT_TRUE(Location::parse(pointer::detail(0, 0, 0))->exists(f));
    EXPECT_FALSE(Location::parse(pointer::detail(0, 0, 999))->exists(f));
    EXPECT_FALSE(Location::parse(pointer::direction(99, 0))->exists(f));
    EXPECT_TRUE(Location::parse(pointer::workPlan(0))->exists(f));
    EXPECT_FALSE(Location::parse(pointer::workPlan(999))->exists(f));
}
