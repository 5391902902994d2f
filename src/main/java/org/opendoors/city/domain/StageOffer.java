package org.opendoors.city.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stage of schooling the city offers, with the ages it covers there (systems differ between countries). */
@Entity
@Table(name = "stage_offer")
public class StageOffer {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 40)
    private Stage stage;

    @Column(name = "from_age", nullable = false)
    private int fromAge;

    @Column(name = "to_age", nullable = false)
    private int toAge;

    @Column(name = "position", nullable = false)
    private int position;

    protected StageOffer() {
    }

    public StageOffer(Stage stage, int fromAge, int toAge, int position) {
        if (fromAge < 0 || toAge <= fromAge) {
            throw new IllegalArgumentException("Ages must rise: " + fromAge + "–" + toAge);
        }
        this.stage = stage;
        this.fromAge = fromAge;
        this.toAge = toAge;
        this.position = position;
    }

    public Stage getStage() {
        return stage;
    }

    public int getFromAge() {
        return fromAge;
    }

    public int getToAge() {
        return toAge;
    }

    public int getPosition() {
        return position;
    }
}
