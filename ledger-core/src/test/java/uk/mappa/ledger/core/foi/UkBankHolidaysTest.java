package uk.mappa.ledger.core.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bank holidays of every part of the United Kingdom, against the published lists (gov.uk/bank-holidays). */
class UkBankHolidaysTest {

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theUnionOfTheThreeJurisdictionsIn2026() {
        assertThat(UkBankHolidays.of(2026)).containsExactly(
                day("2026-01-01"), day("2026-01-02"), day("2026-03-17"), day("2026-04-03"), day("2026-04-06"),
                day("2026-05-04"), day("2026-05-25"), day("2026-07-13"), day("2026-08-03"), day("2026-08-31"),
                day("2026-11-30"), day("2026-12-25"), day("2026-12-28"));
    }

    @Test
    void weekendHolidaysMoveToTheNextFreeWeekday() {
        // 2022: Christmas on a Sunday, Boxing Day on the Monday, so Christmas moves to the Tuesday; New Year's Day on
        // a Saturday moves to 3 January and 2 January (a Sunday) to the 4th.
        assertThat(UkBankHolidays.of(2022)).contains(day("2022-01-03"), day("2022-01-04"), day("2022-12-26"),
                day("2022-12-27"));
        // 2021: Christmas on a Saturday, Boxing Day on a Sunday: the 27th and 28th.
        assertThat(UkBankHolidays.of(2021)).contains(day("2021-12-27"), day("2021-12-28"))
                .doesNotContain(day("2021-12-25"), day("2021-12-26"));
        // 2027: St Andrew's Day on a Tuesday stays; 2025: on a Sunday, moves to Monday 1 December.
        assertThat(UkBankHolidays.of(2025)).contains(day("2025-12-01")).doesNotContain(day("2025-11-30"));
        assertThat(UkBankHolidays.isBankHoliday(day("2027-11-30"))).isTrue();
    }

    @Test
    void proclaimedDaysReplaceTheUsualOnes() {
        assertThat(UkBankHolidays.of(2022)).contains(day("2022-06-02"), day("2022-06-03"), day("2022-09-19"))
                .doesNotContain(day("2022-05-30"));
        assertThat(UkBankHolidays.of(2020)).contains(day("2020-05-08")).doesNotContain(day("2020-05-04"));
        assertThat(UkBankHolidays.of(2023)).contains(day("2023-05-08"), day("2023-05-01"), day("2023-05-29"));
        assertThat(UkBankHolidays.of(2012)).contains(day("2012-06-04"), day("2012-06-05")).doesNotContain(day("2012-05-28"));
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(UkBankHolidays.easterSunday(2024)).isEqualTo(day("2024-03-31"));
        assertThat(UkBankHolidays.easterSunday(2025)).isEqualTo(day("2025-04-20"));
        assertThat(UkBankHolidays.easterSunday(2026)).isEqualTo(day("2026-04-05"));
        assertThat(UkBankHolidays.easterSunday(2038)).isEqualTo(day("2038-04-25"));
        assertThat(UkBankHolidays.easterSunday(2008)).isEqualTo(day("2008-03-23"));
        // Across centuries and at both ends of its range (22 March to 25 April).
        java.util.Map.of(1818, "1818-03-22", 1900, "1900-04-15", 1943, "1943-04-25", 1999, "1999-04-04",
                2000, "2000-04-23", 2019, "2019-04-21", 2029, "2029-04-01", 2035, "2035-03-25", 2100, "2100-03-28",
                2285, "2285-03-22").forEach((year, easter) ->
                assertThat(UkBankHolidays.easterSunday(year)).as("Easter %d", year).isEqualTo(day(easter)));
    }

    @Test
    void aRequestIsDueOnTheTwentiethWorkingDayAfterReceipt() {
        // Received Monday 1 June 2026: no holidays in the following four weeks.
        assertThat(UkBankHolidays.twentiethWorkingDayAfter(day("2026-06-01"))).isEqualTo(day("2026-06-29"));
        // Received on a Saturday: the count starts on the Monday.
        assertThat(UkBankHolidays.twentiethWorkingDayAfter(day("2026-06-06"))).isEqualTo(day("2026-07-03"));
        // Received 1 December 2026: Christmas Day and the substitute Boxing Day (Monday 28th) are not counted.
        assertThat(UkBankHolidays.twentiethWorkingDayAfter(day("2026-12-01"))).isEqualTo(day("2026-12-31"));
        // Received before Easter 2026 with St Patrick's Day (Tuesday 17 March) in the period.
        assertThat(UkBankHolidays.twentiethWorkingDayAfter(day("2026-03-16"))).isEqualTo(day("2026-04-16"));
    }
}
