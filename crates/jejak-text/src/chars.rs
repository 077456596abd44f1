//! Character classes on a lookup table.
//!
//! `char::is_alphabetic` answers non-ASCII letters with a search through Unicode's tables:
//! on Arabic or Cyrillic text it was the largest single cost of ingest (16% of the CPU
//! time), and lowercasing such text was the next (8%). Every character of the Basic
//! Multilingual Plane is looked up once, into a bitmap.

use once_cell::sync::Lazy;

const BMP: usize = 0x1_0000;

struct Bitmap([u64; BMP / 64]);

impl Bitmap {
    fn of(class: impl Fn(char) -> bool) -> Bitmap {
        let mut bits = [0u64; BMP / 64];
        for code in 0..BMP as u32 {
            if char::from_u32(code).is_some_and(&class) {
                bits[code as usize / 64] |= 1 << (code % 64);
            }
        }
        Bitmap(bits)
    }

    fn has(&self, c: char) -> Option<bool> {
        let code = c as usize;
        (code < BMP).then(|| self.0[code / 64] & (1 << (code % 64)) != 0)
    }
}

static ALPHABETIC: Lazy<Bitmap> = Lazy::new(|| Bitmap::of(char::is_alphabetic));
/// Characters that lowercasing changes.
static CASED: Lazy<Bitmap> = Lazy::new(|| Bitmap::of(|c| c.to_lowercase().ne(std::iter::once(c))));
static ALPHANUMERIC: Lazy<Bitmap> = Lazy::new(|| Bitmap::of(char::is_alphanumeric));

/// [`char::is_alphabetic`], fast for every script.
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    ALPHABETIC.has(c).unwrap_or_else(|| c.is_alphabetic())
}

/// [`char::is_alphanumeric`], fast for every script.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    ALPHANUMERIC.has(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// [`str::to_lowercase`], fast for text in scripts without case (Arabic, Thai, Chinese…):
/// those characters are copied, and only text with cased non-ASCII letters takes the
/// standard (context-aware) path.
pub fn to_lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if s.chars().any(|c| !c.is_ascii() && CASED.has(c).unwrap_or(true)) {
        return s.to_lowercase();
    }
    s.chars().map(|c| c.to_ascii_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_on_every_char() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let text = format!("A{c}Σ {c}b");
            assert_eq!(to_lowercase(&text), text.to_lowercase(), "{c:?}");
            assert_eq!(to_lowercase(&text[1..]), text[1..].to_lowercase(), "{c:?}");
        }
    }
}
