package org.opendoors.school.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Open days of different schools held at overlapping times: a family that wants to see both cannot. Told to
 * communicators for the schools of one district (so they can agree other times) and to a family for the schools of
 * its shortlist.
 */
public final class OpenDayClashes {

    /** A school and the open days it holds. */
    public record Host(String slug, String name, List<OpenDay> days) {

        public Host {
            days = List.copyOf(days);
        }

        public static Host of(School school) {
            return new Host(school.getSlug(), school.getName(), school.getOpenDays());
        }
    }

    /** Two schools' open days that overlap, and the time both are held. */
    public record Clash(Host first, Host second, OpenDay overlap) {
    }

    private OpenDayClashes() {
    }

    /** The schools of one district, as hosts, in the given order. */
    public static List<Host> ofDistrict(List<School> schools, String districtId) {
        return schools.stream().filter(school -> school.getDistrict().getId().equals(districtId))
                .map(Host::of).toList();
    }

    /** Every pair of the hosts' open days that overlap, in the hosts' order. */
    public static List<Clash> among(List<Host> hosts) {
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            for (int j = i + 1; j < hosts.size(); j++) {
                if (!hosts.get(i).slug().equals(hosts.get(j).slug())) {
                    clashes.addAll(between(hosts.get(i), hosts.get(j)));
                }
            }
        }
        return clashes;
    }

    /** The open days of one school that overlap those of the others. */
    public static List<Clash> with(Host host, List<Host> others) {
        List<Clash> clashes = new ArrayList<>();
        others.stream().filter(other -> !other.slug().equals(host.slug()))
                .forEach(other -> clashes.addAll(between(host, other)));
        return clashes;
    }

    private static List<Clash> between(Host first, Host second) {
        List<Clash> clashes = new ArrayList<>();
        for (OpenDay a : first.days()) {
            for (OpenDay b : second.days()) {
                if (a.getDay().equals(b.getDay()) && a.getStartsAt().isBefore(b.getEndsAt())
                        && b.getStartsAt().isBefore(a.getEndsAt())) {
                    OpenDay overlap = new OpenDay(a.getDay(),
                            a.getStartsAt().isAfter(b.getStartsAt()) ? a.getStartsAt() : b.getStartsAt(),
                            a.getEndsAt().isBefore(b.getEndsAt()) ? a.getEndsAt() : b.getEndsAt());
                    clashes.add(new Clash(first, second, overlap));
                }
            }
        }
        return clashes;
    }
}
