// Tests of the statcan progress method: hand-computed cases of the published rules, the edge cases,
// and every record Statistics Canada published (../shared/conformance, skipped when absent).
#include "charterkit/batch.hpp"
#include "charterkit/progress_methods.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace charterkit;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

double cagr(double v1, double v0, double t1, double t0) {
    return std::pow(v1 / v0, 1.0 / (t1 - t0)) - 1.0;
}

bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            out.push_back(cell);
            cell.clear();
        } else
            cell += c;
    }
    out.push_back(cell);
    return out;
}

std::string conformance_file() {
    if (const char* env = std::getenv("CHARTERKIT_CONFORMANCE")) {
        std::string p = env;
        if (p.size() > 4 && p.substr(p.size() - 4) == ".csv") return p;
        return p + "/statcan_published_records.csv";
    }
    return std::string(CHARTERKIT_REPO_DATA) +
           "/../../shared/conformance/statcan_published_records.csv";
}

} // namespace

TEST_CASE("statcan: with a target, hand-computed (first published record)", "[statcan]") {
    // 2015 14.5 -> 2023 10.2, target 7.25 in 2030, lower is better
    const MethodResult r = statcan_progress({2015, 14.5, 2023, 10.2, 7.25, 2030, -1, NaN});
    const double P = -1 * cagr(10.2, 14.5, 2023, 2015) / std::fabs(cagr(7.25, 14.5, 2030, 2015));
    CHECK(r.progress_value == P);
    CHECK(r.progress_value == Approx(0.9525901792032172));
    CHECK(r.status == ProgressStatus::substantial_progress); // P >= 0.95
    CHECK(r.score == Approx(7.1429 * P - 4.2857));
    CHECK(r.reason.empty());
}

TEST_CASE("statcan: thresholds with a target", "[statcan]") {
    // higher is better, 2010 10 -> target 20 in 2020; the latest value sets the ratio
    auto at = [](double current) {
        return statcan_progress({2010, 10, 2015, current, 20, 2020, 1, NaN});
    };
    const double required = cagr(20, 10, 2020, 2010);
    const MethodResult moderate = at(10 * std::pow(1 + 0.7 * required, 5)); // P = 0.7
    CHECK(moderate.progress_value == Approx(0.7));
    CHECK(moderate.status == ProgressStatus::moderate_progress);
    CHECK(moderate.score == Approx(7.1429 * 0.7 - 4.2857));
    const MethodResult limited = at(10 * std::pow(1 + 0.3 * required, 5)); // P = 0.3
    CHECK(limited.status == ProgressStatus::limited_progress);
    CHECK(limited.score == Approx(4.1667 * 0.3 - 2.5));
    const MethodResult worse = at(9.0);
    CHECK(worse.status == ProgressStatus::deterioration);
    CHECK(worse.progress_value < 0);
    const MethodResult far_worse = at(1.0); // P far below -0.6: the score is clipped
    CHECK(far_worse.score == -5.0);
    const MethodResult met = at(21.0);
    CHECK(met.status == ProgressStatus::target_achieved);
    CHECK(met.score == 5.0);
    CHECK(met.progress_value == Approx(cagr(21, 10, 2015, 2010) / required)); // still reported
}

