//! Who is speaking: the subject phrase next to a cue (name, role, pronoun or description),
//! found before the cue, after it or at the clause start, and resolved to a speaker.
//!
//! This module builds a [`Subj`] from the words of a subject phrase; its parts find the phrase:
//! `before` the cue (with what may stand `between` subject and cue), `forward` of it, at the
//! start of a `clause`, with its `apposition`s; `resolve` says whom a mention stands for and
//! `names` the people a sentence names for later pronouns.

mod apposition;
mod before;
mod between;
mod clause;
mod forward;
mod names;
mod resolve;

use crate::{
    lexicon::*,
    text::{tokens, Tok},
    words::{
        degrees_start, is_abbr_tok, is_cap_stop, is_field_noun, is_occupation, is_person_role, is_possessive,
        is_role_or_people_noun, is_speaker_noun, lower_is, without_glued_tail, without_s,
    },
    Subj,
};

pub(crate) use apposition::{apposition_end, quoted_words_end, reads_as_apposition, with_closing_role};
pub(crate) use before::{
    name_after_role, named_subject_before, past_adverbials, subject_before, subject_before_occasion,
};
pub(crate) use between::{share_aside_before, AGENT_PARTICIPLES};
pub(crate) use clause::{
    after_opening_circumstance, clause_subject, coordinated_subject, described_clause_subject,
    noun_phrase_start,
};
pub(crate) use forward::{source_after_according, subject_forward, when_up_to_comma, FWD_STOP};
pub(crate) use names::{
    introduced_name, person_names, sentence_group, sentence_subject, subject_name, titled_name,
};
pub(crate) use resolve::{
    described_antecedent, media_anaphor, past_run_in_heading, relative_subject, relative_who, resolve,
    role_alone,
};

/// The most capitalised words an organisation's name before a role is read to have ("Dover
/// Council spokesman", "Harbour Research Center news analyst").
const MAX_ORGANISATION_WORDS: usize = 3;

/// Whether a speaker phrase without a name still says who spoke: "seorang pakar militer",
/// "sumber Korut", "para ahli pertahanan", "officials", "the ministry".
pub fn describes_speaker(p: &str, sj: &Subj) -> bool {
    let toks = tokens(p, sj.s, sj.e);
    !sj.pronoun
        && (sj.described
            || toks.first().is_some_and(|t| lower_is(t, PERSON_DETERMINERS))
            || toks.iter().any(|t| is_role_or_people_noun(t)))
}

/// The role to show beside the resolved `speaker`: none for a medium pointed back to ("kata
/// media tersebut"); for a description pointed back to, the description without its pointer
/// ("mantan ketua DPR tersebut" → "mantan ketua DPR"), or none when it only repeats the
/// speaker's head noun ("laporan tersebut" for "sebuah laporan dari Korea Selatan").
pub fn role_shown(p: &str, sj: &Subj, speaker: Option<&str>) -> Option<String> {
    let role = sj.role.as_ref()?;
    if media_anaphor(p, sj) {
        return None;
    }
    // (the office a place named after a role makes, its holder the speaker: "Bupati Sukamaju")
    if sj.name.as_deref().zip(speaker).is_some_and(|(name, speaker)| !speaker.contains(name)) {
        return Some(sj.mention.clone());
    }
    let toks = tokens(p, sj.s, sj.e);
    let unnamed_mention = !sj.pronoun && sj.name.is_none() && p.get(sj.s..sj.e) == Some(role.as_str());
    let words = match toks.as_slice() {
        [rest @ .., last] if unnamed_mention && lower_is(last, POINTERS_AFTER) => rest,
        [first, rest @ ..] if unnamed_mention && lower_is(first, POINTERS_BEFORE) => rest,
        _ => return Some(role.clone()),
    };
    let kept = match words {
        [] => "",
        [a, .., b] => &p[a.s..b.e],
        [a] => &p[a.s..a.e],
    };
    let repeats = speaker.is_some_and(|sp| {
        let words = tokens(sp, 0, sp.len());
        tokens(kept, 0, kept.len())
            .iter()
            .filter(|k| k.is_word())
            .all(|k| words.iter().any(|w| w.lower() == k.lower()))
    });
    (!kept.is_empty() && !repeats).then(|| kept.to_string())
}

/// Where the name starts past a company that opens `run[name_from..]` right after an office
/// ending in a company's form, "PT" or "CV": after the company's legal suffix ("Tbk",
/// "Persero") when it has one, else at the last two words when more than two follow.
fn past_company_after_role(run: &[Tok], name_from: usize) -> usize {
    const COMPANY_FORMS: &[&str] = &["pt", "cv"];
    const LEGAL_SUFFIXES: &[&str] = &["tbk", "persero"];
    const USUAL_NAME_WORDS: usize = 2;
    let company = name_from > 0 && lower_is(&run[name_from - 1], COMPANY_FORMS);
    let rest = &run[name_from.min(run.len())..];
    if !company || !rest.iter().all(|t| t.is_cap() && t.is_word()) {
        return name_from;
    }
    match rest.iter().rposition(|t| lower_is(t, LEGAL_SUFFIXES)) {
        Some(k) if name_from + k + 1 < run.len() => name_from + k + 1,
        Some(_) => name_from,
        None if rest.len() > USUAL_NAME_WORDS => {
            // (with the initials before it: "PT Harbour Benua B S Rina Wati")
            let mut from = run.len() - USUAL_NAME_WORDS;
            while from > name_from + 1 && run[from - 1].t.chars().count() == 1 {
                from -= 1;
            }
            from
        }
        None => name_from,
    }
}

