package org.conflicttally.facts;

import java.time.LocalDate;

/**
 * One number in one sentence with its meaning: a row of the {@code facts} table (columns in schema.json).
 * Values follow UCDP: {@code valueLow <= valueBest <= valueHigh}, each null when the text does not bound it.
 *
 * @param geo       where it happened: country, province, place, GeoNames id and point (columns country ...
 *                  place_precision); {@link org.conflicttally.places.ResolvedPlace#NONE} when unknown
 * @param charStart offset of the number's first character in {@link org.conflicttally.article.Article#document()}
 * @param charEnd   offset just past the number's last character
 */
public record Fact(
        String articleId,
        int factIndex,
        String category,
        String type,
        Long valueLow,
        Long valueBest,
        Long valueHigh,
        String qualifier,
        boolean cumulative,
        String actor,
        String actorName,
        String target,
        String targetName,
        String location,
        org.conflicttally.places.ResolvedPlace geo,
        LocalDate eventDate,
        LocalDate month,
        String claimedBy,
        String sentence,
        int charStart,
        int charEnd,
        LocalDate published,
        String source,
        String extractorVersion) {
}