TEST_CASE("statcan: without a target, thresholds and natural limit", "[statcan]") {
    // second published record: 2015 90 -> 2021 93.2, higher is better, limit 100
    const MethodResult r = statcan_progress({2015, 90, 2021, 93.2, NaN, 2030, 1, 100});
    const double P = cagr(93.2, 90, 2021, 2015);
    const double C = 1 - std::pow(90.0 / 100.0, 4.44); // B <= L
    CHECK(r.progress_value == P);
    CHECK(r.status == ProgressStatus::substantial_progress); // P >= 0.015 C
    CHECK(r.score == Approx(std::min(500 * P / C - 5, 5.0)));
    CHECK(r.score == Approx(2.815386645395768));

    // no limit: C = 1; P between 0.005 and 0.015 is moderate, 250 P - 1.25
    const MethodResult m =
        statcan_progress({2010, 100, 2015, 100 * std::pow(1.01, 5), NaN, NaN, 1, NaN});
    CHECK(m.progress_value == Approx(0.01));
    CHECK(m.status == ProgressStatus::moderate_progress);
    CHECK(m.score == Approx(250 * 0.01 - 1.25));
    const MethodResult l =
        statcan_progress({2010, 100, 2015, 100 * std::pow(1.002, 5), NaN, NaN, 1, NaN});
    CHECK(l.status == ProgressStatus::limited_progress);
    CHECK(l.score == Approx(500 * 0.002 - 2.5));
    const MethodResult dn =
        statcan_progress({2010, 100, 2015, 100 * std::pow(0.99, 5), NaN, NaN, 1, NaN});
    CHECK(dn.status == ProgressStatus::deterioration);
    CHECK(dn.score == Approx(125 * -0.01 - 2.5));

    // base value above the limit from below (L < B < 2L): C = 1 - ((2L - B) / L)^4.44
    const MethodResult above = statcan_progress({2010, 150, 2015, 160, NaN, NaN, 1, 100});
    const double C2 = 1 - std::pow((200.0 - 150.0) / 100.0, 4.44);
    // P = 0.012991 lies between 0.005 C2 and 0.015 C2 (C2 = 0.9539): moderate, 250 P / C2 - 1.25
    CHECK(above.status == ProgressStatus::moderate_progress);
    CHECK(above.score == Approx(250 * cagr(160, 150, 2015, 2010) / C2 - 1.25));

    // base value at the limit: C = 0; holding on is substantial progress with score 5
    const MethodResult at_limit = statcan_progress({2010, 100, 2015, 100, NaN, NaN, 1, 100});
    CHECK(at_limit.status == ProgressStatus::substantial_progress);
    CHECK(at_limit.score == 5.0);
}

TEST_CASE("statcan: edge cases", "[statcan]") {
    SECTION("zero base value is replaced by 0.001") {
        const MethodResult r = statcan_progress({2010, 0, 2015, 2, 10, 2020, 1, NaN});
        const double P = cagr(2, 0.001, 2015, 2010) / std::fabs(cagr(10, 0.001, 2020, 2010));
        CHECK(r.progress_value == P);
        CHECK(r.status == ProgressStatus::substantial_progress);
        CHECK(r.score == 5.0);
        CHECK_THAT(r.reason, Catch::Contains("0.001"));
    }
    SECTION("zero target is replaced by 0.001; a zero current value meets it") {
        const MethodResult r = statcan_progress({2015, 81124, 2023, 0, 0, 2030, -1, NaN});
        CHECK(r.status == ProgressStatus::target_achieved);
        CHECK(r.progress_value == Approx(1.4224293446258616)); // published record
    }
    SECTION("sign change is not available") {
        const MethodResult r = statcan_progress({2010, -2, 2015, 1, NaN, NaN, 1, NaN});
        CHECK(r.status == ProgressStatus::not_available);
        CHECK(std::isnan(r.progress_value));
        CHECK(std::isnan(r.score));
        CHECK_THAT(r.reason, Catch::Contains("opposite signs"));
    }
    SECTION("negative values flip the sign s") {
        // -10 -> -8, higher is better: CAGR = (0.8)^(1/5) - 1 < 0, s = -1, P > 0
        const MethodResult r = statcan_progress({2010, -10, 2015, -8, NaN, NaN, 1, NaN});
        CHECK(r.progress_value == Approx(-1 * cagr(-8, -10, 2015, 2010)));
        CHECK(r.progress_value > 0);
    }
    SECTION("target equal to the base value") {
        const MethodResult missed = statcan_progress({2010, 5, 2015, 4, 5, 2020, 1, NaN});
        CHECK(missed.status == ProgressStatus::deterioration);
        CHECK(missed.progress_value == -std::numeric_limits<double>::infinity());
        CHECK(missed.score == -5.0);
        const MethodResult kept = statcan_progress({2010, 5, 2015, 5, 5, 2020, 1, NaN});
        CHECK(kept.status == ProgressStatus::target_achieved);
        CHECK(std::isnan(kept.progress_value)); // 0 / 0, as published
        CHECK(kept.score == 5.0);
    }
    SECTION("a single year of data is not available, unless the target is met") {
        CHECK(statcan_progress({2020, 7, 2020, 7, 10, 2030, 1, NaN}).status ==
              ProgressStatus::not_available);
        CHECK(statcan_progress({2020, 7, 2020.5, 7, 10, 2030, 1, NaN})
                  .reason.find("less than one year") != std::string::npos);
        const MethodResult met = statcan_progress({2020, 12, 2020, 12, 10, 2030, 1, NaN});
        CHECK(met.status == ProgressStatus::target_achieved);
        CHECK(std::isnan(met.progress_value));
    }
    SECTION("target already met at the base year") {
        // lower is better, base 3.5 already below the target 12: met whatever the trend
        const MethodResult r = statcan_progress({2015, 3.5, 2024, 3.3, 12, 2030, -1, NaN});
        CHECK(r.status == ProgressStatus::target_achieved);
        CHECK(r.score == 5.0);
    }
    SECTION("base year after the current year, missing data, bad direction") {
        CHECK(statcan_progress({2016, 5, 2015, 6, NaN, NaN, 1, NaN}).status ==
              ProgressStatus::not_available);
        CHECK(statcan_progress({2010, NaN, 2015, 6, NaN, NaN, 1, NaN}).reason.find("missing") !=
              std::string::npos);
        CHECK(statcan_progress({2010, 5, 2015, 6, NaN, NaN, 0.5, NaN}).reason.find("direction") !=
              std::string::npos);
    }
}

