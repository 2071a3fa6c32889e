// Tests of assessment.hpp: real targets of the krachtwijken data set against SYNTHETIC observations
// (invented for the tests; the charters print no monitor results), hand-computed; moving
// references, later baselines and re-based targets; forms without a level; the edge cases; errors.
//
// The tests use the start-of-year convention (a year y lies at y + 0 on the time axis, observations
// on 1 January) so that the hand arithmetic works in whole years.
#include "charterkit/assessment.hpp"
#include "charterkit/io_json.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace charterkit;

namespace {

double cagr(double v1, double v0, double t1, double t0) {
    return std::pow(v1 / v0, 1.0 / (t1 - t0)) - 1.0;
}

Target real_target(const std::string& city, const std::string& id) {
    return load_charter(std::string(CHARTERKIT_REPO_DATA) + "/krachtwijken/" + city + ".json")
        .target(id);
}

AssessOptions at_start(const std::string& method = "statcan") {
    AssessOptions o;
    o.method = method;
    o.resolve.anchor = YearAnchor::start;
    return o;
}

Series synthetic(const std::vector<int>& years, const std::vector<double>& values) {
    return Series::from_years(years, values, "synthetic monitor", std::nullopt, YearAnchor::start);
}

/// A hand-made target (synthetic) with one absolute milestone.
Target simple(double base, double level, Direction d, Unit u = Unit::score) {
    Target t;
    t.id = "synthetic.simple";
    t.indicator = Indicator("x", "x", u, d);
    t.baseline = Baseline{When::year(2010), base, {}, {}, {}};
    Milestone m;
    m.when = When::year(2020);
    m.value = level;
    t.milestones = {m};
    return t;
}

} // namespace

TEST_CASE("assessment: Amersfoort grade for the neighbourhood, planned values and gaps",
          "[assessment]") {
    // seed 004: report grade 6.2 (2007) -> 6.5 (2012) -> 6.8 (2018), higher is better
    const Target t = real_target("amersfoort", "amersfoort.kruiskamp.rapportcijfer-buurt");
    const Series obs = synthetic({2008, 2010, 2011}, {6.3, 6.3, 6.45});
    const Assessment a = assess(t, obs, at_start());
    // linear 2007 -> 2012 rises 0.06 a year: 6.26 (2008), 6.38 (2010), 6.44 (2011)
    REQUIRE(a.planned.size() == 3);
    CHECK(a.planned[0] == Approx(6.26));
    CHECK(a.planned[1] == Approx(6.38));
    CHECK(a.planned[2] == Approx(6.44));
    CHECK(a.gap[0] == Approx(0.04));
    CHECK(a.gap[1] == Approx(-0.08));
    CHECK(a.gap[2] == Approx(0.01));
    CHECK(a.gap_share[2] == Approx(0.01 / 0.3)); // share of the planned change 6.5 - 6.2
    CHECK(a.expected == Approx(6.44));
    CHECK(a.baseline_value == 6.2);
    CHECK(a.latest_value == 6.45);

    // the next milestone not yet passed is 2012; both are reported
    CHECK(a.current == 0);
    REQUIRE(a.milestones.size() == 2);
    CHECK_FALSE(a.milestones[0].passed);
    CHECK_FALSE(a.reached()); // 6.45 < 6.5
    CHECK(a.share_achieved() == Approx(0.25 / 0.3));
    CHECK(a.milestones[1].share_achieved == Approx(0.25 / 0.6));
    CHECK(a.milestones[1].level == 6.8);

    // statcan: years 2007, 2011, 2012
    const double P = cagr(6.45, 6.2, 2011, 2007) / std::fabs(cagr(6.5, 6.2, 2012, 2007));
    CHECK(a.assessed().result.progress_value == Approx(P));
    CHECK(P == Approx(1.0465).epsilon(1e-3));
    CHECK(a.status() == ProgressStatus::substantial_progress);
    CHECK(a.score() == Approx(7.1429 * P - 4.2857));
    const double P2018 = cagr(6.45, 6.2, 2011, 2007) / std::fabs(cagr(6.8, 6.2, 2018, 2007));
    CHECK(a.milestones[1].result.progress_value == Approx(P2018));

    // eurostat: the same ratio on the time axis (whole years here)
    const Assessment e = assess(t, obs, at_start("eurostat"));
    CHECK(e.assessed().result.progress_value == Approx(P));
    CHECK(e.status() == ProgressStatus::significant_progress);
    CHECK(e.method == "eurostat");
    CHECK(e.method_version == 1);

    // linear_path: 0.01 ahead of 6.44 lies within 5 % of 0.3 = 0.015
    const Assessment l = assess(t, obs, at_start("linear_path"));
    CHECK(l.status() == ProgressStatus::on_track);
    CHECK(l.assessed().result.progress_value == Approx(0.01 / 0.3));
    AssessOptions tight = at_start("linear_path");
    tight.tolerance = 0.01; // band 0.003
    CHECK(assess(t, obs, tight).status() == ProgressStatus::ahead);

    // another milestone on request
    AssessOptions second = at_start();
    second.milestone = 1;
    CHECK(assess(t, obs, second).current == 1);
}

