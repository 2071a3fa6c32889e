/// @file dataset.hpp
/// A data set: several charters with a manifest of their counts, loaded from a folder (one file per
/// charter and a manifest.json) or one file; the installed data sets; and the tidy milestones
/// table.
#pragma once

#include "charterkit/charter.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// What the manifest says of one charter file.
struct ManifestEntry {
    std::string file;           ///< file name relative to the folder ("alkmaar.json")
    std::string id;             ///< the charter's id
    std::size_t districts = 0;  ///< number of districts the charter covers
    std::size_t targets = 0;    ///< number of targets over all ambitions
    std::size_t milestones = 0; ///< number of milestones over all targets
    /// Field-by-field equality.
    friend bool operator==(const ManifestEntry& a, const ManifestEntry& b) {
        return a.file == b.file && a.id == b.id && a.districts == b.districts &&
               a.targets == b.targets && a.milestones == b.milestones;
    }
};

/// Several charters.
struct Dataset {
    std::string name;        ///< "krachtwijken": the manifest's name, else the folder's name
    std::string version;     ///< the charterkit version of the data (the release's own when the
                             ///< manifest has none)
    std::string description; ///< English
    std::optional<Source> source;  ///< the source document of the data set; unset when not recorded
    std::vector<Charter> charters; ///< the charters, in manifest order (by file name without one)
    /// The manifest's entries (computed from the charters for a single-file data set); empty for a
    /// folder without manifest.json.
    std::vector<ManifestEntry> manifest;

    /// The charter with that id. @throws NotFoundError naming the data set and the id
    const Charter& charter(const std::string& id) const {
        for (const auto& c : charters)
            if (c.id == id) return c;
        throw NotFoundError("data set '" + name + "': no charter '" + id + "'");
    }
    /// Targets of every charter matching the query.
    std::vector<TargetEntry> targets(const TargetQuery& q = {}) const {
        std::vector<TargetEntry> out;
        for (const auto& c : charters) {
            auto part = c.targets(q);
            out.insert(out.end(), part.begin(), part.end());
        }
        return out;
    }
    /// Number of districts over all charters.
    std::size_t count_districts() const {
        std::size_t n = 0;
        for (const auto& c : charters) n += c.districts.size();
        return n;
    }
    /// Number of targets over all charters.
    std::size_t count_targets() const {
        std::size_t n = 0;
        for (const auto& c : charters) n += c.count_targets();
        return n;
    }
    /// Number of target milestones over all charters.
    std::size_t count_milestones() const {
        std::size_t n = 0;
        for (const auto& c : charters) n += c.count_milestones();
        return n;
    }
    /// Field-by-field equality.
    friend bool operator==(const Dataset& a, const Dataset& b) {
        return a.name == b.name && a.version == b.version && a.description == b.description &&
               a.source == b.source && a.charters == b.charters && a.manifest == b.manifest;
    }
};

/// Loads a data set: a folder with manifest.json (its charters in manifest order), a folder of
/// charter files without a manifest (sorted by name), or one file of format charterkit.dataset.
/// Every problem in every file, and every disagreement between the manifest and the files, is
/// reported at once.
/// @throws ParseError, ValidationError
Dataset load_dataset(const std::string& path);

/// Writes a data set as a folder: one file per charter and a manifest.json with fresh counts.
void save_dataset(const Dataset& dataset, const std::string& folder);

/// The folder holding the installed data sets: $CHARTERKIT_DATA_DIR if set, else the install
/// location chosen at build time, else the source tree's data/ folder (when built from source).
/// @throws NotFoundError when none exists.
std::string data_directory();

/// The krachtwijken data set (18 charters of seed 004) from data_directory().
Dataset krachtwijken();

/// One row of the tidy milestones table.
struct MilestoneRow {
    /// @var charter
    /// Charter id.
    /// @var city
    /// The charter's city, as printed.
    /// @var district
    /// District id of the target; empty for a charter-wide target.
    /// @var theme
    /// Canonical theme key of the ambition ("work").
    /// @var ambition
    /// Ambition id.
    /// @var target
    /// Target id.
    /// @var indicator
    /// Indicator id ("unemployment_rate").
    /// @var indicator_name
    /// Indicator name as printed (Dutch).
    /// @var unit
    /// Unit name ("percent").
    /// @var direction
    /// "higher_is_better" or "lower_is_better".
    std::string charter, city, district, theme, ambition, target, indicator, indicator_name, unit,
        direction;
    std::optional<int> baseline_year; ///< calendar year of the baseline; unset without a baseline
    std::optional<double> baseline_value; ///< unset without a baseline or while it is pending
    std::string reference_label;          ///< the reference as printed; empty without a reference
    std::optional<int> reference_year;    ///< year of the reference value the milestone points to
    std::optional<double>
        reference_value;        ///< the target's printed reference value for that year, if any
    int milestone_year = 0;     ///< calendar year of the milestone (derived for a horizon)
    std::string milestone_date; ///< ISO date when the milestone is an exact date
    /// @var form
    /// The milestone's form ("reach_reference").
    /// @var comparator
    /// The milestone's comparator ("reach", "at_least", "at_most").
    std::string form, comparator;
    std::optional<double> value;   ///< the number as stated
    std::optional<double> level;   ///< the resolved level
    std::string unresolved_reason; ///< why there is no level (empty when resolved)
    std::string source_lines;      ///< "189" or "3586;3591"
};

/// One row per target milestone of every charter (resolved with `options`).
std::vector<MilestoneRow> milestone_rows(const Dataset& dataset,
                                         const ResolveOptions& options = {});

/// The column names of the milestones table, in order.
const std::vector<std::string>& milestone_columns();

/// Writes the milestones table as CSV (RFC 4180 quoting, empty cells for missing values).
void write_milestones_csv(const Dataset& dataset, std::ostream& out,
                          const ResolveOptions& options = {});

} // namespace charterkit
