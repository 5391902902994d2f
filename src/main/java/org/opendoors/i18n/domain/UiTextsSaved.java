package org.opendoors.i18n.domain;



/**
 * A translator's UI text was saved: the city's content stays, but what was made with the old UI texts (pages, the
 * search words that hold names of approaches and services) must be made again once the save is committed.
 *
 * @param revision the database's published revision the save committed
 */
public record UiTextsSaved(String reason, long revision) {
}
