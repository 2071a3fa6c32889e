// Data sets: loading a folder or a file of charters with its manifest, finding the installed data,
// and the tidy milestones table with its CSV writer.
#include "charterkit/dataset.hpp"
#include "charterkit/io_json.hpp"
#include "charterkit/version.hpp"

#include "json_model.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <sstream>

namespace fs = std::filesystem;

namespace charterkit {

namespace {

using detail::json;
using detail::Reader;

void read_manifest_header(Reader& r, const json& j, Dataset& d) {
    d.name = r.str(j, "", "name", true);
    d.version = r.str(j, "", "version");
    d.description = r.str(j, "", "description");
    d.source = r.source(j, "");
}

/// Compares the manifest's counts with the charters and records each disagreement.
void check_manifest(Reader& r, const Dataset& d) {
    for (std::size_t i = 0; i < d.manifest.size(); ++i) {
        const ManifestEntry& e = d.manifest[i];
        const std::string p = "charters[" + std::to_string(i) + "]";
        const Charter* c = nullptr;
        for (const auto& x : d.charters)
            if (x.id == e.id) c = &x;
        if (!c) {
            r.problem(p + ".id", "no charter '" + e.id + "' was loaded");
            continue;
        }
        auto compare = [&](const char* field, std::size_t stated, std::size_t actual) {
            if (stated != actual)
                r.problem(p + "." + field, std::to_string(stated) + " but " + e.file + " has " +
                                               std::to_string(actual));
        };
        compare("districts", e.districts, c->districts.size());
        compare("targets", e.targets, c->count_targets());
        compare("milestones", e.milestones, c->count_milestones());
    }
}

Dataset load_folder(const fs::path& folder) {
    Dataset d;
    const fs::path manifest_path = folder / "manifest.json";
    std::vector<std::string> files;
    std::vector<std::string> problems;
    Reader mr(manifest_path.string());
    if (fs::exists(manifest_path)) {
        const json j =
            detail::parse_json(detail::read_file(manifest_path.string()), manifest_path.string());
        if (mr.object(j, "", {"format", "name", "version", "description", "source", "charters"})) {
            if (mr.str(j, "", "format", true) != "charterkit.manifest")
                mr.problem("format", "is not charterkit.manifest");
            read_manifest_header(mr, j, d);
            mr.each(
                j, "", "charters",
                [&](const json& e, const std::string& p) {
                    ManifestEntry m;
                    if (mr.object(e, p, {"file", "id", "districts", "targets", "milestones"})) {
                        m.file = mr.str(e, p, "file", true);
                        m.id = mr.str(e, p, "id", true);
                        m.districts = static_cast<std::size_t>(
                            mr.integer(e, p, "districts", true).value_or(0));
                        m.targets =
                            static_cast<std::size_t>(mr.integer(e, p, "targets", true).value_or(0));
                        m.milestones = static_cast<std::size_t>(
                            mr.integer(e, p, "milestones", true).value_or(0));
                    }
                    d.manifest.push_back(m);
                    files.push_back(m.file);
                },
                true);
        }
    } else {
        d.name = folder.filename().string();
        for (const auto& entry : fs::directory_iterator(folder))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path().filename().string());
        std::sort(files.begin(), files.end());
    }
    problems = mr.problems();
    for (const auto& f : files) {
        if (f.empty()) continue;
        try {
            d.charters.push_back(load_charter((folder / f).string()));
        } catch (const ValidationError& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
        } catch (const ParseError& e) {
            problems.push_back(e.what());
        }
    }
    if (problems.empty()) {
        check_manifest(mr, d);
        problems = mr.problems();
    }
    if (!problems.empty()) throw ValidationError(problems);
    return d;
}

Dataset load_file(const fs::path& file) {
    const std::string name = file.string();
    const json j = detail::parse_json(detail::read_file(name), name);
    Reader r(name);
    Dataset d;
    if (r.object(j, "", {"format", "name", "version", "description", "source", "charters"})) {
        if (r.str(j, "", "format", true) != "charterkit.dataset")
            r.problem("format", "is not charterkit.dataset");
        read_manifest_header(r, j, d);
        r.each(
            j, "", "charters",
            [&](const json& e, const std::string& p) {
                Reader cr(name + ": " + p);
                Charter c = detail::read_charter(cr, e);
                if (cr.count() == 0) cr.add_semantic(c.problems());
                for (const auto& msg : cr.problems()) r.problem("", msg.substr(name.size() + 2));
                d.charters.push_back(std::move(c));
            },
            true);
    }
    r.throw_if_any();
    for (const auto& c : d.charters)
        d.manifest.push_back(
            {c.id + ".json", c.id, c.districts.size(), c.count_targets(), c.count_milestones()});
    return d;
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"') out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string number_text(const std::optional<double>& v) {
    if (!v) return {};
    std::ostringstream os;
    os.precision(15);
    os << *v;
    return os.str();
}

std::string lines_text(const Target& t, const Milestone& m) {
    std::vector<int> lines;
    auto add = [&](const std::optional<Source>& s) {
        if (s) lines.insert(lines.end(), s->lines.begin(), s->lines.end());
    };
    add(t.source);
    if (t.baseline) add(t.baseline->source);
    if (t.reference)
        for (const auto& v : t.reference->values) add(v.source);
    add(m.source);
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? ";" : "") + std::to_string(lines[i]);
    return out;
}

} // namespace

