package org.conflicttally.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for "a sep b sep year": slashes month first, dots and hyphens day first, else the other way. */
class NumericDatesTest {

    @ParameterizedTest(name = "{0}{3}{1}{3}{2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        // a | b  | year | sep | date
        "4   | 5  | 2017 | /   | 2017-04-05",
        "12  | 31 | 2014 | /   | 2014-12-31",
        "31  | 12 | 2014 | /   | 2014-12-31",
        "3   | 8  | 2016 | -   | 2016-08-03",
        "26  | 11 | 2014 | .   | 2014-11-26",
        "12  | 31 | 2014 | -   | 2014-12-31",
        "31  | 31 | 2014 | /   | none",
        "30  | 2  | 2020 | .   | none",
        "29  | 2  | 2019 | -   | none",
    })
    void readsBothOrdersByOneRule(int a, int b, int year, char separator, LocalDate expected) {
        assertEquals(expected, NumericDates.of(a, b, year, separator));
    }
}
