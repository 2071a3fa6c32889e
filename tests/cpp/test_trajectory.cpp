// Tests of trajectory.hpp: anchors, interpolation, evaluation of many dates, errors.
#include "charterkit/trajectory.hpp"

#include <catch2/catch.hpp>

using namespace charterkit;

namespace {
// Alkmaar, Overdie: feeling unsafe 34 % (2006) -> 29 % in 2011 -> 23 % in 2017 (line 323; the 2006
// year of the 34 % comes from the cited survey 2000-2006 and is an assumption of this test)
Target alkmaar_unsafe() {
    Target t;
    t.id = "alkmaar.overdie.onveilig";
    t.indicator = Indicator("onveilig", "% dat zich onveilig voelt", Unit::percent,
                            Direction::lower_is_better);
    t.baseline = Baseline{When::year(2006), 34.0, {}, {}, {}};
    Milestone a, b;
    a.when = When::year(2011);
    a.value = 29.0;
    b.when = When::year(2017);
    b.value = 23.0;
    t.milestones = {a, b};
    return t;
}
} // namespace

TEST_CASE("trajectory: Alkmaar unemployment, linear value for 2011 (line 189)", "[trajectory]") {
    Target t;
    t.id = "alkmaar.overdie.unemployment";
    t.indicator =
        Indicator("u", "werkloosheidspercentage", Unit::percent, Direction::lower_is_better);
    t.baseline = Baseline{When::year(2007), 9.2, {}, {}, {}};
    t.reference = Reference{"Alkmaars gemiddelde", "", {{When::year(2007), 6.8, {}, {}}}};
    Milestone m;
    m.when = When::year(2017);
    m.form = TargetForm::reach_reference;
    m.reference_at = When::year(2007);
    t.milestones = {m};
    const Trajectory tr = Trajectory::from_target(t);
    // 9.2 + (6.8 - 9.2) * 4 / 10 = 8.24, under every year convention
    for (auto anchor : {YearAnchor::start, YearAnchor::middle, YearAnchor::end}) {
        ResolveOptions o;
        o.anchor = anchor;
        const Trajectory ta = Trajectory::from_target(t, o);
        CHECK(ta.value_at(When::year(2011).time(anchor)) == Approx(8.24));
    }
    CHECK(tr.value_at(2007.5) == Approx(9.2));
    CHECK(tr.value_at(2017.5) == Approx(6.8));
    CHECK(tr.value_at(2030.0) == Approx(6.8)); // holds after the last milestone
}

TEST_CASE("trajectory: passes through its anchors with every interpolation", "[trajectory]") {
    for (auto interp : {Interpolation::linear, Interpolation::compound, Interpolation::step}) {
        const Trajectory tr = Trajectory::from_target(alkmaar_unsafe(), {}, interp);
        REQUIRE(tr.times().size() == 3);
        for (std::size_t i = 0; i < 3; ++i)
            CHECK(tr.value_at(tr.times()[i]) == Approx(tr.values()[i]));
    }
}

TEST_CASE("trajectory: linear, compound and step between two anchors", "[trajectory]") {
    const Target t = alkmaar_unsafe();
    const double mid = 2009.0; // 2.5 of the 5 years from 2006.5 to 2011.5
    CHECK(Trajectory::from_target(t).value_at(mid) == Approx(31.5)); // 34 - 5 * 0.5
    // constant rate: 34 * (29 / 34)^0.5
    CHECK(Trajectory::from_target(t, {}, Interpolation::compound).value_at(mid) ==
          Approx(34.0 * std::sqrt(29.0 / 34.0)));
    CHECK(Trajectory::from_target(t, {}, Interpolation::step).value_at(mid) == 34.0);
}

TEST_CASE("trajectory: many times at once equal one by one", "[trajectory]") {
    const Trajectory tr = Trajectory::from_target(alkmaar_unsafe());
    Eigen::VectorXd t(4);
    t << 2007.0, 2010.25, 2014.0, 2017.5;
    const Eigen::VectorXd v = tr.values_at(t);
    for (Eigen::Index i = 0; i < t.size(); ++i) CHECK(v[i] == tr.value_at(t[i]));
    // 2 July 2011 starts at 2011 + 182/365, just before the 2011 anchor at 2011.5: one step of
    // -1 %-point per year back from 29
    CHECK(tr.value_at(Date(2011, 7, 2)) == Approx(29.0 + (2011.5 - (2011.0 + 182.0 / 365.0))));
}

TEST_CASE("trajectory: errors name the anchor or the time", "[trajectory]") {
    CHECK_THROWS_WITH(Trajectory({2007, 2007}, {1, 2}),
                      Catch::Contains("anchors[1].time: 2007 is not after 2007"));
    CHECK_THROWS_WITH(Trajectory({2007, 2011}, {0, 2}, Interpolation::compound),
                      Catch::Contains("compound interpolation needs anchors of one sign"));
    const Trajectory tr = Trajectory::from_target(alkmaar_unsafe());
    CHECK_THROWS_WITH(tr.value_at(2000.0), Catch::Contains("before the trajectory starts"));
    Target pending = alkmaar_unsafe();
    pending.baseline->value.reset();
    pending.baseline->pending = "zero-measurement in 2008";
    CHECK_THROWS_WITH(
        Trajectory::from_target(pending),
        Catch::Contains("no trajectory: baseline has no value yet: zero-measurement in 2008"));
}

TEST_CASE("trajectory: unresolved milestones are skipped and listed", "[trajectory]") {
    Target t = alkmaar_unsafe();
    Milestone m;
    m.when = When::year(2018);
    m.form = TargetForm::improvement;
    t.milestones.push_back(m);
    const Trajectory tr = Trajectory::from_target(t);
    CHECK(tr.times().size() == 3);
    REQUIRE(tr.skipped().size() == 1);
    CHECK(tr.skipped()[0] == 2);
}