Dataset load_dataset(const std::string& path) {
    const fs::path p(path);
    if (!fs::exists(p)) throw ParseError(path, 0, 0, "no such file or folder");
    Dataset d = fs::is_directory(p) ? load_folder(p) : load_file(p);
    // The source tree's manifests carry no version: they are the data of this release. Installed
    // copies have the release's version written in at install time (cmake/stamp_manifests.cmake).
    if (d.version.empty()) d.version = version;
    return d;
}

void save_dataset(const Dataset& d, const std::string& folder) {
    fs::create_directories(folder);
    json m = json::object();
    m["format"] = "charterkit.manifest";
    m["name"] = d.name;
    if (!d.version.empty()) m["version"] = d.version;
    if (!d.description.empty()) m["description"] = d.description;
    if (d.source) m["source"] = detail::source_json(*d.source);
    json entries = json::array();
    for (const auto& c : d.charters) {
        const std::string file = c.id + ".json";
        save_charter(c, (fs::path(folder) / file).string());
        json e = json::object();
        e["file"] = file;
        e["id"] = c.id;
        e["districts"] = c.districts.size();
        e["targets"] = c.count_targets();
        e["milestones"] = c.count_milestones();
        entries.push_back(e);
    }
    m["charters"] = entries;
    detail::write_file((fs::path(folder) / "manifest.json").string(), m.dump(2) + "\n");
}

std::string data_directory() {
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("CHARTERKIT_DATA_DIR"); env && *env) {
        if (fs::is_directory(env)) return env;
        throw NotFoundError(std::string("CHARTERKIT_DATA_DIR: '") + env + "' is not a folder");
    }
#ifdef CHARTERKIT_INSTALL_DATADIR
    candidates.push_back(CHARTERKIT_INSTALL_DATADIR);
#endif
#ifdef CHARTERKIT_SOURCE_DATADIR
    candidates.push_back(CHARTERKIT_SOURCE_DATADIR);
#endif
    for (const auto& c : candidates)
        if (fs::is_directory(fs::path(c) / "krachtwijken")) return c;
    std::string tried;
    for (const auto& c : candidates) tried += " '" + c + "'";
    throw NotFoundError("no charterkit data folder found (set CHARTERKIT_DATA_DIR; tried" +
                        (tried.empty() ? std::string(" nothing") : tried) + ")");
}

Dataset krachtwijken() {
    return load_dataset((fs::path(data_directory()) / "krachtwijken").string());
}

