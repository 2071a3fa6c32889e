// Inline implementation of plan_date.hpp (interval rules, validation, the Dutch date parser). Not
// for direct inclusion.
#pragma once

#include <algorithm>
#include <cctype>
#include <utility>

namespace charterkit {

namespace detail {

inline Date make_day(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

inline int month_days(int y, int m) {
    return boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                  static_cast<unsigned short>(m));
}

/// The days of months [m1, m2] of year y.
inline DateInterval months_interval(int y, int m1, int m2) {
    return DateInterval{make_day(y, m1, 1), make_day(y, m2, month_days(y, m2))};
}

/// Qualifier applied to a run of `n` months starting at month m0 (n = 3, 6 or 12: thirds of whole
/// months).
inline DateInterval thirds_of_months(int y, int m0, int n, DateQualifier q) {
    const int third = n / 3;
    switch (q) {
    case DateQualifier::none: return months_interval(y, m0, m0 + n - 1);
    case DateQualifier::early: return months_interval(y, m0, m0 + third - 1);
    case DateQualifier::mid: return months_interval(y, m0 + third, m0 + 2 * third - 1);
    case DateQualifier::late: return months_interval(y, m0 + 2 * third, m0 + n - 1);
    }
    return months_interval(y, m0, m0 + n - 1);
}

inline std::string two(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

} // namespace detail

inline DateSpec DateSpec::of_day(const Date& d) {
    if (d.is_special()) throw InvalidInputError("date: not a valid calendar date");
    DateSpec s;
    s.precision = DatePrecision::day;
    s.year = d.year();
    s.month = d.month();
    s.day = d.day();
    return s;
}

namespace detail {
// A checked DateSpec of a precision coarser than a day; throws the first problem.
inline DateSpec checked_spec(DatePrecision precision, int year, int part, DateQualifier q) {
    DateSpec s;
    s.precision = precision;
    s.year = year;
    s.part = part;
    s.qualifier = q;
    if (auto p = s.problems(); !p.empty()) throw InvalidInputError(p.front());
    return s;
}
} // namespace detail

inline DateSpec DateSpec::of_month(int y, int m, DateQualifier q) {
    return detail::checked_spec(DatePrecision::month, y, m, q);
}

inline DateSpec DateSpec::of_quarter(int y, int quarter, DateQualifier q) {
    return detail::checked_spec(DatePrecision::quarter, y, quarter, q);
}

inline DateSpec DateSpec::of_half(int y, int half, DateQualifier q) {
    return detail::checked_spec(DatePrecision::half_year, y, half, q);
}

inline DateSpec DateSpec::of_year(int y, DateQualifier q) {
    return detail::checked_spec(DatePrecision::year, y, 0, q);
}

inline std::vector<std::string> DateSpec::problems(const std::string& path) const {
    std::vector<std::string> out;
    if (year < 1400 || year > 9998)
        out.push_back(path + ".year: " + std::to_string(year) +
                      " is not a year between 1400 and 9998");
    switch (precision) {
    case DatePrecision::day:
        if (qualifier != DateQualifier::none)
            out.push_back(path + ".qualifier: a day takes no qualifier ('" +
                          std::string(charterkit::to_string(qualifier)) + "')");
        if (month < 1 || month > 12)
            out.push_back(path + ".month: " + std::to_string(month) + " is not a month 1-12");
        else if (out.empty() && (day < 1 || day > detail::month_days(year, month)))
            out.push_back(path + ".day: " + std::to_string(day) + " is not a day of " +
                          std::to_string(year) + "-" + detail::two(month));
        break;
    case DatePrecision::month:
        if (part < 1 || part > 12)
            out.push_back(path + ".month: " + std::to_string(part) + " is not a month 1-12");
        break;
    case DatePrecision::quarter:
        if (part < 1 || part > 4)
            out.push_back(path + ".quarter: " + std::to_string(part) + " is not a quarter 1-4");
        break;
    case DatePrecision::half_year:
        if (part < 1 || part > 2)
            out.push_back(path + ".half: " + std::to_string(part) + " is not a half 1-2");
        break;
    case DatePrecision::year:
        if (part != 0) out.push_back(path + ": a year has no part (" + std::to_string(part) + ")");
        break;
    }
    return out;
}

inline DateInterval DateSpec::interval() const {
    if (auto p = problems(); !p.empty()) throw InvalidInputError(p.front());
    switch (precision) {
    case DatePrecision::day: {
        const Date d = detail::make_day(year, month, day);
        return DateInterval{d, d};
    }
    case DatePrecision::month: {
        const int last = detail::month_days(year, part);
        switch (qualifier) {
        case DateQualifier::none:
            return DateInterval{detail::make_day(year, part, 1),
                                detail::make_day(year, part, last)};
        case DateQualifier::early:
            return DateInterval{detail::make_day(year, part, 1), detail::make_day(year, part, 10)};
        case DateQualifier::mid:
            return DateInterval{detail::make_day(year, part, 11), detail::make_day(year, part, 20)};
        case DateQualifier::late:
            return DateInterval{detail::make_day(year, part, 21),
                                detail::make_day(year, part, last)};
        }
        break;
    }
    case DatePrecision::quarter:
        return detail::thirds_of_months(year, 3 * (part - 1) + 1, 3, qualifier);
    case DatePrecision::half_year:
        return detail::thirds_of_months(year, 6 * (part - 1) + 1, 6, qualifier);
    case DatePrecision::year: return detail::thirds_of_months(year, 1, 12, qualifier);
    }
    return detail::thirds_of_months(year, 1, 12, qualifier);
}

inline std::string DateSpec::to_string() const {
    std::string s;
    if (qualifier != DateQualifier::none) s = std::string(charterkit::to_string(qualifier)) + " ";
    switch (precision) {
    case DatePrecision::day:
        s += std::to_string(year) + "-" + detail::two(month) + "-" + detail::two(day);
        break;
    case DatePrecision::month: s += std::to_string(year) + "-" + detail::two(part); break;
    case DatePrecision::quarter: s += std::to_string(year) + "-Q" + std::to_string(part); break;
    case DatePrecision::half_year: s += std::to_string(year) + "-H" + std::to_string(part); break;
    case DatePrecision::year: s += std::to_string(year); break;
    }
    if (year_inferred) s += " (year inferred)";
    return s;
}

inline PlanDate PlanDate::of(const DateSpec& s, std::string text) {
    PlanDate d;
    d.text = std::move(text);
    d.start = s;
    return d;
}

inline PlanDate PlanDate::range(const DateSpec& from, const DateSpec& to, std::string text) {
    PlanDate d;
    d.text = std::move(text);
    d.start = from;
    d.until = to;
    return d;
}

inline PlanDate PlanDate::relative_to(std::string to, int offset_days, RelativeRelation relation,
                                      std::string text) {
    PlanDate d;
    d.text = std::move(text);
    d.relative = RelativeDate{std::move(to), offset_days, relation};
    return d;
}

inline PlanDate PlanDate::open(std::string text) {
    PlanDate d;
    d.text = std::move(text);
    return d;
}

inline std::vector<std::string> PlanDate::problems(const std::string& path) const {
    std::vector<std::string> out;
    if (relative && (start || until || by))
        out.push_back(path + ": a relative date has no start, until or by of its own");
    if (relative) {
        if (relative->to.empty()) out.push_back(path + ".relative.to: names no event");
        if (relative->offset_days < -3660 || relative->offset_days > 3660)
            out.push_back(path + ".relative.offset_days: " + std::to_string(relative->offset_days) +
                          " is more than ten years");
    }
    if (until && !start) out.push_back(path + ".until: a range needs its start");
    if (by && !start) out.push_back(path + ".by: 'at the latest' needs a date");
    if (start) {
        auto p =
            start->problems(path); // the start's fields sit on the date itself in the file format
        out.insert(out.end(), p.begin(), p.end());
    }
    if (until) {
        auto p = until->problems(path + ".until");
        out.insert(out.end(), p.begin(), p.end());
    }
    if (out.empty() && start && until) {
        const DateInterval a = start->interval(), b = until->interval();
        if (*b.last < *a.first)
            out.push_back(path + ".until: " + until->to_string() + " ends before the start " +
                          start->to_string());
    }
    return out;
}

inline DateInterval PlanDate::interval() const {
    if (relative)
        throw InvalidInputError("date '" + text + "': relative to '" + relative->to +
                                "'; resolve it through its plan (Plan::interval_of)");
    if (auto p = problems(); !p.empty()) throw InvalidInputError(p.front());
    if (!start) return DateInterval{};
    DateInterval i = start->interval();
    if (until) i.last = until->interval().last;
    if (by) i.first.reset();
    return i;
}

inline DateInterval PlanDate::resolve(const IntervalResolver& resolver) const {
    if (!relative) return interval();
    if (auto p = problems(); !p.empty()) throw InvalidInputError(p.front());
    std::optional<DateInterval> anchor = resolver ? resolver(relative->to) : std::nullopt;
    if (!anchor)
        throw NotFoundError("date '" + text + "': no event '" + relative->to + "' to count from");
    const auto off = boost::gregorian::days(relative->offset_days);
    DateInterval out;
    switch (relative->relation) {
    case RelativeRelation::shifted:
        if (anchor->first) out.first = *anchor->first + off;
        if (anchor->last) out.last = *anchor->last + off;
        break;
    case RelativeRelation::before:
        if (anchor->first) out.last = *anchor->first - boost::gregorian::days(1) + off;
        break;
    case RelativeRelation::after:
        if (anchor->last) out.first = *anchor->last + boost::gregorian::days(1) + off;
        break;
    }
    return out;
}

inline std::string PlanDate::to_string() const {
    if (relative) {
        std::string s =
            std::string(charterkit::to_string(relative->relation)) + " '" + relative->to + "'";
        if (relative->offset_days)
            s += " " + std::string(relative->offset_days > 0 ? "+" : "") +
                 std::to_string(relative->offset_days) + " days";
        return s;
    }
    if (!start) return "open";
    std::string s = (by ? "by " : "") + start->to_string();
    if (until) s += " .. " + until->to_string();
    return s;
}

// ---------------------------------------------------------------- the Dutch date parser

namespace detail {

struct ParsedSpec {
    DateSpec spec;
    bool has_year = false;
};

inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

inline std::vector<std::string> words_of(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == ';' ||
            c == ':' || c == '(' || c == ')') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

inline int month_number(const std::string& w) {
    static const std::pair<const char*, int> names[] = {
        {"januari", 1},   {"jan", 1},  {"februari", 2},  {"feb", 2},       {"febr", 2},
        {"maart", 3},     {"mrt", 3},  {"mar", 3},       {"april", 4},     {"apr", 4},
        {"mei", 5},       {"juni", 6}, {"jun", 6},       {"juli", 7},      {"jul", 7},
        {"augustus", 8},  {"aug", 8},  {"september", 9}, {"sept", 9},      {"sep", 9},
        {"oktober", 10},  {"okt", 10}, {"oct", 10},      {"november", 11}, {"nov", 11},
        {"december", 12}, {"dec", 12}};
    for (const auto& [n, m] : names)
        if (w == n) return m;
    return 0;
}

inline bool all_digits(const std::string& w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

inline int ordinal_number(const std::string& w) {
    static const std::pair<const char*, int> names[] = {
        {"eerste", 1}, {"1e", 1}, {"1ste", 1}, {"tweede", 2}, {"2e", 2}, {"2de", 2},
        {"derde", 3},  {"3e", 3}, {"3de", 3},  {"vierde", 4}, {"4e", 4}, {"4de", 4}};
    for (const auto& [n, v] : names)
        if (w == n) return v;
    return 0;
}

/// Parses one period (no range, no "uiterlijk"); `fail` builds the error.
template <class Fail>
ParsedSpec parse_one_spec(const std::vector<std::string>& w, Fail fail) {
    ParsedSpec out;
    std::size_t i = 0;
    DateQualifier q = DateQualifier::none;
    auto at = [&](std::size_t k) -> std::string { return k < w.size() ? w[k] : std::string(); };
    // qualifiers, with filler words ("tegen het eind van", "in", "begin van")
    for (;;) {
        const std::string x = at(i);
        if (x == "begin" || x == "start" || x == "aanvang") {
            q = DateQualifier::early;
            ++i;
        } else if (x == "medio" || x == "midden" || x == "halverwege") {
            q = DateQualifier::mid;
            ++i;
        } else if (x == "eind" || x == "einde" || x == "eide") {
            q = DateQualifier::late;
            ++i;
        } else if (x == "tegen" || x == "het" || x == "van" || x == "in" || x == "de" ||
                   x == "op") {
            ++i;
        } else
            break;
    }
    const std::string a = at(i), b = at(i + 1), c = at(i + 2);
    auto year_of = [&](const std::string& s) -> int {
        if (!all_digits(s) || s.size() != 4) throw fail("'" + s + "' is not a year");
        return std::stoi(s);
    };
    std::size_t used = 0;
    if (a.size() == 10 && a[4] == '-' && a[7] == '-') { // ISO day
        out.spec = DateSpec::of_day(parse_iso_date(a, "date"));
        out.has_year = true;
        used = 1;
    } else if (all_digits(a) && a.size() <= 2 && month_number(b)) { // "16 mei [2011]"
        out.spec.precision = DatePrecision::day;
        out.spec.day = std::stoi(a);
        out.spec.month = month_number(b);
        used = 2;
        if (all_digits(c) && c.size() == 4) {
            out.spec.year = year_of(c);
            out.has_year = true;
            used = 3;
        }
    } else if (month_number(a)) { // "maart [2011]"
        out.spec.precision = DatePrecision::month;
        out.spec.part = month_number(a);
        used = 1;
        if (all_digits(b) && b.size() == 4) {
            out.spec.year = year_of(b);
            out.has_year = true;
            used = 2;
        }
    } else if (ordinal_number(a) && (b == "kwartaal" || b == "helft")) { // "eerste kwartaal [2011]"
        out.spec.precision = b == "kwartaal" ? DatePrecision::quarter : DatePrecision::half_year;
        out.spec.part = ordinal_number(a);
        used = 2;
        if (c == "van") ++used;
        const std::string y = at(i + used);
        if (all_digits(y) && y.size() == 4) {
            out.spec.year = year_of(y);
            out.has_year = true;
            ++used;
        }
    } else if (a.size() == 2 && (a[0] == 'q' || a[0] == 'h') && a[1] >= '1' &&
               a[1] <= '4') { // "q1 2011"
        out.spec.precision = a[0] == 'q' ? DatePrecision::quarter : DatePrecision::half_year;
        out.spec.part = a[1] - '0';
        used = 1;
        if (all_digits(b) && b.size() == 4) {
            out.spec.year = year_of(b);
            out.has_year = true;
            used = 2;
        }
    } else if (all_digits(a) && a.size() == 4) { // "2012"
        out.spec.precision = DatePrecision::year;
        out.spec.year = year_of(a);
        out.has_year = true;
        used = 1;
    } else {
        throw fail(a.empty() ? std::string("no date found")
                             : "'" + a + "' is not a month, quarter, half-year, year or day");
    }
    if (i + used != w.size()) throw fail("'" + at(i + used) + "' is not understood");
    if (out.spec.precision == DatePrecision::day && q != DateQualifier::none)
        throw fail("a day takes no qualifier");
    out.spec.qualifier = q;
    return out;
}

/// The earliest year >= not_before's year - 1 in which the spec does not end before not_before.
inline DateSpec infer_year(DateSpec s, const Date& not_before) {
    for (int y = not_before.year() - 1; y <= not_before.year() + 1; ++y) {
        s.year = y;
        if (!s.problems().empty()) continue; // e.g. 29 February in a common year
        if (*s.interval().last >= not_before) {
            s.year_inferred = true;
            return s;
        }
    }
    s.year = not_before.year() + 1;
    s.year_inferred = true;
    return s;
}

} // namespace detail

inline PlanDate parse_plan_date(std::string_view text, const DateContext& context) {
    const std::string original(text);
    auto fail = [&](const std::string& why) {
        return InvalidInputError("plan date '" + original + "': " + why);
    };
    std::string s = detail::lower_ascii(text);
    // Normalise range marks: en dash / em dash (UTF-8), "->", " t/m ", " tot ", " en ", " én ",
    // "/".
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (std::size_t at = s.find(from); at != std::string::npos;
             at = s.find(from, at + to.size()))
            s.replace(at, from.size(), to);
    };
    replace_all("\xe2\x80\x93", " ~ "); // en dash
    replace_all("\xe2\x80\x94", " ~ "); // em dash
    replace_all("->", " ~ ");
    replace_all("/", " ~ ");
    replace_all("\xc3\xa9n", "en"); // "én"
    std::string spaced = " " + s + " ";
    for (const char* sep : {" t~m ", " tot en met ", " tot ", " en "}) {
        for (std::size_t at = spaced.find(sep); at != std::string::npos; at = spaced.find(sep))
            spaced.replace(at, std::string(sep).size(), " ~ ");
    }
    s = spaced;
    // a hyphen between words is a range mark; inside an ISO date it is not
    std::string t;
    for (std::size_t k = 0; k < s.size(); ++k) {
        const bool iso_hyphen = s[k] == '-' && k > 0 && k + 1 < s.size() &&
                                std::isdigit(static_cast<unsigned char>(s[k - 1])) &&
                                std::isdigit(static_cast<unsigned char>(s[k + 1]));
        t += (s[k] == '-' && !iso_hyphen) ? std::string(" ~ ") : std::string(1, s[k]);
    }
    std::vector<std::string> words = detail::words_of(t);
    PlanDate out;
    out.text = original;
    if (!words.empty() && words[0] == "uiterlijk") {
        out.by = true;
        words.erase(words.begin());
    }
    if (!words.empty() && (words[0] == "deadline" || words[0] == "vóór" || words[0] == "voor")) {
        out.by = true;
        words.erase(words.begin());
    }
    std::vector<std::vector<std::string>> parts(1);
    for (const auto& w : words) {
        if (w == "~")
            parts.emplace_back();
        else
            parts.back().push_back(w);
    }
    if (parts.size() > 2) throw fail("more than one range mark");
    if (parts.size() == 2 && out.by) throw fail("'uiterlijk' does not go with a range");
    auto first = detail::parse_one_spec(parts[0], fail);
    std::optional<detail::ParsedSpec> second;
    if (parts.size() == 2) second = detail::parse_one_spec(parts[1], fail);
    // "16 ~ 17 mei" style ranges are not supported; a range's start may borrow the end's year
    const Date not_before = context.not_before ? *context.not_before : context.reference;
    if (!first.has_year && second && second->has_year) {
        first.spec.year = second->spec.year;
        first.spec.year_inferred = true;
        if (first.spec.interval().first > second->spec.interval().last) first.spec.year -= 1;
    } else if (!first.has_year) {
        first.spec = detail::infer_year(first.spec, not_before);
    }
    if (auto p = first.spec.problems("date"); !p.empty()) throw fail(p.front());
    out.start = first.spec;
    if (second) {
        if (!second->has_year)
            second->spec = detail::infer_year(second->spec, *first.spec.interval().first);
        if (auto p = second->spec.problems("date"); !p.empty()) throw fail(p.front());
        out.until = second->spec;
    }
    if (auto p = out.problems("date"); !p.empty()) throw fail(p.front());
    return out;
}

} // namespace charterkit