TEST_CASE("assessment: Dordrecht unemployment, moving reference flows through", "[assessment]") {
    // seed 004: 11.6 % (2006) -> 6.4 % (2011) -> halfway to the 2017 city average (2017); lower is
    // better
    const Target t = real_target("dordrecht", "dordrecht.crabbehof.unemployment");
    const Series obs = synthetic({2008, 2010, 2012}, {10.0, 8.0, 7.0});
    const Assessment a = assess(t, obs, at_start());
    // the 2011 milestone is passed; the 2017 one is next, but its level waits for the 2017 city
    // average
    CHECK(a.current == 1);
    CHECK(a.milestones[0].passed);
    CHECK_FALSE(a.milestones[0].reached); // 7.0 > 6.4
    CHECK(a.milestones[0].share_achieved == Approx(4.6 / 5.2));
    CHECK_FALSE(a.milestones[1].resolved);
    CHECK(a.status() == ProgressStatus::not_available);
    CHECK_THAT(a.assessed().result.reason, Catch::Contains("stedelijk gemiddelde"));
    CHECK(a.planned[0] ==
          Approx(11.6 - 5.2 * 2 / 5));  // trajectory through the resolved anchors only
    CHECK(a.planned[2] == Approx(6.4)); // held after 2011
    CHECK(std::isnan(a.gap_share[2]));  // the assessed milestone has no level

    // the city average observed in 2017 (synthetic 5.0): level 11.6 + 0.5 (5.0 - 11.6) = 8.3
    AssessOptions o = at_start();
    o.resolve.reference = Series::from_years({2017}, {5.0}, "city average (synthetic)",
                                             std::nullopt, YearAnchor::start);
    const Assessment m = assess(t, obs, o);
    REQUIRE(m.assessed().resolved);
    CHECK(m.assessed().level == Approx(8.3));
    CHECK(m.reached());
    CHECK(m.share_achieved() == Approx(4.6 / 3.3));
    CHECK(m.status() == ProgressStatus::target_achieved);
    CHECK(m.score() == 5.0);
    // the trajectory now runs 6.4 (2011) -> 8.3 (2017): 6.4 + 1.9 / 6 in 2012
    CHECK(m.expected == Approx(6.4 + 1.9 / 6));
    CHECK(m.gap_share[2] == Approx(-1 * (7.0 - (6.4 + 1.9 / 6)) / 3.3));
}

TEST_CASE("assessment: a baseline measured later and a re-based target", "[assessment]") {
    SECTION("Utrecht infant entry level: +10 % by 2011 on a 2006 level still to be measured") {
        const Target t = real_target("utrecht", "utrecht.ondiep.infant-entry-level");
        const Series obs = synthetic({2008, 2010}, {51, 53});
        const Assessment pending = assess(t, obs, at_start("linear_path"));
        for (const auto& m : pending.milestones) {
            CHECK(m.result.status == ProgressStatus::not_available);
            CHECK_THAT(m.result.reason, Catch::Contains("has no value yet"));
        }
        AssessOptions o = at_start("linear_path");
        o.resolve.baseline_value =
            50.0; // measured later (synthetic): levels 55 (2011) and 60 (2017)
        const Assessment a = assess(t, obs, o);
        CHECK(a.assessed().level == Approx(55));
        CHECK(a.milestones[1].level == Approx(60));
        CHECK(a.share_achieved() == Approx(0.6));    // 3 of 5
        CHECK(a.expected == Approx(54));             // 50 + 5 x 4/5
        CHECK(a.status() == ProgressStatus::behind); // 1 below plan, band 0.25, above the baseline
        CHECK(a.score() == Approx(-2.0));            // 10 x (-1 / 5)
    }
    SECTION("Utrecht feeling unsafe, re-based on a new zero-measurement (line 8224)") {
        // 43 % (2006) -> 33 % (2011) -> 20 % (2017); new baseline 40 % in 2007 (synthetic)
        const Target t = real_target("utrecht", "utrecht.ondiep.feeling-unsafe");
        const Series obs = synthetic({2009}, {36});
        CHECK(assess(t, obs, at_start()).share_achieved() == Approx(0.7)); // (36 - 43) / (33 - 43)
        const Target ratio =
            t.rebase(Baseline{When::year(2007), 40.0, {}, {}, {}}, RebaseRule::ratio);
        const Assessment r = assess(ratio, obs, at_start());
        CHECK(r.assessed().level == Approx(33.0 * 40 / 43));
        CHECK(r.share_achieved() == Approx(4.0 / (40 - 33.0 * 40 / 43)));
        const Target diff =
            t.rebase(Baseline{When::year(2007), 40.0, {}, {}, {}}, RebaseRule::difference);
        const Assessment d = assess(diff, obs, at_start());
        CHECK(d.assessed().level == Approx(30));
        CHECK(d.share_achieved() == Approx(0.4)); // (36 - 40) / (30 - 40)
        CHECK(d.baseline_value == 40);
    }
}

