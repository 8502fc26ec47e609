//! The languages the checker speaks.

use serde::{Deserialize, Serialize};

/// A language the checker speaks: the six official languages of the United
/// Nations, and Portuguese.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Arabic (written right to left).
    Ar,
    /// Chinese (Simplified).
    Zh,
    /// Russian.
    Ru,
}

impl Lang {
    /// All languages, in the order of their codes (the page's menu lists them so, by their own names).
    pub const ALL: [Lang; 7] = [Lang::Ar, Lang::En, Lang::Es, Lang::Fr, Lang::Pt, Lang::Ru, Lang::Zh];

    /// The ISO 639-1 code, which is also the folder of its catalogue (`locales/fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    /// From a language tag such as `fr`, `fr-CH`, `zh-Hans-CN` or `pt_BR` (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }
}