/// Where the person's name starts in `run` after a role that ends at `name_from`: past the
/// organisation an acronym names ("Ketua Umum DPP Karya Rina Wati"), a country or place
/// ("pakar militer Rusia Igor Korotchenko"; the longest known place first: "Korea Selatan" is
/// known, "Korea" alone is not; a region named by its kind, "Kabupaten Sukamaju"), the region
/// a regional head names ("Bupati Sukamaju Rina Wati"), a compass word closing a region and a
/// regency or city closing an organisation's name.
fn past_places_after_role(p: &str, run: &[Tok], mut name_from: usize) -> usize {
    let start = name_from;
    // (so is the organisation an acronym names: "Ketua Umum DPP Karya Rina Wati" is
    // Rina Wati, chair of DPP Karya; the name starts after the last acronym)
    // (not a person's middle initials: "Budi XP Santoso"; a company's legal form is none:
    // "Kepala Teknik Tambang PT Contoh Budi")
    let initials = |x: usize| {
        run[x].t.chars().count() <= 2
            && !lower_is(&run[x], &["pt", "cv", "ud", "pd"])
            && x > start
            && run[x - 1].is_cap()
            && !is_acronym(&run[x - 1])
            && ![ROLE_VOCAB, ORG_HEADS, INSTITUTION_HEADS].iter().any(|words| lower_is(&run[x - 1], words))
            && !jejak_text::is_known_entity(run[x - 1].t)
    };
    if let Some(x) =
        (name_from..run.len().saturating_sub(1)).rev().find(|&x| is_acronym(&run[x]) && !initials(x))
    {
        name_from = x + 1;
        if run.get(name_from).is_some_and(|t| t.t == ")") {
            name_from += 1;
        }
    }
    // (a slash joins a second name of the body, "Menteri PDL/Dermaganas Budi Santoso", or a
    // second office with its body, "Menteri PDL / Kepala Badan Dermaga Budi Santoso")
    while name_from > start
        && name_from + 2 < run.len()
        && run[name_from].t == "/"
        && run[name_from + 1].is_cap()
    {
        name_from += 2;
        if lower_is(&run[name_from - 1], ROLE_HEADS) {
            let body = |t: &Tok| is_acronym(t) || jejak_text::is_known_entity(t.t) || lower_is(t, ORG_HEADS);
            while name_from + 1 < run.len() && body(&run[name_from]) {
                name_from += 1;
            }
            // (a body the alias table does not know: the name is the last two words)
            const NAME_AFTER_BODY: usize = 2;
            if run.len() - name_from > NAME_AFTER_BODY && run[name_from..].iter().all(Tok::is_cap) {
                name_from = run.len() - NAME_AFTER_BODY;
            }
        }
    }
    // (and so does the level of the body after its acronym: "Wakil Ketua KPD Pusat Budi
    // Santoso"; not inside a name, "Badan Pusat Data Sukamaju", "Bank Pembangunan Daerah")
    const BODY_LEVELS: &[&str] = &["pusat", "daerah", "wilayah", "cabang"];
    if run.get(name_from).is_some_and(|t| t.is_cap() && lower_is(t, BODY_LEVELS))
        && name_from > 0
        && is_acronym(&run[name_from - 1])
        && name_from + 1 < run.len()
    {
        name_from += 1;
    }
    // longest known place first: "Korea Selatan" is known, "Korea" alone is not; a
    // region named by its kind ("Kabupaten Sukamaju") too, and a regency or city after a
    // regional head's title, its kind or a body's acronym ("Bupati Banyuwangi", "Wali Kota
    // Surabaya": the office, nobody named; "anggota DPRD Banyuwangi Rina Wati")
    while let Some(w) = {
        let rest = &run[name_from..];
        // (with the word that leads to it: "Duta Besar Contoh untuk Indonesia")
        let to_place = (rest.len() >= 2 && lower_is(&rest[0], &["untuk", "for", "to"]))
            .then(|| known_place_len(p, &rest[1..], rest.len() - 1))
            .flatten()
            .map(|w| w + 1);
        let kind = (rest.len() >= 2 && lower_is(&rest[0], REGION_KINDS)).then_some(2);
        let head_before = name_from > 0
            && (lower_is(&run[name_from - 1], REGIONAL_HEADS)
                || lower_is(&run[name_from - 1], REGION_KINDS)
                || is_acronym(&run[name_from - 1]));
        let regency = head_before.then(|| regency_len(p, rest)).flatten();
        known_place_len(p, rest, rest.len()).into_iter().chain(kind).chain(regency).chain(to_place).max()
    } {
        name_from += w;
    }
    // (a regional head names the region before the person: "Bupati Sukamaju Rina Wati",
    // "Wali Kota Contoh Dedi Kurnia", "Kajari Sukamaju Budi Santoso"; a compass word
    // belongs to the region)
    const REGIONAL_HEADS: &[&str] = &[
        "bupati",
        "gubernur",
        "walikota",
        "camat",
        "lurah",
        "kajari",
        "kajati",
        "kapolres",
        "kapolresta",
        "kapolda",
        "kapolsek",
        "kakanwil",
        "kalapas",
        "dandim",
        "danrem",
        "pangdam",
    ];
    const COMPASS: &[&str] = &["barat", "timur", "utara", "selatan", "tengah"];
    let regional = name_from == start
        && name_from > 0
        && (lower_is(&run[name_from - 1], REGIONAL_HEADS) || lower_is(&run[name_from - 1], REGION_KINDS));
    // (a region's kind is always followed by its name, so one word after it may be the
    // person's: "Dinas Perhubungan Kabupaten Sukamaju Sunarto"; a head may be named without
    // the region: "Camat Budi Santoso")
    // ("Wali Kota" is the mayor's title, no region's kind: "Wali Kota Andi Pratama")
    let mayor = name_from >= 2 && lower_is(&run[name_from - 2], &["wali"]);
    let kind_before = regional && lower_is(&run[name_from - 1], REGION_KINDS) && !mayor;
    if kind_before && run.len() - name_from == 1 {
        return run.len();
    }
    let min_rest = if kind_before { 2 } else { 3 };
    if regional && run.len() - name_from >= min_rest && run[name_from..].iter().all(|t| t.is_cap()) {
        name_from += 1;
        if run.len() - name_from >= 3
            && (lower_is(&run[name_from], COMPASS) || lower_is(&run[name_from], &["raya"]))
        {
            name_from += 1;
        }
    }
    // (a compass word after a place closes the region's name, and the person's follows:
    // "Kepala Dinas Perikanan Sukamaju Selatan Budi Santoso", "Dinas Pendidikan OKU
    // Selatan Rina Wati")
    if let Some(x) = (name_from.max(1)..run.len().saturating_sub(1))
        .rev()
        .find(|&x| lower_is(&run[x], COMPASS) && run[x - 1].is_cap() && run[x + 1..].iter().all(Tok::is_cap))
    {
        name_from = x + 1;
    }
    // (so does a regency, city, province or country closing an organisation's name: "Kepala
    // Dinas Perikanan Banyuwangi Budi Santoso", "Ketua Koperasi Nelayan Banyuwangi Rina
    // Wati", "Ketua Perkumpulan Nelayan Indonesia Rina Wati")
    let regency = (name_from..run.len())
        .take_while(|&x| run[x].is_cap())
        .find_map(|x| {
            let rest = &run[x..];
            regency_len(p, rest).or_else(|| known_place_len(p, rest, rest.len())).map(|w| x + w)
        })
        .filter(|&after| after < run.len() && run[after..].iter().all(Tok::is_cap));
    if let Some(after) = regency {
        // (with the city a police or a court names after it: "Polresta Malang Kota")
        let city = run.len() - after >= 2 && lower_is(&run[after], &["kota"]);
        name_from = after + usize::from(city);
        // (and a rank before the name: "Polresta Malang Kota Kompol Budi Santoso")
        while run.len() - name_from >= 2 && lower_is(&run[name_from], ROLE_HEADS) {
            name_from += 1;
        }
    }
    // (an institution named after an office names no person: "Kepala UPT Balai Pelabuhan
    // Sukamaju" heads the port office, unnamed; a person named after it is the last two
    // words, as after an office's field: "Kepala Balai Pelabuhan Sukamaju Budi Santoso". Not
    // a body without an office before it, which speaks for itself ("the county's Department
    // of Health"), nor one whose name goes on in lowercase words, English-style.)
    let institution = |t: &Tok| t.is_cap() && (lower_is(t, ORG_HEADS) || lower_is(t, INSTITUTION_HEADS));
    let held = run[..name_from].iter().any(|t| lower_is(t, ROLE_HEADS));
    const NAME_AFTER_INSTITUTION: usize = 2;
    let personal = |t: &Tok| {
        t.is_cap()
            && !is_speaker_noun(t)
            && ![ROLE_VOCAB, ORG_HEADS, INSTITUTION_HEADS].iter().any(|words| lower_is(t, words))
            && !is_cap_stop(t)
            && !is_acronym(t)
            && !jejak_text::is_known_entity(t.t)
            && !jejak_text::is_regency(t.t)
    };
    // (a second person may follow, joined: "Kepala Balai Pelabuhan Hendro Wijaya dan Rina
    // Wati"; the institution's name then ends before the first person's two words)
    let joined = (name_from + 1..run.len().saturating_sub(1))
        .find(|&c| run[c].is_lower_word() && lower_is(&run[c], &["dan", "and"]))
        .filter(|&c| run[c + 1..].iter().all(personal) && run.len() - c - 1 <= 3);
    let end = joined.unwrap_or(run.len());
    if held && run.get(name_from).is_some_and(institution) && run[name_from..end].iter().all(Tok::is_cap) {
        let from = end.saturating_sub(NAME_AFTER_INSTITUTION);
        name_from =
            if from > name_from + 1 && run[from..end].iter().all(personal) { from } else { run.len() };
    }
    name_from
}