TEST_CASE("assessment: forms without a level get a direction verdict", "[assessment]") {
    SECTION("The Hague, Schilderswijk nuisance: significantly better within four years") {
        // 4.4 (2007), lower is better; improvement by 2012, the city average 3.0 by 2018
        const Target t = real_target("den-haag", "den-haag.schilderswijk.overlast");
        const Series obs = synthetic({2009, 2011}, {4.35, 4.3});
        const Assessment s = assess(t, obs, at_start());
        CHECK(s.current == 0);
        CHECK(s.assessed().form == TargetForm::improvement);
        // statcan without a target: P = -1 x ((4.3 / 4.4)^(1/4) - 1) = 0.005731
        const double P = -1 * cagr(4.3, 4.4, 2011, 2007);
        CHECK(s.assessed().result.progress_value == Approx(P));
        CHECK(s.status() == ProgressStatus::moderate_progress); // 0.005 <= P < 0.015
        CHECK(s.score() == Approx(250 * P - 1.25));
        CHECK(std::isnan(s.share_achieved()));
        const Assessment e = assess(t, obs, at_start("eurostat"));
        CHECK(e.status() == ProgressStatus::improving);
        CHECK(e.assessed().result.progress_value == Approx(0.1));
        // the convergence milestone resolves to the printed 2007 city average
        CHECK(e.milestones[1].level == Approx(3.0));
        CHECK(e.milestones[1].share_achieved == Approx(0.1 / 1.4));
        CHECK(e.expected == Approx(4.4 - 1.4 * 4 / 11)); // trajectory 2007 -> 2018
    }
    SECTION("Nijmegen, Hatert job seekers: falling faster than the city (comparative)") {
        // 11.4 % on 1 January 2008 against a city average of 6.9 %, lower is better
        const Target t = real_target("nijmegen", "nijmegen.hatert.nww");
        const Series obs({Date(2009, 1, 1), Date(2010, 1, 1)}, {10.5, 9.8}, "synthetic monitor");
        const Assessment without = assess(t, obs, at_start());
        CHECK(without.status() == ProgressStatus::not_available);
        CHECK_THAT(without.assessed().result.reason, Catch::Contains("2010-01-01"));
        AssessOptions o = at_start();
        o.resolve.reference =
            Series({Date(2008, 1, 1), Date(2010, 1, 1)}, {6.9, 6.5}, "city (synthetic)");
        const Assessment a = assess(t, obs, o);
        // own (9.8 - 11.4) / 11.4 = -0.14035; city (6.5 - 6.9) / 6.9 = -0.05797; lower is better
        CHECK(a.status() == ProgressStatus::improving);
        CHECK(a.assessed().result.progress_value ==
              Approx(-1 * ((9.8 - 11.4) / 11.4 - (6.5 - 6.9) / 6.9)));
    }
}

