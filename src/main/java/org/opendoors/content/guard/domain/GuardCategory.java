package org.opendoors.content.guard.domain;



/** What the content guard keeps away from families, and why (see ../shared/PRODUCT.md). */
public enum GuardCategory {
    /** Test or exam scores, averages, percentiles, pass rates. */
    SCORES,
    /** Rankings and superlatives of quality: "best school", "top 10", "number one". */
    RANKING,
    /** Demand or oversubscription figures. */
    DEMAND,
    /** Shares of foreign, migrant, low-income or special-needs pupils. */
    COMPOSITION,
    /** Stigmatizing labels: vulnerable, poor, segregated, ghetto, problem or failing school. */
    LABEL
}
