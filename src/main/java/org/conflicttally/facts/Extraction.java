package org.conflicttally.facts;

import java.util.List;

/**
 * What the extractor read from one article: its facts, and warnings about numbers it saw but did not
 * believe ("10^400 killed", "99999999999999999999 killed"), each with its reason and position, so that
 * nothing is dropped without a trace.
 */
public record Extraction(List<Fact> facts, List<String> warnings) {
}
