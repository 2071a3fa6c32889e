// Tests of batch.hpp: a batch row equals assess() + project() of the same target one by one (every
// single-milestone target of the krachtwijken data set, SYNTHETIC observations, every method, one
// and two threads), missing observations, the errors, the statcan array form and the roll-up over
// arrays.
#include "charterkit/aggregate.hpp"
#include "charterkit/batch.hpp"
#include "charterkit/projection.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace charterkit;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

/// Targets with a measured baseline and one milestone that resolves with a `reach` comparator.
std::vector<Target> single_milestone_targets() {
    const Dataset kw = load_dataset(std::string(CHARTERKIT_REPO_DATA) + "/krachtwijken");
    std::vector<Target> out;
    for (const auto& e : kw.targets()) {
        const Target& t = e.target;
        if (!t.baseline || !t.baseline->value || t.milestones.size() != 1) continue;
        if (t.milestones[0].comparator != Comparator::reach || !t.milestones[0].when) continue;
        if (!t.resolve(0).resolved) continue;
        if (t.baseline->when.calendar_year() >= 2008) continue; // observations start in 2008
        out.push_back(t);
    }
    return out;
}

struct Rows {
    std::vector<Target> targets;
    std::vector<Series> observations; // one-by-one (missing observations left out)
    RowMatrixXd times, values;        // batch (NaN for missing)
    Eigen::VectorXd bt, bv, level, mt, d;
};

/// SYNTHETIC observations 2008-2012: the baseline moved by a share of the planned change that
/// differs per target (some ahead, some behind, some moving away), with one missing year in every
/// third row.
Rows make_rows(std::size_t repeat) {
    const std::vector<Target> base = single_milestone_targets();
    Rows r;
    const int m = 5;
    r.times.resize(1, m);
    for (int j = 0; j < m; ++j)
        r.times(0, j) = fractional_year(anchor_date(2008 + j, YearAnchor::middle));
    const auto n = static_cast<Eigen::Index>(base.size() * repeat);
    r.values.resize(n, m);
    for (auto* v : {&r.bt, &r.bv, &r.level, &r.mt, &r.d}) v->resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const Target& t = base[static_cast<std::size_t>(i) % base.size()];
        const double b = *t.baseline->value, L = t.level(0);
        const double pace = -0.3 + 0.17 * static_cast<double>(i % 11); // -0.3 .. 1.4
        std::vector<int> years;
        std::vector<double> values;
        for (int j = 0; j < m; ++j) {
            double v = b + pace * (L - b) * (j + 1) / 6.0;
            if (t.indicator.range)
                v = std::min(std::max(v, t.indicator.range->low), t.indicator.range->high);
            const bool missing = i % 3 == 0 && j == 2;
            r.values(i, j) = missing ? NaN : v;
            if (!missing) {
                years.push_back(2008 + j);
                values.push_back(v);
            }
        }
        r.targets.push_back(t);
        r.observations.push_back(Series::from_years(years, values, "synthetic monitor"));
        r.bt[i] = t.baseline->when.time();
        r.bv[i] = b;
        r.level[i] = L;
        r.mt[i] = t.milestone_time(0);
        r.d[i] = t.indicator.direction == Direction::higher_is_better ? 1 : -1;
    }
    return r;
}

