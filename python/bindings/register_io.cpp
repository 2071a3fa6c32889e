// Bindings of file I/O: charters, data sets, the installed data folder and the milestones table.
#include "pybind11.hpp"

#include "charterkit/dataset.hpp"
#include "charterkit/io_json.hpp"

#include "pickle.hpp"

#include <sstream>

namespace charterkit::python {

void register_io(py::module_& m) {
    m.def("load_charter", &load_charter, "path"_a,
          "Reads a charter file. Raises ParseError (with line and column) or ValidationError "
          "(.problems).");
    m.def("loads_charter", &parse_charter, "text"_a, "name"_a = "<string>",
          "Reads a charter from JSON text.");
    m.def(
        "dumps_charter", [](const Charter& c, int indent) { return to_json(c, indent); },
        "charter"_a, "indent"_a = 2, "The charter as JSON text.");
    m.def("save_charter", &save_charter, "charter"_a, "path"_a, "indent"_a = 2,
          "Writes a charter file.");
    m.def("validate_charter_file", &validate_charter_file, "path"_a,
          "Every problem of a charter file, 'file: path: message'; empty when valid.");
    m.def("validate_charter_text", &validate_charter_text, "text"_a, "name"_a = "<string>");

    RecordClass<ManifestEntry> entry(m, "ManifestEntry",
                                     "What the manifest says of one charter file.");
    entry.def(py::init<>())
        .field("file", &ManifestEntry::file)
        .field("id", &ManifestEntry::id)
        .field("districts", &ManifestEntry::districts)
        .field("targets", &ManifestEntry::targets)
        .field("milestones", &ManifestEntry::milestones);

    RecordClass<Dataset> dataset(m, "Dataset", "Several charters with their manifest.");
    dataset.def(py::init<>())
        .field("name", &Dataset::name)
        .field("version", &Dataset::version)
        .field("description", &Dataset::description)
        .field("source", &Dataset::source)
        .field("charters", &Dataset::charters)
        .field("manifest", &Dataset::manifest)
        .def("charter", &Dataset::charter, "id"_a, "Raises NotFoundError (a KeyError) when absent.")
        .def(
            "targets",
            [](const Dataset& d, const py::object& theme, std::optional<std::string> district,
               std::optional<std::string> indicator, std::optional<int> milestone_year) {
                TargetQuery q;
                if (!theme.is_none())
                    q.theme = py::isinstance<py::str>(theme)
                                  ? theme_key_from_string(theme.cast<std::string>(), "theme")
                                  : theme.cast<ThemeKey>();
                q.district = std::move(district);
                q.indicator = std::move(indicator);
                q.milestone_year = milestone_year;
                return d.targets(q);
            },
            "theme"_a = py::none(), "district"_a = py::none(), "indicator"_a = py::none(),
            "milestone_year"_a = py::none())
        .def("count_districts", &Dataset::count_districts)
        .def("count_targets", &Dataset::count_targets)
        .def("count_milestones", &Dataset::count_milestones)
        .def("__len__", [](const Dataset& d) { return d.charters.size(); })
        .def(
            "__iter__",
            [](const Dataset& d) {
                return py::make_iterator(d.charters.begin(), d.charters.end());
            },
            py::keep_alive<0, 1>())
        .def("__repr__", [](const Dataset& d) {
            return "Dataset('" + d.name + "', " + std::to_string(d.charters.size()) +
                   " charters, " + std::to_string(d.count_targets()) + " targets)";
        });

    m.def("load_dataset", &load_dataset, "path"_a,
          "Loads a data set folder (with manifest.json) or file; every problem of every file at "
          "once.");
    m.def("save_dataset", &save_dataset, "dataset"_a, "folder"_a,
          "Writes a data set folder with a fresh manifest.");
    m.def("data_directory", &data_directory,
          "The folder of the installed data sets (C++ build's view).");

    m.def("milestone_columns", &milestone_columns,
          "Column names of the milestones table, in order.");
    m.def(
        "milestone_table",
        [](const Dataset& d, const ResolveOptions& o) {
            const auto rows = milestone_rows(d, o);
            py::dict out;
            auto text = [&](auto field) {
                py::list l;
                for (const auto& r : rows) l.append(r.*field);
                return l;
            };
            auto maybe = [&](auto field) {
                py::list l;
                for (const auto& r : rows)
                    l.append((r.*field) ? py::cast(*(r.*field)) : py::none());
                return l;
            };
            out["charter"] = text(&MilestoneRow::charter);
            out["city"] = text(&MilestoneRow::city);
            out["district"] = text(&MilestoneRow::district);
            out["theme"] = text(&MilestoneRow::theme);
            out["ambition"] = text(&MilestoneRow::ambition);
            out["target"] = text(&MilestoneRow::target);
            out["indicator"] = text(&MilestoneRow::indicator);
            out["indicator_name"] = text(&MilestoneRow::indicator_name);
            out["unit"] = text(&MilestoneRow::unit);
            out["direction"] = text(&MilestoneRow::direction);
            out["baseline_year"] = maybe(&MilestoneRow::baseline_year);
            out["baseline_value"] = maybe(&MilestoneRow::baseline_value);
            out["reference_label"] = text(&MilestoneRow::reference_label);
            out["reference_year"] = maybe(&MilestoneRow::reference_year);
            out["reference_value"] = maybe(&MilestoneRow::reference_value);
            out["milestone_year"] = text(&MilestoneRow::milestone_year);
            out["milestone_date"] = text(&MilestoneRow::milestone_date);
            out["form"] = text(&MilestoneRow::form);
            out["comparator"] = text(&MilestoneRow::comparator);
            out["value"] = maybe(&MilestoneRow::value);
            out["level"] = maybe(&MilestoneRow::level);
            out["unresolved_reason"] = text(&MilestoneRow::unresolved_reason);
            out["source_lines"] = text(&MilestoneRow::source_lines);
            return out;
        },
        "dataset"_a, "options"_a = ResolveOptions{},
        "The tidy milestones table as a dict of columns (one row per target milestone).");
    m.def(
        "milestones_csv",
        [](const Dataset& d, const ResolveOptions& o) {
            std::ostringstream os;
            write_milestones_csv(d, os, o);
            return os.str();
        },
        "dataset"_a, "options"_a = ResolveOptions{},
        "The milestones table as CSV text (the C++ writer).");
}

} // namespace charterkit::python
