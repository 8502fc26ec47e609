//! Calendar dates without a time-zone database: deadlines are days, and the
//! caller says what day it is where the call's deadline is kept.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A day in the proleptic Gregorian calendar, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, or `None` if there is no such day.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) || !(1..=9999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }
    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }
    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }
    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }
    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

/// Today's date in the IANA time zone `zone` at `unix_secs` seconds after
/// 1970-01-01 UTC, for callers without a time-zone database (the CLI; the
/// browser asks `Intl`). Known: UTC; the European zones, with the EU's summer
/// time (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October); the zones of the United States' main cities, with its
/// summer time (second Sunday of March to first Sunday of November, at 02:00
/// local time); and a few fixed-offset zones where UN offices are. Any other
/// zone is taken as UTC.
pub fn today_in(zone: &str, unix_secs: i64) -> Date {
    let offset = utc_offset(zone, unix_secs);
    Date::from_days_since_epoch((unix_secs + offset).div_euclid(86_400)).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

/// The offset from UTC, in seconds, of `zone` at `unix_secs`.
fn utc_offset(zone: &str, unix_secs: i64) -> i64 {
    const H: i64 = 3600;
    // Europe: standard offset, and whether the EU's summer time applies.
    const WET: &[&str] = &[
        "Europe/London",
        "Europe/Lisbon",
        "Europe/Dublin",
        "Europe/Guernsey",
        "Europe/Isle_of_Man",
        "Europe/Jersey",
        "Atlantic/Canary",
        "Atlantic/Faroe",
        "Atlantic/Madeira",
    ];
    const EET: &[&str] = &[
        "Europe/Athens",
        "Europe/Bucharest",
        "Europe/Chisinau",
        "Europe/Helsinki",
        "Europe/Kiev",
        "Europe/Kyiv",
        "Europe/Mariehamn",
        "Europe/Riga",
        "Europe/Sofia",
        "Europe/Tallinn",
        "Europe/Vilnius",
        "Asia/Nicosia",
        "Asia/Famagusta",
    ];
    const FIXED: &[(&str, i64)] = &[
        ("UTC", 0),
        ("Etc/UTC", 0),
        ("GMT", 0),
        ("Europe/Moscow", 3 * H),
        ("Europe/Minsk", 3 * H),
        ("Europe/Istanbul", 3 * H),
        ("Europe/Kaliningrad", 2 * H),
        ("Africa/Nairobi", 3 * H),
        ("Africa/Addis_Ababa", 3 * H),
        ("Asia/Bangkok", 7 * H),
        ("Asia/Tokyo", 9 * H),
        ("Asia/Kolkata", 5 * H + 30 * 60),
        ("Asia/Dubai", 4 * H),
    ];
    const US: &[(&str, i64)] = &[
        ("America/New_York", -5 * H),
        ("America/Chicago", -6 * H),
        ("America/Denver", -7 * H),
        ("America/Los_Angeles", -8 * H),
    ];
    if let Some((_, o)) = FIXED.iter().find(|(z, _)| *z == zone) {
        return *o;
    }
    if let Some((_, standard)) = US.iter().find(|(z, _)| *z == zone) {
        return standard + if us_summer_time(unix_secs, *standard) { H } else { 0 };
    }
    let standard = if WET.contains(&zone) {
        0
    } else if EET.contains(&zone) {
        2 * H
    } else if zone.starts_with("Europe/") {
        H
    } else {
        return 0;
    };
    standard + if eu_summer_time(unix_secs) { H } else { 0 }
}

/// The day (days since 1970-01-01) of the `n`th Sunday of `month` in `year`
/// (`n` = 0: the last one).
fn sunday(year: i32, month: u8, n: u8) -> i64 {
    // 1970-01-01 was a Thursday: weekday 0 = Sunday is (days + 4) mod 7.
    let weekday = |d: i64| (d + 4).rem_euclid(7);
    if n == 0 {
        let last = Date::new(year, month, days_in_month(year, month)).map_or(0, Date::days_since_epoch);
        last - weekday(last)
    } else {
        let first = Date::new(year, month, 1).map_or(0, Date::days_since_epoch);
        first + (7 - weekday(first)) % 7 + 7 * i64::from(n - 1)
    }
}

fn year_of(unix_secs: i64) -> i32 {
    Date::from_days_since_epoch(unix_secs.div_euclid(86_400)).map_or(1970, Date::year)
}

/// EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
fn eu_summer_time(unix_secs: i64) -> bool {
    let year = year_of(unix_secs);
    let start = sunday(year, 3, 0) * 86_400 + 3600;
    let end = sunday(year, 10, 0) * 86_400 + 3600;
    (start..end).contains(&unix_secs)
}

/// US daylight time: from 02:00 local standard time on the second Sunday of
/// March to 02:00 local daylight time on the first Sunday of November.
fn us_summer_time(unix_secs: i64, standard: i64) -> bool {
    let year = year_of(unix_secs + standard);
    let start = sunday(year, 3, 2) * 86_400 + 2 * 3600 - standard;
    let end = sunday(year, 11, 1) * 86_400 + 2 * 3600 - (standard + 3600);
    (start..end).contains(&unix_secs)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        let bad = || format!("'{s}' is not a date of the form YYYY-MM-DD");
        let mut parts = s.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let y: i32 = y.parse().map_err(|_| bad())?;
        let m: u8 = m.parse().map_err(|_| bad())?;
        let d: u8 = d.parse().map_err(|_| bad())?;
        Date::new(y, m, d).ok_or_else(|| format!("'{s}' is not a real day"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_epoch_days() {
        let d: Date = "2024-05-24".parse().unwrap();
        assert_eq!(d.days_since_epoch(), 19_867); // `date -d 2024-05-24 +%s` / 86400
        assert_eq!(Date::from_days_since_epoch(19_867), Some(d));
        assert_eq!("1970-01-01".parse::<Date>().unwrap().days_since_epoch(), 0);
    }

    /// Instants from `date -u -d ... +%s`; expected days from `TZ=... date -d @N +%F` (tzdata).
    #[test]
    fn today_follows_the_zone_and_its_summer_time() {
        let day = |zone, secs| today_in(zone, secs).to_string();
        // 24 May 2024, 22:30 UTC: already 25 May in Geneva (summer, UTC+2), still 24 May in London (UTC+1).
        assert_eq!(day("Europe/Geneva", 1_716_589_800), "2024-05-25");
        assert_eq!(day("Europe/London", 1_716_589_800), "2024-05-24");
        // 15 January 2024, 22:30 UTC: still the 15th in Geneva (winter, UTC+1); 23:30 UTC is the 16th.
        assert_eq!(day("Europe/Geneva", 1_705_357_800), "2024-01-15");
        assert_eq!(day("Europe/Geneva", 1_705_361_400), "2024-01-16");
        // The night summer time starts: 30 March 2024, 22:30 UTC is 23:30 in Geneva (still winter).
        assert_eq!(day("Europe/Geneva", 1_711_837_800), "2024-03-30");
        // The night it ends: 26 October 2024, 22:30 UTC is 00:30 on the 27th in Geneva (still summer).
        assert_eq!(day("Europe/Geneva", 1_729_981_800), "2024-10-27");
        // 27 October 2024, 22:30 UTC is 23:30 on the 27th (winter again).
        assert_eq!(day("Europe/Geneva", 1_730_068_200), "2024-10-27");
        // New York: 25 May 2024, 02:30 UTC is 22:30 on the 24th (UTC-4); 9 March 2024, 04:30 UTC is 23:30 on the 8th (UTC-5).
        assert_eq!(day("America/New_York", 1_716_604_200), "2024-05-24");
        assert_eq!(day("America/New_York", 1_709_958_600), "2024-03-08");
        // Athens: 24 May 2024, 21:00 UTC is midnight on the 25th (UTC+3 in summer).
        assert_eq!(day("Europe/Athens", 1_716_584_400), "2024-05-25");
        // Bangkok: 24 May 2024, 17:30 UTC is 00:30 on the 25th (UTC+7).
        assert_eq!(day("Asia/Bangkok", 1_716_571_800), "2024-05-25");
        // Geneva's IANA zone is Europe/Zurich; an unknown zone is taken as UTC.
        assert_eq!(day("Europe/Zurich", 1_716_589_800), "2024-05-25");
        assert_eq!(day("Mars/Olympus_Mons", 1_716_589_800), "2024-05-24");
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2024-5-24".parse::<Date>().is_err());
        assert!("tomorrow".parse::<Date>().is_err());
    }
}
