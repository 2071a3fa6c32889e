// Tests of target.hpp, built from real seed-004 targets (line numbers cited in each case); where a
// test needs a value the seed does not give (a later measurement, a moving city average), it is
// synthetic and says so.
#include "charterkit/target.hpp"

#include <catch2/catch.hpp>

using namespace charterkit;

namespace {

Indicator percent_lower(const char* id, const char* name) {
    return Indicator(id, name, Unit::percent, Direction::lower_is_better);
}

Milestone at_year(int y, TargetForm f, std::optional<double> value = std::nullopt,
                  std::optional<int> reference_year = std::nullopt) {
    Milestone m;
    m.when = When::year(y);
    m.form = f;
    m.value = value;
    if (reference_year) m.reference_at = When::year(*reference_year);
    return m;
}

// Alkmaar, Overdie: unemployment 9.2 % now (2007) to the Alkmaar average of 2007, 6.8 %, in 2017
// (line 189).
Target alkmaar_unemployment() {
    Target t;
    t.id = "alkmaar.overdie.unemployment";
    t.indicator = percent_lower("unemployment_rate", "werkloosheidspercentage");
    t.district = "overdie";
    t.baseline = Baseline{When::year(2007), 9.2, {}, {}, Source{"", {189}}};
    t.reference =
        Reference{"Alkmaars gemiddelde", "Alkmaar average", {{When::year(2007), 6.8, {}, {}}}};
    t.milestones = {at_year(2017, TargetForm::reach_reference, std::nullopt, 2007)};
    return t;
}

// Dordrecht, Crabbehof: safety grade 5.9 in 2007, 6.2 in 2011 (line 3597), and in 2017 halfway
// between the current score and the city average of 2017 (line 3599; lines 3547 for the same rule
// in integration).
Target crabbehof_safety() {
    Target t;
    t.id = "dordrecht.crabbehof.veiligheid";
    t.indicator = Indicator("veiligheid", "rapportcijfer veiligheid in de buurt", Unit::grade,
                            Direction::higher_is_better);
    t.baseline = Baseline{When::year(2007), 5.9, {}, {}, {}};
    t.reference =
        Reference{"stedelijk gemiddelde", "city average", {{When::year(2007), 6.9, {}, {}}}};
    t.milestones = {at_year(2011, TargetForm::absolute, 6.2),
                    at_year(2017, TargetForm::gap_fraction, 0.5, 2017)};
    return t;
}

} // namespace

TEST_CASE("target: Alkmaar unemployment reaches the 2007 city average in 2017 (line 189)",
          "[target]") {
    const Target t = alkmaar_unemployment();
    CHECK(t.problems().empty());
    CHECK(t.level(0) == 6.8);
    const Resolution r = t.resolve(0);
    CHECK(r.resolved);
    CHECK(r.time == 2017.5);
}

TEST_CASE("target: halfway to a moving city average resolves only once the average is known",
          "[target]") {
    const Target t = crabbehof_safety();
    CHECK(t.level(0) == 6.2);
    const Resolution open = t.resolve(1);
    CHECK_FALSE(open.resolved);
    CHECK_THAT(open.reason, Catch::Contains("'stedelijk gemiddelde' has no value for 2017"));
    CHECK_THROWS_WITH(t.level(1), Catch::Contains("cannot give a level") &&
                                      Catch::Contains("no value for 2017"));
    // synthetic city averages: 6.9 in 2007 (as printed), 7.1 in 2017 (assumed)
    ResolveOptions o;
    o.reference = Series::from_years({2007, 2017}, {6.9, 7.1}, "city average");
    // 5.9 + 0.5 * (7.1 - 5.9) = 6.5
    CHECK(t.level(1, o) == Approx(6.5));
    // the same average, moved to 7.5: 5.9 + 0.5 * 1.6 = 6.7
    o.reference = Series::from_years({2017}, {7.5}, "city average");
    CHECK(t.level(1, o) == Approx(6.7));
}

TEST_CASE("target: Wielwijk judgement 6.2 (2005) to 6.5 (2011), then at least the city average "
          "(lines 3586, 3537)",
          "[target]") {
    Target t;
    t.id = "dordrecht.wielwijk.oordeel";
    t.indicator =
        Indicator("oordeel", "oordeel over de buurt", Unit::grade, Direction::higher_is_better);
    t.baseline = Baseline{When::year(2005), 6.2, {}, {}, {}};
    t.reference = Reference{"stedelijk gemiddelde", "", {{When::year(2005), 7.6, {}, {}}}};
    Milestone m2 = at_year(2017, TargetForm::at_least_reference, std::nullopt, 2017);
    m2.comparator = Comparator::at_least;
    t.milestones = {at_year(2011, TargetForm::absolute, 6.5), m2};
    CHECK(t.problems().empty());
    CHECK(t.level(0) == 6.5);
    CHECK_FALSE(t.resolve(1).resolved);
}

