/// @file dataset.hpp
/// A data set: several charters with a manifest of their counts, loaded from a folder (one file per
/// charter and a manifest.json) or one file; the installed data sets; and the tidy milestones table.
#pragma once

#include "charterkit/charter.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// What the manifest says of one charter file.
struct ManifestEntry {
    std::string file;
    std::string id;
    std::size_t districts = 0;
    std::size_t targets = 0;
    std::size_t milestones = 0;
    friend bool operator==(const ManifestEntry& a, const ManifestEntry& b) {
        return a.file == b.file && a.id == b.id && a.districts == b.districts &&
               a.targets == b.targets && a.milestones == b.milestones;
    }
};

/// Several charters.
struct Dataset {
    std::string name;
    std::string version;     ///< the charterkit version of the data (the release's own when the manifest has none)
    std::string description; ///< English
    std::optional<Source> source;
    std::vector<Charter> charters;
    std::vector<ManifestEntry> manifest;

    /// @throws NotFoundError
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
    std::size_t count_districts() const {
        std::size_t n = 0;
        for (const auto& c : charters) n += c.districts.size();
        return n;
    }
    std::size_t count_targets() const {
        std::size_t n = 0;
        for (const auto& c : charters) n += c.count_targets();
        return n;
    }
    std::size_t count_milestones() const {
        std::size_t n = 0;
        for (const auto& c : charters) n += c.count_milestones();
        return n;
    }
    friend bool operator==(const Dataset& a, const Dataset& b) {
        return a.name == b.name && a.version == b.version && a.description == b.description &&
               a.source == b.source && a.charters == b.charters && a.manifest == b.manifest;
    }
};

/// Loads a data set: a folder with manifest.json (its charters in manifest order), a folder of charter
/// files without a manifest (sorted by name), or one file of format charterkit.dataset. Every problem in
/// every file, and every disagreement between the manifest and the files, is reported at once.
/// @throws ParseError, ValidationError
Dataset load_dataset(const std::string& path);

/// Writes a data set as a folder: one file per charter and a manifest.json with fresh counts.
void save_dataset(const Dataset& dataset, const std::string& folder);

/// The folder holding the installed data sets: $CHARTERKIT_DATA_DIR if set, else the install location
/// chosen at build time, else the source tree's data/ folder (when built from source).
/// @throws NotFoundError when none exists.
std::string data_directory();

/// The krachtwijken data set (18 charters of seed 004) from data_directory().
Dataset krachtwijken();

/// One row of the tidy milestones table.
struct MilestoneRow {
    std::string charter, city, district, theme, ambition, target, indicator, indicator_name, unit,
        direction;
    std::optional<int> baseline_year;
    std::optional<double> baseline_value;
    std::string reference_label;
    std::optional<int> reference_year;
    std::optional<double> reference_value;
    int milestone_year = 0;
    std::string milestone_date; ///< ISO date when the milestone is an exact date
    std::string form, comparator;
    std::optional<double> value; ///< the number as stated
    std::optional<double> level; ///< the resolved level
    std::string unresolved_reason;
    std::string source_lines; ///< "189" or "3586;3591"
};

/// One row per target milestone of every charter (resolved with `options`).
std::vector<MilestoneRow> milestone_rows(const Dataset& dataset, const ResolveOptions& options = {});

/// The column names of the milestones table, in order.
const std::vector<std::string>& milestone_columns();

/// Writes the milestones table as CSV (RFC 4180 quoting, empty cells for missing values).
void write_milestones_csv(const Dataset& dataset, std::ostream& out, const ResolveOptions& options = {});

} // namespace charterkit
