package org.opendoors.school.web;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.city.domain.AddressMatch;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.Stage;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.text.RichText;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.ContentText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.map.MapData;
import org.opendoors.platform.web.FamilyQuery;
import org.opendoors.platform.web.PageLanguage;
import org.opendoors.platform.web.Slugs;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.Place;
import org.opendoors.school.domain.SchoolMatch;
import org.opendoors.school.domain.SchoolQuery;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.TextSection;
import org.opendoors.school.service.SchoolSearch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /{lang}/schools}: the school finder. Words, filters and a place, all in the URL; results alphabetical in
 * the page language, or nearest first once the family says where it lives.
 */
@Named
@RequestScoped
public class SchoolListPage {

    /** A house number typed with the address: up to four digits on their own, so a postcode is never taken for one. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{1,4}(?!\\p{Nd})");

    @Inject
    private SchoolSearch search;
    @Inject
    private CityDirectory city;
    @Inject
    private Messages messages;
    @Inject
    private PageLanguage page;
    @Inject
    private HttpServletRequest request;

    private SupportedLanguage language;
    private SchoolQuery query;
    private SchoolListRequest.WhereFrom whereFrom;
    private List<SchoolCard> schools;
    private List<FilterGroup> filters;
    private List<FilterOption> languages;
    private List<FilterOption> places;

    @PostConstruct
    void load() {
        language = page.getLanguage();
        Map<String, String[]> parameters = FamilyQuery.of(request).parameterMap();
        whereFrom = SchoolListRequest.whereFrom(parameters, cityPlaces(), text("school_list.place_on_map"));
        query = SchoolListRequest.parse(parameters, whereFrom);
        Map<Stage, StageOffer> stages = city.stages();
        String sourceLanguage = city.city().getSourceLanguage();
        schools = search.find(query, language).stream().map(match -> card(match, stages, sourceLanguage)).toList();
        filters = List.of(
                group(SchoolListRequest.STAGE, "school_list.filter_stage", stages.keySet(), query.stages()),
                districtGroup(),
                group(SchoolListRequest.OWNERSHIP, "school_list.filter_ownership", Arrays.asList(Ownership.values()), query.ownerships()),
                group(SchoolListRequest.SERVICE, "school_list.filter_services", Arrays.asList(SchoolService.values()), query.services()),
                group(SchoolListRequest.APPROACH, "school_list.filter_approach", Arrays.asList(Approach.values()), query.approaches()));
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(language.locale(),
                DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU);
        languages = search.communityLanguages(language).stream()
                .map(code -> new FilterOption(code, names.languageDisplayName(code), query.languages().contains(code)))
                .toList();
        String chosenPlace = query.place().map(Place::label).orElse("");
        places = city.neighbourhoods().stream()
                .map(n -> new FilterOption(Slugs.of(n.getName()), n.getName(), n.getName().equals(chosenPlace)))
                .sorted(Comparator.comparing(FilterOption::label, LocaleFormats.collator(language)))
                .toList();
    }

    private SchoolListRequest.CityPlaces cityPlaces() {
        return new SchoolListRequest.CityPlaces() {
            @Override
            public List<Neighbourhood> neighbourhoods() {
                return city.neighbourhoods();
            }

            @Override
            public AddressMatch findAddress(String typed) {
                return city.findAddress(typed);
            }

            @Override
            public boolean contains(GeoPoint point) {
                return city.contains(point);
            }
        };
    }

    private SchoolCard card(SchoolMatch match, Map<Stage, StageOffer> stages, String sourceLanguage) {
        var school = match.school();
        var summary = school.textsFor(language.tag(), sourceLanguage);
        String distance = match.metres().isPresent()
                ? messages.format(language, "school_list.distance", Map.of(
                        "distance", LocaleFormats.distance(language, match.metres().getAsDouble()),
                        "time", LocaleFormats.minutes(language, match.walkingMinutes().getAsDouble()))).text()
                : null;
        return new SchoolCard(school.getSlug(), school.getName(), page.link("/schools/" + school.getSlug()),
                school.getDistrict().getName(), school.getNeighbourhood(),
                StageLabels.of(school.getStages(), stages, messages, language),
                text(school.getOwnership().messageKey()),
                summary.map(t -> RichText.plainText(t.value().get(TextSection.SUMMARY))).orElse(""),
                summary.map(ContentText.Translation::lang).orElse(language.tag()),
                distance, match.proximity(), school.getLocation(),
                summary.map(ContentText.Translation::fallback).orElse(false));
    }

    private <E extends Enum<E> & ContentCode> FilterGroup group(String parameter, String legendKey, Collection<E> values,
                                                                Set<E> chosen) {
        return new FilterGroup(parameter, text(legendKey), values.stream()
                .map(value -> new FilterOption(value.code(), text(value.messageKey()), chosen.contains(value)))
                .toList());
    }

    private FilterGroup districtGroup() {
        Function<District, FilterOption> option = district -> new FilterOption(district.getId(), district.getName(),
                query.districts().contains(district.getId()));
        return new FilterGroup(SchoolListRequest.DISTRICT, text("school_list.filter_district"),
                city.districts().stream().map(option).toList());
    }

    private String text(String key) {
        return messages.text(language, key).text();
    }

    public List<SchoolCard> getSchools() {
        return schools;
    }

    public int getCount() {
        return schools.size();
    }

    public String getText() {
        return query.text();
    }

    public List<FilterGroup> getFilters() {
        return filters;
    }

    public List<FilterOption> getLanguages() {
        return languages;
    }

    public List<FilterOption> getPlaces() {
        return places;
    }

    /**
     * "More filters", with how many are chosen when some are. The filters stay folded, even when chosen: opened,
     * they pushed the first result three screens down on a phone; the count says they are there.
     */
    public String getFiltersSummary() {
        int chosen = query.chosenFilters();
        return chosen == 0 ? text("school_list.filters")
                : messages.format(language, "school_list.filters_chosen", Map.of("count", chosen)).text();
    }

