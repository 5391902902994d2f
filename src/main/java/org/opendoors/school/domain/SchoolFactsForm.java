package org.opendoors.school.domain;

import org.opendoors.content.reader.BoundedYaml;
import org.opendoors.content.reader.YamlRefusedException;
import org.opendoors.editorial.domain.DocumentForm;
import org.opendoors.editorial.domain.FieldMerge;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A school's facts ({@code school.yaml}) as a communicator edits them in a form, field by field, and written back
 * in the content folder's own layout so the importer's checks, the history and git diffs work as for a hand edit.
 * Open days are edited one per line ("2027-02-06 10:00-12:00"); languages as codes separated by commas.
 */
public class SchoolFactsForm implements Serializable, DocumentForm {

    private static final long serialVersionUID = 1L;
    private static final Pattern OPEN_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    private String name = "";
    private String district = "";
    private String neighbourhood = "";
    private String address = "";
    private String postcode = "";
    private String latitude = "";
    private String longitude = "";
    private String ownership = "";
    private List<String> stages = new ArrayList<>();
    private List<String> approaches = new ArrayList<>();
    private String instructionLanguages = "";
    private String communityLanguages = "";
    private List<String> services = new ArrayList<>();
    private List<String> facilities = new ArrayList<>();
    private List<String> accessibility = new ArrayList<>();
    private String openDays = "";
    private String phone = "";
    private String email = "";
    private String website = "";

