/// @file series.hpp
/// A series of dated observations: strictly increasing dates, finite values, optionally checked
/// against an indicator's range. Used for monitor observations and for moving reference series.
#pragma once

#include "charterkit/date.hpp"
#include "charterkit/indicator.hpp"

#include <Eigen/Core>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace charterkit {

/// One observation.
struct Observation {
    Date date;          ///< the day of the measurement
    double value = 0.0; ///< the measured value, in the indicator's unit
    /// Field-by-field equality.
    friend bool operator==(const Observation& a, const Observation& b) {
        return a.date == b.date && a.value == b.value;
    }
};

/// Dated observations, sorted by date without duplicates, all values finite.
class Series {
public:
    /// An empty series named "series", without a range.
    Series() = default;

    /// @param dates  observation days, strictly increasing
    /// @param values one finite value per date, in the same order
    /// @param name   used in error messages ("observations", "reference 'stedelijk gemiddelde'")
    /// @param range  when given, every value must lie in it
    /// @throws InvalidInputError naming the index, date and value of the first offending entry:
    ///         sizes differ, a value is not finite or out of range, dates unsorted or duplicated.
    Series(std::vector<Date> dates, std::vector<double> values, std::string name = "series",
           std::optional<ValueRange> range = std::nullopt)
        : name_(std::move(name)), range_(range) {
        if (dates.size() != values.size())
            throw InvalidInputError(name_ + ": " + std::to_string(dates.size()) + " dates but " +
                                    std::to_string(values.size()) + " values");
        for (std::size_t i = 0; i < dates.size(); ++i) {
            const std::string at = name_ + "[" + std::to_string(i) + "]";
            if (dates[i].is_special())
                throw InvalidInputError(at + ".date: not a valid calendar date");
            if (!std::isfinite(values[i]))
                throw InvalidInputError(at + ".value: " + detail::number(values[i]) + " on " +
                                        to_iso(dates[i]) + " is not a finite number");
            if (range_ && !range_->contains(values[i]))
                throw InvalidInputError(at + ".value: " + detail::number(values[i]) + " on " +
                                        to_iso(dates[i]) + " is outside the range [" +
                                        detail::number(range_->low) + ", " +
                                        detail::number(range_->high) + "]");
            if (i > 0 && dates[i] == dates[i - 1])
                throw InvalidInputError(at + ".date: " + to_iso(dates[i]) + " occurs twice");
            if (i > 0 && dates[i] < dates[i - 1])
                throw InvalidInputError(at + ".date: " + to_iso(dates[i]) + " comes after " +
                                        to_iso(dates[i - 1]) + " (dates must be increasing)");
        }
        dates_ = std::move(dates);
        values_ = Eigen::Map<const Eigen::VectorXd>(values.data(),
                                                    static_cast<Eigen::Index>(values.size()));
    }

    /// A series from (year, value) pairs, each year placed on its anchor day.
    static Series from_years(const std::vector<int>& years, const std::vector<double>& values,
                             std::string name = "series",
                             std::optional<ValueRange> range = std::nullopt,
                             YearAnchor anchor = default_year_anchor) {
        std::vector<Date> dates;
        dates.reserve(years.size());
        for (std::size_t i = 0; i < years.size(); ++i)
            dates.push_back(When::year(years[i]).to_date(anchor));
        return Series(std::move(dates), values, std::move(name), range);
    }

    /// Number of observations.
    std::size_t size() const noexcept { return dates_.size(); }
    /// True when there are no observations.
    bool empty() const noexcept { return dates_.empty(); }
    /// The name used in error messages.
    const std::string& name() const noexcept { return name_; }
    /// The range every value was checked against; unset when values were only checked to be finite.
    const std::optional<ValueRange>& range() const noexcept { return range_; }
    /// The observation days, strictly increasing.
    const std::vector<Date>& dates() const noexcept { return dates_; }
    /// The values as an Eigen vector (owning).
    const Eigen::VectorXd& values() const noexcept { return values_; }
    /// The observation dates on the fractional-year axis.
    Eigen::VectorXd times() const {
        Eigen::VectorXd t(static_cast<Eigen::Index>(dates_.size()));
        for (std::size_t i = 0; i < dates_.size(); ++i)
            t[static_cast<Eigen::Index>(i)] = fractional_year(dates_[i]);
        return t;
    }
    /// The i-th observation (0-based, in date order). @throws std::out_of_range when i >= size().
    Observation operator[](std::size_t i) const {
        return {dates_.at(i), values_[static_cast<Eigen::Index>(i)]};
    }
    /// The last observation. @throws InvalidInputError on an empty series.
    Observation latest() const {
        if (empty()) throw InvalidInputError(name_ + ": the series is empty");
        return (*this)[size() - 1];
    }

    /// The value observed on `d` exactly, if any.
    std::optional<double> value_on(const Date& d) const {
        auto it = std::lower_bound(dates_.begin(), dates_.end(), d);
        if (it == dates_.end() || *it != d) return std::nullopt;
        return values_[static_cast<Eigen::Index>(it - dates_.begin())];
    }

    /// The value observed in calendar year `y`, if exactly one observation falls in it.
    /// @throws InvalidInputError when several observations fall in that year (ambiguous).
    std::optional<double> value_in_year(int y) const {
        std::optional<double> found;
        for (std::size_t i = 0; i < dates_.size(); ++i) {
            if (dates_[i].year() != y) continue;
            if (found)
                throw InvalidInputError(name_ + ": several observations in " + std::to_string(y) +
                                        "; give an exact date");
            found = values_[static_cast<Eigen::Index>(i)];
        }
        return found;
    }

    /// The value for a When: exact date match for a date, the single observation in that year for a
    /// year.
    std::optional<double> value_for(const When& w) const {
        return w.is_date() ? value_on(w.exact_date()) : value_in_year(w.calendar_year());
    }

    /// Equal name, range, dates and values.
    friend bool operator==(const Series& a, const Series& b) {
        return a.name_ == b.name_ && a.range_ == b.range_ && a.dates_ == b.dates_ &&
               a.values_ == b.values_;
    }

private:
    std::string name_ = "series";
    std::optional<ValueRange> range_;
    std::vector<Date> dates_;
    Eigen::VectorXd values_;
};

} // namespace charterkit