void check_rows_equal_one_by_one(const Rows& rows, const BatchOptions& o) {
    const BatchResult b =
        assess_batch(rows.times, rows.values, rows.bt, rows.bv, rows.level, rows.mt, rows.d, o);
    AssessOptions ao;
    ao.method = o.method;
    ProjectOptions po;
    po.draws = o.draws;
    for (std::size_t k = 0; k < rows.targets.size(); ++k) {
        const auto i = static_cast<Eigen::Index>(k);
        const Assessment a = assess(rows.targets[k], rows.observations[k], ao);
        INFO("row " << k << ": " << rows.targets[k].id << ", " << o.method);
        const MilestoneAssessment& m = a.assessed();
        CHECK(static_cast<int>(b.status[i]) == static_cast<int>(m.result.status));
        CHECK(same(b.progress_value[i], m.result.progress_value));
        CHECK(same(b.score[i], m.result.score));
        CHECK(b.reached[i] == m.reached);
        CHECK(same(b.share_achieved[i], m.share_achieved));
        CHECK(same(b.latest_time[i], a.latest_time));
        CHECK(same(b.latest_value[i], a.latest_value));
        CHECK(same(b.expected[i], a.expected));
        CHECK(same(b.gap[i], a.gap[a.gap.size() - 1]));
        CHECK(same(b.gap_share[i], a.gap_share[a.gap_share.size() - 1]));
        po.seed = o.seed + static_cast<std::uint64_t>(k);
        const Projection p = project(rows.targets[k], rows.observations[k], po);
        const MilestoneProjection& mp = p.milestones[0];
        CHECK(same(b.slope[i], p.fit.slope));
        CHECK(same(b.slope_se[i], p.fit.slope_se));
        CHECK(same(b.projected[i], mp.projected));
        CHECK(same(b.low[i], mp.low));
        CHECK(same(b.high[i], mp.high));
        CHECK(same(b.reach_time[i], mp.reach_time ? *mp.reach_time : NaN));
        CHECK(same(b.probability[i], mp.probability));
    }
}

} // namespace

TEST_CASE("batch: rows equal the one-by-one assessment and projection", "[batch]") {
    const Rows rows = make_rows(1);
    REQUIRE(rows.targets.size() >= 20); // the data set has many single-milestone targets
    for (const char* method : {"statcan", "eurostat", "linear_path"}) {
        BatchOptions o;
        o.method = method;
        o.threads = 1;
        check_rows_equal_one_by_one(rows, o);
    }
    BatchOptions mc;
    mc.draws = 500;
    mc.seed = 99;
    check_rows_equal_one_by_one(rows, mc); // series i uses seed + i
}

TEST_CASE("batch: two threads give the same arrays as one", "[batch]") {
    const Rows rows = make_rows(400); // enough rows to split
    REQUIRE(rows.values.rows() > 8192);
    BatchOptions one, two;
    one.threads = 1;
    two.threads = 2;
    one.method = two.method = "eurostat";
    const BatchResult a =
        assess_batch(rows.times, rows.values, rows.bt, rows.bv, rows.level, rows.mt, rows.d, one);
    const BatchResult b =
        assess_batch(rows.times, rows.values, rows.bt, rows.bv, rows.level, rows.mt, rows.d, two);
    CHECK(a.status == b.status);
    CHECK(a.reached == b.reached);
    for (Eigen::Index i = 0; i < a.score.size(); ++i) {
        REQUIRE(same(a.score[i], b.score[i]));
        REQUIRE(same(a.high[i], b.high[i]));
    }
}

TEST_CASE("batch: caller-owned outputs, views left out, per-observation planned values",
          "[batch]") {
    const Rows rows = make_rows(1);
    const Eigen::Index n = rows.values.rows(), m = rows.values.cols();
    BatchOptions o;
    o.per_observation = true;
    const BatchResult full =
        assess_batch(rows.times, rows.values, rows.bt, rows.bv, rows.level, rows.mt, rows.d, o);
    Eigen::VectorXd score(n);
    Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1> status(n);
    BatchOutputs out; // only two outputs wanted
    BatchOutputs::bind(out.score, score.data(), n);
    BatchOutputs::bind(out.status, status.data(), n);
    assess_batch_into(rows.times, rows.values, rows.bt, rows.bv, rows.level, rows.mt, rows.d, o,
                      out);
    CHECK(status == full.status);
    for (Eigen::Index i = 0; i < n; ++i) CHECK(same(score[i], full.score[i]));
    // planned values per observation: the straight path from the baseline to the milestone
    for (Eigen::Index j = 0; j < m; ++j) {
        const double t = rows.times(0, j);
        const double s = (t - rows.bt[0]) / (rows.mt[0] - rows.bt[0]);
        const double expected =
            t >= rows.mt[0] ? rows.level[0] : rows.bv[0] + s * (rows.level[0] - rows.bv[0]);
        CHECK(full.planned(0, j) == Approx(expected));
        CHECK(same(full.planned_gap(0, j), rows.values(0, j) - full.planned(0, j)));
    }
    Eigen::VectorXd wrong(n + 1);
    BatchOutputs::bind(out.gap, wrong.data(), n + 1);
    CHECK_THROWS_WITH(assess_batch_into(rows.times, rows.values, rows.bt, rows.bv, rows.level,
                                        rows.mt, rows.d, o, out),
                      Catch::StartsWith("out.gap: " + std::to_string(n + 1) + " entries"));
}