/// Builds a subject from a run of tokens `toks[a..b]`, the first `lower_n` of which are
/// lowercase role words ("analis militer").
pub fn make_subj(p: &str, toks: &[Tok], a: usize, b: usize, lower_n: usize) -> Subj {
    // (a relative pronoun before the cue is the cue's, not the speaker's: "sejumlah nelayan
    // yang percaya …", "residents who said …")
    // (nor a quantifier floated after a plural: "the skippers all agreed")
    let b =
        if b > a + 1 && lower_is(&toks[b - 1], &["yang", "who", "all", "both", "each"]) { b - 1 } else { b };
    // (nor is a conjunction before it: "…, and the first question asked why …")
    // (nor a connective opening the sentence: "Padahal banyak nelayan …", nor the ordinal
    // of a list before a capitalised name or role: "Kedua, Kepala Dinas …" without its comma)
    const ORDINALS: &[&str] = &["pertama", "kedua", "ketiga", "keempat", "kelima"];
    let (a, lower_n) = if b > a + 1
        && ((toks[a].is_lower_word() && lower_is(&toks[a], &["and", "but", "dan", "tetapi"]))
            || (toks[a].is_cap() && lower_is(&toks[a], CONNECTIVES))
            || (toks[a].is_cap() && lower_is(&toks[a], ORDINALS) && toks[a + 1].is_cap()))
    {
        (a + 1, lower_n.saturating_sub(1))
    } else {
        (a, lower_n)
    };
    // (nor an "ada" that says they exist: "Ada juga nelayan yang mengatakan …")
    let existential = lower_is(&toks[a], &["ada"])
        .then(|| (a + 1..b).find(|&k| !lower_is(&toks[k], &["juga", "pula", "pun"])))
        .flatten()
        .filter(|&k| toks[k].is_lower_word());
    let (a, lower_n) = match existential {
        Some(k) => (k, lower_n.saturating_sub(k - a)),
        None => (a, lower_n),
    };
    // (nor whom it was told to, put first: "Kepada wartawan Rina Wati menyebut …")
    let told_first = (0..=a)
        .rev()
        .find(|&k| !toks[k].is_lower_word() || lower_is(&toks[k], &["kepada"]))
        .is_some_and(|k| lower_is(&toks[k], &["kepada"]));
    let (a, lower_n) = match (a + 1..b).find(|&k| !toks[k].is_lower_word()) {
        Some(k) if told_first && toks[k].is_cap() => (k, 0),
        _ => (a, lower_n),
    };
    let lower_n = lower_n.min(b - a);
    let s = toks[a].s;
    let e = toks[b - 1].e;
    let mention = p[s..e].to_string();
    let run = &toks[a + lower_n..b];
    let mut role: Option<String> = None;
    let mut name_from = 0;
    // (a capitalised role word closing a run of names is a name: "Budi Hakim")
    let surname = |h: usize| {
        h > 0
            && h + 1 == run.len()
            && run[h].is_cap()
            && run[..h].iter().all(|t| t.is_cap() && !lower_is(t, ROLE_VOCAB) && !is_cap_stop(t))
    };
    // (an organisation's name may hold a role word: "Kementerian Koordinator Bidang …" is a
    // ministry, no coordinator)
    let organisation = run.first().is_some_and(|t| {
        t.is_cap() && (lower_is(t, ORG_HEADS) || lower_is(t, &["kementerian", "ministry", "department"]))
    });
    // (a lowercase role noun after capitalised words is the role, the words before it the
    // organisation, one of whose words may head roles elsewhere: "Media Watch Center news
    // analyst Tom Reed")
    let lowercase_head = run.iter().position(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS));
    let head = (!organisation)
        .then(|| lowercase_head.or_else(|| run.iter().position(|t| lower_is(t, ROLE_HEADS))))
        .flatten();
    if let Some(h) = head.filter(|&h| !surname(h)) {
        let mut r = h + 1;
        // ("dan" lowercase joins the fields of an office: "Menteri Komunikasi dan Digital")
        let joins = |t: &Tok| t.is_lower_word() && lower_is(t, &["dan"]);
        // (a noun for people, capitalised, belongs to the organisation's name: "Ketua Koperasi
        // Nelayan Budi Santoso" heads the fishermen's cooperative)
        let body_noun = |r: usize| run[r].is_cap() && is_speaker_noun(&run[r]) && r > h + 1;
        // (a role word that is also a given name opens the name of two words closing the run:
        // "Menteri Perikanan Imam Santoso")
        let given_name = |r: usize| r > h && r + 2 == run.len() && lower_is(&run[r], ROLES_ALSO_GIVEN_NAMES);
        while r < run.len()
            && !given_name(r)
            && (lower_is(&run[r], ROLE_VOCAB)
                || is_field_noun(&run[r])
                || lower_is(&run[r], ROLE_HEADS)
                || body_noun(r)
                || run[r].t == "."
                || joins(&run[r]))
        {
            r += 1;
        }
        // keep at least one name word ("Menteri Lavrov"), but not a word of the office:
        // "Kepala Negara" names no one
        let last = &run[run.len() - 1];
        if r >= run.len() && run.len() >= 2 && h + 1 < run.len() && !lower_is(last, ROLE_VOCAB) {
            r = run.len() - 1;
        }
        name_from = office_field_end(run, r);
        role = Some(p[toks[a].s..run[name_from.max(1) - 1].e].trim().to_string());
    } else if lower_n > 0 && !toks[a..a + lower_n].iter().all(|t| lower_is(t, DETERMINERS)) {
        // (an article alone is no role: "the United Nations" is a name; nor one with a word
        // of mood: "a defiant Tom Reed")
        let mood = match &toks[a..a + lower_n] {
            [article, word] => {
                lower_is(article, DETERMINERS) && !is_role_or_people_noun(word) && !is_occupation(word)
            }
            _ => false,
        };
        if !mood {
            role = Some(p[toks[a].s..toks[a + lower_n - 1].e].to_string());
        }
    }
    // A country or place after the role belongs to it: "pakar militer Rusia Igor
    // Korotchenko" is a Russian military expert named Igor Korotchenko, and "sumber Korut"
    // an unnamed North Korean source.
    if role.is_some() {
        let start = name_from;
        name_from = past_places_after_role(p, run, name_from);
        // (an acronym alone after an office is the body's, no one's name: "Kepala BPBD";
        // after a rank it is a person's initials: "Aipda AM")
        if head.is_some_and(|h| run[h].is_cap())
            && name_from > 0
            && name_from + 1 == run.len()
            && is_acronym(&run[name_from])
            && !lower_is(&run[name_from - 1], RANKS)
        {
            name_from = run.len();
        }
        // (a company named after the role is the role's: up to its legal suffix, "Direktur PT
        // Dermaga Sukamaju Tbk Budi Santoso", or, with none, up to a two-word name, the
        // common length of one)
        name_from = past_company_after_role(run, name_from);
        if name_from > start {
            role = Some(p[toks[a].s..run[name_from - 1].e].trim().to_string());
        }
    }
    // (a name may come first, then its role and place: "Rina Wati Pengamat Maritim Sulsel"
    // is Rina Wati, a maritime analyst in South Sulawesi)
    let mut name_until = run.len();
    // (two words at least, and the role capitalised with them: "His lawyer" is no name)
    if let Some(h) = head.filter(|&h| name_from >= run.len() && h >= 2 && lower_n == 0 && run[h].is_cap()) {
        let personal = |t: &Tok| {
            t.is_cap()
                && !lower_is(t, ROLE_VOCAB)
                && !lower_is(t, PRONOUNS)
                && !is_cap_stop(t)
                && !is_acronym(t)
                && !jejak_text::is_known_entity(t.t)
        };
        if run[..h].iter().all(personal) {
            role = Some(p[run[h].s..run[run.len() - 1].e].to_string());
            name_from = 0;
            name_until = h;
        }
    }
    // an honorific inside the run starts the name, and the words before it are the role's:
    // "Wakil Rektor Bidang Akademik Dr. Agus Santoso", "Dekan Fakultas Teknik Prof Budi"
    if let Some(x) = (name_from + 1..run.len().saturating_sub(1))
        .rev()
        .find(|&x| lower_is(&run[x], HONORIFICS) && (run[x + 1].t == "." || run[x + 1].is_cap()))
    {
        role = Some(p[toks[a].s..run[x - 1].e].trim().to_string());
        name_from = if run[x + 1].t == "." { x + 2 } else { x + 1 };
    }
    // so does a rank, with the corps or force after it: "Panglima Kodam Mayor Jenderal Budi
    // Santoso", "Kapolda Sukamaju Irjen Pol Rina Wati", "Komandan Pangkalan Kolonel Laut
    // Sunarto"
    if role.is_some() {
        // (not past a second person's: "Ipda Budi dan Aipda Rina")
        let rank = past_rank(run, name_from.saturating_sub(1))
            .filter(|&from| from > name_from && !run[name_from..from].iter().any(Tok::is_lower_word));
        if let Some(from) = rank {
            role = Some(p[toks[a].s..run[from - 1].e].trim().to_string());
            name_from = from;
        }
    }
    // "Harbour Herald's Ann Porter": an owner before the name is where the person works
    // (before a body's name, whose it is: "Dover's Harbour Board" is one name)
    const BODY_ENDS: &[&str] =
        &["court", "board", "party", "agency", "office", "authority", "administration", "service", "union"];
    let body = run
        .last()
        .is_some_and(|t| lower_is(t, BODY_ENDS) || lower_is(t, GOVERNMENT_BODIES) || lower_is(t, ORG_HEADS));
    if let Some(x) = (name_from..run.len().saturating_sub(1)).rev().find(|&x| is_possessive(&run[x]) && !body)
    {
        if run[x + 1..].iter().all(|t| t.is_cap() || t.t == ".") {
            role = Some(p[toks[a].s..run[x].e].trim().to_string());
            name_from = x + 1;
        }
    }
    while name_from < run.len() && (run[name_from].t == "." || run[name_from].t == ",") {
        name_from += 1;
    }
    // A name the description leads to is not the speaker's: "a spokesman for Reed", "a
    // source close to Kim" are unnamed, and stay so.
    // (so is the body an office is of: "the chair of the Port Board")
    let object_after = |k: usize| lower_is(&toks[k], DESCRIPTION_PREPOSITIONS);
    let office_of = |k: usize| {
        k >= a + 3 && lower_is(&toks[k - 1], &["the"]) && object_after(k - 2) && is_person_role(&toks[k - 3])
    };
    let name_is_object = lower_n > 0 && (object_after(a + lower_n - 1) || office_of(a + lower_n));
    // (a possessive ends the name: "Port Director Ann Porter's report" names Ann Porter)
    // (a degree after the name is no part of it: "Umi Kalsum S. Pd", "Budi Santoso SE")
    let mut name_end = degrees_start(run, name_until, name_from + 1);
    // (a place after a person's name is where they hold office, not part of the name: "Sen.
    // Tom Reed of Dover", "Tom Reed of Dover"; with no office before, the name must open
    // with a given name, as "Bank of Dover" does not)
    if let Some(of) = (name_from + 2..name_end.saturating_sub(1))
        .find(|&k| run[k].is_lower_word() && lower_is(&run[k], &["of"]))
    {
        let given = lower_is(&run[name_from], FEMALE_NAMES) || lower_is(&run[name_from], MALE_NAMES);
        let person = run[name_from..of].iter().all(|t| t.is_cap() || t.t == ".")
            && run[of + 1..name_end].iter().all(|t| t.is_cap())
            && !run[name_from..of].iter().any(|t| lower_is(t, ORG_HEADS));
        if person && (role.is_some() || given) {
            role = role.map(|r| format!("{r} {}", &p[run[of].s..run[name_end - 1].e]));
            name_end = of;
        }
    }
    // (two people with their offices, joined: "Ketua Koperasi Budi Santoso dan Ketua
    // Paguyuban Rina Wati" are Budi Santoso and Rina Wati, without the second office)
    // (the second office may follow its place: "and Dover Rep. Carl Dunn")
    let second_office = (name_from + 1..name_end.saturating_sub(2)).find(|&c| {
        run[c].is_lower_word()
            && lower_is(&run[c], &["dan", "and"])
            && run[c + 1].is_cap()
            && (lower_is(&run[c + 1], ROLE_HEADS)
                || (c + 3 < name_end && run[c + 2].is_cap() && lower_is(&run[c + 2], ROLE_HEADS)))
    });
    let second_name = second_office.and_then(|c| {
        let offset = a + lower_n;
        make_subj(p, toks, offset + c + 1, offset + name_end, 0).name.map(|n| (c, n))
    });
    let name = (name_from < name_end && !name_is_object)
        .then(|| match &second_name {
            Some((c, second)) => format!("{} {} {second}", &p[run[name_from].s..run[c - 1].e], run[*c].t),
            None => p[run[name_from].s..run[name_end - 1].e].to_string(),
        })
        .map(|n| without_s(&n).map(String::from).unwrap_or(n))
        .map(|n| without_glued_tail(&n).map(String::from).unwrap_or(n))
        // (or a particle opening a surname: "de Vries")
        .filter(|n| {
            let mut words = n.split_whitespace();
            let first = words.next().unwrap_or("");
            let particle = NAME_PARTICLES.contains(&first)
                && words.next().is_some_and(|w| w.starts_with(char::is_uppercase));
            particle || first.starts_with(char::is_uppercase)
        });
    // A description without a name is all role: "seorang pakar militer" is a military
    // expert ("pakar militer"), not "seorang pakar".
    if name.is_none() && role.is_some() {
        let mut d = a;
        while d + 1 < b && lower_is(&toks[d], DETERMINERS) {
            d += 1;
        }
        role = Some(p[toks[d].s..e].trim().to_string());
    }
    let role = if name.is_some() { role.map(|r| role_of_author(p, &toks[a..b], r)) } else { role };
    let role = role.map(|r| without_closing_honorific(&r).to_string()).filter(|r| !r.is_empty());
    // (the document or figures of a body named after them are no role of it: "data Dinas
    // Perhubungan" are the office's, as "a memo from engineer Tom Reed" is Tom Reed's)
    let role = role.filter(|_| !(name.is_some() && document_lead(&toks[a..a + lower_n])));
    Subj { s, e, mention, name, role, pronoun: false, described: false }
}

