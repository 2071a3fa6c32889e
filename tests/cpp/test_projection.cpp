// Tests of projection.hpp: the least-squares line by hand, intervals, reach dates, the Monte Carlo
// probability (seeded, against the closed form of the same noise model), and the errors.
// Observations are SYNTHETIC; the target is Amersfoort's neighbourhood grade from seed 004.
#include "charterkit/io_json.hpp"
#include "charterkit/projection.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace charterkit;

namespace {

Target amersfoort_grade() {
    // 6.2 (2007) -> 6.5 (2012) -> 6.8 (2018), higher is better
    return load_charter(std::string(CHARTERKIT_REPO_DATA) + "/krachtwijken/amersfoort.json")
        .target("amersfoort.kruiskamp.rapportcijfer-buurt");
}

Series synthetic(const std::vector<int>& years, const std::vector<double>& values) {
    return Series::from_years(years, values, "synthetic monitor", std::nullopt, YearAnchor::start);
}

ProjectOptions at_start() {
    ProjectOptions o;
    o.resolve.anchor = YearAnchor::start;
    return o;
}

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

} // namespace

TEST_CASE("projection: least-squares line by hand", "[projection]") {
    // (2008, 6.3), (2010, 6.3), (2011, 6.45): t̄ = 2009 2/3, ȳ = 6.35, Σ(t - t̄)² = 14/3,
    // Σ(t - t̄)(y - ȳ) = 0.2, slope = 3/70; residuals 3/140, -9/140, 6/140, RSS = 126/19600 = 9/1400
    const Eigen::VectorXd t = (Eigen::VectorXd(3) << 2008, 2010, 2011).finished();
    const Eigen::VectorXd y = (Eigen::VectorXd(3) << 6.3, 6.3, 6.45).finished();
    const TrendFit f = fit_trend(t, y);
    CHECK(f.n == 3);
    CHECK(f.mean_time == Approx(2009.0 + 2.0 / 3));
    CHECK(f.mean_value == Approx(6.35));
    CHECK(f.sxx == Approx(14.0 / 3));
    CHECK(f.slope == Approx(3.0 / 70));
    CHECK(f.residual_sd == Approx(std::sqrt(9.0 / 1400)));
    CHECK(f.slope_se == Approx(std::sqrt(9.0 / 1400) / std::sqrt(14.0 / 3)));
    CHECK(f.value_at(2012) == Approx(6.45));
    CHECK(f.se_at(2012) ==
          Approx(std::sqrt(9.0 / 1400) * std::sqrt(1.0 / 3 + (49.0 / 9) / (14.0 / 3))));
}

TEST_CASE("projection: Student t quantiles", "[projection]") {
    CHECK(t_quantile(0.95, 1) == Approx(12.706204736174698));
    CHECK(t_quantile(0.95, 2) == Approx(4.302652729749464));
    CHECK(t_quantile(0.90, 10) == Approx(1.8124611228107335));
    CHECK(std::isinf(t_quantile(0.95, 0)));
    CHECK_THROWS_WITH(t_quantile(1.5, 3), Catch::StartsWith("confidence: 1.5 is not in (0, 1)"));
}

TEST_CASE("projection: projected values, intervals and reach dates per milestone", "[projection]") {
    const Projection p =
        project(amersfoort_grade(), synthetic({2008, 2010, 2011}, {6.3, 6.3, 6.45}), at_start());
    REQUIRE(p.milestones.size() == 2);
    const MilestoneProjection& m0 = p.milestones[0];
    CHECK(m0.time == 2012.0);
    CHECK(m0.level == 6.5);
    CHECK(m0.projected == Approx(6.45)); // 6.35 + 3/70 x 7/3
    const double half = 12.706204736174698 * std::sqrt(9.0 / 1400) * std::sqrt(1.5);
    CHECK(m0.low == Approx(6.45 - half));
    CHECK(m0.high == Approx(6.45 + half));
    CHECK_FALSE(m0.on_course); // 6.45 < 6.5
    // the line reaches 6.5 after 0.15 / (3/70) = 3.5 years from t̄: 2013 1/6, i.e. day 60 of 2013
    REQUIRE(m0.reach_time);
    CHECK(*m0.reach_time == Approx(2013.0 + 1.0 / 6));
    REQUIRE(m0.reach_date);
    CHECK(*m0.reach_date == Date(2013, 3, 2));
    CHECK(std::isnan(m0.probability)); // no draws asked

    const MilestoneProjection& m1 = p.milestones[1];
    CHECK(m1.projected == Approx(6.35 + 3.0 / 70 * (2018 - (2009.0 + 2.0 / 3))));
    CHECK(*m1.reach_time ==
          Approx(2009.0 + 2.0 / 3 + 0.45 * 70 / 3)); // 2020 1/6: after the milestone
    CHECK_FALSE(m1.on_course);
}