TEST_CASE("target: change in points from a baseline still to be measured (lines 156-157)",
          "[target]") {
    // "15% punten lager in 2017 t.o.v. 2004 (zo'n 8% punten lager in 2011)"; Overdie's 2004 value
    // is not printed
    Target t;
    t.id = "alkmaar.overdie.aandacht";
    t.indicator = percent_lower("weinig_aandacht", "gemeente heeft weinig aandacht voor de wijk");
    t.baseline =
        Baseline{When::year(2004), std::nullopt, "Overdie's 2004 score is not printed", {}, {}};
    t.milestones = {at_year(2011, TargetForm::change_points, -8),
                    at_year(2017, TargetForm::change_points, -15)};
    CHECK(t.problems().empty());
    const auto r = t.resolve_all();
    CHECK_FALSE(r[0].resolved);
    CHECK_THAT(r[1].reason, Catch::Contains("baseline (year 2004) has no value yet") &&
                                Catch::Contains("not printed"));
    CHECK_THROWS_AS(t.level(1), UnresolvedTargetError);
    // once measured (synthetic value 30 %): 30 - 8 = 22, 30 - 15 = 15
    ResolveOptions o;
    o.baseline_value = 30.0;
    CHECK(t.level(0, o) == 22.0);
    CHECK(t.level(1, o) == 15.0);
}

TEST_CASE("target: relative change, and its error on a zero baseline (line 192)", "[target]") {
    // "met 10 % gegroeid in 2017 ten opzichte van 2008"
    Target t;
    t.id = "alkmaar.overdie.ondernemers";
    t.indicator = Indicator("ondernemers", "zelfstandig ondernemerschap", Unit::count,
                            Direction::higher_is_better);
    t.baseline =
        Baseline{When::year(2008), std::nullopt, "zero-measurement in 2008 (line 156)", {}, {}};
    t.milestones = {at_year(2017, TargetForm::change_relative, 10)};
    CHECK_FALSE(t.resolve(0).resolved);
    ResolveOptions o;
    o.baseline_value = 40.0; // synthetic count of entrepreneurs
    CHECK(t.level(0, o) == Approx(44.0));
    o.baseline_value = 0.0;
    CHECK_THROWS_WITH(
        t.level(0, o),
        "target 'alkmaar.overdie.ondernemers'.milestones[0].value: a relative change of 10 % "
        "cannot apply to a zero baseline");
}

TEST_CASE("target: a milestone before its baseline is reported with path and values", "[target]") {
    Target t = crabbehof_safety();
    t.milestones[0].when = When::year(2005);
    const auto p = t.problems("ambitions[3].targets[1]");
    REQUIRE_FALSE(p.empty());
    CHECK(p.front() ==
          "ambitions[3].targets[1].milestones[0].year: 2005 is before the baseline year 2007");
    CHECK_THROWS_AS(t.validate(), InvalidTargetError);
}

TEST_CASE("target: NaN and out-of-range levels are errors naming the field", "[target]") {
    Target t = crabbehof_safety();
    t.milestones[0].value = 12.0;
    CHECK_THAT(t.problems().front(),
               Catch::Contains("milestones[0].value: 12 is outside the range [1, 10]"));
    t.milestones[0].value = std::numeric_limits<double>::quiet_NaN();
    CHECK_THAT(t.problems().front(),
               Catch::Contains("milestones[0].value: nan is not a finite number"));
    // a change in points that would leave the range is caught when resolving
    Target a = alkmaar_unemployment();
    a.milestones = {at_year(2017, TargetForm::change_points, -15)}; // 9.2 - 15 < 0
    CHECK_THROWS_WITH(a.level(0),
                      Catch::Contains("milestones[0].level: -5.8 is outside the range [0, 100]"));
}