    public boolean isNearestFirst() {
        return query.place().isPresent();
    }

    public boolean isAnyProximity() {
        return schools.stream().anyMatch(SchoolCard::proximity);
    }

    /** "Nearest first from Les Fonts" or "In alphabetical order". */
    public String getOrderNote() {
        return query.place()
                .map(place -> messages.format(language, "school_list.order_distance", Map.of("place", place.label())).text())
                .orElseGet(() -> text("school_list.order_alphabetical"));
    }

    /** Districts, the schools found and the family's place, for the map above the list. */
    public String getMapData() {
        MapData map = new MapData().districts(city.districts());
        schools.forEach(card -> map.school(card.name(), card.href(), card.location(), card.proximity()));
        query.place().ifPresent(place -> map.place(place.point()));
        return map.toJson();
    }

    /** The map point the family clicked, kept in the form so that other filters keep it. */
    public String getNear() {
        return query.place().filter(place -> place.label().equals(text("school_list.place_on_map")))
                .map(place -> place.point().getLatitude() + "," + place.point().getLongitude()).orElse("");
    }

    /** Whether the city ships a street gazetteer, so families can type where they live. */
    public boolean isAddressSearch() {
        return city.hasStreets();
    }

    /** "For example: Carrer de la Riera 12", a street of the city's own gazetteer. */
    public String getAddressHint() {
        return city.addressExample().map(example -> messages.format(language, "school_list.address_hint",
                Map.of("example", example)).text()).orElse("");
    }

    /** With an address box above it, the neighbourhood list is the other way to say where the family lives. */
    public String getPlaceLabel() {
        return text(isAddressSearch() ? "school_list.place_label_or" : "school_list.place_label");
    }

    /** The address as the family typed it, kept in the form. */
    public String getAddress() {
        return first(SchoolListRequest.ADDRESS);
    }

    /** Why the list is not ordered from where the family said it lives, or empty. */
    public String getPlaceProblem() {
        Map<String, Object> arguments = Map.of("address", whereFrom.address(), "city", city.city().getName());
        return switch (whereFrom.problem()) {
            case NONE -> "";
            case ADDRESS_NOT_FOUND -> messages.format(language, "school_list.address_not_found", arguments).text();
            case ADDRESS_CHOICES -> messages.format(language, "school_list.address_choices", arguments).text();
            case OUTSIDE_CITY -> messages.format(language, "school_list.outside_city", arguments).text();
        };
    }

    /** The streets an address could mean, each a link to this list (its words and filters kept) ordered from it. */
    public List<FilterOption> getAddressChoices() {
        StringBuilder kept = new StringBuilder();
        FamilyQuery.of(request).parameterMap().forEach((name, values) -> {
            if (!Set.of(SchoolListRequest.ADDRESS, SchoolListRequest.PLACE, SchoolListRequest.NEAR).contains(name)) {
                for (String value : values) {
                    kept.append(name).append('=').append(encode(value)).append('&');
                }
            }
        });
        return whereFrom.choices().stream()
                .map(street -> new FilterOption(page.link("/schools") + "?" + kept + SchoolListRequest.ADDRESS + "="
                        + encode(withNumber(street)), street, false))
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The street chosen, with the number the family typed, if any. */
    private String withNumber(String street) {
        Matcher number = HOUSE_NUMBER.matcher(whereFrom.address());
        return number.find() ? street + " " + number.group() : street;
    }

    private String first(String parameter) {
        String[] values = FamilyQuery.of(request).parameterMap().get(parameter);
        return values == null || values.length == 0 ? "" : values[0];
    }

    public String getAction() {
        return page.link("/schools");
    }
}
