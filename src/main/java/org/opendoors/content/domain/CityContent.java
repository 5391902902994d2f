package org.opendoors.content.domain;

import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.CatchmentArea;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.guide.domain.GuidePage;
import org.opendoors.school.domain.School;
import org.opendoors.targeting.domain.ContentBlock;

import java.util.List;

/** A whole city read from a content folder and found valid: ready to be stored in one transaction. */
public record CityContent(City city, List<District> districts, List<StageOffer> stages, List<CalendarStep> calendar,
                          List<School> schools, List<CatchmentArea> catchmentAreas, List<GuidePage> guide,
                          List<ContentBlock> blocks) {
}