TEST_CASE(
    "target: Eindhoven converges to the city average of 2011 within 4 years (lines 3975-3978)",
    "[target]") {
    // Bennekel: 9.2 % NWW on 1 January 2007, city 6.2 % on the same day
    Target t;
    t.id = "eindhoven.bennekel.nww";
    t.indicator = percent_lower("nww", "% NWWers");
    t.baseline = Baseline{When::date(Date(2007, 1, 1)), 9.2, {}, {}, {}};
    t.reference =
        Reference{"stedelijk gemiddelde", "", {{When::date(Date(2007, 1, 1)), 6.2, {}, {}}}};
    Milestone four;
    four.horizon_years = 4;
    four.form = TargetForm::convergence;
    four.reference_at = When::year(2011);
    Milestone ten = four;
    ten.horizon_years = 10;
    ten.reference_at = When::year(2017);
    t.milestones = {four, ten};
    CHECK(t.problems().empty());
    CHECK(t.milestone_time(0) == 2011.0);
    CHECK(t.milestone_year(1) == 2017);
    CHECK_FALSE(t.resolve(0).resolved);
    ResolveOptions o; // synthetic city averages for 2011 and 2017
    o.reference = Series::from_years({2011, 2017}, {5.9, 5.5}, "city");
    CHECK(t.level(0, o) == Approx(5.9));
    CHECK(t.level(1, o) == Approx(5.5));
}

TEST_CASE("target: counts per period (line 3560) and directions without a level", "[target]") {
    Target t;
    t.id = "dordrecht.wielwijk.huisbezoeken";
    t.indicator = Indicator("bezochte_huishoudens", "bezochte huishoudens", Unit::count,
                            Direction::higher_is_better);
    Milestone m = at_year(2017, TargetForm::count_per_period, 250);
    m.comparator = Comparator::at_least;
    t.milestones = {m};
    CHECK_THAT(t.problems().front(), Catch::Contains("needs a period"));
    t.milestones[0].period = "year";
    CHECK(t.problems().empty());
    CHECK(t.level(0) == 250.0);
    t.milestones.push_back(at_year(2018, TargetForm::improvement));
    CHECK_THAT(t.resolve(1).reason, Catch::Contains("direction of change, not a level"));
}

TEST_CASE("target: re-basing keeps the ambition by ratio or by difference (Utrecht, line 8224)",
          "[target]") {
    // Ondiep: 20 % (2006) rate their health poor, 18 % in 2011, 10 % in 2017 (line 8255)
    Target t;
    t.id = "utrecht.ondiep.gezondheid";
    t.indicator = percent_lower("gezondheid_matig_slecht", "gezondheid matig/slecht");
    t.baseline = Baseline{When::year(2006), 20.0, {}, {}, {}};
    t.milestones = {at_year(2011, TargetForm::absolute, 18),
                    at_year(2017, TargetForm::absolute, 10)};
    // a new zero-measurement in 2007 (synthetic value 22 %)
    const Baseline zero{When::year(2007), 22.0, {}, {}, {}};
    const Target ratio = t.rebase(zero, RebaseRule::ratio);
    CHECK(ratio.level(0) == Approx(19.8)); // 18 * 22 / 20
    CHECK(ratio.level(1) == Approx(11.0)); // 10 * 22 / 20
    CHECK(ratio.level(1) / *ratio.baseline->value == Approx(10.0 / 20.0));
    const Target diff = t.rebase(zero, RebaseRule::difference);
    CHECK(diff.level(0) == Approx(20.0)); // 18 + 2
    CHECK(diff.level(1) == Approx(12.0));
    REQUIRE(ratio.rebased);
    CHECK(ratio.rebased->previous_baseline.value == 20.0);
    CHECK(ratio.rebased->previous_milestones == t.milestones);
    Target zero_base = t;
    zero_base.baseline->value = 0.0;
    CHECK_THROWS_WITH(zero_base.rebase(zero, RebaseRule::ratio),
                      Catch::Contains("cannot be re-based by ratio"));
}

TEST_CASE("target: enum names round-trip and unknown names are errors", "[target]") {
    for (auto f : {TargetForm::absolute, TargetForm::gap_fraction, TargetForm::improvement})
        CHECK(target_form_from_string(to_string(f)) == f);
    CHECK_THROWS_WITH(target_form_from_string("halfway", "milestones[0].form"),
                      "milestones[0].form: unknown target form 'halfway'");
}

TEST_CASE("target: equality sees every field, the sub-area included", "[target]") {
    const Target a = alkmaar_unemployment();
    Target b = a;
    CHECK(a == b);
    b.area = "oud-overdie";
    CHECK_FALSE(a == b);
    b = a;
    b.notes.push_back("a note");
    CHECK_FALSE(a == b);
}
