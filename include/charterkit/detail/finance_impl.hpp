// Inline implementation of finance.hpp (structure checks and the audit). Not for direct inclusion.
#pragma once

#include <set>

namespace charterkit {

inline std::vector<std::string> FinanceTable::problems(const std::string& path) const {
    std::vector<std::string> out;
    const std::string p = path.empty() ? "finance table '" + id + "'" : path;
    std::set<std::string> column_keys, row_keys;
    if (!(std::isfinite(scale) && scale > 0))
        out.push_back(p + ".scale: " + detail::number(scale) + " is not a positive number");
    if (decimals < 0 || decimals > 9)
        out.push_back(p + ".decimals: " + std::to_string(decimals) + " is not between 0 and 9");
    if (columns.empty()) out.push_back(p + ".columns: a table needs at least one column");
    for (std::size_t j = 0; j < columns.size(); ++j)
        if (!column_keys.insert(columns[j].key).second)
            out.push_back(p + ".columns[" + std::to_string(j) + "].key: '" + columns[j].key +
                          "' occurs twice");
    for (std::size_t j = 0; j < columns.size(); ++j) {
        const auto& c = columns[j];
        const std::string cp = p + ".columns[" + std::to_string(j) + "]";
        if (c.total && c.sum_of.empty())
            out.push_back(cp + ".sum_of: a total column needs the columns it sums");
        if (!c.total && !c.sum_of.empty())
            out.push_back(cp + ".sum_of: only a total column sums others");
        for (std::size_t k = 0; k < c.sum_of.size(); ++k) {
            if (!column_keys.count(c.sum_of[k]))
                out.push_back(cp + ".sum_of[" + std::to_string(k) + "]: no column '" + c.sum_of[k] +
                              "'");
            else if (c.sum_of[k] == c.key)
                out.push_back(cp + ".sum_of[" + std::to_string(k) +
                              "]: a column cannot sum itself");
        }
    }
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (!row_keys.insert(rows[i].key).second)
            out.push_back(p + ".rows[" + std::to_string(i) + "].key: '" + rows[i].key +
                          "' occurs twice");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const std::string rp = p + ".rows[" + std::to_string(i) + "]";
        if (r.cells.size() != columns.size())
            out.push_back(rp + ".cells: " + std::to_string(r.cells.size()) + " cells for " +
                          std::to_string(columns.size()) + " columns");
        if (r.total && r.terms.empty())
            out.push_back(rp + ".terms: a total row needs the rows it totals");
        if (!r.total && !r.terms.empty()) out.push_back(rp + ".terms: only a total row has terms");
        for (std::size_t k = 0; k < r.terms.size(); ++k) {
            const std::string tp = rp + ".terms[" + std::to_string(k) + "]";
            if (!row_keys.count(r.terms[k].row))
                out.push_back(tp + ".row: no row '" + r.terms[k].row + "'");
            else if (r.terms[k].row == r.key)
                out.push_back(tp + ".row: a row cannot total itself");
            if (r.terms[k].sign != 1 && r.terms[k].sign != -1)
                out.push_back(tp + ".sign: " + std::to_string(r.terms[k].sign) +
                              " is not +1 or -1");
        }
        for (std::size_t j = 0; j < r.cells.size(); ++j) {
            const auto& c = r.cells[j];
            const std::string cp = rp + ".cells[" + std::to_string(j) + "]";
            if (c.value && !std::isfinite(*c.value))
                out.push_back(cp + ": " + detail::number(*c.value) + " is not a finite number");
            if (c.decimals && (*c.decimals < 0 || *c.decimals > 9))
                out.push_back(cp + ".decimals: " + std::to_string(*c.decimals) +
                              " is not between 0 and 9");
        }
    }
    return out;
}