TEST_CASE("batch: rows without a level, without observations, with one observation", "[batch]") {
    // SYNTHETIC rows: 10 -> ?, lower is better
    RowMatrixXd t(1, 3);
    t << 2008.5, 2009.5, 2010.5;
    RowMatrixXd y(3, 3);
    y << 10, 9.8, 9.5, //
        NaN, NaN, NaN, // nothing observed
        NaN, 9.0, NaN; // one observation
    const Eigen::VectorXd bt = Eigen::VectorXd::Constant(1, 2007.5),
                          bv = Eigen::VectorXd::Constant(1, 10.0);
    const Eigen::VectorXd level = Eigen::VectorXd::Constant(1, NaN),
                          mt = Eigen::VectorXd::Constant(1, 2012.5);
    const Eigen::VectorXd d = Eigen::VectorXd::Constant(1, -1.0);
    const BatchResult s = assess_batch(t, y, bt, bv, level, mt, d);
    // statcan without a target: P = -1 x ((9.5 / 10)^(1/3) - 1) = 0.01695 >= 0.015
    CHECK(s.progress_value[0] == Approx(-1 * (std::pow(0.95, 1.0 / 3) - 1)));
    CHECK(s.status[0] == static_cast<std::int8_t>(ProgressStatus::substantial_progress));
    CHECK(s.status[1] == static_cast<std::int8_t>(ProgressStatus::not_available));
    CHECK(std::isnan(s.latest_value[1]));
    CHECK(s.latest_value[2] == 9.0);
    CHECK(std::isnan(s.slope[2])); // one observation: no trend (project() would raise)
    CHECK(std::isnan(s.share_achieved[0]));
    BatchOptions e;
    e.method = "eurostat";
    CHECK(assess_batch(t, y, bt, bv, level, mt, d, e).status[0] ==
          static_cast<std::int8_t>(ProgressStatus::improving));
}

TEST_CASE("batch: errors name the array, the row and the value", "[batch]") {
    RowMatrixXd t(1, 2);
    t << 2008.5, 2009.5;
    RowMatrixXd y(2, 2);
    y << 1, 2, 3, 4;
    Eigen::VectorXd bt = Eigen::VectorXd::Constant(2, 2007.5),
                    bv = Eigen::VectorXd::Constant(2, 1.0);
    Eigen::VectorXd L = Eigen::VectorXd::Constant(2, 5.0),
                    mt = Eigen::VectorXd::Constant(2, 2012.5);
    Eigen::VectorXd d = Eigen::VectorXd::Constant(2, 1.0);
    d[1] = 0;
    CHECK_THROWS_WITH(assess_batch(t, y, bt, bv, L, mt, d),
                      Catch::StartsWith("direction[1]: 0 is not +1 or -1"));
    d[1] = 1;
    y(1, 1) = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH(assess_batch(t, y, bt, bv, L, mt, d),
                      Catch::StartsWith("values[1, 1]: inf is not finite"));
    y(1, 1) = 4;
    mt[0] = 2007.0;
    CHECK_THROWS_WITH(assess_batch(t, y, bt, bv, L, mt, d),
                      Catch::StartsWith("milestone_time[0]: 2007"));
    mt[0] = 2012.5;
    RowMatrixXd unsorted(1, 2);
    unsorted << 2009.5, 2008.5;
    CHECK_THROWS_WITH(assess_batch(unsorted, y, bt, bv, L, mt, d),
                      Catch::StartsWith("times[0, 1]: 2008.5 is not after"));
    const Eigen::VectorXd three = Eigen::VectorXd::Constant(3, 1.0);
    CHECK_THROWS_WITH(assess_batch(t, y, bt, three, L, mt, d),
                      Catch::StartsWith("baseline_value: 3 entries for 2 series"));
    BatchOptions o;
    o.method = "my_method";
    CHECK_THROWS_WITH(assess_batch(t, y, bt, bv, L, mt, d, o),
                      Catch::Contains("not a method of the batch path"));
    o = BatchOptions{};
    o.draws = 10; // two observations and no noise_sd
    CHECK_THROWS_AS(assess_batch(t, y, bt, bv, L, mt, d, o), NotAssessableError);
}

