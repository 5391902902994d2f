package org.opendoors.city.domain;



/** A stage of schooling the city offers, with the ages it covers there (systems differ between countries). */
public class StageOffer {

    private Stage stage;

    private int fromAge;

    private int toAge;

    private int position;

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