    public static SchoolFactsForm read(String yaml) {
        Object root;
        try {
            root = BoundedYaml.load(yaml, BoundedYaml.Limits.CONTENT);
        } catch (YamlRefusedException notFacts) {
            // Stored versions passed the same limits when saved; an empty form is the safe answer if one did not.
            root = null;
        }
        Map<?, ?> facts = root instanceof Map<?, ?> map ? map : Map.of();
        SchoolFactsForm form = new SchoolFactsForm();
        form.name = text(facts.get("name"));
        form.district = text(facts.get("district"));
        form.neighbourhood = text(facts.get("neighbourhood"));
        form.address = text(facts.get("address"));
        form.postcode = text(facts.get("postcode"));
        if (facts.get("location") instanceof Map<?, ?> location) {
            form.latitude = text(location.get("lat"));
            form.longitude = text(location.get("lon"));
        }
        form.ownership = text(facts.get("ownership"));
        form.stages = list(facts.get("stages"));
        form.approaches = list(facts.get("approaches"));
        form.instructionLanguages = String.join(", ", list(facts.get("instruction_languages")));
        form.communityLanguages = String.join(", ", list(facts.get("community_languages")));
        form.services = list(facts.get("services"));
        form.facilities = list(facts.get("facilities"));
        form.accessibility = list(facts.get("accessibility"));
        List<String> days = new ArrayList<>();
        if (facts.get("open_days") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> day) {
                    days.add(date(day.get("date")) + " " + text(day.get("start")) + "-" + text(day.get("end")));
                }
            }
        }
        form.openDays = String.join("\n", days);
        if (facts.get("contact") instanceof Map<?, ?> contact) {
            form.phone = text(contact.get("phone"));
            form.email = text(contact.get("email"));
            form.website = text(contact.get("website"));
        }
        return form;
    }

    /** The facts as {@code school.yaml}. What cannot be understood is written as typed, for the importer to explain. */
    public String toYaml() {
        StringBuilder yaml = new StringBuilder();
        line(yaml, "name", quoted(name));
        line(yaml, "district", district.strip());
        line(yaml, "neighbourhood", quoted(neighbourhood));
        line(yaml, "address", quoted(address));
        line(yaml, "postcode", quoted(postcode));
        line(yaml, "location", "{lat: " + latitude.strip() + ", lon: " + longitude.strip() + "}");
        line(yaml, "ownership", ownership.strip());
        line(yaml, "stages", flow(stages));
        line(yaml, "approaches", flow(approaches));
        line(yaml, "instruction_languages", flow(codes(instructionLanguages)));
        line(yaml, "community_languages", flow(codes(communityLanguages)));
        line(yaml, "services", flow(services));
        line(yaml, "facilities", flow(facilities));
        line(yaml, "accessibility", flow(accessibility));
        List<String> days = openDays.lines().map(String::strip).filter(day -> !day.isEmpty()).toList();
        if (days.isEmpty()) {
            line(yaml, "open_days", "[]");
        } else {
            yaml.append("open_days:\n");
            for (String day : days) {
                Matcher parts = OPEN_DAY.matcher(day);
                yaml.append(parts.matches()
                        ? "  - {date: " + parts.group(1) + ", start: \"" + parts.group(2) + "\", end: \"" + parts.group(3) + "\"}\n"
                        : "  - " + quoted(day) + "\n");
            }
        }
        yaml.append("contact:\n");
        yaml.append("  phone: ").append(quoted(phone)).append('\n');
        yaml.append("  email: ").append(email.strip()).append('\n');
        if (!website.isBlank()) {
            yaml.append("  website: ").append(website.strip()).append('\n');
        }
        return yaml.toString();
    }

    /** The open days written in the form that can be read; the rest are the checker's to explain. */
    public List<OpenDay> openDayList() {
        List<OpenDay> days = new java.util.ArrayList<>();
        openDays.lines().map(String::strip).map(OPEN_DAY::matcher).filter(Matcher::matches).forEach(parts -> {
            try {
                java.time.LocalTime start = java.time.LocalTime.parse(pad(parts.group(2)));
                java.time.LocalTime end = java.time.LocalTime.parse(pad(parts.group(3)));
                if (end.isAfter(start)) {
                    days.add(new OpenDay(java.time.LocalDate.parse(parts.group(1)), start, end));
                }
            } catch (java.time.format.DateTimeParseException e) {
                // Not a real date or time: saving reports it on the field.
            }
        });
        return days;
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    /** Each field by its file name, for merging two people's edits field by field. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("district", district);
        fields.put("neighbourhood", neighbourhood);
        fields.put("address", address);
        fields.put("postcode", postcode);
        fields.put("location", latitude + "," + longitude);
        fields.put("ownership", ownership);
        fields.put("stages", stages);
        fields.put("approaches", approaches);
        fields.put("instruction_languages", codes(instructionLanguages));
        fields.put("community_languages", codes(communityLanguages));
        fields.put("services", services);
        fields.put("facilities", facilities);
        fields.put("accessibility", accessibility);
        fields.put("open_days", openDays.strip());
        fields.put("contact", phone + "|" + email + "|" + website);
        return fields;
    }

    @Override
    public String body() {
        return toYaml();
    }

    /**
     * Takes another person's newer facts into this form wherever this form still has the facts both started from;
     * names the fields both changed differently (this form keeps its own value there).
     */
    @Override
    public Merge takeTheirChanges(String base, String theirs) {
        SchoolFactsForm their = read(theirs);
        return FieldMerge.merge(read(base).fields(), fields(), their.fields(), field -> copyField(their, field));
    }

    private void copyField(SchoolFactsForm from, String field) {
        switch (field) {
            case "name" -> name = from.name;
            case "district" -> district = from.district;
            case "neighbourhood" -> neighbourhood = from.neighbourhood;
            case "address" -> address = from.address;
            case "postcode" -> postcode = from.postcode;
            case "location" -> {
                latitude = from.latitude;
                longitude = from.longitude;
            }
            case "ownership" -> ownership = from.ownership;
            case "stages" -> stages = new ArrayList<>(from.stages);
            case "approaches" -> approaches = new ArrayList<>(from.approaches);
            case "instruction_languages" -> instructionLanguages = from.instructionLanguages;
            case "community_languages" -> communityLanguages = from.communityLanguages;
            case "services" -> services = new ArrayList<>(from.services);
            case "facilities" -> facilities = new ArrayList<>(from.facilities);
            case "accessibility" -> accessibility = new ArrayList<>(from.accessibility);
            case "open_days" -> openDays = from.openDays;
            case "contact" -> {
                phone = from.phone;
                email = from.email;
                website = from.website;
            }
            default -> throw new IllegalArgumentException(field);
        }
    }

    private static void line(StringBuilder yaml, String key, String value) {
        yaml.append(key).append(": ").append(value).append('\n');
    }

    private static String quoted(String value) {
        return "\"" + value.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String flow(List<String> values) {
        return "[" + String.join(", ", values) + "]";
    }

    private static List<String> codes(String commaSeparated) {
        return Arrays.stream(commaSeparated.split("[,\\s]+")).map(String::strip).filter(code -> !code.isEmpty())
                .collect(Collectors.toList());
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** SnakeYAML reads an unquoted date as a Date at midnight UTC. */
    private static String date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().toString().substring(0, 10);
        }
        return text(value);
    }

    private static List<String> list(Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> values.add(String.valueOf(item)));
        }
        return values;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = Objects.toString(name, ""); }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = Objects.toString(district, ""); }
    public String getNeighbourhood() { return neighbourhood; }
    public void setNeighbourhood(String neighbourhood) { this.neighbourhood = Objects.toString(neighbourhood, ""); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = Objects.toString(address, ""); }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = Objects.toString(postcode, ""); }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = Objects.toString(latitude, ""); }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = Objects.toString(longitude, ""); }
    public String getOwnership() { return ownership; }
    public void setOwnership(String ownership) { this.ownership = Objects.toString(ownership, ""); }
    public List<String> getStages() { return stages; }
    public void setStages(List<String> stages) { this.stages = new ArrayList<>(stages); }
    public List<String> getApproaches() { return approaches; }
    public void setApproaches(List<String> approaches) { this.approaches = new ArrayList<>(approaches); }
    public String getInstructionLanguages() { return instructionLanguages; }
    public void setInstructionLanguages(String value) { this.instructionLanguages = Objects.toString(value, ""); }
    public String getCommunityLanguages() { return communityLanguages; }
    public void setCommunityLanguages(String value) { this.communityLanguages = Objects.toString(value, ""); }
    public List<String> getServices() { return services; }
    public void setServices(List<String> services) { this.services = new ArrayList<>(services); }
    public List<String> getFacilities() { return facilities; }
    public void setFacilities(List<String> facilities) { this.facilities = new ArrayList<>(facilities); }
    public List<String> getAccessibility() { return accessibility; }
    public void setAccessibility(List<String> accessibility) { this.accessibility = new ArrayList<>(accessibility); }
    public String getOpenDays() { return openDays; }
    public void setOpenDays(String openDays) { this.openDays = Objects.toString(openDays, "").replace("\r\n", "\n"); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = Objects.toString(phone, ""); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = Objects.toString(email, ""); }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = Objects.toString(website, ""); }
}
