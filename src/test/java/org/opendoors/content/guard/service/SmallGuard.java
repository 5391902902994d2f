package org.opendoors.content.guard.service;

import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small English guard for tests: one ranking rule and a few dozen examples that teach what it does not name. */
final class SmallGuard {

    static final String RULES = """
            cues:
              superlative: [best]
              school: [school]
              nation: [martian]
            categories:
              ranking:
                when: [superlative + school]
                reason: Rankings turn into a school's reputation.
                suggestion: Say what the school does well in its own way.
              composition:
                when: [nation + school]
                reason: Shares of pupils by origin become a label.
                suggestion: Present the community as a strength.
            """;

    static final String EXAMPLES = """
            refuse:
              ranking:
                - We are the finest academy in the whole region.
                - Parents call us the finest academy in town.
                - Ours is the leading academy of the district.
                - The leading academy in the county, year after year.
                - Everyone agrees we are the finest academy around.
                - A leading academy with the finest teachers.
                - The finest academy for miles, say the inspectors.
                - Known as the leading academy of the north.
                - Simply the best school in the district.
                - Parents say we are the best school around.
                - The best school in town, year after year.
              composition:
                - Nearly all our pupils come from migrant families.
                - Most of our pupils come from migrant families.
                - Hardly any of our pupils come from migrant families.
                - Nearly all the children here come from migrant households.
                - Most children in the school come from migrant households.
                - Only a few pupils come from migrant backgrounds.
                - Almost all pupils come from migrant backgrounds.
                - Nearly every pupil comes from a migrant family.
            allow:
              - The library opens at nine every morning.
              - Our garden grows tomatoes and beans.
              - The best part of the day is the morning circle at our school.
              - Lunch is cooked in our own kitchen every day.
              - The library has books in twelve languages.
              - Families are welcome at the open day in March.
              - The music room is next to the library.
              - Children plant beans in the garden in spring.
              - The morning circle starts at nine.
              - Our kitchen cooks lunch with vegetables from the garden.
              - The open day starts at ten in the library.
              - Every class visits the library once a week.
              - The garden is open to families on Saturdays.
              - Parents can join the kitchen team on Fridays.
              - The music teacher runs a choir in the library.
              - Children read in the garden when the weather is warm.
              - Families from the neighbourhood help in the garden.
              - The choir sings at the open day.
            """;

    private SmallGuard() {
    }

    /** The rules and examples written into the content folder {@code content}, and read. */
    static Map<String, LanguageRules> writtenInto(Path content) throws IOException {
        Files.createDirectories(content.resolve("guard"));
        Files.writeString(content.resolve("guard/en.yaml"), RULES);
        Files.writeString(content.resolve("guard/en.examples.yaml"), EXAMPLES);
        return ContentFolderReader.guardRules(content);
    }
}