/// Whether lowercase words before a name say what document or figures it is of, and not who
/// wrote it: "data", "laporan terbaru" (not "a memo from engineer").
pub(crate) fn document_lead(lead: &[Tok]) -> bool {
    // (and accounts given out: "keterangan resmi", "pernyataan", "an analysis")
    const FIGURES: &[&str] = &[
        "data",
        "statistik",
        "statistics",
        "figures",
        "catatan",
        "keterangan",
        "pernyataan",
        "rilis",
        "analysis",
        "analisis",
        "calculations",
        "perhitungan",
    ];
    let head = lead.iter().find(|t| !lower_is(t, DETERMINERS));
    let authored = lead.iter().any(|t| lower_is(t, &["by", "from", "oleh", "dari"]));
    head.is_some_and(|t| t.is_lower_word() && (lower_is(t, DOCUMENT_NOUNS) || lower_is(t, FIGURES)))
        && !authored
}

/// A role without the honorific that closes it, which is the name's: "Harbour Board director
/// Dr." is a director's role.
fn without_closing_honorific(role: &str) -> &str {
    let trimmed = role.trim_end().trim_end_matches('.');
    match trimmed.rsplit_once(char::is_whitespace) {
        Some((before, last)) if HONORIFICS.contains(&last.to_lowercase().as_str()) => before.trim_end(),
        _ => role,
    }
}

