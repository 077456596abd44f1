//! Language identification for Indonesian, English and Malay, with a reliable "other".
//!
//! whatlang's trigram model is small (no model files) and good on paragraphs, but on short
//! or name-heavy news text it confuses Indonesian with Javanese, Tagalog or Malay-looking
//! languages. Function words settle those cases: they are the most frequent tokens of a
//! language and rarely shared between Indonesian and English. Malay is told from
//! Indonesian by spelling and vocabulary markers ("kerana", "wang", "kerajaan").

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
        let primary = code.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "id" | "ind" | "in" => Lang::Id,
            "en" | "eng" => Lang::En,
            "ms" | "msa" | "zsm" | "may" => Lang::Ms,
            _ => Lang::Other,
        }
    }
}

/// Characters of a text read to tell its language.
const SAMPLE_CHARS: usize = 3000;
/// Characters the trigram model reads, when the function words did not decide.
const MODEL_SAMPLE_CHARS: usize = 500;

/// Words a text needs before its function words alone may decide.
const MIN_CLEAR_WORDS: usize = 30;

static ID_FUNCTION_WORDS: WordList = WordList::new(&[
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "tidak", "akan", "pada", "dalam",
    "adalah", "juga", "telah", "sudah", "karena", "oleh", "bahwa", "atau", "mereka", "kami", "kita", "saat",
    "tersebut", "menjadi", "bisa", "dapat", "lebih", "para", "ada", "belum",
]);
static EN_FUNCTION_WORDS: WordList = WordList::new(&[
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "as", "by", "are", "it",
    "from", "at", "be", "has", "have", "were", "this", "which", "said", "their", "an", "not", "will", "been",
    "would", "they", "its", "but", "who",
]);
/// Words spelled differently, or only used, in Malaysian Malay.
static MS_MARKERS: WordList = WordList::new(&[
    "kerana", "sahaja", "iaitu", "mahu", "wang", "kerajaan", "selepas", "semasa", "beliau", "daripada",
    "bandar", "polis", "kereta", "bermula", "berkata", "terdapat", "manakala",
]);
static ID_MARKERS: WordList = WordList::new(&[
    "karena",
    "saja",
    "yaitu",
    "mau",
    "uang",
    "pemerintah",
    "setelah",
    "ketika",
    "kota",
    "polisi",
    "mobil",
]);

/// A list of lower-case ASCII words, asked about every word of a text: a hash set, and a
/// word lower-cased on the stack (none of the words is longer than [`WordList::LONGEST`]).
struct WordList {
    words: &'static [&'static str],
    set: once_cell::sync::OnceCell<rustc_hash::FxHashSet<&'static [u8]>>,
}

impl WordList {
    const LONGEST: usize = 12;

    const fn new(words: &'static [&'static str]) -> WordList {
        WordList { words, set: once_cell::sync::OnceCell::new() }
    }

    /// Whether `word` is on the list, in any case.
    fn has(&self, word: &str) -> bool {
        let mut buf = [0u8; WordList::LONGEST];
        let Some(lower) = buf.get_mut(..word.len()) else { return false };
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        self.set.get_or_init(|| self.words.iter().map(|w| w.as_bytes()).collect()).contains(&*lower)
    }
}

/// The first `n` characters of `text` (all of it when shorter).
fn first_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(end, _)| &text[..end])
}