namespace detail {

struct Addend {
    const Cell* cell;
    int sign;
    int decimals;
    std::string name;
};

inline std::string format_amount(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", std::max(0, std::min(decimals + 1, 9)), v);
    std::string s = buf;
    // keep the printed precision, trim the extra digit only when it is a zero
    if (s.find('.') != std::string::npos && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

inline void check_total(const FinanceTable& t, const std::string& axis, const std::string& row,
                        const std::string& column, const Cell& printed, int printed_decimals,
                        const std::vector<Addend>& addends, bool include_ok,
                        std::vector<AuditFinding>& out) {
    bool any_value = false;
    for (const auto& a : addends)
        if (a.cell->value || a.cell->pm) any_value = true;
    if (!printed.value && !printed.pm) return; // no total printed (blank or a mark only)
    if (!any_value && !printed.value) return;

    AuditFinding f;
    f.table = t.id;
    f.axis = axis;
    f.row = row;
    f.column = column;
    const std::string where = "table '" + t.id + "', row '" + row + "' × column '" + column + "'";
    std::string pm_names;
    for (const auto& a : addends)
        if (a.cell->pm) pm_names += (pm_names.empty() ? "" : ", ") + a.name;
    double computed = 0.0, tolerance = 0.5 * std::pow(10.0, -printed_decimals);
    for (const auto& a : addends) {
        if (!a.cell->value) continue;
        computed += a.sign * *a.cell->value;
        tolerance += 0.5 * std::pow(10.0, -a.decimals);
    }
    f.computed = computed;
    f.tolerance = tolerance;
    if (printed.value) {
        f.printed = *printed.value;
        f.difference = *printed.value - computed;
    }
    // A PM addend can only add to a sum of non-negative amounts: when the numbers present already
    // exceed the printed total beyond rounding, the total is wrong whatever the PM stands for.
    bool only_additions = true;
    for (const auto& a : addends)
        if (a.sign < 0 || (a.cell->value && *a.cell->value < 0)) only_additions = false;
    if (printed.value && !printed.pm && !pm_names.empty() && only_additions &&
        computed - *printed.value > tolerance + 1e-9 * std::max(1.0, std::abs(computed))) {
        f.status = AuditFinding::Status::mismatch;
        f.message = where + ": printed " + format_amount(f.printed, printed_decimals) +
                    ", but the numbers present already sum to " +
                    format_amount(computed, printed_decimals) + " (rounding explains at most " +
                    format_amount(tolerance, printed_decimals + 1) + "; PM in " + pm_names +
                    " can only add to it)";
    } else if (!printed.value || !pm_names.empty() || (printed.pm && printed.value)) {
        f.status = AuditFinding::Status::unverifiable;
        f.message = where + ": " +
                    (printed.value ? "printed " + format_amount(*printed.value, printed_decimals)
                                   : std::string("total printed as PM")) +
                    (pm_names.empty() ? std::string(printed.pm ? " + PM" : "")
                                      : "; cannot be recomputed: PM in " + pm_names) +
                    " (the numbers present sum to " + format_amount(computed, printed_decimals) +
                    ")";
    } else if (std::abs(f.difference) > tolerance + 1e-9 * std::max(1.0, std::abs(computed))) {
        f.status = AuditFinding::Status::mismatch;
        f.message = where + ": printed " + format_amount(f.printed, printed_decimals) +
                    ", recomputed " + format_amount(computed, printed_decimals) + " (difference " +
                    format_amount(f.difference, printed_decimals) + ", rounding explains at most " +
                    format_amount(tolerance, printed_decimals + 1) + ")";
    } else {
        f.status = AuditFinding::Status::ok;
        f.message = where + ": printed " + format_amount(f.printed, printed_decimals) +
                    " agrees with " + format_amount(computed, printed_decimals) +
                    " within rounding (" + format_amount(tolerance, printed_decimals + 1) + ")";
    }
    if (include_ok || f.status != AuditFinding::Status::ok) out.push_back(std::move(f));
}

} // namespace detail

inline std::vector<AuditFinding> audit(const FinanceTable& t, bool include_ok) {
    const auto found = t.problems();
    if (!found.empty()) throw InvalidInputError(found.front());
    std::vector<AuditFinding> out;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const auto& r = t.rows[i];
        if (!r.total) continue;
        for (std::size_t j = 0; j < t.columns.size(); ++j) {
            std::vector<detail::Addend> addends;
            for (const auto& term : r.terms) {
                const std::size_t k = t.row_index(term.row);
                addends.push_back({&t.rows[k].cells[j], term.sign, t.cell_decimals(k, j),
                                   "row '" + term.row + "'"});
            }
            detail::check_total(t, "row", r.key, t.columns[j].key, r.cells[j],
                                t.cell_decimals(i, j), addends, include_ok, out);
        }
    }
    for (std::size_t j = 0; j < t.columns.size(); ++j) {
        const auto& c = t.columns[j];
        if (!c.total) continue;
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            std::vector<detail::Addend> addends;
            for (const auto& key : c.sum_of) {
                const std::size_t k = t.column_index(key);
                addends.push_back(
                    {&t.rows[i].cells[k], 1, t.cell_decimals(i, k), "column '" + key + "'"});
            }
            detail::check_total(t, "column", t.rows[i].key, c.key, t.rows[i].cells[j],
                                t.cell_decimals(i, j), addends, include_ok, out);
        }
    }
    return out;
}

} // namespace charterkit
