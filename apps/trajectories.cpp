// charterkit-trajectories: prints the planned trajectories of real charter targets year by year.
//
// Usage: charterkit-trajectories [--from 2007] [--to 2017] [--anchor middle] [target-id ...]
// Without target ids it prints a few targets of seed 004 (Alkmaar's unemployment target, line 189,
// and others). The data set is found through charterkit::data_directory() (CHARTERKIT_DATA_DIR
// overrides).
#include "charterkit/charterkit.hpp"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace ck = charterkit;

namespace {

void print_target(const ck::TargetEntry& e, const ck::Dataset& d, int from, int to,
                  ck::YearAnchor anchor) {
    const ck::Target& t = e.target;
    const ck::Charter& c = d.charter(e.charter);
    std::printf("\n%s — %s%s\n", c.city.c_str(), t.indicator.name.c_str(),
                t.indicator.name_en.empty() ? "" : (" (" + t.indicator.name_en + ")").c_str());
    std::printf("  target %s, district %s, %s, lines", t.id.c_str(),
                t.district ? t.district->c_str() : "(all)",
                std::string(ck::to_string(t.indicator.direction)).c_str());
    if (t.source)
        for (int l : t.source->lines) std::printf(" %d", l);
    std::printf("\n");
    ck::ResolveOptions o;
    o.anchor = anchor;
    for (const auto& r : t.resolve_all(o)) {
        const auto& m = t.milestones[r.milestone];
        std::printf("  milestone %d (%s%s): %s\n", t.milestone_year(r.milestone, anchor),
                    std::string(ck::to_string(m.form)).c_str(),
                    m.value ? (" " + ck::detail::number(*m.value)).c_str() : "",
                    r.resolved ? ("level " + ck::detail::number(r.level)).c_str()
                               : ("unresolved: " + r.reason).c_str());
    }
    try {
        const ck::Trajectory tr = ck::Trajectory::from_target(t, o);
        std::printf("  year ");
        for (int y = from; y <= to; ++y) std::printf("%7d", y);
        std::printf("\n  plan ");
        for (int y = from; y <= to; ++y) {
            const double time = ck::When::year(y).time(anchor);
            if (time < tr.start())
                std::printf("%7s", "-");
            else
                std::printf("%7.2f", tr.value_at(time));
        }
        std::printf("\n");
    } catch (const ck::UnresolvedTargetError& err) {
        std::printf("  no trajectory: %s\n", err.what());
    }
}

} // namespace

int main(int argc, char** argv) {
    int from = 2007, to = 2017;
    ck::YearAnchor anchor = ck::default_year_anchor;
    std::vector<std::string> ids;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string a = argv[i];
            if ((a == "--from" || a == "--to" || a == "--anchor") && i + 1 < argc) {
                const std::string v = argv[++i];
                if (a == "--from")
                    from = std::stoi(v);
                else if (a == "--to")
                    to = std::stoi(v);
                else
                    anchor = ck::year_anchor_from_string(v, "--anchor");
            } else if (a == "--help" || a == "-h") {
                std::puts("usage: charterkit-trajectories [--from Y] [--to Y] [--anchor "
                          "start|middle|end] [target-id ...]");
                return 0;
            } else {
                ids.push_back(a);
            }
        }
        if (ids.empty())
            ids = {"alkmaar.overdie.werkloosheid",        "alkmaar.overdie.onveiligheidsgevoel",
                   "dordrecht.wielwijk.oordeel-buurt",    "dordrecht.crabbehof.veiligheid",
                   "groningen.de-hoogte.social-cohesion", "utrecht.ondiep.self-rated-health-poor"};
        const ck::Dataset d = ck::krachtwijken();
        std::printf(
            "charterkit %s — data set '%s' (%zu charters, %zu targets); a bare year means its %s\n",
            ck::version, d.name.c_str(), d.charters.size(), d.count_targets(),
            std::string(ck::to_string(anchor)).c_str());
        for (const auto& id : ids) {
            bool found = false;
            for (const auto& e : d.targets())
                if (e.target.id == id) {
                    print_target(e, d, from, to, anchor);
                    found = true;
                }
            if (!found)
                std::fprintf(stderr, "charterkit-trajectories: no target '%s' in the data set\n",
                             id.c_str());
        }
    } catch (const ck::Error& e) {
        std::fprintf(stderr, "charterkit-trajectories: %s\n", e.what());
        return 1;
    }
    return 0;
}
