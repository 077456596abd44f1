//! Stemming: a rule-only Indonesian stemmer and Snowball English.
//!
//! The Indonesian stemmer follows the confix-stripping family (Nazief–Adriani,
//! ECS) but has no root dictionary: a dictionary-free stemmer can be shipped under
//! any licence. Dictionary lookups are replaced by shape checks (root length,
//! plausible onset and coda, allowed prefix/suffix pairs) and by two short lists
//! written for this crate: words that only look affixed, and roots that settle
//! ambiguous sound changes such as `mem-` + vowel (`p` or `m`?).

use crate::chars::to_lowercase;
use once_cell::sync::Lazy;
use rust_stemmers::{Algorithm, Stemmer};

use crate::Lang;

/// Stems a word for the given language; unknown languages are only lowercased.
pub fn stem(word: &str, lang: Lang) -> String {
    match lang {
        Lang::Id | Lang::Ms => stem_id(word),
        Lang::En => {
            static EN: Lazy<Stemmer> = Lazy::new(|| Stemmer::create(Algorithm::English));
            EN.stem(&to_lowercase(word)).into_owned()
        }
        Lang::Other => to_lowercase(word),
    }
}

/// Stems an Indonesian (or Malay) word to its root, e.g. `pengiriman` → `kirim`.
pub fn stem_id(word: &str) -> String {
    let w = to_lowercase(word);
    if w.contains('-') {
        // Reduplication (`anak-anak`, `berlari-lari`) stems as its first half.
        let parts: Vec<&str> = w.split('-').filter(|p| !p.is_empty()).collect();
        if parts.is_empty() {
            return w;
        }
        let first = stem_word(parts[0]);
        if parts.iter().all(|p| stem_word(p) == first) {
            return first;
        }
        return parts.iter().map(|p| stem_word(p)).collect::<Vec<_>>().join("-");
    }
    stem_word(&w)
}

/// Words that look affixed but are roots (or lexicalised forms worth keeping).
#[rustfmt::skip]
const NOT_AFFIXED: &[&str] = &[
    "akan", "bukan", "makan", "teman", "perang", "pertama", "selatan", "pasukan", "tentang", "sedang",
    "segera", "semua", "sekarang", "sekolah", "selalu", "seperti", "sejarah", "serikat", "selamat",
    "setuju", "selesai", "senang", "sering", "sehat", "semangat", "seluruh", "sebab", "sebut",
    "sejahtera", "selidik", "sepakat", "berita", "bersih", "berantas", "berontak", "beruang", "kesan",
    "keluarga", "kepala", "kereta", "kecil", "keras", "kelompok", "kemudian", "keluar", "ketua",
    "kepada", "kemarin", "ketika", "kebun", "kelas", "pesan", "pesawat", "peluru", "pemilu", "pengaruh",
    "periksa", "perintah", "peringkat", "perempuan", "persen", "perdana", "perkara", "pernah", "terima",
    "teroris", "teror", "terbang", "terang", "terminal", "dinas", "digital", "diskusi", "dinding",
    "dingin", "direktur", "dialog", "masalah", "memang", "mengerti", "bencana", "bendera", "diri",
    "penjara", "perilaku", "sesuai", "penting", "penuh", "pendek", "pensiun", "dengan", "bahkan",
    "mereka", "menteri", "senin", "selasa", "pesantren", "terorisme", "tangan", "percaya",
];

/// Roots that decide ambiguous recodings: `menilai` is `nilai` not `tilai`,
/// `memakan` is `makan` not `pakan`, `mengirim` is `kirim` not `irim`.
const ROOT_HINTS: &[&str] = &[
    "nyata", "nyanyi", "nyala", "nilai", "nikah", "nikmat", "nanti", "nasihat", "main", "muda", "milik",
    "makam", "mula", "mulai", "minta", "minum", "masuk", "menang", "muat", "mungkin", "mati", "maju",
    "masak", "kata", "kabar", "kalah", "kawal", "kandung", "kait", "kirim", "kira", "kurang", "kunjung",
    "kumpul", "kuasa", "kutuk", "kutip", "kuat", "korban", "rencana", "rupa", "rumah", "rampok", "rawat",
    "rusak", "rendah", "rasa", "tahu", "beri", "ajar", "naik", "serang", "raya",
];

