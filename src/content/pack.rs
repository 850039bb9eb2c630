//! A content pack's `pack.ron` (its name, version, what changed, what it hides and how
//! often its items want a review) and where each loaded item came from.

use std::fmt;

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{model::FORMAT_VERSION, validate::Versioned};

/// The file at the top of a pack that makes a folder a pack.
pub const MANIFEST_FILE: &str = "pack.ron";

/// Where an item came from: the content built into the app, or a pack, by its name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum Origin {
    #[default]
    Bundled,
    Pack(String),
}

impl Origin {
    /// `bundled`, or the pack's name: what `show` prints and search's JSON gives.
    pub fn name(&self) -> &str {
        match self {
            Self::Bundled => "bundled",
            Self::Pack(name) => name,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Bundled => f.write_str("the bundled content"),
            Self::Pack(name) => write!(f, "the pack `{name}`"),
        }
    }
}

impl Serialize for Origin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// `pack.ron`, written `Pack(…)`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename = "Pack", deny_unknown_fields)]
pub struct Manifest {
    /// The pack's name: lowercase letters, digits and dashes; it names the folder it
    /// is installed in, and every item it brings says it came from it.
    pub name: String,
    /// The pack's own version ("2026.1"), shown beside its name.
    pub version: String,
    /// What changed in this version, in a line or two.
    pub changes: String,
    /// Ids of items from earlier layers that this pack takes out (never a safety card).
    #[serde(default)]
    pub hide: Vec<String>,
    /// How often an item with a `reviewed` date wants another look: "90 days",
    /// "6 months", "1 year" (days, weeks, months or years).
    #[serde(default, deserialize_with = "super::model::text_or_some")]
    pub review_every: Option<String>,
}

/// `version` in `pack.ron` is the pack's own; the file's format is the one this build
/// reads, so the loader's version check always passes.
impl Versioned for Manifest {
    fn version(&self) -> u32 {
        FORMAT_VERSION
    }
}

/// What the layers loaded: one line each on the Packs page and in `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    pub name: String,
    pub version: String,
    pub changes: String,
    /// The folder it was read from (its `pack.ron`'s), as problems name it.
    pub folder: std::path::PathBuf,
    /// How many ids its `hide` lists.
    pub hidden: usize,
}

/// A review interval, read from "6 months" and the like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewEvery {
    amount: u32,
    unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

impl ReviewEvery {
    /// Reads "90 days", "1 week", "6 months", "2 years"; says what it expects otherwise.
    pub fn parse(text: &str) -> Result<Self, String> {
        let expected = || {
            format!(
                "`review_every` is \"{text}\": write a whole number and days, weeks, months or \
                 years, such as \"6 months\""
            )
        };
        let mut words = text.split_whitespace();
        let (Some(amount), Some(unit), None) = (words.next(), words.next(), words.next()) else {
            return Err(expected());
        };
        let amount: u32 = amount
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(expected)?;
        let unit = match unit.to_lowercase().trim_end_matches('s') {
            "day" => Unit::Days,
            "week" => Unit::Weeks,
            "month" => Unit::Months,
            "year" => Unit::Years,
            _ => return Err(expected()),
        };
        Ok(Self { amount, unit })
    }

    /// The day a review done on `reviewed` falls due; none past the calendar's end.
    pub fn due(self, reviewed: NaiveDate) -> Option<NaiveDate> {
        let n = self.amount;
        match self.unit {
            Unit::Days => reviewed.checked_add_days(Days::new(n.into())),
            Unit::Weeks => reviewed.checked_add_days(Days::new(u64::from(n) * 7)),
            Unit::Months => reviewed.checked_add_months(Months::new(n)),
            Unit::Years => reviewed.checked_add_months(Months::new(n.checked_mul(12)?)),
        }
    }
}

impl fmt::Display for ReviewEvery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            Unit::Days => "day",
            Unit::Weeks => "week",
            Unit::Months => "month",
            Unit::Years => "year",
        };
        let plural = if self.amount == 1 { "" } else { "s" };
        write!(f, "{} {unit}{plural}", self.amount)
    }
}

/// Whether `name` can name a pack (and its folder): an id's rule, lowercase letters,
/// digits and dashes.
pub fn is_pack_name(name: &str) -> bool {
    super::items::is_valid_id(name)
}

/// A `reviewed` date as written ("2026-03-31").
pub fn parse_reviewed(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        format!("`reviewed` is \"{text}\": write the date as YYYY-MM-DD, such as 2026-03-31")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_intervals_read_as_written_and_fall_due() {
        let day = |s| parse_reviewed(s).expect("a date");
        let every = |s| ReviewEvery::parse(s).expect("an interval");
        assert_eq!(
            every("6 months").due(day("2026-01-31")),
            Some(day("2026-07-31"))
        );
        assert_eq!(
            every("1 year").due(day("2024-02-29")),
            Some(day("2025-02-28"))
        );
        assert_eq!(
            every("2 Weeks").due(day("2026-01-01")),
            Some(day("2026-01-15"))
        );
        assert_eq!(every("90 days").to_string(), "90 days");
        for bad in [
            "",
            "6",
            "six months",
            "0 days",
            "3 fortnights",
            "1 month ago",
        ] {
            assert!(ReviewEvery::parse(bad).is_err(), "{bad}");
        }
        assert!(parse_reviewed("31/03/2026").is_err());
    }
}