/// Detects the language of a text: Indonesian, English, Malay, or `Other` when neither the
/// trigram model nor the function words are confident (too short, or another language).
pub fn detect_language(text: &str) -> Lang {
    // A few paragraphs decide; whole long articles only cost time.
    let text = first_chars(text, SAMPLE_CHARS);
    let words: Vec<&str> =
        text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(2000).collect();
    if words.is_empty() {
        return Lang::Other;
    }
    let share = |list: &WordList| words.iter().filter(|w| list.has(w)).count() as f64 / words.len() as f64;
    let (id_share, en_share) = (share(&ID_FUNCTION_WORDS), share(&EN_FUNCTION_WORDS));
    // Running text of either language is a fifth or more its function words and holds next
    // to none of the other's: the trigram model (most of the time spent here) only confirms.
    let clear = |own: f64, other: f64| words.len() >= MIN_CLEAR_WORDS && own >= 0.2 && other <= 0.02;
    let by_model = if clear(id_share, en_share) {
        Some((whatlang::Lang::Ind, 1.0))
    } else if clear(en_share, id_share) {
        Some((whatlang::Lang::Eng, 1.0))
    } else {
        // The trigram model is most of the time spent here, and a paragraph is enough for it.
        whatlang::detect(first_chars(text, MODEL_SAMPLE_CHARS)).map(|info| (info.lang(), info.confidence()))
    };
    let lang = match by_model {
        Some((whatlang::Lang::Ind, c)) if c > 0.3 && id_share >= en_share => Lang::Id,
        Some((whatlang::Lang::Eng, c)) if c > 0.3 && en_share >= id_share => Lang::En,
        // Headlines are short and name-heavy: the model's low-confidence pick stands when
        // no function word of the other language contradicts it.
        Some((whatlang::Lang::Ind, _)) if words.len() >= 4 && en_share == 0.0 => Lang::Id,
        Some((whatlang::Lang::Eng, _)) if words.len() >= 4 && id_share == 0.0 => Lang::En,
        _ if words.len() >= 3 && id_share >= 0.08 && id_share > 2.0 * en_share => Lang::Id,
        _ if words.len() >= 3 && en_share >= 0.08 && en_share > 2.0 * id_share => Lang::En,
        _ => Lang::Other,
    };
    if lang == Lang::Id {
        let ms = words.iter().filter(|w| MS_MARKERS.has(w)).count();
        let id = words.iter().filter(|w| ID_MARKERS.has(w)).count();
        if ms >= 2 && ms > 2 * id {
            return Lang::Ms;
        }
    }
    lang
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_fit_the_stack_buffer_and_match_any_case() {
        for list in
            [&super::ID_FUNCTION_WORDS, &super::EN_FUNCTION_WORDS, &super::MS_MARKERS, &super::ID_MARKERS]
        {
            for w in list.words {
                assert!(w.len() <= super::WordList::LONGEST && w.is_ascii() && *w == w.to_lowercase(), "{w}");
                assert!(list.has(w) && list.has(&w.to_uppercase()));
            }
        }
        assert!(!super::EN_FUNCTION_WORDS.has("thee") && !super::EN_FUNCTION_WORDS.has("théé"));
    }

    use super::*;

    #[test]
    fn news_sentences() {
        let cases = [
            (
                "Korea Utara disebutkan siap mengirim 100.000 tentaranya ke Rusia sebagai bantuan militer.",
                Lang::Id,
            ),
            ("Dia menambahkan, Kremlin tidak boleh malu menerima uluran tangan yang diberikan.", Lang::Id),
            ("North Korea is ready to send 100,000 troops to Russia, a state TV pundit said.", Lang::En),
            (
                "Kerajaan berkata wang itu akan dibelanjakan selepas mesyuarat kerana beliau mahu ia segera.",
                Lang::Ms,
            ),
            ("Die Regierung hat am Montag neue Maßnahmen gegen die Inflation beschlossen.", Lang::Other),
            ("Москва заявила о готовности к переговорам.", Lang::Other),
            ("", Lang::Other),
            ("12.000", Lang::Other),
        ];
        for (text, want) in cases {
            assert_eq!(detect_language(text), want, "{text}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::Id, Lang::En, Lang::Ms, Lang::Other] {
            assert_eq!(Lang::from_code(lang.code()), lang);
        }
        assert_eq!(Lang::from_code("id-ID"), Lang::Id);
        assert_eq!(Lang::from_code("en_US"), Lang::En);
    }
}
