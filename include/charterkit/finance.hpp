/// @file finance.hpp
/// Finance tables (items × funders, as printed) and their audit: recompute every printed total and
/// report each mismatch beyond the tolerance that the printed precision implies.
///
/// Design note. A printed number rounded to d decimals is off by at most 0.5·10^-d. A printed total
/// of n printed addends can therefore differ from their sum by up to the sum of the addends'
/// half-units plus the total's own half-unit; that sum is the tolerance. Cells keep what was
/// printed: a number, "PM" (pro memorie, not yet quantified), blank, or a footnote mark; the
/// numbers sit on an Eigen matrix.
#pragma once

#include "charterkit/error.hpp"
#include "charterkit/indicator.hpp"
#include "charterkit/source.hpp"

#include <Eigen/Core>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// One printed cell.
struct Cell {
    std::optional<double> value;  ///< the printed number, if any
    bool pm = false;              ///< "PM" printed (alone, or next to a number: "24.070.500 + pm")
    std::string mark;             ///< a footnote sign printed in or instead of the number ("*")
    std::optional<int> decimals;  ///< printed precision when it differs from the table's
    std::optional<Source> source; ///< where the cell is printed; unset when not recorded

    /// A blank cell: no number, no PM, no mark.
    bool blank() const { return !value && !pm && mark.empty(); }
    /// Field-by-field equality.
    friend bool operator==(const Cell& a, const Cell& b) {
        return a.value == b.value && a.pm == b.pm && a.mark == b.mark && a.decimals == b.decimals &&
               a.source == b.source;
    }
};

/// A funder column, or a total column summing other columns.
struct FinanceColumn {
    std::string key;    ///< identifier within the table ("gemeente"); `sum_of` refers to it
    std::string label;  ///< as printed
    std::string party;  ///< party id, if the column is one party
    bool total = false; ///< a total column, summing the columns in `sum_of`
    std::vector<std::string> sum_of; ///< for a total column: the column keys it sums
    /// Field-by-field equality.
    friend bool operator==(const FinanceColumn& a, const FinanceColumn& b) {
        return a.key == b.key && a.label == b.label && a.party == b.party && a.total == b.total &&
               a.sum_of == b.sum_of;
    }
};

/// One addend of a total row.
struct FinanceTerm {
    std::string row; ///< key of the row added (sign +1) or subtracted (sign -1)
    int sign = 1;    ///< +1 or -1 (revenues subtracted from costs)
    /// Field-by-field equality.
    friend bool operator==(const FinanceTerm& a, const FinanceTerm& b) {
        return a.row == b.row && a.sign == b.sign;
    }
};

/// An item row, or a total row over other rows.
struct FinanceRow {
    std::string key;    ///< identifier within the table ("fysiek"); total rows' terms refer to it
    std::string label;  ///< as printed
    bool total = false; ///< a total row, summing the rows in `terms`
    std::vector<FinanceTerm> terms; ///< for a total row
    std::vector<Cell> cells;        ///< one per column
    std::optional<Source> source;   ///< where the row is printed; unset when not recorded
    /// Field-by-field equality.
    friend bool operator==(const FinanceRow& a, const FinanceRow& b) {
        return a.key == b.key && a.label == b.label && a.total == b.total && a.terms == b.terms &&
               a.cells == b.cells && a.source == b.source;
    }
};

/// What the audit found for one printed total.
struct AuditFinding {
    /// Outcome of checking one printed total.
    enum class Status {
        ok,          ///< the printed total agrees within rounding
        mismatch,    ///< it differs by more than rounding explains
        unverifiable ///< an addend is PM or the total is PM: nothing to recompute
    };
    Status status = Status::ok; ///< whether the printed total agrees, differs or cannot be checked
    std::string table;          ///< table id
    std::string
        axis; ///< "row" (a total row, checked per column) or "column" (a total column, per row)
    std::string row;    ///< row key of the printed total
    std::string column; ///< column key of the printed total
    double printed =
        0.0; ///< the printed total, in printed units (0 when the total is printed as PM)
    double computed = 0.0;   ///< the signed sum of the addends that hold a number, in printed units
    double difference = 0.0; ///< printed - computed
    /// What rounding explains: half a unit of the total's printed precision plus half a unit of
    /// each addend's (printed units).
    double tolerance = 0.0;
    std::string message; ///< one line a reader understands
    /// Field-by-field equality.
    friend bool operator==(const AuditFinding& a, const AuditFinding& b) {
        return a.status == b.status && a.table == b.table && a.axis == b.axis && a.row == b.row &&
               a.column == b.column && a.printed == b.printed && a.computed == b.computed &&
               a.difference == b.difference && a.tolerance == b.tolerance && a.message == b.message;
    }
};

