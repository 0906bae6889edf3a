package org.minutebook.ingest.sync;

/**
 * A committee as {@code GetCommittees} lists it.
 *
 * @param id the site's committee id, for {@link ModernGovSite#meetingsUrl}
 * @param title its name, entities decoded; null when the site gives none
 * @param deleted whether the site marks it deleted
 * @param expired whether it no longer meets (old committees stay listed with their meetings)
 * @param category the site's grouping ("Cabinet", "Regulatory and Other Committees"), or null
 */
public record Committee(int id, String title, boolean deleted, boolean expired, String category) {}
