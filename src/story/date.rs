//! The story's date: one reading of it for every place that needs a real date, and the
//! forms people write a date in (`20.05.2016`, `20 mai 2016`, `20 мая 2016`).

use chrono::{Datelike, NaiveDate};

/// The draft's date when it is a real calendar date written `YYYY-MM-DD` (surrounding
/// spaces ignored); `None` for anything else, 2026-02-31 included.
pub fn iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    // chrono also accepts a year of other than four digits and single-digit months.
    if text.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

const RO: [&str; 12] = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
];
const EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Russian months in the genitive, as a date is written ("1 мая 2026").
const RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
/// Russian months in the nominative, which people also type ("20 май 2016").
const RU_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// A real calendar date as people write it: `2016-05-20`, `20.05.2016`, `20/05/2016`, or
/// the day, the month's name and the year in Romanian, English or Russian (`20 mai 2016`,
/// `20 May 2016`, `20 мая 2016`, any letter case). `None` for anything else: a day the
/// month does not have (`2016-02-31`), a word (`ieri`), text around a date.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Some(date) = iso_date(text) {
        return Some(date);
    }
    let numbers: Vec<&str> = text.split(['.', '/']).collect();
    if let [day, month, year] = numbers[..] {
        return ymd(year, month_number(month)?, day);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if let [day, month, year] = words[..] {
        return ymd(year, month_named(month)?, day);
    }
    None
}

/// A day and a month of one or two digits, a year of four.
fn ymd(year: &str, month: u32, day: &str) -> Option<NaiveDate> {
    let year: i32 = number(year, 4..=4)?.try_into().ok()?;
    NaiveDate::from_ymd_opt(year, month, number(day, 1..=2)?)
}

/// Digits only, as many as `len` allows.
fn number(text: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    if !len.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn month_number(text: &str) -> Option<u32> {
    number(text, 1..=2)
}

fn month_named(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    [RO, EN, RU, RU_NOMINATIVE]
        .iter()
        .find_map(|names| names.iter().position(|n| n.to_lowercase() == lower))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The date as a reader writes it in `language` (ro, en, ru; Romanian otherwise):
/// "25 noiembrie 2026", "25 November 2026", "25 ноября 2026".
pub fn date_words(date: NaiveDate, language: &str) -> String {
    let months = match language {
        "en" => EN,
        "ru" => RU,
        _ => RO,
    };
    let month = months[date.month0() as usize];
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_dates_in_iso_form() {
        assert_eq!(
            iso_date("2026-11-25"),
            NaiveDate::from_ymd_opt(2026, 11, 25)
        );
        assert_eq!(
            iso_date(" 2024-02-29 "),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for wrong in [
            "2026-02-31",
            "2025-02-29",
            "2026-13-01",
            "2026-1-5",
            "26-11-25",
            "2026-11-292016-05-20",
            "20.05.2016",
            "ieri",
            "",
        ] {
            assert_eq!(iso_date(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn dates_as_people_write_them() {
        let may_20 = NaiveDate::from_ymd_opt(2016, 5, 20);
        for written in [
            "2016-05-20",
            "20.05.2016",
            "20/05/2016",
            "20.5.2016",
            " 20 mai 2016 ",
            "20 Mai 2016",
            "20 MAI 2016",
            "20 May 2016",
            "20 мая 2016",
            "20 Мая 2016",
            "20 май 2016",
        ] {
            assert_eq!(parse_date(written), may_20, "{written}");
        }
        assert_eq!(
            parse_date("1 noiembrie 2026"),
            NaiveDate::from_ymd_opt(2026, 11, 1)
        );
        assert_eq!(
            parse_date("29.02.2024"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
    }

    #[test]
    fn what_is_not_a_date_is_refused() {
        for wrong in [
            "2016-02-31",
            "31.02.2016",
            "30 februarie 2016",
            "ieri",
            "",
            "2026-11-292016-05-20",
            "20.05.16",
            "20.05.2016 ora 10",
            "20 maiu 2016",
            "20.13.2016",
            "020.05.2016",
            "+20.05.2016",
        ] {
            assert_eq!(parse_date(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_words(date(2026, 11, 5), "ro"), "5 noiembrie 2026");
        assert_eq!(date_words(date(2026, 3, 25), "en"), "25 March 2026");
        assert_eq!(date_words(date(2026, 5, 1), "ru"), "1 мая 2026");
    }
}
