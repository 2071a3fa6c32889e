// Tests of dataset.hpp on a small data set built in a temporary folder from the test excerpt.
#include "charterkit/dataset.hpp"
#include "charterkit/io_json.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace charterkit;
namespace fs = std::filesystem;

namespace {
fs::path make_dataset() {
    const fs::path dir = fs::temp_directory_path() / "charterkit_dataset_test";
    fs::remove_all(dir);
    Dataset d;
    d.name = "excerpt";
    d.version = "test";
    d.charters.push_back(
        load_charter(std::string(CHARTERKIT_TEST_DATA) + "/dordrecht_excerpt.json"));
    save_dataset(d, dir.string());
    return dir;
}
} // namespace

TEST_CASE("dataset: save and load a folder with its manifest", "[dataset]") {
    const fs::path dir = make_dataset();
    const Dataset d = load_dataset(dir.string());
    CHECK(d.name == "excerpt");
    REQUIRE(d.manifest.size() == 1);
    CHECK(d.manifest[0].targets == 2);
    CHECK(d.manifest[0].milestones == 4);
    CHECK(d.count_districts() == 2);
    CHECK(d.charter("dordrecht-excerpt").city == "Dordrecht");
    CHECK_THROWS_AS(d.charter("utrecht"), NotFoundError);
    fs::remove_all(dir);
}

TEST_CASE("dataset: a manifest that disagrees with the files is reported", "[dataset]") {
    const fs::path dir = make_dataset();
    std::ifstream in(dir / "manifest.json");
    std::stringstream ss;
    ss << in.rdbuf();
    in.close();
    std::string m = ss.str();
    m.replace(m.find("\"targets\": 2"), 12, "\"targets\": 3");
    std::ofstream(dir / "manifest.json") << m;
    CHECK_THROWS_WITH(
        load_dataset(dir.string()),
        Catch::Contains("manifest.json: charters[0].targets: 3 but dordrecht-excerpt.json has 2"));
    fs::remove_all(dir);
}

TEST_CASE("dataset: the milestones table has a row per milestone, resolved where it can be",
          "[dataset]") {
    const fs::path dir = make_dataset();
    const Dataset d = load_dataset(dir.string());
    const auto rows = milestone_rows(d);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].district == "wielwijk");
    CHECK(rows[0].baseline_value == 6.2);
    CHECK(rows[0].level == 6.5);
    CHECK(rows[0].source_lines == "3586");
    CHECK(rows[1].form == "at_least_reference");
    CHECK_FALSE(rows[1].level);
    CHECK_THAT(rows[1].unresolved_reason, Catch::Contains("no value for 2017"));
    CHECK(rows[3].value == 0.5);
    std::ostringstream csv;
    write_milestones_csv(d, csv);
    const std::string text = csv.str();
    CHECK(text.rfind("charter,city,district,theme", 0) == 0);
    CHECK(std::count(text.begin(), text.end(), '\n') == 5);
    fs::remove_all(dir);
}
