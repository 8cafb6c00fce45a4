//! The story's date: one reading of it for every place that needs a real date.

use chrono::NaiveDate;

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
}