/// The role of a named author of a document, without the document: "a memo from engineer
/// Tom Reed" is an engineer's, "a letter written by Port Director Dr. Ann Porter" the Port
/// Director's; empty when no word of a role stands between the preposition and the name.
/// `toks` start where `role` does.
pub(crate) fn role_of_author(p: &str, toks: &[Tok], role: String) -> String {
    const AUTHOR_PREPOSITIONS: &[&str] = &["by", "from", "oleh", "dari"];
    let Some(first) = toks.first() else { return role };
    let role_end = first.s + role.len();
    let Some(by) =
        toks.iter().rposition(|t| t.e <= role_end && t.is_lower_word() && lower_is(t, AUTHOR_PREPOSITIONS))
    else {
        return role;
    };
    let mut words: Vec<&Tok> =
        toks[by + 1..].iter().filter(|t| t.e <= role_end).skip_while(|t| lower_is(t, DETERMINERS)).collect();
    // (an honorific closing the role opens the name: "… Port Director Dr.")
    while words.last().is_some_and(|t| t.t == ".")
        && words.len() >= 2
        && lower_is(words[words.len() - 2], HONORIFICS)
    {
        words.truncate(words.len() - 2);
    }
    match (words.first(), words.last()) {
        (Some(start), Some(end)) => p[start.s..end.e].to_string(),
        // (no words of a role between the preposition and the name: "a statement from the
        // Harbour Board" is the board's, with none)
        _ => String::new(),
    }
}

