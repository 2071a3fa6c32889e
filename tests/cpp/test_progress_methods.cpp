// Tests of progress_methods.hpp: the eurostat and linear_path rules by hand, direction verdicts,
// the comparator-aware "meets", status names, and the method registry with a user-defined method.
#include "charterkit/assessment.hpp"
#include "charterkit/progress_methods.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace charterkit;

namespace {
double cagr(double v1, double v0, double t1, double t0) {
    return std::pow(v1 / v0, 1.0 / (t1 - t0)) - 1.0;
}
} // namespace

TEST_CASE("progress_methods: status names round-trip", "[progress_methods]") {
    CHECK(all_progress_statuses().size() == static_cast<std::size_t>(progress_status_count));
    for (ProgressStatus s : all_progress_statuses())
        CHECK(progress_status_from_string(to_string(s)) == s);
    CHECK(to_string(ProgressStatus::target_achieved) == "target_achieved");
    CHECK(static_cast<int>(ProgressStatus::not_available) == 0);
    CHECK_THROWS_WITH(progress_status_from_string("on_trak", "filter"),
                      Catch::StartsWith("filter: unknown progress status 'on_trak'"));
}

TEST_CASE("progress_methods: eurostat ratio of growth rates, by hand", "[progress_methods]") {
    // higher is better: 100 in 2010 -> 120 wanted in 2020; 2015 observed 108
    const double rr = cagr(108, 100, 2015, 2010) / cagr(120, 100, 2020, 2010);
    const MethodResult r = eurostat_progress(2010, 100, 2015, 108, 120, 2020, 1, false);
    CHECK(r.progress_value == rr);
    CHECK(rr ==
          Approx(0.8430).epsilon(1e-4)); // (1.08^0.2 - 1) / (1.2^0.1 - 1) = 0.015511 / 0.018399
    CHECK(r.status == ProgressStatus::moderate_progress); // 60 % <= RR < 95 %
    CHECK(r.score == Approx((rr - 0.6) * 2.5 / 0.35));

    CHECK(eurostat_progress(2010, 100, 2015, 110, 120, 2020, 1, false).status ==
          ProgressStatus::significant_progress); // RR = 0.019245 / 0.018399 = 1.046
    const MethodResult slow = eurostat_progress(2010, 100, 2015, 102, 120, 2020, 1, false);
    CHECK(slow.status == ProgressStatus::insufficient_progress);
    CHECK(slow.score == Approx((slow.progress_value - 0.6) * 2.5 / 0.6));
    const MethodResult away = eurostat_progress(2010, 100, 2015, 97, 120, 2020, 1, false);
    CHECK(away.status == ProgressStatus::moving_away);
    CHECK(away.progress_value < 0);

    // lower is better: the required rate is negative, so falling values give a positive ratio
    const MethodResult down = eurostat_progress(2010, 10, 2014, 7.8, 6, 2018, -1, false);
    CHECK(down.progress_value == Approx(cagr(7.8, 10, 2014, 2010) / cagr(6, 10, 2018, 2010)));
    CHECK(down.progress_value == Approx(0.9736).epsilon(1e-4)); // -0.06022 / -0.06183
    CHECK(down.status == ProgressStatus::significant_progress);
}

TEST_CASE("progress_methods: eurostat edge cases", "[progress_methods]") {
    SECTION("a met level is significant progress") {
        const MethodResult r = eurostat_progress(2010, 100, 2015, 125, 120, 2020, 1, true);
        CHECK(r.status == ProgressStatus::significant_progress);
        CHECK(r.score == 5.0);
    }
    SECTION("zero baseline or sign change: not available") {
        CHECK(eurostat_progress(2010, 0, 2015, 5, 10, 2020, 1, false).status ==
              ProgressStatus::not_available);
        const MethodResult r = eurostat_progress(2010, -1, 2015, 2, 10, 2020, 1, false);
        CHECK(r.status == ProgressStatus::not_available);
        CHECK_THAT(r.reason, Catch::Contains("one sign"));
    }
    SECTION("level equal to the baseline, or met at the baseline, then missed: moving away") {
        const MethodResult eq = eurostat_progress(2010, 5, 2015, 4, 5, 2020, 1, false);
        CHECK(eq.status == ProgressStatus::moving_away);
        CHECK(eq.score == -5.0);
        const MethodResult met_at_base = eurostat_progress(2010, 8, 2015, 6.5, 7, 2020, 1, false);
        CHECK(met_at_base.status == ProgressStatus::moving_away);
        CHECK_THAT(met_at_base.reason, Catch::Contains("no improvement"));
    }
    SECTION("no observation after the baseline") {
        CHECK(eurostat_progress(2010, 5, 2010, 6, 8, 2020, 1, false).status ==
              ProgressStatus::not_available);
    }
}

