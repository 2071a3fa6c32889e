// Tests of io_json.hpp: lossless round trips, every problem reported in one pass with file and
// path, malformed JSON with line and column, and no half-built objects.
#include "charterkit/io_json.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace charterkit;

namespace {
const std::string excerpt_path = std::string(CHARTERKIT_TEST_DATA) + "/dordrecht_excerpt.json";

std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}
} // namespace

TEST_CASE("io_json: load, save, load gives an equal charter", "[io_json]") {
    const Charter a = load_charter(excerpt_path);
    const std::string text = to_json(a);
    const Charter b = parse_charter(text, "copy.json");
    CHECK(a == b);
    CHECK(to_json(b) == text); // the written form is stable
    const auto tmp = std::filesystem::temp_directory_path() / "charterkit_io_test.json";
    save_charter(a, tmp.string());
    CHECK(load_charter(tmp.string()) == a);
    std::filesystem::remove(tmp);
}

TEST_CASE("io_json: the parts round-trip on their own", "[io_json]") {
    const Charter c = load_charter(excerpt_path);
    const Target& t = c.ambitions[1].targets[0];
    CHECK(parse_target(to_json(t)) == t);
    CHECK(parse_ambition(to_json(c.ambitions[0])) == c.ambitions[0]);
    CHECK(parse_commitment(to_json(c.commitments[0])) == c.commitments[0]);
    CHECK(parse_finance_table(to_json(c.finance_tables[0])) == c.finance_tables[0]);
}

TEST_CASE("io_json: a milestone before the baseline names file, path and values", "[io_json]") {
    const std::string bad =
        replace(read(excerpt_path), R"({"year": 2011, "form": "absolute", "value": 6.5})",
                R"({"year": 2004, "form": "absolute", "value": 6.5})");
    const auto p = validate_charter_text(bad, "dordrecht.json");
    REQUIRE(p.size() == 1);
    CHECK(p[0] == "dordrecht.json: ambitions[0].targets[0].milestones[0].year: 2004 is before the "
                  "baseline year 2005");
    CHECK_THROWS_AS(parse_charter(bad, "dordrecht.json"), ValidationError);
}

TEST_CASE("io_json: every problem is reported in one pass", "[io_json]") {
    std::string bad = read(excerpt_path);
    bad = replace(bad, R"("unit": "grade", "direction": "higher_is_better"})",
                  R"("unit": "cijfer", "direction": "higher_is_better"})");
    bad = replace(bad, R"("to": "2017-12-31")", R"("to": "2017-13-31")");
    bad = replace(bad, R"("value": 0.5,)", R"("value": "half",)");
    bad = replace(bad, R"("kind": "housing_corporation")",
                  R"("kind": "corporation", "colour": "red")");
    bad = replace(bad, R"("cells": [2.5, null, null, null, 2.5])",
                  R"("cells": [2.5, null, null, 2.5])");
    try {
        parse_charter(bad, "dordrecht.json");
        FAIL("no error");
    } catch (const ValidationError& e) {
        const auto& p = e.problems();
        const std::string all = e.what();
        CHECK(p.size() == 6);
        CHECK_THAT(all, Catch::Contains("dordrecht.json: parties[2].colour: unknown field"));
        CHECK_THAT(all, Catch::Contains(
                            "dordrecht.json: parties[2].kind: unknown party kind 'corporation'"));
        CHECK_THAT(all,
                   Catch::Contains("dordrecht.json: validity.to: '2017-13-31' is not an ISO date"));
        CHECK_THAT(
            all,
            Catch::Contains(
                "dordrecht.json: ambitions[0].targets[0].indicator.unit: unknown unit 'cijfer'"));
        CHECK_THAT(all,
                   Catch::Contains("dordrecht.json: ambitions[1].targets[0].milestones[1].value: "
                                   "\"half\" is not a number"));
        CHECK_THAT(all,
                   Catch::Contains(
                       "dordrecht.json: finance_tables[0].rows[0].cells: 4 cells for 5 columns"));
    }
}

TEST_CASE("io_json: malformed JSON is reported with line and column", "[io_json]") {
    const std::string text =
        "{\n  \"format\": \"charterkit.charter\",\n  \"id\": \"x\"\n  \"city\": \"y\"\n}\n";
    try {
        parse_charter(text, "broken.json");
        FAIL("no error");
    } catch (const ParseError& e) {
        CHECK(e.line() == 4);
        // the column is where the parser stopped: the end of the unexpected "city" (columns 3-8)
        CHECK(e.column() == 8);
        CHECK_THAT(e.what(), Catch::StartsWith("broken.json:4:8: malformed JSON") &&
                                 Catch::Contains("unexpected string literal"));
    }
    CHECK_THROWS_WITH(load_charter("/nonexistent/charter.json"),
                      Catch::Contains("cannot open the file"));
    const auto p = validate_charter_text("[1, 2", "short.json");
    REQUIRE(p.size() == 1);
    CHECK_THAT(p[0], Catch::StartsWith("short.json:1:"));
}

TEST_CASE("io_json: missing required fields and wrong types", "[io_json]") {
    const auto p = validate_charter_text(
        R"({"format": "charterkit.charter", "format_version": 2, "districts": {}})", "min.json");
    CHECK(p == std::vector<std::string>{
                   "min.json: format_version: 2 is not a supported version (1)",
                   "min.json: id: missing",
                   "min.json: city: missing",
                   "min.json: title: missing",
                   "min.json: districts: {} is not an array",
                   "min.json: ambitions: missing",
               });
}