/// Indonesian military and police ranks, written out and short.
const RANKS: &[&str] = &[
    "jenderal",
    "letnan",
    "mayor",
    "kolonel",
    "kapten",
    "brigadir",
    "laksamana",
    "marsekal",
    "komisaris",
    "inspektur",
    "letjen",
    "mayjen",
    "brigjen",
    "letkol",
    "lettu",
    "letda",
    "laksdya",
    "laksda",
    "laksma",
    "marsdya",
    "marsda",
    "marsma",
    "komjen",
    "irjen",
    "kombes",
    "akbp",
    "kompol",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "aipda",
    "bripka",
    "brigpol",
    "briptu",
    "bripda",
    "serma",
    "serka",
    "sertu",
    "serda",
];

/// Where the name starts past the last military or police rank in `run` from `from` on, with
/// the corps or force it is of ("Mayor Jenderal", "Irjen Pol", "Kolonel Laut"), when
/// capitalised words follow it.
pub fn past_rank(run: &[Tok], from: usize) -> Option<usize> {
    const FORCES: &[&str] = &[
        "pol", "tni", "laut", "udara", "inf", "kav", "arm", "arh", "czi", "cpn", "pnb", "mar", "kes", "chk",
    ];
    let x = (from..run.len()).rev().find(|&x| lower_is(&run[x], RANKS))?;
    let mut name_from = x + 1;
    while name_from < run.len() && (lower_is(&run[name_from], RANKS) || lower_is(&run[name_from], FORCES)) {
        name_from += 1;
    }
    (name_from < run.len() && run[name_from..].iter().all(Tok::is_cap)).then_some(name_from)
}