TEST_CASE("assessment: edge cases", "[assessment]") {
    SECTION("zero baseline") {
        const Target t = simple(0, 10, Direction::higher_is_better, Unit::count);
        const Series obs = synthetic({2015}, {2});
        const Assessment s = assess(t, obs, at_start());
        CHECK(s.share_achieved() == Approx(0.2));
        CHECK(s.status() == ProgressStatus::substantial_progress); // statcan replaces 0 by 0.001
        CHECK_THAT(s.assessed().result.reason, Catch::Contains("0.001"));
        CHECK(assess(t, obs, at_start("eurostat")).status() == ProgressStatus::not_available);
        CHECK(assess(t, obs, at_start("linear_path")).status() ==
              ProgressStatus::behind); // planned 5 in 2015
    }
    SECTION("sign change") {
        const Target t = simple(-2, 5, Direction::higher_is_better);
        const Series obs = synthetic({2015}, {1});
        const Assessment s = assess(t, obs, at_start());
        CHECK(s.status() == ProgressStatus::not_available);
        CHECK_THAT(s.assessed().result.reason, Catch::Contains("opposite signs"));
        CHECK(s.share_achieved() == Approx(3.0 / 7.0));
        // linear_path still works: planned 1.5 in 2015, 0.5 behind, band 0.35
        CHECK(assess(t, obs, at_start("linear_path")).status() == ProgressStatus::behind);
    }
    SECTION("target equal to the baseline") {
        const Target t = simple(5, 5, Direction::higher_is_better);
        const Series down = synthetic({2015}, {4});
        CHECK(assess(t, down, at_start()).status() == ProgressStatus::deterioration);
        CHECK(assess(t, down, at_start()).score() == -5.0);
        CHECK(assess(t, down, at_start()).share_achieved() == 0.0);
        CHECK(assess(t, down, at_start("eurostat")).status() == ProgressStatus::moving_away);
        CHECK(assess(t, down, at_start("linear_path")).status() == ProgressStatus::moving_away);
        const Series kept = synthetic({2015}, {5});
        CHECK(assess(t, kept, at_start()).status() == ProgressStatus::target_achieved);
        CHECK(assess(t, kept, at_start()).share_achieved() == 1.0);
        CHECK(std::isnan(assess(t, kept, at_start()).gap_share[0])); // no planned change
    }
    SECTION("a single observation") {
        const Target t = simple(10, 20, Direction::higher_is_better);
        const Assessment a = assess(t, synthetic({2012}, {13}), at_start("linear_path"));
        CHECK(a.expected == Approx(12));
        CHECK(a.status() == ProgressStatus::ahead); // 1 above, band 0.5
        CHECK(a.score() == Approx(1.0));
    }
    SECTION("target already met at the baseline") {
        const Target t = simple(8, 7, Direction::higher_is_better);
        const Assessment met = assess(t, synthetic({2012}, {9}), at_start());
        CHECK(met.reached());
        CHECK(met.share_achieved() == 1.0);
        CHECK(met.status() == ProgressStatus::target_achieved);
        const Assessment lost = assess(t, synthetic({2012}, {6.5}), at_start("eurostat"));
        CHECK_FALSE(lost.reached());
        CHECK(lost.share_achieved() == 0.0);
        CHECK(lost.status() == ProgressStatus::moving_away);
    }
    SECTION("an observation before the baseline has no planned value") {
        const Target t = simple(10, 20, Direction::higher_is_better);
        const Assessment a = assess(t, synthetic({2008, 2012}, {9, 13}), at_start());
        CHECK(std::isnan(a.planned[0]));
        CHECK(a.planned[1] == Approx(12));
    }
}

TEST_CASE("assessment: errors name the field and the value", "[assessment]") {
    const Target t = real_target("amersfoort", "amersfoort.kruiskamp.rapportcijfer-buurt");
    CHECK_THROWS_AS(assess(t, Series({}, {}, "monitor")), NotAssessableError);
    CHECK_THROWS_WITH(
        assess(t, synthetic({2008, 2009}, {6.3, 12.0}), at_start()),
        Catch::Contains(
            "synthetic monitor[1].value (2009-01-01): 12 is outside the range [1, 10]"));
    AssessOptions bad = at_start("statkan");
    CHECK_THROWS_AS(assess(t, synthetic({2008}, {6.3}), bad), NotFoundError);
    bad = at_start();
    bad.milestone = 5;
    CHECK_THROWS_WITH(assess(t, synthetic({2008}, {6.3}), bad),
                      Catch::Contains("no milestone 5 (it has 2)"));
    bad = at_start();
    bad.tolerance = -0.1;
    CHECK_THROWS_WITH(assess(t, synthetic({2008}, {6.3}), bad),
                      Catch::StartsWith("tolerance: -0.1"));
}

TEST_CASE("assessment: an assessment compares equal to itself, NaN fields included",
          "[assessment]") {
    const Target t = real_target("dordrecht", "dordrecht.crabbehof.unemployment");
    const Series obs = synthetic({2008, 2012}, {10.0, 7.0});
    const Assessment a = assess(t, obs, at_start());
    CHECK(a == assess(t, obs, at_start()));
    CHECK_FALSE(a == assess(t, obs, at_start("eurostat")));
}