TEST_CASE("statcan: every published record (conformance)", "[statcan][conformance]") {
    std::ifstream in(conformance_file());
    if (!in) {
        WARN("conformance data not found at " << conformance_file()
                                              << " (set CHARTERKIT_CONFORMANCE); skipped");
        return;
    }
    std::string line;
    std::getline(in, line);
    const auto header = split_csv_line(line);
    auto column = [&](const std::string& name) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name) return i;
        FAIL("no column " << name);
        return std::size_t(0);
    };
    const std::size_t cb = column("base_year"), cbv = column("base_value"),
                      cc = column("current_year"), ccv = column("current_value"),
                      ct = column("target"), cty = column("target_year"), cd = column("direction"),
                      cl = column("limit"), cp = column("progress_value"), cs = column("status"),
                      csc = column("score");
    auto num = [](const std::string& s) { return s.empty() ? NaN : std::stod(s); };
    std::size_t rows = 0;
    std::vector<double> by, bv, cy, cv, t, ty, d, l;
    std::vector<std::string> statuses;
    std::vector<double> values, scores;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto f = split_csv_line(line);
        ++rows;
        const MethodResult r = statcan_progress({num(f[cb]), num(f[cbv]), num(f[cc]), num(f[ccv]),
                                                 num(f[ct]), num(f[cty]), num(f[cd]), num(f[cl])});
        INFO("record " << rows << ": " << line);
        CHECK(std::string(to_string(r.status)) == f[cs]);
        CHECK(same(r.progress_value, num(f[cp])));
        CHECK(same(r.score, num(f[csc])));
        by.push_back(num(f[cb]));
        bv.push_back(num(f[cbv]));
        cy.push_back(num(f[cc]));
        cv.push_back(num(f[ccv]));
        t.push_back(num(f[ct]));
        ty.push_back(num(f[cty]));
        d.push_back(num(f[cd]));
        l.push_back(num(f[cl]));
        statuses.push_back(f[cs]);
        values.push_back(num(f[cp]));
        scores.push_back(num(f[csc]));
    }
    CHECK(rows == 243);
    // the array form gives the same
    auto map = [](const std::vector<double>& v) {
        return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
    };
    const StatcanBatchResult b =
        statcan_batch(map(by), map(bv), map(cy), map(cv), map(t), map(ty), map(d), map(l), 2);
    for (std::size_t i = 0; i < rows; ++i) {
        const auto k = static_cast<Eigen::Index>(i);
        CHECK(std::string(to_string(static_cast<ProgressStatus>(b.status[k]))) == statuses[i]);
        CHECK(same(b.progress_value[k], values[i]));
        CHECK(same(b.score[k], scores[i]));
    }
}