const std::vector<std::string>& milestone_columns() {
    static const std::vector<std::string> columns{"charter",
                                                  "city",
                                                  "district",
                                                  "theme",
                                                  "ambition",
                                                  "target",
                                                  "indicator",
                                                  "indicator_name",
                                                  "unit",
                                                  "direction",
                                                  "baseline_year",
                                                  "baseline_value",
                                                  "reference_label",
                                                  "reference_year",
                                                  "reference_value",
                                                  "milestone_year",
                                                  "milestone_date",
                                                  "form",
                                                  "comparator",
                                                  "value",
                                                  "level",
                                                  "unresolved_reason",
                                                  "source_lines"};
    return columns;
}

std::vector<MilestoneRow> milestone_rows(const Dataset& d, const ResolveOptions& options) {
    std::vector<MilestoneRow> rows;
    for (const auto& c : d.charters)
        for (const auto& a : c.ambitions)
            for (const auto& t : a.targets)
                for (std::size_t i = 0; i < t.milestones.size(); ++i) {
                    const Milestone& m = t.milestones[i];
                    MilestoneRow row;
                    row.charter = c.id;
                    row.city = c.city;
                    row.district = t.district.value_or("");
                    row.theme = std::string(to_string(a.theme));
                    row.ambition = a.id;
                    row.target = t.id;
                    row.indicator = t.indicator.id;
                    row.indicator_name = t.indicator.name;
                    row.unit = std::string(to_string(t.indicator.unit));
                    row.direction = std::string(to_string(t.indicator.direction));
                    if (t.baseline) {
                        row.baseline_year = t.baseline->when.calendar_year();
                        row.baseline_value = t.baseline->value;
                    }
                    if (t.reference) row.reference_label = t.reference->label;
                    if (m.reference_at) {
                        row.reference_year = m.reference_at->calendar_year();
                        if (t.reference)
                            for (const auto& v : t.reference->values)
                                if (v.when.calendar_year() == m.reference_at->calendar_year())
                                    row.reference_value = v.value;
                    }
                    row.milestone_year = t.milestone_year(i, options.anchor);
                    if (m.when && m.when->is_date())
                        row.milestone_date = to_iso(m.when->exact_date());
                    row.form = std::string(to_string(m.form));
                    row.comparator = std::string(to_string(m.comparator));
                    row.value = m.value;
                    const Resolution r = t.resolve(i, options);
                    if (r.resolved)
                        row.level = r.level;
                    else
                        row.unresolved_reason = r.reason;
                    row.source_lines = lines_text(t, m);
                    rows.push_back(std::move(row));
                }
    return rows;
}

void write_milestones_csv(const Dataset& d, std::ostream& out, const ResolveOptions& options) {
    const auto& cols = milestone_columns();
    for (std::size_t i = 0; i < cols.size(); ++i) out << (i ? "," : "") << cols[i];
    out << "\r\n";
    auto opt_int = [](const std::optional<int>& v) {
        return v ? std::to_string(*v) : std::string();
    };
    for (const auto& r : milestone_rows(d, options)) {
        const std::string fields[] = {r.charter,
                                      r.city,
                                      r.district,
                                      r.theme,
                                      r.ambition,
                                      r.target,
                                      r.indicator,
                                      r.indicator_name,
                                      r.unit,
                                      r.direction,
                                      opt_int(r.baseline_year),
                                      number_text(r.baseline_value),
                                      r.reference_label,
                                      opt_int(r.reference_year),
                                      number_text(r.reference_value),
                                      std::to_string(r.milestone_year),
                                      r.milestone_date,
                                      r.form,
                                      r.comparator,
                                      number_text(r.value),
                                      number_text(r.level),
                                      r.unresolved_reason,
                                      r.source_lines};
        for (std::size_t i = 0; i < std::size(fields); ++i)
            out << (i ? "," : "") << csv_field(fields[i]);
        out << "\r\n";
    }
}

} // namespace charterkit