/// Where a name may start in `run` when the office's words end at `from`: right there,
/// unless they end in "of" or "for", whose capitalised words name the office's field
/// ("Secretary of State for Harbours", "High Commissioner for Refugees"). A person named
/// after the field starts at a known given name, or is the last two words ("Minister for
/// Ports Tom Reed").
fn office_field_end(run: &[Tok], from: usize) -> usize {
    const NAME_AFTER_FIELD: usize = 2;
    let field = from > 0
        && from < run.len()
        && run[from - 1].is_lower_word()
        && lower_is(&run[from - 1], &["of", "for"]);
    if !field {
        return from;
    }
    let given = |t: &Tok| lower_is(t, FEMALE_NAMES) || lower_is(t, MALE_NAMES);
    match run[from + 1..].iter().position(given) {
        Some(g) => from + 1 + g,
        None if run.len() - from > NAME_AFTER_FIELD => run.len() - NAME_AFTER_FIELD,
        None => run.len(),
    }
}

/// How many of the first tokens, up to three and all capitalised, name an Indonesian regency
/// or city.
fn regency_len(p: &str, toks: &[Tok]) -> Option<usize> {
    let capitalised = toks.iter().take_while(|t| t.is_cap()).count();
    leading_name_len(p, toks, capitalised, jejak_text::is_regency)
}