TEST_CASE("projection: never at this pace, and a trend already past the level", "[projection]") {
    const Projection down =
        project(amersfoort_grade(), synthetic({2008, 2010, 2011}, {6.3, 6.2, 6.1}), at_start());
    CHECK_FALSE(down.milestones[0].reach_time); // falling grade, higher is better
    CHECK_FALSE(down.milestones[0].reach_date);
    const Projection up =
        project(amersfoort_grade(), synthetic({2008, 2009}, {6.6, 6.7}), at_start());
    CHECK(*up.milestones[0].reach_time == Approx(2007.0)); // the line crossed 6.5 in 2007
    CHECK(up.milestones[0].on_course);
}

TEST_CASE("projection: two observations give an unbounded interval", "[projection]") {
    const Projection p =
        project(amersfoort_grade(), synthetic({2008, 2010}, {6.3, 6.4}), at_start());
    CHECK(p.fit.slope == Approx(0.05));
    CHECK(std::isnan(p.fit.residual_sd));
    CHECK(std::isinf(p.milestones[0].high));
    CHECK(std::isinf(p.milestones[0].low));
    ProjectOptions mc = at_start();
    mc.draws = 100;
    CHECK_THROWS_AS(project(amersfoort_grade(), synthetic({2008, 2010}, {6.3, 6.4}), mc),
                    NotAssessableError);
    mc.noise_sd = 0.1;
    CHECK_FALSE(std::isnan(project(amersfoort_grade(), synthetic({2008, 2010}, {6.3, 6.4}), mc)
                               .milestones[0]
                               .probability));
}

TEST_CASE("projection: Monte Carlo probability is seeded and matches the noise model",
          "[projection]") {
    ProjectOptions o = at_start();
    o.draws = 200000;
    o.seed = 20080301;
    const Series obs = synthetic({2008, 2010, 2011}, {6.3, 6.3, 6.45});
    const Projection a = project(amersfoort_grade(), obs, o);
    const Projection b = project(amersfoort_grade(), obs, o);
    CHECK(a.milestones[0].probability == b.milestones[0].probability); // same seed, same number
    CHECK(a == b);
    o.seed = 7;
    const Projection c = project(amersfoort_grade(), obs, o);
    CHECK(c.milestones[0].probability != a.milestones[0].probability);
    // closed form of the same model: value ~ N(6.45, σ² (1/n + (T - t̄)²/sxx + 1)) with σ² = 9/1400,
    // 1/3 + 7/6 + 1 = 2.5; P(value >= 6.5) = 1 - Φ(0.05 / (σ sqrt 2.5)) = 0.3466
    const double sd = std::sqrt(9.0 / 1400 * 2.5);
    const double exact = 1 - normal_cdf(0.05 / sd);
    CHECK(exact == Approx(0.3466).epsilon(1e-3));
    CHECK(std::fabs(a.milestones[0].probability - exact) < 0.005); // MC error ~ 0.001
    CHECK(a.noise_sd == Approx(std::sqrt(9.0 / 1400)));

    // the standalone function gives the same stream
    const Eigen::VectorXd t = obs.times();
    CHECK(probability_of_reaching(a.fit, t, 2012.0, 6.5, Comparator::reach,
                                  Direction::higher_is_better, 200000, 20080301,
                                  a.noise_sd) == a.milestones[0].probability);
    // no noise: certain either way
    CHECK(probability_of_reaching(a.fit, t, 2012.0, 6.4, Comparator::reach,
                                  Direction::higher_is_better, 10, 1, 0.0) == 1.0);
    CHECK_THROWS_AS(probability_of_reaching(a.fit, t, 2012.0, 6.4, Comparator::reach,
                                            Direction::higher_is_better, 10, 1, -1.0),
                    InvalidInputError);
}

TEST_CASE("projection: errors", "[projection]") {
    CHECK_THROWS_AS(project(amersfoort_grade(), synthetic({2008}, {6.3})), NotAssessableError);
    CHECK_THROWS_WITH(
        project(amersfoort_grade(), synthetic({2008}, {6.3})),
        Catch::Contains("a trend needs at least two observations, synthetic monitor has 1"));
    const Eigen::VectorXd same = (Eigen::VectorXd(2) << 2008, 2008).finished();
    const Eigen::VectorXd v = (Eigen::VectorXd(2) << 1, 2).finished();
    CHECK_THROWS_WITH(fit_trend(same, v), Catch::Contains("lie at one time"));
    const Eigen::VectorXd bad =
        (Eigen::VectorXd(2) << 1, std::numeric_limits<double>::quiet_NaN()).finished();
    CHECK_THROWS_WITH(fit_trend(v, bad),
                      Catch::StartsWith("values[1]: nan is not a finite number"));
    ProjectOptions o;
    o.confidence = 0;
    CHECK_THROWS_AS(project(amersfoort_grade(), synthetic({2008, 2009}, {6.3, 6.4}), o),
                    InvalidInputError);
}