TEST_CASE("batch: statcan over arrays broadcasts single entries", "[batch]") {
    // two records of the published file; target and limit given once for all (NaN: none)
    const Eigen::VectorXd by = (Eigen::VectorXd(2) << 2015, 2017).finished();
    const Eigen::VectorXd bv = (Eigen::VectorXd(2) << 90, 93.4).finished();
    const Eigen::VectorXd cy = (Eigen::VectorXd(2) << 2021, 2021).finished();
    const Eigen::VectorXd cv = (Eigen::VectorXd(2) << 93.2, 92.7).finished();
    const Eigen::VectorXd one_nan = Eigen::VectorXd::Constant(1, NaN),
                          y2030 = Eigen::VectorXd::Constant(1, 2030);
    const Eigen::VectorXd up = Eigen::VectorXd::Constant(1, 1),
                          limit = Eigen::VectorXd::Constant(1, 100);
    const StatcanBatchResult r = statcan_batch(by, bv, cy, cv, one_nan, y2030, up, limit);
    CHECK(r.score[0] == Approx(2.815386645395768));
    CHECK(r.score[1] == Approx(-2.7348688404414103));
    CHECK(r.status[1] == static_cast<std::int8_t>(ProgressStatus::deterioration));
    const Eigen::VectorXd three = Eigen::VectorXd::Constant(3, 1);
    CHECK_THROWS_AS(statcan_batch(by, bv, cy, cv, one_nan, y2030, three, limit), InvalidInputError);
}

TEST_CASE("batch: roll-up over arrays, with and without weights", "[batch]") {
    using I64 = Eigen::Matrix<std::int64_t, Eigen::Dynamic, 1>;
    using I8 = Eigen::Matrix<std::int8_t, Eigen::Dynamic, 1>;
    using B = Eigen::Matrix<bool, Eigen::Dynamic, 1>;
    const I64 group = (I64(4) << 0, 0, 1, 0).finished();
    const I8 status = (I8(4) << 10, 11, 9, 0).finished(); // on_track, behind, ahead, not_available
    const Eigen::VectorXd score = (Eigen::VectorXd(4) << 1, -2, 4, NaN).finished();
    const Eigen::VectorXd share = (Eigen::VectorXd(4) << 0.5, 0.2, 1.2, NaN).finished();
    const B reached = (B(4) << false, false, true, false).finished();
    const BatchAggregate a =
        aggregate_batch(group, 2, status, score, share, reached, Eigen::VectorXd());
    CHECK(a.count[0] == 3);
    CHECK(a.counts(0, 10) == 1);
    CHECK(a.counts(0, 0) == 1);
    CHECK(a.scored[0] == 2);
    CHECK(a.mean_score[0] == Approx(-0.5));
    CHECK(a.mean_share_achieved[0] == Approx(0.35));
    CHECK(a.reached[1] == 1);
    CHECK(std::isnan(a.weight[0]));
    const Eigen::VectorXd w = (Eigen::VectorXd(4) << 100, 300, 10, 50).finished();
    const BatchAggregate aw = aggregate_batch(group, 2, status, score, share, reached, w);
    CHECK(aw.mean_score[0] == Approx(-1.25)); // (100 - 600) / 400
    CHECK(aw.weight[0] == 450);
    Eigen::VectorXd missing = w;
    missing[2] = NaN;
    CHECK_THROWS_WITH(aggregate_batch(group, 2, status, score, share, reached, missing),
                      Catch::StartsWith("weights[2]: nan (a missing weight)"));
    CHECK_THROWS_WITH(aggregate_batch(group, 1, status, score, share, reached, w),
                      Catch::StartsWith("group[2]: 1 is not in [0, 1)"));
}
