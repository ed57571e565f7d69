package uk.mappa.ledger.core.foi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of every part of the United Kingdom (England and Wales, Scotland, Northern Ireland), with
 * their substitute days: the Freedom of Information Act 2000 (s.10(6)) does not count a day that is a bank
 * holiday "in any part of the United Kingdom" as a working day. The one-off holidays proclaimed since 2002 are
 * listed; future ones are added here when proclaimed.
 */
public final class UkBankHolidays {

    /** Proclaimed once, or moved from their usual day (the usual day then is no holiday). */
    private static final Set<LocalDate> ONE_OFF = Set.of(LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4),
            LocalDate.of(2011, 4, 29), LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5), LocalDate.of(2020, 5, 8),
            LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8));
    private static final Set<LocalDate> MOVED_AWAY = Set.of(LocalDate.of(2002, 5, 27), LocalDate.of(2012, 5, 28),
            LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));

    private UkBankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** Every bank holiday of the year in any part of the United Kingdom. */
    static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        // New Year's Day and 2 January (Scotland); Christmas and Boxing Day: a day on a weekend moves to the next
        // weekday that is not already a holiday.
        withSubstitutes(days, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 2));
        withSubstitutes(days, LocalDate.of(year, 12, 25), LocalDate.of(year, 12, 26));
        withSubstitutes(days, LocalDate.of(year, 3, 17));   // St Patrick's Day (Northern Ireland)
        withSubstitutes(days, LocalDate.of(year, 7, 12));   // Battle of the Boyne (Northern Ireland)
        withSubstitutes(days, LocalDate.of(year, 11, 30));  // St Andrew's Day (Scotland)
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(firstMonday(year, Month.MAY));
        days.add(LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(firstMonday(year, Month.AUGUST));            // Scotland
        days.add(LocalDate.of(year, Month.AUGUST, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.removeAll(MOVED_AWAY);
        ONE_OFF.stream().filter(day -> day.getYear() == year).forEach(days::add);
        return days;
    }

    private static void withSubstitutes(Set<LocalDate> days, LocalDate... fixed) {
        for (LocalDate day : fixed) {
            if (!isWeekend(day)) {
                days.add(day);
            }
        }
        for (LocalDate day : fixed) {
            if (isWeekend(day)) {
                LocalDate substitute = day;
                while (isWeekend(substitute) || days.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                days.add(substitute);
            }
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    /** Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The day a request received on {@code received} must be answered by: the twentieth working day following
     * it (FOIA s.10(1)).
     */
    public static LocalDate twentiethWorkingDayAfter(LocalDate received) {
        LocalDate day = received;
        int counted = 0;
        while (counted < 20) {
            day = day.plusDays(1);
            if (!isWeekend(day) && !isBankHoliday(day)) {
                counted++;
            }
        }
        return day;
    }
}
