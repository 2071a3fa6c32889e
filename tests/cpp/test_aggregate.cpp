// Tests of aggregate.hpp: roll-ups of hand-made rows (arithmetic by hand), with and without
// weights, and assess_dataset over the krachtwijken data set with SYNTHETIC observations.
#include "charterkit/aggregate.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace charterkit;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

AssessedTarget row(const std::string& city, const std::string& district, const std::string& theme,
                   const std::string& target, ProgressStatus status, double score, double share,
                   bool reached) {
    AssessedTarget r;
    r.dataset = "test";
    r.charter = city;
    r.city = city;
    r.district = district;
    r.theme = theme;
    r.ambition = city + "." + theme;
    r.target = target;
    MilestoneAssessment m;
    m.result.status = status;
    m.result.score = score;
    m.share_achieved = share;
    m.reached = reached;
    r.assessment.milestones = {m};
    return r;
}

std::vector<AssessedTarget> rows() {
    return {row("A", "d1", "safety", "t1", ProgressStatus::on_track, 1.0, 0.5, false),
            row("A", "d2", "safety", "t2", ProgressStatus::behind, -2.0, 0.2, false),
            row("A", "d1", "work", "t3", ProgressStatus::ahead, 4.0, 1.2, true),
            row("B", "d3", "safety", "t4", ProgressStatus::not_available, NaN, NaN, false)};
}

const GroupSummary& group(const std::vector<GroupSummary>& g, const std::string& key) {
    for (const auto& s : g)
        if (s.key == key) return s;
    FAIL("no group " << key);
    return g.front();
}

} // namespace

TEST_CASE("aggregate: counts, means and worst/best without weights", "[aggregate]") {
    const auto by_theme = aggregate(rows(), GroupBy::theme);
    REQUIRE(by_theme.size() == 2);
    CHECK(by_theme[0].key == "safety"); // groups in key order
    const GroupSummary& safety = group(by_theme, "safety");
    CHECK(safety.count == 3);
    CHECK(safety.by_status.at("on_track") == 1);
    CHECK(safety.by_status.at("behind") == 1);
    CHECK(safety.by_status.at("not_available") == 1);
    CHECK(safety.scored == 2);
    CHECK(safety.mean_score == Approx(-0.5)); // (1 - 2) / 2, NaN skipped
    CHECK(safety.with_share == 2);
    CHECK(safety.mean_share_achieved == Approx(0.35)); // (0.5 + 0.2) / 2
    CHECK(safety.reached == 0);
    CHECK(std::isnan(safety.weight));
    CHECK(safety.worst == std::vector<std::string>{"t2", "t1"});
    CHECK(safety.best == std::vector<std::string>{"t1", "t2"});
    const GroupSummary& work = group(by_theme, "work");
    CHECK(work.reached == 1);
    CHECK(work.mean_score == 4.0);

    const auto by_city = aggregate(rows(), GroupBy::city);
    CHECK(group(by_city, "A").mean_score == Approx(1.0)); // (1 - 2 + 4) / 3
    CHECK(group(by_city, "A").mean_share_achieved == Approx(1.9 / 3));
    CHECK(std::isnan(group(by_city, "B").mean_score)); // nothing scored
    CHECK(group(by_city, "B").scored == 0);
    CHECK(aggregate(rows(), GroupBy::dataset).size() == 1);
    CHECK(aggregate(rows(), GroupBy::district).size() == 3);
    AggregateOptions top1;
    top1.top = 1;
    CHECK(group(aggregate(rows(), GroupBy::theme, top1), "safety").worst ==
          std::vector<std::string>{"t2"});
}

