// iCalendar (RFC 5545) export of a plan's meetings and deadlines: all-day events, CRLF, folding at
// 75 octets, TEXT escaping, stable UIDs.
#include "charterkit/ics.hpp"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace charterkit {

namespace {

std::string ics_date(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", static_cast<int>(d.year()),
                  static_cast<int>(d.month()), static_cast<int>(d.day()));
    return buf;
}

std::string now_stamp() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

bool valid_stamp(const std::string& s) {
    if (s.size() != 16 || s[8] != 'T' || s[15] != 'Z') return false;
    for (std::size_t i = 0; i < 15; ++i)
        if (i != 8 && (s[i] < '0' || s[i] > '9')) return false;
    return true;
}

/// Characters allowed in a UID's left-hand side; others become '-'.
std::string uid_part(const std::string& s) {
    std::string out;
    for (unsigned char c : s)
        out += (std::isalnum(c) || c == '-' || c == '_' || c == '.') ? static_cast<char>(c) : '-';
    return out;
}

std::string kind_label(const PlanEvent& e) {
    switch (e.kind) {
    case EventKind::meeting: return "Meeting";
    case EventKind::deliverable: return "Deliverable due";
    case EventKind::action: return "Step due";
    case EventKind::council: return "Council";
    case EventKind::goal: return "Goal deadline";
    case EventKind::monitor: return "Monitor";
    case EventKind::phase_result: return "Phase result due";
    }
    return "Event";
}

} // namespace

std::string ics_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\')
            out += "\\\\";
        else if (c == ';')
            out += "\\;";
        else if (c == ',')
            out += "\\,";
        else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    std::size_t used = 0; // octets on the current physical line
    std::size_t limit = 75;
    std::size_t i = 0;
    while (i < line.size()) {
        // length of the UTF-8 sequence starting at i
        const auto c = static_cast<unsigned char>(line[i]);
        std::size_t n = c < 0x80           ? 1
                        : (c >> 5) == 0x6  ? 2
                        : (c >> 4) == 0xE  ? 3
                        : (c >> 3) == 0x1E ? 4
                                           : 1;
        if (i + n > line.size()) n = line.size() - i;
        if (used + n > limit) {
            out += "\r\n ";
            used = 1; // the leading space counts
        }
        out.append(line.substr(i, n));
        used += n;
        i += n;
    }
    return out;
}

std::string to_ics(const Plan& plan, const IcsOptions& options) {
    if (!options.stamp.empty() && !valid_stamp(options.stamp))
        throw InvalidInputError("stamp: '" + options.stamp +
                                "' is not a UTC date-time YYYYMMDDTHHMMSSZ");
    const std::string stamp = options.stamp.empty() ? now_stamp() : options.stamp;
    std::string out;
    auto line = [&](const std::string& l) { out += ics_fold(l) + "\r\n"; };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//charterkit//plan export//EN");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:" + ics_escape(plan.title_en.empty() ? plan.title : plan.title_en));
    for (const PlanEvent& e : plan.events()) {
        Date first, last;
        bool spanning = false;
        if (e.kind == EventKind::meeting) {
            if (!options.meetings || !e.interval.closed()) continue;
            first = *e.interval.first;
            last = *e.interval.last;
            spanning = first != last;
        } else if (e.due) {
            if (!options.deadlines || !e.interval.last) continue;
            first = last = *e.interval.last;
        } else {
            continue;
        }
        std::string summary = kind_label(e) + ": " + (e.title_en.empty() ? e.title : e.title_en);
        if (!e.label.empty()) summary += " (" + e.label + ")";
        std::string description =
            "Printed date: " + e.date.text + "\nInterval: " + e.interval.to_string();
        if (e.date.year_inferred()) description += "\nYear inferred from the document's date";
        if (e.source && !e.source->lines.empty()) {
            description += "\nSource lines:";
            for (int l : e.source->lines) description += " " + std::to_string(l);
        }
        description += "\nPlan: " + plan.title;
        line("BEGIN:VEVENT");
        line("UID:" + uid_part(e.id) + "." + uid_part(plan.id) + "@" + options.domain);
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + ics_date(first));
        line("DTEND;VALUE=DATE:" + ics_date(last + boost::gregorian::days(1)));
        line("SUMMARY:" + ics_escape(summary));
        line("DESCRIPTION:" + ics_escape(description));
        line("CATEGORIES:" + ics_escape(std::string(to_string(e.kind))));
        if (spanning) line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace charterkit