/// How many of the first tokens, up to three and at most `max`, name a place or body the
/// alias table knows ("Korea Selatan", "Sulsel", "Kemenkes"): the longest such run.
pub(crate) fn known_place_len(p: &str, toks: &[Tok], max: usize) -> Option<usize> {
    leading_name_len(p, toks, max, jejak_text::is_known_entity)
}

/// The longest run of the first tokens, up to three and at most `max`, that `known` takes for
/// a name.
fn leading_name_len(p: &str, toks: &[Tok], max: usize, known: impl Fn(&str) -> bool) -> Option<usize> {
    const MAX_NAME_WORDS: usize = 3;
    (1..=MAX_NAME_WORDS.min(max).min(toks.len())).rev().find(|&w| known(&p[toks[0].s..toks[w - 1].e]))
}

/// The text of paragraph `p` within a few hundred words of `s..e`: where a heading run into a
/// sentence has its words again in lower case, bounded so that a paragraph of megabytes (a
/// page on one line) costs no more than a short one.
fn words_around(p: &str, s: usize, e: usize) -> &str {
    const WINDOW: usize = 1500;
    let from = p.floor_char_boundary(s.saturating_sub(WINDOW));
    let to = p.ceil_char_boundary(e.saturating_add(WINDOW));
    &p[from..to.max(from)]
}

/// An acronym: two or more capitals and nothing else ("DPP", "KORPRI", "BRI").
fn is_acronym(t: &Tok) -> bool {
    t.t.chars().count() >= 2 && t.t.chars().all(|c| c.is_uppercase() || c == '&')
}

/// A speaker known by a description alone: no name, the whole mention its role ("pihak
/// kepolisian", "Imam Besar Masjid Istiqlal itu", "Ann Porter’s campaign").
pub fn description_only(sj: Subj) -> Subj {
    Subj { name: None, described: true, role: Some(sj.mention.clone()), ..sj }
}

/// One of a party or a people, described and not named: "a Tory", "a senior Liberal" (the
/// capitalised word is what they are, not who), with where the mention ends.
pub(crate) fn one_of_a_group(p: &str, toks: &[Tok], from: usize) -> Option<(Subj, usize)> {
    const RANKS_BEFORE: &[&str] =
        &["senior", "top", "former", "prominent", "leading", "veteran", "longtime", "young"];
    let article = toks.get(from).filter(|t| t.is_lower_word() && lower_is(t, &["a", "an"]))?;
    let mut k = from + 1;
    if toks.get(k).is_some_and(|t| t.is_lower_word() && lower_is(t, RANKS_BEFORE)) {
        k += 1;
    }
    let one = toks.get(k).filter(|t| t.is_cap() && !is_acronym(t))?;
    if toks.get(k + 1).is_some_and(|t| t.is_cap() || t.t == ".") {
        return None;
    }
    let role = p[toks[from + 1].s..one.e].to_string();
    let mention = p[article.s..one.e].to_string();
    let sj = Subj {
        s: article.s,
        e: one.e,
        mention,
        name: None,
        role: Some(role),
        pronoun: false,
        described: true,
    };
    Some((sj, k + 1))
}

pub fn pronoun_subj(t: &Tok) -> Subj {
    Subj { s: t.s, e: t.e, mention: t.t.to_string(), name: None, role: None, pronoun: true, described: false }
}

/// Whether a subject is a person's full name, two capitalised words or more ("Yoga Pratama"),
/// where a rule has little else to tell a name from a capitalised word ("Investment,
/// official says").
pub(crate) fn full_name(sj: &Subj) -> bool {
    let Some(name) = sj.name.as_deref().filter(|_| !sj.pronoun) else { return false };
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first().map(|w| jejak_text::to_lowercase(w)) else { return false };
    words.len() >= 2
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !DETERMINERS.contains(&first.as_str())
        && !CAP_STOP.contains(&first.as_str())
        && !CONNECTIVES.contains(&first.as_str())
}

/// Tokens of the name at `from`: capitalised words and the dots of abbreviated titles
/// ("Sen. Tom Reed").
fn name_length(toks: &[Tok], from: usize) -> usize {
    (from..toks.len())
        .take_while(|&a| toks[a].is_cap() || (toks[a].t == "." && a > from && is_abbr_tok(&toks[a - 1])))
        .count()
}

/// The index past a short bracket that opens at `toks[k]`: a party and state, "(R-Harb.)".
pub(crate) fn after_bracket(toks: &[Tok], k: usize) -> Option<usize> {
    const MAX_BRACKETED: usize = 8;
    if toks.get(k)?.t != "(" {
        return None;
    }
    (k + 1..toks.len().min(k + MAX_BRACKETED)).find(|&c| toks[c].t == ")").map(|c| c + 1)
}

/// Where the bracket closing right before `toks[k]` opens, looking back at most `window`
/// tokens: "( R-Iowa )", "( 2 / 12 )".
fn opening_bracket(toks: &[Tok], k: usize, window: usize) -> Option<usize> {
    if k < 2 || toks[k - 1].t != ")" {
        return None;
    }
    (k.saturating_sub(window)..k - 1).rev().find(|&o| toks[o].t == "(")
}