TEST_CASE("progress_methods: linear_path against the planned value", "[progress_methods]") {
    // baseline 20, level 10 (lower is better): planned change 10, band 5 % of it = 0.5
    // planned value at the latest date 15
    auto at = [](double latest) { return linear_path_progress(20, latest, 15, 10, -1, 0.05, 0.0); };
    CHECK(at(14.0).status == ProgressStatus::ahead);    // diff = -1 * (14 - 15) = 1 > 0.5
    CHECK(at(14.0).progress_value == Approx(0.1));      // 1 / 10
    CHECK(at(14.0).score == Approx(1.0));               // 10 x 0.1
    CHECK(at(15.4).status == ProgressStatus::on_track); // |diff| = 0.4 <= 0.5
    CHECK(at(14.6).status == ProgressStatus::on_track);
    CHECK(at(17.0).status == ProgressStatus::behind); // worse than planned, better than baseline
    CHECK(at(17.0).score == Approx(-2.0));
    CHECK(at(21.0).status == ProgressStatus::moving_away); // worse than the baseline
    CHECK(at(30.0).score == -5.0);                         // clipped
    // a band in indicator units wins when larger
    CHECK(linear_path_progress(20, 16, 15, 10, -1, 0.05, 1.5).status == ProgressStatus::on_track);
    // before the trajectory starts
    const MethodResult before =
        linear_path_progress(20, 16, std::numeric_limits<double>::quiet_NaN(), 10, -1, 0.05, 0);
    CHECK(before.status == ProgressStatus::not_available);
    CHECK_THAT(before.reason, Catch::Contains("before the trajectory"));
    // no planned change: exact comparison, score +-5 or 0
    const MethodResult flat = linear_path_progress(5, 4, 5, 5, 1, 0.05, 0);
    CHECK(flat.status == ProgressStatus::moving_away);
    CHECK(flat.score == -5.0);
    CHECK(linear_path_progress(5, 5, 5, 5, 1, 0.05, 0).status == ProgressStatus::on_track);
}

TEST_CASE("progress_methods: direction verdicts and meets", "[progress_methods]") {
    CHECK(direction_progress(4.4, 4.3, -1).status == ProgressStatus::improving);
    CHECK(direction_progress(4.4, 4.3, -1).progress_value == Approx(0.1));
    CHECK(direction_progress(4.4, 4.4, -1).status == ProgressStatus::no_change);
    CHECK(direction_progress(4.4, 4.5, -1).status == ProgressStatus::worsening);
    CHECK(std::isnan(direction_progress(4.4, 4.5, -1).score));

    CHECK(meets_level(7, 6, Comparator::reach, Direction::higher_is_better));
    CHECK_FALSE(meets_level(7, 6, Comparator::reach, Direction::lower_is_better));
    CHECK(meets_level(6, 6, Comparator::reach, Direction::lower_is_better));
    CHECK(meets_level(5, 6, Comparator::at_most,
                      Direction::higher_is_better)); // numeric, not direction
    CHECK_FALSE(meets_level(5, 6, Comparator::at_least, Direction::lower_is_better));
}

namespace {
/// A user method: reached or not, nothing else.
class ReachedOnly : public ProgressMethod {
public:
    std::string name() const override { return "test_reached_only"; }
    int version() const override { return 7; }
    std::string description() const override {
        return "target_achieved when the level is met, else limited_progress";
    }
    MethodResult evaluate(const MethodInput& in) const override {
        MethodResult r;
        r.status = in.reached ? ProgressStatus::target_achieved : ProgressStatus::limited_progress;
        r.score = in.reached ? 5.0 : 0.0;
        return r;
    }
};
} // namespace

TEST_CASE("progress_methods: the registry takes user methods", "[progress_methods]") {
    const auto names = progress_method_names();
    REQUIRE(names.size() >= 3);
    CHECK(names[0] == "statcan");
    CHECK(names[1] == "eurostat");
    CHECK(names[2] == "linear_path");
    CHECK(progress_method("eurostat")->version() == 1);
    CHECK_THROWS_AS(progress_method("nope"), NotFoundError);
    CHECK_THROWS_WITH(progress_method("nope"),
                      Catch::Contains("known: statcan, eurostat, linear_path"));

    register_progress_method(std::make_shared<ReachedOnly>());
    CHECK_THROWS_WITH(register_progress_method(std::make_shared<ReachedOnly>()),
                      Catch::Contains("already registered"));
    register_progress_method(std::make_shared<ReachedOnly>(),
                             true); // replacing is allowed when asked

    Target t;
    t.id = "synthetic.reached-only";
    t.indicator = Indicator("x", "x", Unit::score, Direction::higher_is_better);
    t.baseline = Baseline{When::year(2010), 1.0, {}, {}, {}};
    Milestone m;
    m.when = When::year(2015);
    m.value = 3.0;
    t.milestones = {m};
    AssessOptions o;
    o.method = "test_reached_only";
    const Series obs = Series::from_years({2012}, {3.5}, "synthetic");
    const Assessment a = assess(t, obs, o);
    CHECK(a.method == "test_reached_only");
    CHECK(a.method_version == 7);
    CHECK(a.status() == ProgressStatus::target_achieved);

    CHECK_THROWS_WITH(register_progress_method(std::make_shared<ReachedOnly>()),
                      Catch::Contains("already"));
    CHECK(unregister_progress_method("test_reached_only"));
    CHECK_FALSE(unregister_progress_method("test_reached_only"));
    CHECK_THROWS_WITH(unregister_progress_method("statcan"), Catch::Contains("built-in"));
}