TEST_CASE("aggregate: weights by district (e.g. population)", "[aggregate]") {
    AggregateOptions o;
    o.weights = {{"d1", 100}, {"d2", 300}, {"d3", 50}};
    const auto by_theme = aggregate(rows(), GroupBy::theme, o);
    const GroupSummary& safety = group(by_theme, "safety");
    CHECK(safety.mean_score == Approx(-1.25));          // (100 x 1 + 300 x -2) / 400
    CHECK(safety.mean_share_achieved == Approx(0.275)); // (100 x 0.5 + 300 x 0.2) / 400
    CHECK(safety.weight == Approx(450));
    CHECK(group(by_theme, "work").weight == Approx(100));

    AggregateOptions missing;
    missing.weights = {{"d1", 100}};
    CHECK_THROWS_AS(aggregate(rows(), GroupBy::theme, missing), InvalidInputError);
    CHECK_THROWS_WITH(aggregate(rows(), GroupBy::theme, missing),
                      Catch::Contains("weights (by district): no weight for 'd2', 'd3'"));
    AggregateOptions negative;
    negative.weights = {{"d1", 100}, {"d2", -3}, {"d3", 50}};
    CHECK_THROWS_WITH(aggregate(rows(), GroupBy::theme, negative), Catch::Contains("'d2' = -3"));
    AggregateOptions by_city;
    by_city.weights = {{"A", 2}, {"B", 1}};
    by_city.weight_by = GroupBy::city;
    CHECK(group(aggregate(rows(), GroupBy::theme, by_city), "safety").mean_score == Approx(-0.5));
}

TEST_CASE("aggregate: grouping names", "[aggregate]") {
    for (GroupBy g :
         {GroupBy::ambition, GroupBy::theme, GroupBy::district, GroupBy::city, GroupBy::dataset})
        CHECK(group_by_from_string(to_string(g)) == g);
    CHECK_THROWS_WITH(group_by_from_string("town", "by"),
                      Catch::StartsWith("by: unknown grouping 'town'"));
}

TEST_CASE("aggregate: assess the data set with synthetic observations and roll up", "[aggregate]") {
    const Dataset kw = load_dataset(std::string(CHARTERKIT_REPO_DATA) + "/krachtwijken");
    auto obs = [](std::vector<int> years, std::vector<double> values) {
        return Series::from_years(years, values, "synthetic monitor", std::nullopt,
                                  YearAnchor::start);
    };
    const std::map<std::string, Series> observations = {
        {"amersfoort.kruiskamp.rapportcijfer-buurt", obs({2008, 2011}, {6.3, 6.45})},
        {"utrecht.ondiep.feeling-unsafe", obs({2008, 2010}, {41, 36})},
        {"utrecht.ondiep.infant-entry-level", obs({2008}, {51})}, // baseline still to be measured
        {"dordrecht.all.low-income-dordrecht-west", obs({2005, 2009}, {52, 47})}};
    AssessOptions o;
    o.method = "linear_path";
    o.resolve.anchor = YearAnchor::start;
    const auto assessed = assess_dataset(kw, observations, o);
    REQUIRE(assessed.size() == 4);
    // document order: Amersfoort, Dordrecht, Utrecht
    CHECK(assessed[0].city == "Amersfoort");
    CHECK(assessed[0].district == "kruiskamp");
    CHECK(assessed[0].theme == "safety");
    CHECK(assessed[1].district == "(all)");
    for (const auto& r : assessed) CHECK(r.dataset == kw.name);

    const auto by_city = aggregate(assessed, GroupBy::city);
    REQUIRE(by_city.size() == 3);
    const GroupSummary& utrecht = group(by_city, "Utrecht");
    CHECK(utrecht.count == 2);
    CHECK(utrecht.by_status.at("not_available") == 1);
    CHECK(utrecht.scored == 1);
    // the one scored Utrecht row equals its own assessment's score
    for (const auto& r : assessed)
        if (r.target == "utrecht.ondiep.feeling-unsafe")
            CHECK(utrecht.mean_score == r.assessment.score());

    CHECK_THROWS_AS(assess_dataset(kw, {{"no.such.target", obs({2008}, {1})}}, o), NotFoundError);
    CHECK_THROWS_WITH(assess_dataset(kw, {{"no.such.target", obs({2008}, {1})}}, o),
                      Catch::Contains("'no.such.target'"));
}