/// Text form of an audit status ("ok", "mismatch", "unverifiable").
inline std::string_view to_string(AuditFinding::Status s) {
    switch (s) {
    case AuditFinding::Status::ok: return "ok";
    case AuditFinding::Status::mismatch: return "mismatch";
    case AuditFinding::Status::unverifiable: return "unverifiable";
    }
    return "ok";
}

/// A printed table of money.
struct FinanceTable {
    std::string id;               ///< identifier ("dordrecht.wielwijk"), unique within the charter
    std::string title;            ///< as printed
    std::string title_en;         ///< English gloss of the title
    std::string currency = "EUR"; ///< currency code of the amounts (ISO 4217)
    double scale = 1.0;           ///< printed number × scale = euros
    int decimals = 0;             ///< printed precision of cells without their own
    std::optional<std::string>
        district; ///< district id the table concerns; unset for the whole charter
    std::vector<FinanceColumn> columns; ///< the columns in printed order (funders, then totals)
    std::vector<FinanceRow> rows;       ///< the rows in printed order (items and total rows)
    std::optional<Source> source; ///< the table's line span in the source; unset when not recorded
    std::vector<std::string> notes; ///< encoder's remarks in English

    /// Index of a column key. @throws NotFoundError
    std::size_t column_index(const std::string& key) const {
        for (std::size_t j = 0; j < columns.size(); ++j)
            if (columns[j].key == key) return j;
        throw NotFoundError("finance table '" + id + "': no column '" + key + "'");
    }
    /// Index of a row key. @throws NotFoundError
    std::size_t row_index(const std::string& key) const {
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i].key == key) return i;
        throw NotFoundError("finance table '" + id + "': no row '" + key + "'");
    }
    /// The printed numbers, rows × columns, in printed units; cells without a number hold NaN
    /// (see mask()).
    Eigen::MatrixXd matrix() const {
        Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()),
                          static_cast<Eigen::Index>(columns.size()));
        m.setConstant(std::numeric_limits<double>::quiet_NaN());
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (std::size_t j = 0; j < rows[i].cells.size() && j < columns.size(); ++j)
                if (rows[i].cells[j].value)
                    m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
                        *rows[i].cells[j].value;
        return m;
    }
    /// 1 where a cell holds a printed number, 0 elsewhere.
    Eigen::Matrix<bool, Eigen::Dynamic, Eigen::Dynamic> mask() const {
        return matrix().array().isFinite().matrix();
    }
    /// Printed precision of a cell.
    int cell_decimals(std::size_t i, std::size_t j) const {
        const auto& c = rows.at(i).cells.at(j);
        return c.decimals ? *c.decimals : decimals;
    }
    /// Every structural problem (cells per row, unknown keys, totals over themselves), "path:
    /// message".
    std::vector<std::string> problems(const std::string& path = "") const;
    /// Field-by-field equality.
    friend bool operator==(const FinanceTable& a, const FinanceTable& b) {
        return a.id == b.id && a.title == b.title && a.title_en == b.title_en &&
               a.currency == b.currency && a.scale == b.scale && a.decimals == b.decimals &&
               a.district == b.district && a.columns == b.columns && a.rows == b.rows &&
               a.source == b.source && a.notes == b.notes;
    }
};

/// Recomputes every printed total of the table (total rows per column, total columns per row).
/// @param table      the table to audit
/// @param include_ok also return the totals that agree
/// @throws InvalidInputError when the table is structurally broken (see FinanceTable::problems)
std::vector<AuditFinding> audit(const FinanceTable& table, bool include_ok = false);

} // namespace charterkit

#include "charterkit/detail/finance_impl.hpp"
