/// @file ics.hpp
/// iCalendar (RFC 5545) export of a plan's meetings and deadlines, for calendar programs.
///
/// Design note. Every exported event is an all-day VEVENT: DTSTART;VALUE=DATE is the first day and
/// DTEND;VALUE=DATE the day after the last (RFC 5545 3.6.1: the end of an all-day event is
/// exclusive). A meeting spans its interval (one day for a dated meeting, the month for "Oktober
/// 2011", marked TRANSP:TRANSPARENT when it is longer than a day so it does not block the
/// calendar); a deadline sits on the last day of its interval. Events whose interval is open on the
/// needed side are left out. Lines end in CRLF and are folded at 75 octets without splitting a
/// UTF-8 sequence; TEXT values escape backslash, semicolon, comma and newline. UIDs are stable:
/// "<event id>.<plan id>@<domain>".
#pragma once

#include "charterkit/plan.hpp"

#include <string>
#include <string_view>

namespace charterkit {

/// What to export and how to stamp it.
struct IcsOptions {
    bool meetings = true;  ///< the meeting series' meetings
    bool deadlines = true; ///< due dates of deliverables, actions, phase results and goals
    std::string stamp;     ///< DTSTAMP in UTC, "YYYYMMDDTHHMMSSZ"; empty: the current time
    std::string domain = "charterkit.invalid"; ///< right-hand side of the UIDs
};

/// The plan's meetings and deadlines as an iCalendar text (VCALENDAR with one VEVENT per event).
/// @throws InvalidInputError when `stamp` is given but not of the form YYYYMMDDTHHMMSSZ.
std::string to_ics(const Plan& plan, const IcsOptions& options = {});

/// Escapes a TEXT value (RFC 5545 3.3.11): \ ; , and newlines.
std::string ics_escape(std::string_view text);

/// Folds one content line (without its CRLF) into lines of at most 75 octets joined by CRLF +
/// space, never splitting a UTF-8 sequence.
std::string ics_fold(std::string_view line);

} // namespace charterkit
