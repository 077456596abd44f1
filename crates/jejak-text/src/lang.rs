//! Language identification (stub; being written).

use serde::{Deserialize, Serialize};

/// Languages Jejak analyses; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
    Ms,
    Other,
}

impl Lang {
    /// ISO 639-1 code, or "und" for other languages.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Ms => "ms",
            Lang::Other => "und",
        }
    }

    /// Inverse of [`Lang::code`]; unknown codes are `Other`.
    pub fn from_code(code: &str) -> Lang {
        match code.to_ascii_lowercase().as_str() {
            "id" | "ind" | "in" => Lang::Id,
            "en" | "eng" => Lang::En,
            "ms" | "msa" | "zsm" => Lang::Ms,
            _ => Lang::Other,
        }
    }
}

/// Detects the language of a text.
pub fn detect_language(text: &str) -> Lang {
    let _ = text;
    Lang::Other
}
