package org.conflicttally.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "27 February, 2020            | 2020-02-27",
        "February 27, 2020            | 2020-02-27",
        "27 Feb 2020                  | 2020-02-27",
        "2020-02-27                   | 2020-02-27",
        "2020-02-27T10:15:00Z         | 2020-02-27",
        "2020-02-27T10:15:00+03:00    | 2020-02-27",
        "26.11.2014                   | 2014-11-26",
        "03-08-2016                   | 2016-08-03",
        "Wed 05 Apr 2017              | 2017-04-05",
        "Fri 07 Apr 2017 at 0914      | ",
        "Monday, 3 March 2014         | 2014-03-03",
        "Mar 3, 2014 10:30 AM         | 2014-03-03",
        "Mar 3, 2014 10:30 a.m. GMT   | 2014-03-03",
        "Sat Aug 13 2016              | 2016-08-13",
        "Thursday 31 July 2014 10:59  | 2014-07-31",
        "Sept. 1st, 2015              | 2015-09-01",
        "1st of May 2015              | 2015-05-01",
        "Published: July 4, 2015      | 2015-07-04",
        "Date of publication 5 July 2016 | 2016-07-05",
        "30 February 2020             | ",
        "27 February 1850             | ",
        "2220-02-27                   | ",
        "05/04/2017                   | 2017-05-04",
        "31/12/2014                   | 2014-12-31",
        "12-31-2014                   | 2014-12-31",
        "27 February 2020 by Reuters  | ",
        "May 2017                     | ",
        "2 min read                   | ",
        "Oct 032017                   | ",
    })
    void parsesDateStrings(String s, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), PublicationDates.parse(s), s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Starts of FA-KES texts (src/test/resources/article/fa-kes-sample.jsonl): dates glued to what follows.
        "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO.  | 2017-04-05",
        "Fri 07 Apr 2017 at 0914 Homs governor says                                   | 2017-04-07",
        "12 February 2015 Casualties mount in the                                     | 2015-02-12",
        "Posted on April 19 2017 by Asharq Al-Awsat English Six Killed                | 2017-04-19",
        "Published February 18 2015 The Syrian army                                   | 2015-02-18",
        "18.10.2014Get short URL 0 13 The US-led coalitions                           | 2014-10-18",
        "10.10.2017(updated 1601 10.10.2017) Get short URL                            | 2017-10-10",
        "Last updated at Apr 232017 An Israeli attack on a                            | ",
        "2017 was a year of war                                                       | ",
        "19 killed in Idlib on 27 February 2020                                       | ",
    })
    void findsLeadingDates(String line, LocalDate expected) {
        assertEquals(Optional.ofNullable(expected), PublicationDates.find(line, 1), line);
    }

    @Test
    void findsTheDateLineOfTheSeedAmongTheFirstLines() {
        String body = "\nPresident Erdogan has vowed to push back Syrian regime forces.\n2 min read\n"
                + "27 February, 2020\nAt least 19 Turkish troops have been killed in Idlib [Getty]\n";
        assertEquals(Optional.of(LocalDate.of(2020, 2, 27)), PublicationDates.find(body, 12));
        assertEquals(Optional.empty(), PublicationDates.find(body, 2), "only the first 2 non-blank lines are searched");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "No date here\nnor here"})
    void findsNothingWithoutADateLine(String text) {
        assertEquals(Optional.empty(), PublicationDates.find(text, 12));
    }
}
