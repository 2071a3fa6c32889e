// city-targets: prints one city's targets from the installed krachtwijken data set, with the
// planned level of each trajectory in 2011 and 2017. Usage: city-targets <charter-id>   (e.g.
// alkmaar)
#include <charterkit/charterkit.hpp>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    const std::string city = argc > 1 ? argv[1] : "alkmaar";
    try {
        const charterkit::Dataset data =
            charterkit::load_dataset(std::string(CITY_TARGETS_DATA_DIR) + "/krachtwijken");
        const charterkit::Charter& charter = data.charter(city);
        std::printf("%s (charterkit %s): %zu targets\n", charter.city.c_str(), charterkit::version,
                    charter.count_targets());
        std::printf("%-55s %8s %8s\n", "target", "2011", "2017");
        for (const auto& entry : charter.targets()) {
            std::string at2011 = "-", at2017 = "-";
            try {
                const auto path = charterkit::Trajectory::from_target(entry.target);
                char buf[32];
                const double t11 = charterkit::When::year(2011).time();
                if (t11 >= path.start()) {
                    std::snprintf(buf, sizeof buf, "%.2f", path.value_at(t11));
                    at2011 = buf;
                }
                std::snprintf(buf, sizeof buf, "%.2f",
                              path.value_at(charterkit::When::year(2017).time()));
                at2017 = buf;
            } catch (const charterkit::UnresolvedTargetError&) {
                at2011 = at2017 = "open";
            }
            std::printf("%-55s %8s %8s\n", entry.target.id.c_str(), at2011.c_str(), at2017.c_str());
        }
    } catch (const charterkit::Error& e) {
        std::fprintf(stderr, "city-targets: %s\n", e.what());
        return 1;
    }
    return 0;
}