/// Tails of roots ending in `-ai`, so `mencapai` keeps its `i` (`capai`).
const AI_TAILS: &[&str] = &[
    "ilai", "ulai", "akai", "apai", "ampai", "antai", "amai", "alai", "elesai", "agai", "ungai", "erai",
    "adai", "esuai",
];

fn known(s: &str) -> bool {
    NOT_AFFIXED.contains(&s) || ROOT_HINTS.contains(&s)
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Root onsets: a vowel, one consonant before a vowel, or a common cluster.
fn plausible_root(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 3 || !b.iter().any(|&c| is_vowel(c)) {
        return false;
    }
    if is_vowel(b[0]) || is_vowel(b[1]) {
        return true;
    }
    const ONSETS: &[&str] =
        &["ng", "ny", "kh", "sy", "pr", "tr", "kr", "br", "bl", "pl", "kl", "gr", "dr", "fl", "fr", "gl"];
    ONSETS.iter().any(|o| s.starts_with(o))
}

/// Root codas: a vowel, or one consonant (or `ng`/`kh`/`sy`) after a vowel.
fn plausible_end(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.len();
    if n < 2 {
        return false;
    }
    if is_vowel(b[n - 1]) {
        return true;
    }
    // Native roots do not end in these (wartawan is not wartaw + -an).
    if matches!(b[n - 1], b'w' | b'y' | b'c' | b'j' | b'v' | b'q' | b'x') {
        return false;
    }
    if is_vowel(b[n - 2]) {
        return true;
    }
    n >= 3 && (s.ends_with("ng") || s.ends_with("kh") || s.ends_with("sy")) && is_vowel(b[n - 3])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    Di,
    Ke,
    Se,
    Me,
    Pe,
    Per,
    Ber,
    Ter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Deriv {
    None,
    I,
    Kan,
    An,
}

/// One way to strip a prefix: its kind and candidate remainders, most likely first.
fn prefix_options(w: &str) -> Option<(Prefix, Vec<String>)> {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let rest = |i: usize| w.get(i..).unwrap_or("").to_string();
    let v = |i: usize| is_vowel(at(i));
    if w.starts_with("di") {
        return Some((Prefix::Di, vec![rest(2)]));
    }
    if w.starts_with("ke") {
        return Some((Prefix::Ke, vec![rest(2)]));
    }
    if w.starts_with("se") {
        return Some((Prefix::Se, vec![rest(2)]));
    }
    if let Some(kind) =
        [("me", Prefix::Me), ("pe", Prefix::Pe)].iter().find(|(p, _)| w.starts_with(p)).map(|&(_, k)| k)
    {
        // Shared nasal rules for me- and pe-; byte 2 onward is the nasal part.
        if at(2) == b'n' && at(3) == b'g' {
            if v(4) {
                let r = rest(4);
                let k = format!("k{r}");
                // meng-e is mostly a lost k (mengecam → kecam) except in loans
                // (mengekspor, mengevakuasi); menge- + one syllable (mengebom) comes last.
                let mut out = if at(4) == b'e' && !r.starts_with("eks") && at(5) != b'v' {
                    vec![k, r]
                } else {
                    vec![r, k]
                };
                if at(4) == b'e' {
                    out.push(rest(5));
                }
                return Some((kind, out));
            }
            return Some((kind, vec![rest(4)]));
        }
        if at(2) == b'n' && at(3) == b'y' && v(4) {
            return Some((kind, vec![format!("s{}", rest(4)), rest(2)]));
        }
        if at(2) == b'n' {
            if v(3) {
                return Some((kind, vec![format!("t{}", rest(3)), rest(2)]));
            }
            if matches!(at(3), b'c' | b'd' | b'j' | b'z' | b's' | b't') {
                return Some((kind, vec![rest(3)]));
            }
            return None;
        }
        if at(2) == b'm' {
            if v(3) {
                return Some((kind, vec![format!("p{}", rest(3)), rest(2)]));
            }
            if matches!(at(3), b'b' | b'f' | b'v' | b'p') {
                return Some((kind, vec![rest(3)]));
            }
            return None;
        }
        if kind == Prefix::Pe {
            if w.starts_with("pelajar") {
                return Some((kind, vec![rest(3)]));
            }
            if at(2) == b'r' {
                if v(3) {
                    return Some((Prefix::Per, with_r(rest(3), rest(2))));
                }
                return Some((Prefix::Per, vec![rest(3)]));
            }
            if matches!(at(2), b'l' | b'w' | b'y') {
                return Some((kind, vec![rest(2)]));
            }
            if !v(2) && at(2) != 0 {
                return Some((kind, vec![rest(2)]));
            }
            return None;
        }
        if matches!(at(2), b'l' | b'r' | b'w' | b'y') {
            return Some((kind, vec![rest(2)]));
        }
        return None;
    }
    for (p, kind) in [("ber", Prefix::Ber), ("ter", Prefix::Ter)] {
        if w.starts_with(p) {
            if v(3) {
                return Some((kind, with_r(rest(3), rest(2))));
            }
            return Some((kind, vec![rest(3)]));
        }
    }
    if w.starts_with("belajar") {
        return Some((Prefix::Ber, vec![rest(3)]));
    }
    // be-/te- before CerV: bekerja → kerja, tepercaya → percaya.
    if (w.starts_with("be") || w.starts_with("te")) && !v(2) && at(3) == b'e' && at(4) == b'r' {
        let kind = if at(0) == b'b' { Prefix::Ber } else { Prefix::Ter };
        return Some((kind, vec![rest(2)]));
    }
    None
}

/// Remainders of ber-/ter-/per- before a vowel: the vowel-initial root, then the
/// r-initial one (berencana → rencana) if it is long enough to be trusted
/// (beras is not be- + ras).
fn with_r(vowel_root: String, r_root: String) -> Vec<String> {
    if r_root.len() >= 4 {
        vec![vowel_root, r_root]
    } else {
        vec![vowel_root]
    }
}

/// Result of stripping prefixes from a suffix-free form.
#[derive(Debug, Clone)]
struct Stripped {
    root: String,
    prefixes: Vec<Prefix>,
    known: bool,
}

/// Strips up to three prefixes; stops at a known word. `deriv` gates ke- as a
/// second prefix.
fn strip_prefixes(w: &str, prefixes: Vec<Prefix>, deriv: Deriv) -> Stripped {
    if known(w) {
        return Stripped { root: w.to_string(), prefixes, known: true };
    }
    let stop = Stripped { root: w.to_string(), prefixes: prefixes.clone(), known: false };
    if prefixes.len() >= 3 {
        return stop;
    }
    let Some((kind, options)) = prefix_options(w) else { return stop };
    if let Some(&first) = prefixes.first() {
        // A nasal pe- (pem-, pen-...) nests only in ke-/ber-: kepemimpinan, but
        // memenuhi is me- + penuh, not me- + pe- + tuh.
        let nasal_pe = kind == Prefix::Pe && matches!(w.as_bytes().get(2), Some(b'm' | b'n'));
        let nests = match kind {
            Prefix::Per | Prefix::Ber | Prefix::Ke => true,
            Prefix::Pe => !nasal_pe || matches!(first, Prefix::Ke | Prefix::Ber),
            Prefix::Ter => first == Prefix::Ke,
            _ => false,
        };
        if !nests || prefixes.contains(&kind) || first == Prefix::Se {
            return stop;
        }
    }
    let mut next = prefixes.clone();
    next.push(kind);
    let mut fallback: Option<Stripped> = None;
    for opt in options.iter().filter(|o| plausible_root(o)) {
        let r = strip_prefixes(opt, next.clone(), deriv);
        if r.known {
            return r;
        }
        if fallback.is_none() {
            fallback = Some(r);
        }
    }
    match fallback {
        // ke- inside another prefix only in ber-ke-…-an (berkelanjutan) or to reach a
        // known root: dikenal stays kenal.
        Some(r)
            if kind == Prefix::Ke
                && !prefixes.is_empty()
                && !(prefixes == [Prefix::Ber] && deriv == Deriv::An) =>
        {
            stop_if(r, stop)
        }
        Some(r) => r,
        None => stop,
    }
}

fn stop_if(r: Stripped, stop: Stripped) -> Stripped {
    if r.known {
        r
    } else {
        stop
    }
}

/// Confix pairs Indonesian does not form (after ECS, plus pe-…-kan).
fn confix_allowed(first: Option<Prefix>, d: Deriv) -> bool {
    !matches!(
        (first, d),
        (Some(Prefix::Ber), Deriv::I)
            | (Some(Prefix::Di), Deriv::An)
            | (Some(Prefix::Ke), Deriv::I | Deriv::Kan)
            | (Some(Prefix::Me), Deriv::An)
            | (Some(Prefix::Se), Deriv::I | Deriv::Kan)
            | (Some(Prefix::Ter), Deriv::An)
            | (Some(Prefix::Pe), Deriv::I | Deriv::Kan)
            | (None, Deriv::I)
    )
}

/// Whether `-i` may come off `base` (the word without `i`).
fn i_suffix_ok(base: &str) -> bool {
    let b = base.as_bytes();
    let n = b.len();
    if n < 3 {
        return false;
    }
    let last = b[n - 1];
    if last == b'u' {
        return true;
    }
    if last == b'a' {
        return !AI_TAILS.iter().any(|t| format!("{base}i").ends_with(t));
    }
    if is_vowel(last) {
        return false;
    }
    plausible_end(base) && !base.ends_with("ny")
}

/// One full analysis: which suffixes came off and what prefix stripping gave.
#[derive(Debug)]
struct Candidate {
    result: Stripped,
    /// Inflectional suffixes removed (particles, possessives).
    inflections: usize,
    deriv: Deriv,
}

fn stem_word(w: &str) -> String {
    if w.len() <= 3 || known(w) || !w.bytes().all(|c| c.is_ascii_lowercase()) {
        return w.to_string();
    }
    // Inflectional layers: (form, suffixes removed). Particles only after a vowel.
    let mut bases: Vec<(String, usize)> = vec![(w.to_string(), 0)];
    for p in ["lah", "kah", "tah", "pun"] {
        if let Some(s) = w.strip_suffix(p) {
            if s.len() >= 3 && is_vowel(s.as_bytes()[s.len() - 1]) {
                bases.push((s.to_string(), 1));
            }
        }
    }
    let layer: Vec<(String, usize)> = bases.clone();
    for (b, n) in layer {
        for p in ["nya", "ku", "mu"] {
            if let Some(s) = b.strip_suffix(p) {
                if s.len() >= 3 && plausible_end(s) {
                    bases.push((s.to_string(), n + 1));
                }
            }
        }
    }
    let mut cands: Vec<Candidate> = Vec::new();
    for (b, n) in &bases {
        if known(b) {
            return b.clone();
        }
        let mut forms: Vec<(String, Deriv)> = vec![(b.clone(), Deriv::None)];
        if let Some(s) = b.strip_suffix("kan") {
            if plausible_end(s) {
                forms.push((s.to_string(), Deriv::Kan));
            }
        }
        if let Some(s) = b.strip_suffix("an") {
            if plausible_end(s) {
                forms.push((s.to_string(), Deriv::An));
            }
        }
        if let Some(s) = b.strip_suffix('i') {
            if i_suffix_ok(s) {
                forms.push((s.to_string(), Deriv::I));
            }
        }
        for (f, d) in forms {
            if d != Deriv::None && known(&f) {
                return f;
            }
            let r = strip_prefixes(&f, Vec::new(), d);
            let first = r.prefixes.first().copied();
            if !confix_allowed(first, d) || r.root.len() < 3 {
                continue;
            }
            // Loanwords in -asi/-isi/-usi keep their i (dikonfirmasi, dievakuasi)
            // while short native roots lose it (diawasi → awas).
            if d == Deriv::I && r.root.ends_with('s') && r.root.len() >= 6 {
                continue;
            }
            let min = match (d, first) {
                (Deriv::An, Some(Prefix::Ke | Prefix::Per | Prefix::Pe)) => 3,
                (Deriv::An | Deriv::Kan, None) => 4,
                (Deriv::An, _) => 4,
                (Deriv::I, _) if !r.root.ends_with('u') && !r.root.ends_with('a') => 4,
                _ => 3,
            };
            if r.root.len() < min {
                continue;
            }
            cands.push(Candidate { result: r, inflections: *n, deriv: d });
        }
    }
    let score = |c: &Candidate| {
        (
            c.result.known,
            // A derivational suffix weighs like a prefix (diperlukan is di- + perlu
            // + -kan, not di- + per- + lukan); a possessive weighs less
            // (bertemu is ber- + temu, not berte + -mu).
            (c.result.prefixes.len() + usize::from(c.deriv != Deriv::None)) * 2 + c.inflections,
            // Ties: -an over -kan (tindakan → tindak), -i over none.
            match c.deriv {
                Deriv::An => 3,
                Deriv::I => 2,
                Deriv::Kan => 1,
                Deriv::None => 0,
            },
        )
    };
    // max_by_key keeps the last maximum; reverse so the earliest candidate wins ties.
    cands
        .iter()
        .rev()
        .max_by_key(|c| score(c))
        .map(|c| c.result.root.clone())
        .unwrap_or_else(|| w.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAIRS: &[(&str, &str)] = &[
        ("menyatakan", "nyata"),
        ("memukul", "pukul"),
        ("menulis", "tulis"),
        ("mengirim", "kirim"),
        ("menyapu", "sapu"),
        ("pengiriman", "kirim"),
        ("perang", "perang"),
        ("bersulang", "sulang"),
        ("pertemuan", "temu"),
        ("disebutkan", "sebut"),
        ("dikabarkan", "kabar"),
        ("ketahuan", "tahu"),
        ("pembangunan", "bangun"),
        ("tentara", "tentara"),
        ("makanan", "makan"),
        ("mengatakan", "kata"),
        ("berperang", "perang"),
        ("pekerja", "kerja"),
        ("pemimpin", "pimpin"),
        ("dimakan", "makan"),
        ("memakan", "makan"),
        ("menjadi", "jadi"),
        ("terjadi", "jadi"),
        ("kejadian", "jadi"),
        ("mencari", "cari"),
        ("membeli", "beli"),
        ("memberikan", "beri"),
        ("diberi", "beri"),
        ("mengetahui", "tahu"),
        ("diketahui", "tahu"),
        ("mendapatkan", "dapat"),
        ("pendidikan", "didik"),
        ("penembakan", "tembak"),
        ("kebijakan", "bijak"),
        ("tindakan", "tindak"),
        ("berdasarkan", "dasar"),
        ("melakukan", "laku"),
        ("menunjukkan", "tunjuk"),
        ("mengambil", "ambil"),
        ("menggunakan", "guna"),
        ("penggunaan", "guna"),
        ("menghadapi", "hadap"),
        ("mencapai", "capai"),
        ("menilai", "nilai"),
        ("memulai", "mulai"),
        ("memiliki", "milik"),
        ("pemilik", "milik"),
        ("pemain", "main"),
        ("bermain", "main"),
        ("bertemu", "temu"),
        ("menemukan", "temu"),
        ("keamanan", "aman"),
        ("kesehatan", "sehat"),
        ("kematian", "mati"),
        ("perjalanan", "jalan"),
        ("berjalan", "jalan"),
        ("jalan", "jalan"),
        ("tersebut", "sebut"),
        ("menyampaikan", "sampai"),
        ("pemerintah", "perintah"),
        ("memperkuat", "kuat"),
        ("diperkirakan", "kira"),
        ("keberhasilan", "hasil"),
        ("penyerangan", "serang"),
        ("menyerang", "serang"),
        ("pertahanan", "tahan"),
        ("mempertahankan", "tahan"),
        ("belajar", "ajar"),
        ("pelajaran", "ajar"),
        ("bekerja", "kerja"),
        ("berencana", "rencana"),
        ("berada", "ada"),
        ("keadaan", "ada"),
        ("rumahnya", "rumah"),
        ("bukunya", "buku"),
        ("adalah", "ada"),
        ("apakah", "apa"),
        ("walaupun", "walau"),
        ("masalah", "masalah"),
        ("waktu", "waktu"),
        ("sekolah", "sekolah"),
        ("pasukan", "pasukan"),
        ("selatan", "selatan"),
        ("teman", "teman"),
        ("pertama", "pertama"),
        ("mengurangi", "kurang"),
        ("mengunjungi", "kunjung"),
        ("menyanyi", "nyanyi"),
        ("penyanyi", "nyanyi"),
        ("menikmati", "nikmat"),
        ("mendekati", "dekat"),
        ("dihadiri", "hadir"),
        ("menyukai", "suka"),
        ("mempunyai", "punya"),
        ("dipengaruhi", "pengaruh"),
        ("anak-anak", "anak"),
        ("berlari-lari", "lari"),
        ("pembunuhan", "bunuh"),
        ("perusahaan", "usaha"),
        ("ditangkap", "tangkap"),
        ("penangkapan", "tangkap"),
        ("menembak", "tembak"),
        ("melihat", "lihat"),
        ("mewakili", "wakil"),
        ("Presiden", "presiden"),
        ("dikonfirmasi", "konfirmasi"),
        ("polisi", "polisi"),
        ("kepolisian", "polisi"),
        ("mengganti", "ganti"),
        ("kembali", "kembali"),
        ("sendiri", "sendiri"),
    ];

    #[test]
    fn indonesian_table() {
        let mut wrong = Vec::new();
        for (w, root) in PAIRS {
            let got = stem_id(w);
            if got != *root {
                wrong.push(format!("{w} → {got} (want {root})"));
            }
        }
        let acc = 1.0 - wrong.len() as f64 / PAIRS.len() as f64;
        println!("stem_id accuracy {:.1}% on {} pairs", acc * 100.0, PAIRS.len());
        assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
    }

    #[test]
    fn short_and_odd_words_pass_through() {
        assert_eq!(stem_id("di"), "di");
        assert_eq!(stem_id("ke"), "ke");
        assert_eq!(stem_id(""), "");
        assert_eq!(stem_id("2022"), "2022");
        assert_eq!(stem_id("café"), "café");
        assert_eq!(stem_id("-"), "-");
    }

    #[test]
    fn dispatch_by_language() {
        assert_eq!(stem("Soldiers", Lang::En), "soldier");
        assert_eq!(stem("running", Lang::En), "run");
        assert_eq!(stem("pengiriman", Lang::Id), "kirim");
        assert_eq!(stem("pengiriman", Lang::Ms), "kirim");
        assert_eq!(stem("Straße", Lang::Other), "straße");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = stem_id(&s);
        }

        #[test]
        fn never_longer_for_lowercase_ascii(s in "[a-z]{0,14}") {
            let r = stem_id(&s);
            proptest::prop_assert!(r.len() <= s.len() + 1);
        }
    }
}
