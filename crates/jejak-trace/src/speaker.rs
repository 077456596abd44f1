//! Who is speaking: the subject phrase next to a cue (name, role, pronoun or description),
//! found before the cue, after it or at the clause start, and resolved to a speaker.

use crate::{
    antecedents::Antecedents,
    lexicon::*,
    text::{tokens, Region, Tok},
    words::{
        capitalised_words, degree_before, is_abbr_tok, is_adverb, is_auxiliary, is_cap_stop, is_contraction,
        is_cue_word, is_dash, is_digits, is_discourse, is_id_active_verb, is_long_dash, is_occupation,
        is_participle, is_past_form, is_person_role, is_plural_people, is_possessive, is_present_form,
        is_punct, is_role_word, is_speaker_noun, is_year, joins_name, lower_is, without_s,
    },
    Subj,
};

/// Whether a speaker phrase without a name still says who spoke: "seorang pakar militer",
/// "sumber Korut", "para ahli pertahanan", "officials", "the ministry".
pub fn describes_speaker(p: &str, sj: &Subj) -> bool {
    let toks = tokens(p, sj.s, sj.e);
    !sj.pronoun
        && (sj.described
            || toks.first().is_some_and(|t| lower_is(t, PERSON_DETERMINERS))
            || toks.iter().any(|t| lower_is(t, ROLE_HEADS) || is_speaker_noun(t)))
}

/// Nouns for a person that a pointer may follow: "pria itu", "mantan ketua DPRD tersebut".
const PERSON_NOUNS: &[&str] = &[
    "pria",
    "wanita",
    "perempuan",
    "lelaki",
    "pemuda",
    "gadis",
    "politisi",
    "politikus",
    "lulusan",
    "alumni",
    "alumnus",
    "istri",
    "suami",
    "sosok",
    "mantan",
    "eks",
    "putra",
    "putri",
    "ayah",
    "ibu",
    "pengusaha",
    "pengamat",
    "pakar",
    "aktivis",
    "orang",
];

/// A medium named by what it is and pointing back: "media tersebut", "outlet itu", "surat
/// kabar Rusia itu", "the newspaper", "the outlet".
pub fn media_anaphor(p: &str, sj: &Subj) -> bool {
    if sj.pronoun || sj.name.is_some() || p.get(sj.s..sj.e) != Some(sj.mention.as_str()) {
        return false;
    }
    let toks = tokens(p, sj.s, sj.e);
    let Some(last) = toks.last() else { return false };
    let Some(first) = toks.first() else { return false };
    let pointing = lower_is(last, POINTERS_AFTER) || lower_is(first, POINTERS_BEFORE);
    // (a person described by where they work is no medium: "mantan wartawan radio itu")
    pointing && !lower_is(first, PERSON_NOUNS) && toks.iter().any(|t| lower_is(t, MEDIA_HEADS))
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
    if let Some(x) = (name_from..run.len().saturating_sub(1)).rev().find(|&x| is_acronym(&run[x])) {
        name_from = x + 1;
        if run.get(name_from).is_some_and(|t| t.t == ")") {
            name_from += 1;
        }
    }
    // longest known place first: "Korea Selatan" is known, "Korea" alone is not; a
    // region named by its kind ("Kabupaten Sukamaju") too, and a regency or city after a
    // regional head's title, its kind or a body's acronym ("Bupati Banyuwangi", "Wali Kota
    // Surabaya": the office, nobody named; "anggota DPRD Banyuwangi Rina Wati")
    while let Some(w) = {
        let rest = &run[name_from..];
        let kind = (rest.len() >= 2 && lower_is(&rest[0], REGION_KINDS)).then_some(2);
        let head_before = name_from > 0
            && (lower_is(&run[name_from - 1], REGIONAL_HEADS)
                || lower_is(&run[name_from - 1], REGION_KINDS)
                || is_acronym(&run[name_from - 1]));
        let regency = head_before.then(|| regency_len(p, rest)).flatten();
        known_place_len(p, rest, rest.len()).into_iter().chain(kind).chain(regency).max()
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
    let (a, lower_n) =
        if b > a + 1 && toks[a].is_lower_word() && lower_is(&toks[a], &["and", "but", "dan", "tetapi"]) {
            (a + 1, lower_n.saturating_sub(1))
        } else {
            (a, lower_n)
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
    let head = (!organisation).then(|| run.iter().position(|t| lower_is(t, ROLE_HEADS))).flatten();
    if let Some(h) = head.filter(|&h| !surname(h)) {
        let mut r = h + 1;
        // ("dan" lowercase joins the fields of an office: "Menteri Komunikasi dan Digital")
        let joins = |t: &Tok| t.is_lower_word() && lower_is(t, &["dan"]);
        // (a noun for people, capitalised, belongs to the organisation's name: "Ketua Koperasi
        // Nelayan Budi Santoso" heads the fishermen's cooperative)
        let body_noun = |r: usize| run[r].is_cap() && is_speaker_noun(&run[r]) && r > h + 1;
        while r < run.len()
            && (lower_is(&run[r], ROLE_VOCAB)
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
        // (an article alone is no role: "the United Nations" is a name)
        role = Some(p[toks[a].s..toks[a + lower_n - 1].e].to_string());
    }
    // A country or place after the role belongs to it: "pakar militer Rusia Igor
    // Korotchenko" is a Russian military expert named Igor Korotchenko, and "sumber Korut"
    // an unnamed North Korean source.
    if role.is_some() {
        let start = name_from;
        name_from = past_places_after_role(p, run, name_from);
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
    // "Harbour Herald's Ann Porter": an owner before the name is where the person works
    if let Some(x) = (name_from..run.len().saturating_sub(1)).rev().find(|&x| is_possessive(&run[x])) {
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
    let name_is_object = lower_n > 0 && lower_is(&toks[a + lower_n - 1], DESCRIPTION_PREPOSITIONS);
    // (a possessive ends the name: "Port Director Ann Porter's report" names Ann Porter)
    // (a degree after the name is no part of it: "Umi Kalsum S. Pd", "Budi Santoso SE")
    let mut name_end = name_until;
    while let Some(start) = degree_before(run, name_end).filter(|&start| start > name_from) {
        name_end = start;
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
        .filter(|n| n.chars().next().is_some_and(|c| c.is_uppercase()));
    // A description without a name is all role: "seorang pakar militer" is a military
    // expert ("pakar militer"), not "seorang pakar".
    if name.is_none() && role.is_some() {
        let mut d = a;
        while d + 1 < b && lower_is(&toks[d], DETERMINERS) {
            d += 1;
        }
        role = Some(p[toks[d].s..e].trim().to_string());
    }
    Subj { s, e, mention, name, role, pronoun: false, described: false }
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
fn known_place_len(p: &str, toks: &[Tok], max: usize) -> Option<usize> {
    leading_name_len(p, toks, max, jejak_text::is_known_entity)
}

/// The longest run of the first tokens, up to three and at most `max`, that `known` takes for
/// a name.
fn leading_name_len(p: &str, toks: &[Tok], max: usize, known: impl Fn(&str) -> bool) -> Option<usize> {
    const MAX_NAME_WORDS: usize = 3;
    (1..=MAX_NAME_WORDS.min(max).min(toks.len())).rev().find(|&w| known(&p[toks[0].s..toks[w - 1].e]))
}

/// The person named before whose name closes `name`, when the words ahead of it in the
/// `mention` are a subheading run into the sentence where a page's line breaks were lost
/// ("Jadwal Kapal Malam Diubah Sunarto menambahkan" after Sunarto was named): two or more
/// words in capitals (or "dan" between them), none a title, a given name or an initial,
/// one of them a common word, written in lower case in paragraph `p` around the mention at
/// `s..e` (see [`words_around`]). The name known in full is taken before one known by a
/// surname; an office ("Department"), a place or body the alias table knows ("Sulsel") or a
/// name with a word in lower case ("Bank of Dover") is no one's.
pub(crate) fn past_run_in_heading<'n>(
    p: &str,
    (s, e): (usize, usize),
    mention: &str,
    name: &'n str,
    named: &Antecedents,
) -> Option<&'n str> {
    let around = words_around(p, s, e);
    let written = if mention.ends_with(name) { mention } else { name };
    let lead = written.len() - name.len();
    // (two heading words and a name: three words at least, which most mentions are not)
    written.split_whitespace().nth(2)?;
    let toks = tokens(written, 0, written.len());
    let heading_word = |t: &Tok| {
        (t.is_cap() || lower_is(t, &["dan", "and"]))
            && t.t.chars().count() > 1
            && ![HONORIFICS, TITLES, FEMALE_NAMES, MALE_NAMES, DETERMINERS]
                .iter()
                .any(|words| lower_is(t, words))
    };
    let heading_len = toks.iter().take_while(|t| heading_word(t)).count().min(toks.len().saturating_sub(1));
    if heading_len < 2 {
        return None;
    }
    // (the words around are read only for a name known before, which few mentions hold)
    let lowercase_words = std::cell::OnceCell::new();
    let common = |t: &Tok| {
        let words: &Vec<&str> = lowercase_words.get_or_init(|| {
            tokens(around, 0, around.len()).iter().filter(|t| t.is_lower_word()).map(|t| t.t).collect()
        });
        t.is_cap() && words.contains(&t.lower().as_str())
    };
    // (what the name keeps reads as a person's: not an office, initials or words in lower
    // case; what it gives up holds a common word)
    let tail = |k: usize| {
        let t = &toks[k];
        let person = t.s > lead
            && toks[k..].iter().all(|t| t.is_cap() || !t.is_word())
            && toks[k..].iter().any(|t| t.t.chars().any(char::is_lowercase))
            && ![ORG_HEADS, GOVERNMENT_BODIES, ROLE_HEADS].iter().any(|words| lower_is(t, words));
        (person && !jejak_text::is_known_entity(&written[t.s..])).then(|| (k, &name[t.s - lead..]))
    };
    let gives_up_common = |k: usize| toks[..k].iter().any(|t| t.s >= lead && common(t));
    (2..=heading_len)
        .filter_map(tail)
        .find(|&(k, tail)| named.has(tail) && gives_up_common(k))
        .or_else(|| {
            (2..=heading_len)
                .rev()
                .filter_map(tail)
                .find(|&(k, tail)| named.knows(tail) && gives_up_common(k))
        })
        .map(|(_, tail)| tail)
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

pub fn pronoun_subj(t: &Tok) -> Subj {
    Subj { s: t.s, e: t.e, mention: t.t.to_string(), name: None, role: None, pronoun: true, described: false }
}

/// [`subject_before`] when it is a name, not a pronoun or a description.
pub fn named_subject_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    subject_before(p, toks, j).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun)
}

/// The subject ending just before token `j` (skipping adverbs), and the index it starts at.
pub fn subject_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    // (an apostrophe closing a name is part of it, not a quotation mark: "Prof Rafi’ mengatakan")
    if j >= 2 && matches!(toks[j - 1].t, "’" | "'") && toks[j - 2].e == toks[j - 1].s && toks[j - 2].is_cap()
    {
        return subject_before(p, toks, j - 1);
    }
    // (an apposition whose last words are quoted closes its comma inside the marks: "Reed,
    // who named the pier “the wreck,” said")
    if j >= 2 && toks[j - 2].t == "," && matches!(toks[j - 1].t, "”" | "\"" | "’" | "''") {
        return subject_before(p, toks, j - 1);
    }
    // (a party and state, or an age, in brackets before the comma is no part of the subject:
    // "Gov. Tom Reed (R-Ohio), said", "Budi Santoso (52), mengatakan")
    const MAX_BRACKETED: usize = 5;
    if j >= 4 && toks[j - 1].t == "," && toks[j - 2].t == ")" {
        let open = (j.saturating_sub(MAX_BRACKETED + 2)..j - 2).rev().find(|&k| toks[k].t == "(");
        if let Some(open) = open.filter(|&o| o > 0 && toks[o - 1].is_cap()) {
            // (after a role and a comma it is still that role's name: "Seorang nelayan,
            // Sunarto (45), mengaku")
            let name = (0..open).rev().take_while(|&k| toks[k].is_cap()).last().unwrap_or(open);
            let after_role =
                (name >= 2 && toks[name - 1].t == ",").then(|| role_comma_name(p, toks, name, open));
            return after_role.flatten().or_else(|| subject_before(p, toks, open));
        }
    }
    // (so is a party and state set off by commas: "Rep. Tom Reed, R-Ohio, told")
    if j >= 4 && toks[j - 1].t == "," {
        let comma = (j.saturating_sub(5)..j - 1).rev().find(|&k| toks[k].t == ",");
        if let Some(c) =
            comma.filter(|&c| c > 0 && toks[c - 1].is_cap() && is_party_and_state(&toks[c + 1..j - 1]))
        {
            return subject_before(p, toks, c);
        }
    }
    if let Some(found) = name_then_role(p, toks, j) {
        return Some(found);
    }
    // "Rahmat di Sukamaju Senin, mengatakan", "X, kepada Warta Contoh, Minggu (3/5)
    // mengatakan": where, when and to whom, between the speaker and the cue (a name there
    // is a place or an addressee, and the day no name at all)
    let bare = occasion_tail_start(toks, j);
    let named = |found: &(Subj, usize)| found.0.name.is_some();
    // (the comma before the tail may close the name: "Kepala Dinas Perhubungan ( Dishub )
    // Sukamaju Budi Santoso , di Sukamaju , Senin , menjelaskan")
    let named_before_tail = || {
        if bare >= j {
            return None;
        }
        let comma_closes_name = bare >= 2 && toks[bare - 1].t == "," && toks[bare - 2].is_cap();
        subject_right_before(p, toks, bare).filter(named).or_else(|| {
            comma_closes_name.then(|| subject_right_before(p, toks, bare - 1)).flatten().filter(named)
        })
    };
    // (a comma alone before a cue that frames a statement is read past only when nothing
    // is found up to the cue: "Rina Sari Sukmawati , menyampaikan bahwa"; an office named
    // without its holder too: "Kepala Dinas Perhubungan , mengatakan bahwa")
    let office_before_comma = || {
        let office = |found: &(Subj, usize)| {
            found.0.name.is_none() && found.0.role.as_deref().is_some_and(|r| r.split(' ').any(is_role_word))
        };
        (bare < j).then(|| subject_right_before(p, toks, bare)).flatten().filter(office)
    };
    let found = if toks[bare..j].iter().any(|t| t.t != ",") {
        named_before_tail().or_else(|| subject_right_before(p, toks, j))
    } else {
        subject_right_before(p, toks, j).or_else(named_before_tail).or_else(office_before_comma)
    };
    found
        .map(|(sj, at)| described_by_relation(p, toks, &sj, at).unwrap_or((sj, at)))
        .map(|(sj, at)| name_after_opening_phrase(p, toks, at, j).unwrap_or((sj, at)))
        .map(|(sj, at)| name_after_time(p, toks, &sj, at).unwrap_or((sj, at)))
        .or_else(|| opening_name_then_appositions(p, toks, j))
}

/// A month or a weekday after a preposition, opening a run of capitals, is when it was said,
/// not part of the name: "… and in September Porter said".
fn name_after_time(p: &str, toks: &[Tok], sj: &Subj, at: usize) -> Option<(Subj, usize)> {
    let time = toks.get(at).filter(|t| lower_is(t, MONTHS) || lower_is(t, WEEKDAYS_EN))?;
    let after_preposition = at > 0 && toks[at - 1].is_lower_word() && lower_is(&toks[at - 1], PREPOSITIONS);
    let end = toks.iter().rposition(|t| t.e <= sj.e)? + 1;
    let name_follows = end > at + 1 && toks[at + 1].is_cap();
    (time.is_cap() && after_preposition && name_follows && sj.name.is_some())
        .then(|| (make_subj(p, toks, at + 1, end, 0), at + 1))
}

/// The subject opening the clause when an Indonesian occasion follows it up to the cue at `j`
/// ("Budi Santoso ketika meninjau dermaga …, Kamis (14/3), menegaskan"), with where it starts
/// and where the occasion opens. The occasion may name places and projects of its own; the
/// subject is a name or an office, capitalised, and no other cue stands between.
pub(crate) fn subject_before_occasion(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize, usize)> {
    const OPENERS: &[&str] = &["saat", "ketika", "usai", "seusai", "selepas", "sewaktu"];
    const MAX_SUBJECT: usize = 8;
    let s0 = clause_start(toks);
    let opener = (s0 + 1..j.min(s0 + MAX_SUBJECT + 1)).find(|&o| {
        lower_is(&toks[o], OPENERS)
            && toks
                .get(o + 1)
                .is_some_and(|v| is_id_active_verb(v) || (v.is_lower_word() && v.t.starts_with("di")))
    })?;
    let subject_words = toks[s0..opener].iter().all(in_joined_names);
    let no_other_cue = !toks[opener + 1..j].iter().any(|t| t.is_lower_word() && is_cue_word(t));
    if !(subject_words && toks[s0].is_cap() && no_other_cue) {
        return None;
    }
    let (sj, at) = subject_right_before(p, toks, opener)?;
    (at == s0).then_some((sj, s0, opener))
}

/// A word of names, perhaps of two people joined: capitalised, an initial's stop or "dan"
/// ("Budi Santoso dan Rina Wati", "H. Budi").
fn in_joined_names(t: &Tok) -> bool {
    t.is_cap() || t.t == "." || lower_is(t, &["dan"])
}

/// The name after the comma that closes a phrase of place or time opening the sentence, when
/// a subject was read from inside that phrase: "In a letter to Porter, Reed said" is Reed's,
/// not "a letter to Porter, Reed".
fn name_after_opening_phrase(p: &str, toks: &[Tok], at: usize, j: usize) -> Option<(Subj, usize)> {
    let opens = at > 0
        && lower_is(&toks[at - 1], OPENING_PREPOSITIONS)
        && (at == 1 || is_punct(&toks[at - 2], &[",", ";", ":", "(", "”", "\""]));
    let comma = (at..j).rev().find(|&k| toks[k].t == ",").filter(|_| opens)?;
    let name = comma + 1..j;
    let named = !name.is_empty() && toks[name.clone()].iter().all(|t| t.is_cap() || t.t == ".");
    named.then(|| (make_subj(p, toks, name.start, name.end, 0), name.start))
}

/// A United States party and state written after a legislator's name: "R-Ohio", "D-Mass.",
/// "I-Vt.".
fn is_party_and_state(part: &[Tok]) -> bool {
    const MAX_LEN: usize = 16;
    let text: String = part.iter().map(|t| t.t).collect();
    let mut chars = text.chars();
    text.len() <= MAX_LEN
        && matches!(
            (chars.next(), chars.next(), chars.next()),
            (Some('D' | 'R' | 'I'), Some('-' | '–'), Some(c)) if c.is_uppercase()
        )
}

/// A name that opens the sentence, then parts between commas that only describe it, up to
/// the comma before the cue at `j`: "Joan Miller, a Reed volunteer from Dover, Del.,
/// attending the rally, said", "Kim Lowe, dressed in a green coat, said", "Paul
/// Grant, of course, said". A part with a verb of its own (outside a relative clause) or
/// a quotation is a clause, and then the name is not the cue's subject.
fn opening_name_then_appositions(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    // (past a perfect's auxiliary: "Mr. Reed, asked about it, had said")
    let j = if j > 0 && lower_is(&toks[j - 1], &["had", "has", "have"]) { j - 1 } else { j };
    if j < 4 || toks[j - 1].t != "," {
        return None;
    }
    let s0 = toks.iter().position(|t| t.is_word() && !is_discourse(t))?;
    // (or that opens a subordinate clause: "The issue came up after Mr. Reed, asked about
    // it, had said")
    // (not `up_to_next_clause`'s list: that one names clauses that hold a cue)
    const BEFORE_A_CLAUSE_SUBJECT: &[&str] =
        &["after", "when", "because", "since", "while", "before", "until", "as"];
    let clause_starts =
        (s0 + 1..j).rev().filter(|&k| lower_is(&toks[k - 1], BEFORE_A_CLAUSE_SUBJECT) && toks[k].is_cap());
    // (or past an opening phrase, first: "Walking along the pier, Rep. Carl Dunn, who chairs
    // the ferry board, said"; "In Dover, the journalist Ann Porter, writing …, said" is not
    // Dover's)
    let past_opener = Some(clause_start(toks)).filter(|&c| c > s0 && c < j);
    past_opener
        .into_iter()
        .chain(std::iter::once(s0))
        .chain(clause_starts)
        .find_map(|start| name_then_appositions(p, toks, start, j))
}

/// [`opening_name_then_appositions`] for the name at `s0`.
fn name_then_appositions(p: &str, toks: &[Tok], s0: usize, j: usize) -> Option<(Subj, usize)> {
    const MAX_DESCRIPTION_WORDS: usize = 40;
    // (read back from the first comma when the name does not read forward: "Harbour
    // delegate Ann Porter, wearing her father's cap, said")
    const MAX_NAME_TOKENS: usize = 10;
    let back_from_comma = || {
        let c = (s0 + 1..j.min(s0 + MAX_NAME_TOKENS)).find(|&c| toks[c].t == ",")?;
        subject_before(p, toks, c)
            .filter(|(_, at)| *at >= s0 && toks[s0..*at].iter().all(|t| t.is_word()))
            .map(|(sj, _)| (sj, c))
    };
    let named = |(sj, _): &(Subj, usize)| sj.name.is_some() && !sj.pronoun;
    let set_off = |(_, end): &(Subj, usize)| toks.get(*end).is_some_and(|t| matches!(t.t, "," | "("));
    // (or an office set off before the name: "Bupati Banyuwangi, H. Budi Santoso, S.Pt.,
    // yang …, menekankan")
    let office = subject_forward(p, toks, s0)
        .filter(|found| found.0.name.is_none() && found.0.role.is_some() && set_off(found));
    let office_then_name =
        || subject_forward(p, toks, office.as_ref()?.1 + 1).filter(|found| named(found) && set_off(found));
    let (mut sj, mut end) = subject_forward(p, toks, s0)
        .filter(|found| named(found) && set_off(found))
        .or_else(|| back_from_comma().filter(named))
        .or_else(office_then_name)?;
    let office_role = office.and_then(|(office, _)| office.role).filter(|_| sj.s > toks[s0].s);
    // (past a party and state in brackets: "Rep. Carl Dunn (R-Harb.), who …")
    if toks.get(end).is_some_and(|t| t.t == "(") {
        end = after_bracket(&toks[..j], end)?;
    }
    if end + 1 >= j - 1 || toks[end].t != "," {
        return None;
    }
    let description = &toks[end + 1..j - 1];
    let words = description.iter().filter(|t| t.is_word()).count();
    let clause_mark = |t: &Tok| is_cue_word(t) || matches!(t.t, "“" | "”" | "\"" | ";" | "!" | "?");
    // (a participle that opens a part describes: ", asked about the pier,", ", writing in
    // her column,")
    let opens_part = |x: usize| x == 0 || description[x - 1].t == ",";
    let circumstance = |x: usize| {
        description[x].t.ends_with("ed")
            || (description[x].t.ends_with("ing")
                && description.get(x + 1).is_some_and(|t| lower_is(t, DESCRIPTION_PREPOSITIONS)))
    };
    let marks_clause = |(x, t): (usize, &Tok)| clause_mark(t) && !(opens_part(x) && circumstance(x));
    if words > MAX_DESCRIPTION_WORDS || description.iter().enumerate().any(marks_clause) {
        return None;
    }
    let describes = |part: &[Tok]| {
        let Some(first) = part.first() else { return false };
        let text = part.iter().map(|t| t.lower()).collect::<Vec<_>>().join(" ");
        let participle = first.is_lower_word()
            && (first.t.ends_with("ing") || first.t.ends_with("ed") || lower_is(first, &["clad", "dressed"]));
        // (a verb of its own outside a relative clause makes a clause: "the race is tight")
        let finite = part
            .iter()
            .take_while(|t| !lower_is(t, &["who", "which", "that", "whose"]))
            .any(|t| is_auxiliary(t));
        let sentence_end = part.iter().enumerate().any(|(x, t)| {
            t.t == "."
                && !(x > 0
                    && (is_abbr_tok(&part[x - 1]) || part[x - 1].t.contains('.') || part[x - 1].is_cap()))
        });
        // (a relative clause, "who lost her daughter …", or a place or time, "in July 2012")
        let relative_or_adverbial =
            lower_is(first, &["who", "whose", "which", "yang", "in", "on", "at", "from", "of", "di", "dari"]);
        (relative_or_adverbial || !finite)
            && !sentence_end
            && (ASIDES.contains(&text.as_str())
                || relative_or_adverbial
                || participle
                || reads_as_apposition(part)
                || lower_is(first, &["a", "an", "the", "one"])
                || is_digits(first)
                || part.iter().all(|t| t.is_cap() || !t.is_word())
                || person_described(part))
    };
    if !description.split(|t| t.t == ",").all(describes) {
        return None;
    }
    let first_part = description.split(|t| t.t == ",").next()?;
    // (a role opening the sentence, the name after it: "Ketua Panitia Lomba, Dr. Wati
    // Rahayu, S.Pd., mengatakan")
    let name_after_role = sj.role.is_some() && first_part.iter().all(|t| t.is_cap() || t.t == ".");
    if name_after_role {
        let mut named = make_subj(p, toks, end + 1, end + 1 + first_part.len(), 0);
        if named.name.is_some() {
            named.role = Some(sj.mention.clone());
            return Some((named, s0));
        }
    }
    if lower_is(&first_part[0], &["a", "an", "the", "one"]) || lower_is(&first_part[0], ROLE_HEADS) {
        sj.role =
            sj.role.or_else(|| Some(p[first_part[0].s..first_part[first_part.len() - 1].e].to_string()));
    }
    sj.role = sj.role.or(office_role);
    Some((sj, s0))
}

/// "Reed urged his voters to turn out and said …", "Brook called it careless, but said …",
/// "She begs her brother to step back and repeatedly says": the subject of the verb the cue
/// at `i` is joined to, and that verb's index.
pub fn coordinated_subject(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    // (past adverbs and the time it was said: "but on Tuesday wrote", "and last week said",
    // "then said")
    const MAX_TIME_WORDS: usize = 4;
    let mut k = i;
    while k > 0
        && (is_adverb(&toks[k - 1])
            || (i - k < MAX_TIME_WORDS
                && toks[k - 1].is_word()
                && (lower_is(&toks[k - 1], TIME_PHRASE_WORDS) || lower_is(&toks[k - 1], WEEKDAYS_EN))))
    {
        k -= 1;
    }
    // ("thanked the crews, then said")
    let comma_then = k < i && lower_is(&toks[k], &["then"]) && k >= 2 && toks[k - 1].t == ",";
    // (Indonesian "dan" too, but not closing a list of verbs: "mengajar, mendidik, dan menilai")
    let dan = k >= 2 && lower_is(&toks[k - 1], &["dan"]);
    if k < 2
        || !(lower_is(&toks[k - 1], &["and", "but"]) || comma_then || dan)
        || (dan && toks[k - 2].t == ",")
    {
        return None;
    }
    // (inside a subordinate clause, opening the sentence or after ", but": "After Reed waved
    // to the crews and said …, the quay cheered", "…, but when Reed waved …")
    let clause = toks[..k - 1].iter().rposition(|t| matches!(t.t, "," | ";")).map_or(0, |c| c + 1);
    let opener = (clause..k)
        .find(|&o| toks[o].is_word() && !is_discourse(&toks[o]) && !lower_is(&toks[o], &["and", "but"]));
    let from = match opener {
        Some(o) if lower_is(&toks[o], SUBORDINATORS) => o + 1,
        _ => 0,
    };
    let subject_from = |from: usize| {
        clause_subject(p, &toks[from..]).map(|(sj, verb)| (sj, verb + from)).filter(|(_, verb)| *verb < k - 1)
    };
    // (in Indonesian, or the clause after an opening phrase, named: "Sore harinya, Budi
    // Santoso datang lagi ke dermaga dan menegaskan …")
    let after_opening = (dan && from == 0 && clause > 0)
        .then(|| subject_from(clause))
        .flatten()
        .filter(|(sj, _)| sj.name.is_some() && !sj.pronoun);
    // (nor after a purpose: "ditugasi untuk mengantar surat dan meminta …" is what the
    // errand was for, not what was said)
    let purpose = |verb: usize| {
        dan && toks[verb..k - 1].iter().any(|t| lower_is(t, &["untuk", "guna", "agar", "supaya"]))
    };
    after_opening.or_else(|| subject_from(from)).filter(|&(_, verb)| !purpose(verb))
}

/// The whole description when the subject found is only what it leads to: "a source
/// familiar with the talks", "a person close to Reed", "an aide to Senator Reed" speak, not
/// "the talks" or Reed. The speaker stays unnamed.
fn described_by_relation(p: &str, toks: &[Tok], sj: &Subj, at: usize) -> Option<(Subj, usize)> {
    // (each with the preposition it takes: "close to", not the verb of "will close in May, Reed
    // said")
    const RELATIONS: &[(&str, &[&str])] = &[
        ("familiar", &["with"]),
        ("close", &["to"]),
        ("briefed", &["on", "about"]),
        ("knowledgeable", &["about", "of"]),
        ("privy", &["to"]),
        ("loyal", &["to"]),
        ("allied", &["with", "to"]),
        ("near", &["to"]),
        ("dekat", &["dengan"]),
    ];
    let relates =
        |word: &Tok, prep: &Tok| RELATIONS.iter().any(|(w, ps)| lower_is(word, &[w]) && lower_is(prep, ps));
    const MAX_HEAD_WORDS: usize = 3;
    // (past a place's state: "a nurse in Dover, Delaware, told")
    let mut at = at;
    if at >= 3 && toks[at - 1].t == "," && toks[at - 2].is_cap() {
        let mut b = at - 2;
        while b > 0 && toks[b - 1].is_cap() {
            b -= 1;
        }
        if b > 0 && lower_is(&toks[b - 1], DESCRIPTION_PREPOSITIONS) {
            at = b;
        }
    }
    // (past a chain of phrases: "a person familiar with the schedule for the harbour vote")
    const MAX_CHAIN: usize = 2;
    const MAX_LINK_WORDS: usize = 3;
    for _ in 0..MAX_CHAIN {
        let Some(prep) = at.checked_sub(1).filter(|&x| lower_is(&toks[x], DESCRIPTION_PREPOSITIONS)) else {
            break;
        };
        let noun = prep.checked_sub(1).map(|h| &toks[h]);
        let related = prep >= 1 && relates(&toks[prep - 1], &toks[prep]);
        if related || noun.is_some_and(|t| lower_is(t, ROLE_HEADS) || is_speaker_noun(t)) {
            break;
        }
        // the phrase before the preposition: a determiner and a few lowercase words after
        // another preposition
        let link = (prep.saturating_sub(MAX_LINK_WORDS + 1)..prep)
            .rev()
            .find(|&d| lower_is(&toks[d], DETERMINERS))
            .filter(|&d| d > 0 && toks[d + 1..prep].iter().all(|t| t.is_lower_word()));
        match link {
            Some(d) if lower_is(&toks[d - 1], DESCRIPTION_PREPOSITIONS) => at = d,
            _ => break,
        }
    }
    let prep = at.checked_sub(1).filter(|&x| lower_is(&toks[x], DESCRIPTION_PREPOSITIONS))?;
    let relation = prep >= 1 && relates(&toks[prep - 1], &toks[prep]);
    let head = if relation { prep.checked_sub(2)? } else { prep.checked_sub(1)? };
    let noun = &toks[head];
    if !noun.is_word() || !(relation || lower_is(noun, ROLE_HEADS) || is_speaker_noun(noun)) {
        return None;
    }
    // back over the head's modifiers to its determiner: "a senior campaign aide to"
    let mut m = head;
    while m > 0
        && head - m < MAX_HEAD_WORDS
        && toks[m - 1].is_word()
        && !is_cue_word(&toks[m - 1])
        && (toks[m - 1].is_lower_word() || lower_is(&toks[m - 1], DETERMINERS))
    {
        m -= 1;
        if lower_is(&toks[m], DETERMINERS) {
            break;
        }
    }
    // (a conjunction opens no description: ", and people familiar with her plans say")
    if m < head && lower_is(&toks[m], &["and", "but", "or"]) && (m == 0 || toks[m - 1].t == ",") {
        m += 1;
    }
    let end = toks.iter().position(|t| t.e == sj.e)? + 1;
    let subj = make_subj(p, toks, m, end, prep + 1 - m);
    subj.name.is_none().then_some((Subj { described: true, ..subj }, m))
}

/// [`subject_before`] with nothing between the subject and the cue but adverbs, an
/// occasion clause, degrees or an apposition.
fn subject_right_before(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let j = past_adverbials(toks, j);
    if j == 0 {
        return None;
    }
    for shape in BETWEEN_SUBJECT_AND_CUE {
        if let Some(decided) = shape(p, toks, j) {
            return decided;
        }
    }
    let last = &toks[j - 1];
    // ("He's said": a pronoun with "has", not a name's possessive)
    if lower_is(last, PRONOUNS) || is_contraction(last) {
        return Some((pronoun_subj(last), j - 1));
    }
    // appositive: "Lavrov, the foreign minister, said" / "Kepala Balai , Yusuf Aziz mengatakan"
    if last.t == "," && j >= 2 {
        return apposed_subject(p, toks, j);
    }
    if last.is_cap() || (last.t == "." && j >= 2 && is_abbr_tok(&toks[j - 2])) {
        return capitalised_subject(p, toks, j);
    }
    // "officials close to him said": a description ending in whom it is close to
    if let Some(found) = lower_is(last, OBJECT_PRONOUNS)
        .then(|| described_by_relation(p, toks, &pronoun_subj(last), j - 1))
        .flatten()
    {
        return Some(found);
    }
    // "walked the pier and said": a conjunction ends no subject
    if lower_is(last, &["and", "or", "but", "dan", "atau"]) {
        return None;
    }
    if last.is_lower_word() {
        return described_subject(p, toks, j);
    }
    None
}

/// The cue's position `j` moved back over what may stand between a subject and its cue
/// and says nothing of who speaks: adverbs, a time, "himself", an aside between commas.
pub(crate) fn past_adverbials(toks: &[Tok], mut j: usize) -> usize {
    // "Engineers and harbour officials, however, said": an aside set off by commas
    const MAX_ASIDE_WORDS: usize = 4;
    if j >= 4 && toks[j - 1].t == "," {
        if let Some(open) = (j.saturating_sub(MAX_ASIDE_WORDS + 2)..j - 1).rev().find(|&c| toks[c].t == ",") {
            let aside = toks[open + 1..j - 1].iter().map(|t| t.lower()).collect::<Vec<_>>().join(" ");
            if open > 0 && ASIDES.contains(&aside.as_str()) {
                j = open;
            }
        }
    }
    loop {
        if j > 0 && is_adverb(&toks[j - 1]) {
            j -= 1;
        } else if j > 1 && lower_is(&toks[j - 2], &["secara", "dengan"]) && toks[j - 1].is_lower_word() {
            // "Bupati Rahmat Hidayat secara resmi mengumumkan", "Rina dengan tegas mengatakan"
            j -= 2;
        } else if let Some(k) = english_time_before(toks, j) {
            // "Ann Porter on Tuesday said", "Reed last week told"
            j = k;
        } else if j > 1
            && lower_is(&toks[j - 1], &["all", "both", "each"])
            && (lower_is(&toks[j - 2], &["they", "we"])
                || (toks[j - 2].is_lower_word() && is_plural_people(&toks[j - 2])))
        {
            // "They both said", "the skippers all agreed": a quantifier floated after them
            j -= 1;
        } else if j > 1 && lower_is(&toks[j - 1], &["himself", "herself", "themselves", "itself", "sendiri"])
        {
            // "Reed himself said", "Bupati sendiri menegaskan"
            j -= 1;
        } else if let Some(k) = id_occasion_before(toks, j) {
            // "Bupati dalam menanggapi keluhan nelayan menegaskan": when, by what it did
            j = k;
        } else if j > 2
            && lower_is(&toks[j - 2], &["sapaan"])
            && lower_is(&toks[j - 1], &["akrabnya", "akrab"])
        {
            // "Budi sapaan akrabnya menambahkan": the name he goes by
            j -= 2;
        } else {
            break;
        }
    }
    j
}

/// Where an Indonesian phrase of the occasion right before `toks[j]` starts: "dalam
/// menanggapi keluhan nelayan", "saat meresmikan dermaga" (a preposition of time, a verb
/// with "me-", a few words of its object).
fn id_occasion_before(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_OBJECT_WORDS: usize = 3;
    let from = j.saturating_sub(MAX_OBJECT_WORDS + 2);
    let k = (from..j.saturating_sub(1))
        .rev()
        .find(|&k| lower_is(&toks[k], &["dalam", "saat", "ketika", "usai", "seusai"]))?;
    let verb = &toks[k + 1];
    let acts = verb.is_lower_word() && verb.t.starts_with("me") && verb.t.chars().count() >= 6;
    // (inside the clause, right after its subject: a capital or a comma before it opens
    // another clause, "Saat menanggapi kerusuhan, Bupati …")
    let inside = k > 0 && toks[k].is_lower_word() && toks[k - 1].is_word();
    (inside && acts && toks[k + 2..j].iter().all(|t| t.is_lower_word())).then_some(k)
}

/// What a shape between the subject and its cue decides: `Some(subject)` (or `Some(None)`,
/// no subject) when the shape is there, `None` when it is not and the next one is tried.
type Decided = Option<Option<(Subj, usize)>>;

/// A reading of what stands between a subject and its cue at `j`.
type BetweenShape = fn(&str, &[Tok], usize) -> Decided;

/// The shapes that may stand between a subject and its cue, in the order they are tried.
const BETWEEN_SUBJECT_AND_CUE: &[BetweenShape] = &[
    who_clause_between,
    role_after_selaku,
    verb_the_cue_completes,
    relative_pronoun_before,
    dashed_aside_between,
    bracketed_after_subject,
    verb_joined_by_and,
    share_or_comparison_between,
    yang_clause_between,
    occasion_between,
    degrees_between,
    agent_phrase_between,
    document_author_between,
];

/// "A report by the harbour board said", "a statement released last week by the council
/// said": a document and its author, named in lower case; the author is the document's
/// voice, as a capitalised one is (the Harbour Trust, for a survey put out by it).
fn document_author_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_AUTHOR: usize = 5;
    const MAX_TIME: usize = 3;
    const DOCUMENTS: &[&str] = &["statement", "memo", "letter", "review", "audit", "notice", "complaint"];
    let by = (j.saturating_sub(MAX_AUTHOR + 1)..j.saturating_sub(1))
        .rev()
        .find(|&k| lower_is(&toks[k], &["by"]))?;
    let author = &toks[by + 1..j];
    let plain = author.iter().all(|t| t.is_lower_word() && !is_cue_word(t));
    if by < 2 || !plain || !lower_is(&author[0], DETERMINERS) {
        return None;
    }
    // (past when it came out and the participle: "released last week by")
    let mut d = by;
    while d > 1
        && by - d < MAX_TIME
        && (lower_is(&toks[d - 1], WEEKDAYS_EN) || lower_is(&toks[d - 1], TIME_PHRASE_WORDS))
    {
        d -= 1;
    }
    if lower_is(&toks[d - 1], DOCUMENTS_PUT_OUT) {
        d -= 1;
    }
    let noun = &toks[d.checked_sub(1)?];
    if !(noun.is_lower_word() && (lower_is(noun, EVIDENCE_NOUNS) || lower_is(noun, DOCUMENTS))) {
        return None;
    }
    // (the subject starts where the document's phrase does: "a new harbour report by …")
    const MAX_MODIFIERS: usize = 3;
    let start =
        (d.saturating_sub(MAX_MODIFIERS + 2)..d - 1).rev().find(|&k| lower_is(&toks[k], DETERMINERS))?;
    if !toks[start..d - 1].iter().all(Tok::is_word) {
        return None;
    }
    let subj = Subj { described: true, ..make_subj(p, toks, by + 1, j, j - by - 1) };
    Some(Some((subj, start)))
}

/// Participles of a document put out, which a place or a time may follow before the cue: "A
/// statement posted at the quay said", "a report released Wednesday said".
const DOCUMENTS_PUT_OUT: &[&str] = &["posted", "published", "released", "issued"];

/// "Several fishermen interviewed by the Herald said", "Skippers reached by phone said", "A
/// statement posted at the quay said": a participle and its agent or place between the
/// subject and the cue; the agent (a medium, a pollster) or place is no speaker.
fn agent_phrase_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_AGENT: usize = 8;
    // (people reached by someone, and documents put out somewhere: "A statement posted at
    // the quay on Monday said")
    const PARTICIPLES: &[&str] = &[
        "interviewed",
        "surveyed",
        "polled",
        "questioned",
        "contacted",
        "reached",
        "consulted",
        "quoted",
        "cited",
        "employed",
        "hired",
        "appointed",
        "posted",
        "published",
        "released",
        "issued",
    ];
    // (a document's author is its voice: "a report released by the Harbour Trust said" is the
    // Trust's, so documents take a place, people an agent)
    const PLACES: &[&str] = &["at", "on", "in", "to", "via"];
    let link = (j.saturating_sub(MAX_AGENT + 1)..j.saturating_sub(1)).rev().find(|&k| {
        k >= 2
            && lower_is(&toks[k - 1], PARTICIPLES)
            && if lower_is(&toks[k - 1], DOCUMENTS_PUT_OUT) {
                lower_is(&toks[k], PLACES)
            } else {
                lower_is(&toks[k], &["by"])
            }
    })?;
    let agent_only = toks[link + 1..j].iter().all(|t| t.is_word() && !is_cue_word(t));
    // (a document put out at a named place is that place's: "A statement posted to the site
    // FerryLine.com said")
    let named_place = lower_is(&toks[link - 1], DOCUMENTS_PUT_OUT)
        && toks[link + 1..j].iter().any(|t| t.is_cap() && !lower_is(t, WEEKDAYS_EN) && !lower_is(t, MONTHS));
    if !agent_only || named_place {
        return None;
    }
    subject_before(p, toks, link - 1).map(Some)
}

/// "The fishermen who met the mayor on Monday say": a relative clause without commas
/// between its noun and the cue.
fn who_clause_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_WHO_CLAUSE: usize = 10;
    let w = (j.saturating_sub(MAX_WHO_CLAUSE)..j).rev().find(|&w| lower_is(&toks[w], &["who"]))?;
    // (its verb may be one of speech, with no statement of its own: "who spoke to the
    // Herald", "who met the mayor")
    let plain = toks[w + 1..j]
        .iter()
        .all(|t| t.is_word() && !lower_is(t, &["that", "he", "she", "they", "we", "i", "it"]));
    if !(w >= 1 && w + 2 < j && plain && toks[w - 1].is_word()) {
        return None;
    }
    subject_before(p, toks, w)
        .filter(|(sj, at)| {
            !sj.pronoun
                && (sj.name.is_some() || lower_is(&toks[*at], DETERMINERS) || describes_speaker(p, sj))
        })
        .map(Some)
}

/// "Dedi Kurnia selaku ketua panitia lomba mengatakan": the role after "selaku".
fn role_after_selaku(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_ROLE_WORDS: usize = 8;
    let k = (j.saturating_sub(MAX_ROLE_WORDS)..j).rev().find(|&k| lower_is(&toks[k], &["selaku"]))?;
    if !(k + 1 < j && toks[k + 1..j].iter().all(|t| t.is_word() || t.t == ".")) {
        return None;
    }
    let (mut sj, at) = subject_before(p, toks, k).filter(|(sj, _)| sj.name.is_some())?;
    sj.role = sj.role.or_else(|| Some(p[toks[k + 1].s..toks[j - 1].e].to_string()));
    Some(Some((sj, at)))
}

/// "He went on to say": the subject of the verb the cue completes.
fn verb_the_cue_completes(p: &str, toks: &[Tok], j: usize) -> Decided {
    if !(j >= 3 && lower_is(&toks[j - 1], &["to"])) {
        return None;
    }
    let mut k = j - 1;
    while k > 0 && j - 1 - k < 3 && toks[k - 1].is_lower_word() && !lower_is(&toks[k - 1], PRONOUNS) {
        k -= 1;
    }
    let verb = &toks[k];
    if k < j - 1 && (verb.t.ends_with("ed") || lower_is(verb, &["went", "began", "goes", "begins"])) {
        return Some(subject_before(p, toks, k));
    }
    // (or of the clause, however far its verb: "Ann Porter climbed onto the old ferry to say")
    Some(clause_subject(p, &toks[..j - 1]).filter(|(sj, verb)| *verb < j - 1 && sj.s < toks[j - 1].s).map(
        |(sj, _)| {
            let at = toks.iter().position(|t| t.s == sj.s).unwrap_or(0);
            (sj, at)
        },
    ))
}

/// "a sign that said", "the resolution which says": the noun phrase the relative pronoun
/// stands for (not a thing indefinite: "found nothing that suggests").
fn relative_pronoun_before(p: &str, toks: &[Tok], j: usize) -> Decided {
    const INDEFINITE: &[&str] = &["nothing", "something", "anything", "everything"];
    if !(j >= 2 && lower_is(&toks[j - 1], &["that", "which"]) && toks[j - 2].is_word()) {
        return None;
    }
    Some(subject_before(p, toks, j - 1).filter(|(sj, at)| {
        !lower_is(&toks[j - 2], INDEFINITE) && !toks[*at].t.contains(['\'', '’']) && !sj.pronoun
    }))
}

/// "The judge -- who has been in a row with the mayor -- said", "Many speakers — including
/// sailors — said": an aside between dashes.
fn dashed_aside_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_DASHED: usize = 30;
    if !(j >= 4 && is_dash(&toks[j - 1])) {
        return None;
    }
    let mut close = j - 1;
    while close > 0 && is_dash(&toks[close - 1]) {
        close -= 1;
    }
    // (a dash set off by spaces, not a hyphen: "pro-Reed")
    let set_off = |k: usize| k > 0 && toks[k - 1].e < toks[k].s;
    let open = (close.saturating_sub(MAX_DASHED)..close).rev().find(|&k| is_dash(&toks[k]))?;
    let mut start = open;
    while start > 0 && is_dash(&toks[start - 1]) {
        start -= 1;
    }
    let aside = start > 0
        && set_off(start)
        && set_off(close)
        && toks[start + 1..close].iter().all(|t| !is_cue_word(t));
    aside.then(|| subject_before(p, toks, start))
}

/// "Sen. Ann Porter (D-Del.) told", "Dinas PUPR (Pekerjaan Umum …) menekankan": a party,
/// state or expansion in brackets after the subject.
fn bracketed_after_subject(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_BRACKETED: usize = 10;
    let open = opening_bracket(toks, j, MAX_BRACKETED + 1).filter(|_| j >= 3)?;
    let plain =
        open > 0 && !toks[open + 1..j - 1].iter().any(|t| matches!(t.t, "(" | ")" | "“" | "”" | "\""));
    plain.then(|| subject_before(p, toks, open))
}

/// "he laughed and said": the subject of the verb before.
fn verb_joined_by_and(p: &str, toks: &[Tok], j: usize) -> Decided {
    if !(j >= 3 && lower_is(&toks[j - 1], &["and"])) {
        return None;
    }
    let verb = &toks[j - 2];
    (verb.is_lower_word() && verb.t.ends_with("ed")).then(|| subject_before(p, toks, j - 2))
}

/// "A third of voters, 33%, say", "Harbour economists, like their Trust counterparts,
/// say": a share or a comparison between commas after the subject.
fn share_or_comparison_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    let open = aside_before(toks, j)?;
    let aside = &toks[open + 1..j - 1];
    let comparison = aside.first().is_some_and(|t| lower_is(t, &["like", "unlike", "including"]));
    if !(share_aside_before(toks, j).is_some() || comparison) {
        return None;
    }
    subject_before(p, toks, open).map(Some)
}

/// Where a short aside between commas that ends right before token `j` opens: its first
/// comma.
fn aside_before(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_ASIDE: usize = 6;
    if !(j >= 4 && toks[j - 1].t == ",") {
        return None;
    }
    (j.saturating_sub(MAX_ASIDE + 2)..j - 1).rev().find(|&c| c > 0 && toks[c].t == ",")
}

/// Where a share between commas that ends right before token `j` opens ("About two-thirds,
/// 64 percent, say"): its first comma.
pub(crate) fn share_aside_before(toks: &[Tok], j: usize) -> Option<usize> {
    let open = aside_before(toks, j)?;
    let aside = &toks[open + 1..j - 1];
    let share = !aside.is_empty()
        && aside.iter().all(|t| is_digits(t) || matches!(t.t, "%" | ".") || lower_is(t, &["percent"]));
    share.then_some(open)
}

/// "Ketua Koperasi Nelayan Sukamaju Budi Santoso yang hadir di dermaga pagi itu
/// menjelaskan": a relative clause between the speaker and the cue.
fn yang_clause_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    const MAX_RELATIVE: usize = 16;
    let y = (j.saturating_sub(MAX_RELATIVE)..j).rev().find(|&y| lower_is(&toks[y], &["yang"]))?;
    // (lowercase, or a role with where it is held: "yang juga ketua jurusan Teknik
    // Kelautan Universitas Contoh")
    // (or a capitalised office past linking words: "Sunarto yang juga Ketua Koperasi Nelayan
    // mengatakan")
    const LINKS: &[&str] =
        &["juga", "merupakan", "adalah", "sekaligus", "selaku", "menjabat", "sebagai", "kini"];
    let role = toks[y + 1..j].iter().take_while(|t| t.is_lower_word()).any(|t| lower_is(t, ROLE_HEADS))
        || toks[y + 1..j]
            .iter()
            .find(|t| !lower_is(t, LINKS))
            .is_some_and(|t| t.is_cap() && lower_is(t, ROLE_HEADS));
    let plain = toks[y + 1..j].iter().all(|t| (t.is_lower_word() || (role && t.is_cap())) && !is_cue_word(t));
    if !(y > 0 && y + 1 < j && toks[y - 1].is_cap() && plain) {
        return None;
    }
    // (a person's full name: "Data yang diperoleh" and "Provinsi Riau yang …" are
    // not speakers)
    // (or any name, when the clause gives a role: only people hold one)
    let person = |sj: &Subj| {
        (full_name(sj) || (role && !sj.pronoun))
            && sj.name.as_deref().and_then(|n| n.split_whitespace().next()).is_some_and(|w| {
                let w = w.to_lowercase();
                ![REGION_KINDS, ROLE_VOCAB, ORG_HEADS].iter().any(|list| list.contains(&w.as_str()))
            })
    };
    subject_before(p, toks, y).filter(|(sj, _)| person(sj)).map(Some)
}
/// "Rina Kusuma dalam sambutannya menyampaikan", "Darto, saat diwawancarai,
/// menyampaikan": an occasion between the speaker and the cue.
fn occasion_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    let at = occasion_start(toks, j)?;
    subject_before(p, toks, at).map(Some)
}

/// Academic degrees after a name: "Hadi Susanto, S.T., M.M., menyampaikan", "Rina Wati,
/// S. Pd, Gr mengatakan".
fn degrees_between(p: &str, toks: &[Tok], j: usize) -> Decided {
    let mut d = j;
    let mut degrees = 0;
    loop {
        if d > 0 && matches!(toks[d - 1].t, "," | ".") {
            d -= 1;
        } else if let Some(start) = degree_before(toks, d) {
            degrees += 1;
            d = start;
        } else {
            break;
        }
    }
    if degrees == 0 {
        d = j;
    }
    if !(d < j && d > 0 && toks[d - 1].is_cap()) {
        return None;
    }
    subject_before(p, toks, d).map(Some)
}

/// The subject before the comma at `j - 1`: a name with its apposition ("Lavrov, the
/// foreign minister, said"), a role and then the name ("Kepala Balai , Yusuf Aziz
/// mengatakan"), or a name opening the sentence with a clause about it.
fn apposed_subject(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    // A long apposition ("Ruth Gale, a surgeon who advised the mayor on the hospital
    // merger, said") only after a name that opens its clause.
    const SHORT: usize = 8;
    const LONG: usize = 24;
    let mut k = j - 1;
    let mut n = 0;
    while k > 0 && toks[k - 1].t != "," && n <= LONG {
        k -= 1;
        n += 1;
    }
    // "Rina yang juga anggota komisi pendidikan itu, sangat berharap": a name opening the
    // sentence, described by a relative clause up to the comma (or by nothing: "Alex
    // Tan, menyampaikan …")
    let opening = toks[..k].iter().all(|t| !t.is_word() || is_discourse(t));
    if opening && n <= LONG {
        // (or by a role after the name: "Yoga Pratama pimpinan Teater Contoh, mengaku")
        let named = subject_forward(p, toks, k).filter(|(sj, end)| {
            sj.name.is_some()
                && (*end == j - 1
                    || toks.get(*end).is_some_and(|t| lower_is(t, &["yang", "who"]))
                    || (toks[*end].is_lower_word() && lower_is(&toks[*end], ROLE_HEADS) && full_name(sj)))
        });
        if let Some((mut sj, end)) = named {
            if end < j - 1 && lower_is(&toks[end], ROLE_HEADS) && sj.role.is_none() {
                sj.role = Some(p[toks[end].s..toks[j - 2].e].to_string());
            }
            return Some((sj, k));
        }
    }
    if k > 0 && toks[k - 1].t == "," && n <= LONG {
        if let Some(found) = role_comma_name(p, toks, k, j - 1) {
            return Some(found);
        }
        // an age before the apposition: "Carl Dunn, 52, an Army veteran, said"
        let age_before = k >= 2 && is_digits(&toks[k - 2]);
        let before = if age_before { subject_before(p, toks, k) } else { subject_before(p, toks, k - 1) };
        if let Some((mut sj, at)) = before {
            let appos = &toks[k..j - 1];
            let relative = appos.first().is_some_and(|t| lower_is(t, &["yang", "who", "which"]));
            // "turnout, the vote will be close, said": a clause, not an apposition
            // (a verb inside a relative clause of the apposition is no such clause: "a
            // former skipper who now is a harbour pilot")
            let finite =
                appos.iter().take_while(|t| !lower_is(t, &["who", "which", "yang"])).any(|t| is_auxiliary(t));
            // (words before the subject may only be discourse words or more of its noun
            // phrase: "The South Korean outlet Daily NK, which …, said")
            // (or only an opening phrase: "Dalam kunjungan itu , Budi Santoso , kepala seksi
            // …, menyampaikan")
            let opens = toks[..at]
                .iter()
                .all(|t| is_discourse(t) || lower_is(t, DETERMINERS) || t.is_cap() || !t.is_word())
                || (at > 0 && at == clause_start(toks))
                // (or a bracket: "… the cause (Ann Porter, who founded the line, once said,
                // “…”)")
                || (at > 0 && toks[at - 1].t == "(");
            let named_opener = sj.name.is_some() && opens;
            // A clause between subject and cue: "Daily NK, mengungkap perihal ini,
            // mengatakan", "Korotchenko, yang juga merupakan wartawan Rusia, turut
            // menyebut", "Smith, who chairs the panel, said". It says something of the
            // subject, so the subject must open its clause and be a name or description.
            let clause = relative
                || appos.first().is_some_and(|t| {
                    (t.is_lower_word() && (lower_is(t, PRE_CUES) || is_id_active_verb(t)))
                        || (t.is_lower_word() && is_participle(t))
                });
            let ok = !relative
                && !finite
                && (n <= SHORT || named_opener)
                && (appos.iter().any(|t| lower_is(t, ROLE_HEADS))
                    || appos.first().is_some_and(|t| lower_is(t, &["the", "a", "an"]))
                    || (named_opener && !clause && appos.first().is_some_and(|t| t.is_lower_word()))
                    // "Ann Porter, Democrat of Delaware, said"
                    || (named_opener
                        && appos.first().is_some_and(|t| t.is_cap())
                        && appos.iter().all(|t| t.is_cap() || lower_is(t, CONNECT) || !t.is_word()))
                    || (appos.len() == 1 && is_digits(&appos[0])));
            // (a name inside a participle's phrase is its object, and the subject stands
            // before that phrase: "Sen. Tom Reed, facing a challenge in Dover, a harbour town,
            // said")
            if at > 0 && lower_is(&toks[at - 1], PREPOSITIONS) && !opens {
                if let Some(c) = toks[..at].iter().rposition(|t| t.t == ",") {
                    let aside = toks.get(c + 1).is_some_and(|t| t.is_lower_word() && is_participle(t));
                    if let Some(found) = aside.then(|| subject_before(p, toks, c)).flatten() {
                        return Some(found).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun);
                    }
                }
            }
            if !sj.pronoun && ok {
                // (a phrase of time or occasion says when, not who: "Tom Reed, in a
                // statement, said"; "with" names whom one works with: "Ann Porter, with the
                // Harbour Trust, said")
                let circumstance = appos
                    .first()
                    .is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS) && !lower_is(t, &["with"]));
                if !circumstance {
                    sj.role = Some(p[toks[k].s..toks[j - 2].e].to_string());
                }
                return Some((sj, at));
            }
            // (the state after a town the description ends in: "a fisherman from Lewes,
            // Delaware, told")
            const MAX_STATE_WORDS: usize = 2;
            let state = appos.len() <= MAX_STATE_WORDS
                && appos.iter().all(|t| t.is_cap())
                && k >= 3
                && toks[k - 2].is_cap()
                && (at..k - 2).any(|x| lower_is(&toks[x], &["in", "from", "of"]));
            // (not an apposition itself: "Carl Dunn, a sailor from Dover, Delaware, said")
            let mut first = toks.iter().position(|t| t.s == sj.s).unwrap_or(at);
            while first > 0
                && (toks[first - 1].is_cap()
                    || lower_is(&toks[first - 1], DETERMINERS)
                    || toks[first - 1].t == "-")
            {
                first -= 1;
            }
            let apposed = first > 0 && toks[first - 1].t == ",";
            if !sj.pronoun && state && sj.name.is_none() && !apposed {
                return Some((sj, at));
            }
            if !sj.pronoun && clause && opens && (sj.name.is_some() || describes_speaker(p, &sj)) {
                // "yang (juga) merupakan wartawan Rusia" / "who is a former minister"
                if let Some(c) = appos.iter().position(|t| lower_is(t, &["merupakan", "adalah", "is", "was"]))
                {
                    let mut r = c + 1;
                    while r < appos.len() && lower_is(&appos[r], DETERMINERS) {
                        r += 1;
                    }
                    if r < appos.len() {
                        sj.role = Some(p[appos[r].s..appos[appos.len() - 1].e].to_string());
                    }
                }
                return Some((sj, at));
            }
        }
    }
    None
}

/// The subject ending in a capitalised word right before the cue: a name, perhaps with
/// its role and organisation before it ("juru bicara Kremlin Dmitry Peskov", "HRC spokesman
/// Dan Moss"), or a role held in an organisation after a person's name and a comma.
fn capitalised_subject(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let mut k = capitalised_run(toks, j)?;
    // "Ann Porter of the Harbour Trust said": a person of an organisation; "The Department of
    // the Interior said": one name
    if k >= 3 && lower_is(&toks[k - 1], &["the"]) && lower_is(&toks[k - 2], &["of"]) && toks[k - 3].is_cap() {
        let person = capitalised_subject(p, toks, k - 2).filter(|(sj, _)| full_name(sj) && sj.role.is_none());
        if let Some((mut sj, at)) = person {
            sj.role = Some(p[toks[k - 2].s..toks[j - 1].e].to_string());
            return Some((sj, at));
        }
        k = capitalised_run(toks, k - 2).unwrap_or(k);
    }
    if let Some(found) = name_role_organisation(p, toks, k, j) {
        return Some(found);
    }
    // lowercase role words before the name: "analis militer Igor", "juru bicara Kremlin"
    let best = role_word_before(toks, k);
    let (mut a, mut lower_n) = (k, 0);
    if let Some(bm) = best {
        lower_n = k - bm;
        a = bm;
        // capitalised words opening the phrase before the role: "HRC spokesman Dan
        // Moss", "City Hall spokesman Ben Ortiz"
        let mut c = bm;
        while c > 0 && bm - c < 3 && toks[c - 1].is_cap() && !is_cap_stop(&toks[c - 1]) {
            c -= 1;
        }
        if c < bm && (c == 0 || !toks[c - 1].is_word()) {
            lower_n += bm - c;
            a = c;
        }
    }
    if let Some(found) = person_from_organisation(p, toks, a, j) {
        return Some(found);
    }
    // (with its article: "…, the White House said" follows its comma; or a determiner of a
    // group: "…, those Democrats argued, …")
    const GROUP_DETERMINERS: &[&str] = &["those", "these", "many", "some", "most", "several", "other"];
    let group = toks[j - 1].t.ends_with('s') && a > 0 && lower_is(&toks[a - 1], GROUP_DETERMINERS);
    if lower_n == 0 && a > 0 && (lower_is(&toks[a - 1], &["the"]) || group) {
        a -= 1;
        lower_n = 1;
    }
    // Korean/Chinese-style all-caps acronyms alone are fine; a lone capitalized word at the
    // sentence start that is a common word is not.
    let sj = make_subj(p, toks, a, j, lower_n);
    // "Budi Santoso , ketua Koperasi Nelayan Sukamaju mengatakan", "…, juga pengurus
    // Koperasi …": a lowercase role and the organisation it is held in, after a person's
    // name and a comma, are that person's
    if lower_n > 0 && best.is_some() {
        const MAX_LEAD_WORDS: usize = 2;
        let mut c = a;
        while c > 0 && a - c < MAX_LEAD_WORDS && toks[c - 1].is_lower_word() {
            c -= 1;
        }
        if let Some(found) =
            (c >= 2 && toks[c - 1].t == ",").then(|| person_with_role(p, toks, c - 1, c, j)).flatten()
        {
            return Some(found);
        }
    }
    // "Rina Wati , SE. , MM. , Ketua KNC Sukamaju mengatakan": a role whose "name" is its
    // organisation, after a person's name (and degrees) and a comma, is that person's
    // (not a person's academic title: "Direktur Pelabuhan Sukamaju , Dr. Sunarto menyebut"
    // is Dr. Sunarto's)
    let org_only = sj.role.is_some() && sj.name.as_deref().is_some_and(|n| !n.contains(' '));
    if org_only
        && a >= 2
        && toks[a - 1].t == ","
        && toks[a].is_cap()
        && lower_is(&toks[a], ROLE_HEADS)
        && !lower_is(&toks[a], HONORIFICS)
    {
        if let Some(found) = person_with_role(p, toks, a - 1, a, j) {
            return Some(found);
        }
    }
    Some((sj, a))
}

/// Where the run of capitalised words (and the words that join them in a name) ending right
/// before token `j` starts, past words that cannot open a name.
fn capitalised_run(toks: &[Tok], j: usize) -> Option<usize> {
    let mut k = j - 1;
    // (an acronym in brackets inside a role: "Kepala Badan Penanggulangan Bencana Daerah
    // (BPBD) Kabupaten Contoh Rudi Hartono"; where the words before it hold no role, the
    // name starts after it)
    let mut after_bracket: Option<usize> = None;
    while k > 0 {
        let t = &toks[k - 1];
        if t.t == ")" && k >= 4 && toks[k - 3].t == "(" && is_acronym(&toks[k - 2]) && toks[k - 4].is_cap() {
            after_bracket = after_bracket.or(Some(k));
            k -= 3;
            continue;
        }
        // (a slash joins an office to its acronym: "Kepala Kantor Syahbandar / KSOP")
        let ok = (t.is_cap() && !(k - 1 == 0 && is_cap_stop(t)))
            || ((lower_is(t, CONNECT) || joins_name(t) || t.t == "/") && k >= 2 && toks[k - 2].is_cap())
            || (t.t == "." && k >= 2 && is_abbr_tok(&toks[k - 2]));
        if !ok {
            break;
        }
        k -= 1;
    }
    if let Some(after) = after_bracket.filter(|&a| !toks[k..a].iter().any(|t| lower_is(t, ROLE_HEADS))) {
        k = after;
    }
    // words that cannot open a name go, except a title: "Ms. Quayle said"; so does
    // the day or month of a phrase of time before it: "In March Tom Reed said"
    // (a time alone stays what was found: "Comey in June criticized" names no one)
    let day_or_month = |k: usize| {
        k > 0
            && k + 1 < j
            && toks[k + 1].is_cap()
            && lower_is(&toks[k - 1], &["in", "on", "during", "since", "until", "pada", "sejak", "hingga"])
            && (lower_is(&toks[k], WEEKDAYS_EN)
                || lower_is(&toks[k], WEEKDAYS_ID)
                || lower_is(&toks[k], MONTHS))
    };
    while k < j
        && ((is_cap_stop(&toks[k]) && !lower_is(&toks[k], TITLES))
            || lower_is(&toks[k], CONNECT)
            || joins_name(&toks[k])
            || day_or_month(k)
            || toks[k].t == ".")
    {
        k += 1;
    }
    (k < j).then_some(k)
}

/// The earliest role or medium word among the few lowercase words right before token `k`
/// ("analis militer Igor", "juru bicara Kremlin").
fn role_word_before(toks: &[Tok], k: usize) -> Option<usize> {
    let mut m = k;
    let mut best = None;
    while m > 0
        && k - m < 4
        && (toks[m - 1].is_lower_word()
            || lower_is(&toks[m - 1], ROLE_HEADS)
            || lower_is(&toks[m - 1], MEDIA_HEADS))
    {
        m -= 1;
        if lower_is(&toks[m], ROLE_HEADS) || lower_is(&toks[m], MEDIA_HEADS) {
            best = Some(m);
        }
        if toks[m].is_cap() {
            break;
        }
    }
    best
}

/// "Hasri mahasiswa Prodi Ilmu Hukum menyatakan": a name, its role, and the organisation the
/// role is in (the capitalised run `k..j`); the name is the speaker's.
fn name_role_organisation(p: &str, toks: &[Tok], k: usize, j: usize) -> Option<(Subj, usize)> {
    if !toks[k..j].iter().any(|t| lower_is(t, ORG_HEADS)) {
        return None;
    }
    let mut r = k;
    while r > 0
        && k - r < 3
        && toks[r - 1].is_lower_word()
        && (lower_is(&toks[r - 1], ROLE_HEADS) || is_speaker_noun(&toks[r - 1]))
    {
        r -= 1;
    }
    let mut c = r;
    while c > 0 && r - c < 3 && toks[c - 1].is_cap() && !is_cap_stop(&toks[c - 1]) {
        c -= 1;
    }
    let opens = c == 0 || !toks[c - 1].is_word() || is_cap_stop(&toks[c - 1]) || is_discourse(&toks[c - 1]);
    // (a person's name, not an organisation's word: "Lembaga riset Institute …")
    let personal = toks[c..r]
        .iter()
        .all(|t| !lower_is(t, ORG_HEADS) && !lower_is(t, ROLE_VOCAB) && !lower_is(t, ROLE_HEADS));
    if !(r < k && c < r && opens && personal) {
        return None;
    }
    let named = make_subj(p, toks, c, r, 0);
    let name = named.name.clone()?;
    let (s, e) = (toks[c].s, toks[j - 1].e);
    let role = Some(p[toks[r].s..e].to_string());
    Some((Subj { s, e, mention: p[s..e].to_string(), name: Some(name), role, ..named }, c))
}

/// "Dedi Kurnia dari Dinas Kesehatan Sukamaju": a person from the organisation `a..j` speaks.
fn person_from_organisation(p: &str, toks: &[Tok], a: usize, j: usize) -> Option<(Subj, usize)> {
    let organisation = toks[a..j].iter().any(|t| lower_is(t, ORG_HEADS) || lower_is(t, ROLE_VOCAB));
    if !(organisation && a >= 2 && lower_is(&toks[a - 1], &["dari", "from"]) && toks[a - 2].is_cap()) {
        return None;
    }
    let (mut sj, at) =
        subject_right_before(p, toks, a - 1).filter(|(sj, _)| sj.name.is_some() && !sj.pronoun)?;
    sj.role = sj.role.or_else(|| Some(p[toks[a - 1].s..toks[j - 1].e].to_string()));
    Some((sj, at))
}

/// The person a role (`role_from..j`) after a comma (token `comma`) belongs to: a full
/// name opening its clause.
fn person_with_role(
    p: &str,
    toks: &[Tok],
    comma: usize,
    role_from: usize,
    j: usize,
) -> Option<(Subj, usize)> {
    let (mut named, at) = subject_before(p, toks, comma).filter(|(named, _)| full_name(named))?;
    let opens = at == 0 || !toks[at - 1].is_word() || is_discourse(&toks[at - 1]);
    opens.then(|| {
        named.role = Some(p[toks[role_from].s..toks[j - 1].e].to_string());
        (named, at)
    })
}

/// The subject ending in a lowercase word right before the cue: a described speaker
/// ("the spokesman", "many analysts", "Wali kota itu"), a named owner's people ("Reed’s
/// aides"), or a name and its role up to the cue.
fn described_subject(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    let last = &toks[j - 1];
    // "Yoga Pratama, pimpinan produksi mengaku": a name, then its role up to the cue
    const MAX_ROLE: usize = 4;
    let role = (j.saturating_sub(MAX_ROLE)..j).find(|&h| {
        h >= 2
            && toks[h - 1].t == ","
            && lower_is(&toks[h], ROLE_HEADS)
            && toks[h..j].iter().all(|t| t.is_word())
    });
    if let Some(h) = role {
        // (a participle's phrase is no name: "Mengutip Reuters, juru bicara … mengatakan")
        let named = |(sj, at): &(Subj, usize)| {
            full_name(sj) && !is_participle(&toks[*at]) && !is_id_active_verb(&toks[*at])
        };
        if let Some((mut sj, at)) = subject_before(p, toks, h - 1).filter(named) {
            sj.role.get_or_insert_with(|| p[toks[h].s..toks[j - 1].e].to_string());
            return Some((sj, at));
        }
    }
    // "Ann Porter’s campaign says", "Reed’s aides say": a named owner's people
    const MAX_OWNED: usize = 3;
    let owned = (j.saturating_sub(MAX_OWNED)..j).find(|&o| {
        o >= 1
            && toks[o..j].iter().all(|t| t.is_lower_word() && !is_cue_word(t) && !is_auxiliary(t))
            && (is_possessive(&toks[o - 1])
                || (matches!(toks[o - 1].t, "'" | "’") && o >= 2 && toks[o - 2].is_cap()))
    });
    if let Some(o) = owned {
        let mut a = o - 1;
        while a > 0 && (toks[a - 1].is_cap() || (toks[a - 1].t == "." && a >= 2 && is_abbr_tok(&toks[a - 2])))
        {
            a -= 1;
        }
        if toks[a].is_cap() {
            return Some((description_only(make_subj(p, toks, a, j, j - a)), a));
        }
    }
    // "the spokesman", "officials", "many analysts" (no verb: "Some voters are so
    // opposed" is a clause, not a subject)
    if is_auxiliary(last) {
        return None;
    }
    let mut k = j - 1;
    let mut n = 0;
    // (a description may join two: "The harbour board chairman and former ferry captain")
    const MAX_MODIFIERS: usize = 7;
    // capitalized modifiers belong to the phrase: "The Democratic presidential candidate"
    let modifier = |t: &Tok| {
        !is_auxiliary(t) && (t.is_lower_word() || lower_is(t, DETERMINERS) || (t.is_cap() && t.is_word()))
    };
    loop {
        // (a described subject speaks as written: "the companies said", "the commission
        // said")
        if lower_is(&toks[k], DETERMINERS) && k < j - 1 {
            return Some((Subj { described: true, ..make_subj(p, toks, k, j, 0) }, k));
        }
        if k == 0 || n >= MAX_MODIFIERS || !modifier(&toks[k - 1]) {
            break;
        }
        // (a verb before an "and" ends a clause, not a description: "The crews met early and
        // critics said")
        let joined = || toks[k..j].iter().any(|t| lower_is(t, &["and", "or"]));
        let adjective = k >= 2
            && (lower_is(&toks[k - 2], DETERMINERS)
                || is_adverb(&toks[k - 2])
                || toks[k - 2].t.ends_with("ly"));
        if is_past_form(&toks[k - 1]) && !adjective && joined() {
            break;
        }
        k -= 1;
        n += 1;
    }
    if is_speaker_noun(last) || lower_is(last, ROLE_HEADS) {
        // "…, current and former aides said": the whole phrase when it opens a clause
        // (a clause word ends it: "Prices fell after sources said" is the sources')
        const CLAUSE_WORDS: &[&str] =
            &["after", "before", "when", "while", "as", "because", "since", "if", "until", "though", "that"];
        let mut k = j - 1;
        while k > 0
            && j - k < 5
            && toks[k - 1].is_lower_word()
            && !lower_is(&toks[k - 1], CLAUSE_WORDS)
            && !lower_is(&toks[k - 1], CLAUSE_OPENERS)
        {
            k -= 1;
        }
        // capitalized modifiers that open the clause: "White House officials said" (with
        // their acronym: "Group of Seven (G-7) leaders said")
        let mut c = k;
        if let Some(open) = opening_bracket(toks, c, 4).filter(|&o| o > 0 && toks[o - 1].is_cap()) {
            c = open;
        }
        let mut capitalised = 0;
        while c > 0 && capitalised < 3 {
            if toks[c - 1].is_cap() && !is_cap_stop(&toks[c - 1]) {
                capitalised += 1;
            } else if !(lower_is(&toks[c - 1], &["of"]) && c >= 2 && toks[c - 2].is_cap() && toks[c].is_cap())
            {
                break;
            }
            c -= 1;
        }
        if c < k && (c == 0 || !toks[c - 1].is_word()) {
            k = c;
        }
        // (after a clause word the phrase starts: ", as one bank executive told me")
        let a =
            if k == 0 || !toks[k - 1].is_word() || lower_is(&toks[k - 1], CLAUSE_WORDS) { k } else { j - 1 };
        return Some((make_subj(p, toks, a, j, 0), a));
    }
    // "Wali kota itu", "pejabat tersebut": a described speaker pointed back to
    // ("Perempuan yang akrab disapa Rina ini")
    if lower_is(last, POINTERS_AFTER) {
        const MAX_DESCRIPTION: usize = 7;
        let from = j.saturating_sub(MAX_DESCRIPTION);
        if let Some(h) = (from..j - 1).find(|&h| lower_is(&toks[h], ROLE_HEADS) || is_speaker_noun(&toks[h]))
        {
            let opens = h == 0 || !toks[h - 1].is_word() || is_discourse(&toks[h - 1]);
            if opens {
                // (capitalised words inside are the role's, not a name: "Imam Besar
                // Masjid Istiqlal itu")
                return Some((description_only(make_subj(p, toks, h, j, 0)), h));
            }
        }
    }
    // "Pihak kepolisian mengatakan", "Petugas pemadam kebakaran menjelaskan": Indonesian puts
    // the people first and what describes them after
    const MAX_ID_DESCRIPTION: usize = 3;
    if toks.get(j).is_some_and(is_id_active_verb) {
        let from = j.saturating_sub(MAX_ID_DESCRIPTION + 1);
        let head = (from..j - 1).find(|&h| {
            (is_speaker_noun(&toks[h]) || lower_is(&toks[h], ROLE_HEADS))
                && (h == 0 || !toks[h - 1].is_word() || is_discourse(&toks[h - 1]))
                && toks[h + 1..j]
                    .iter()
                    .all(|t| t.is_lower_word() && !is_id_active_verb(t) && !is_auxiliary(t))
                // (a relative clause's verb is not the phrase's: "media sosial yang menyebutkan")
                && !toks[h + 1..j].iter().any(|t| lower_is(t, &["yang"]))
        });
        if let Some(h) = head {
            return Some((description_only(make_subj(p, toks, h, j, 0)), h));
        }
    }
    None
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

/// Words after which a forward subject stops.
pub const FWD_STOP: &[&str] = &[
    "di",
    "dalam",
    "kepada",
    "saat",
    "pada",
    "yang",
    "ketika",
    "usai",
    "seusai",
    "dengan",
    "dari",
    "melalui",
    "via",
    "in",
    "at",
    "on",
    "to",
    "during",
    "who",
    "when",
    "after",
    "while",
    "before",
    "said",
    "says",
    "told",
    "and",
    "dan",
    "added",
    "which",
    "that",
    "bahwa",
    "seperti",
    "sebagaimana",
    "menurut",
    "according",
    "as",
    // "industry sources cited by a publication": who passed it on, not the speaker
    "cited",
    "quoted",
];

/// The source named after "menurut" or "according to" from token `x0`, up to the comma
/// (or the full stop that ends the sentence), and the token its attribution ends at.
pub fn source_after_according(p: &str, toks: &[Tok], x0: usize) -> Option<(Subj, usize)> {
    let n = toks.len();
    let mut k = x0;
    const MAX_PHRASE: usize = 12;
    while k < n
        && toks[k].t != ","
        && !is_long_dash(&toks[k])
        && !(toks[k].t == "." && k + 1 == n)
        && k - x0 < MAX_PHRASE
    {
        k += 1;
    }
    if k == x0 {
        return None;
    }
    // (the description ends before a clause about the source: "a report by two committees
    // that lists …", not at the "that" of "the crew on duty that night")
    let described = (x0 + 1..k.min(n)).find(|&j| relative_clause_at(toks, j)).unwrap_or(k.min(n));
    // (whatever the phrase, it is the source: "According to evidence presented
    // at trial, …")
    // (a name inside a description is not the source: "according to a Harbour Herald
    // poll out Monday", "the island's oldest shipping journal")
    let sj = subject_forward(p, toks, x0)
        // (a description is the whole phrase, "a report released Monday by the harbour
        // board", unless the phrase runs too long to be one or passes the source on through
        // a medium: "industry sources cited by the Harbour Herald")
        .filter(|(sj, end)| {
            let phrase_ends = described - x0 < MAX_PHRASE;
            let relayed = toks.get(*end).is_some_and(|t| lower_is(t, &["cited", "quoted"]));
            *end >= described
                || (sj.name.is_none() && (!phrase_ends || relayed))
                // (a name and a clause about it: "Budi Santoso yang juga ketua koperasi")
                || (sj.name.is_some() && toks.get(*end).is_some_and(|t| lower_is(t, &["yang", "who"])))
                || (sj.name.is_some()
                    && !toks[*end..described].iter().any(|t| t.is_lower_word() && !lower_is(t, CONNECT)))
        })
        .map(|(s, _)| s)
        .unwrap_or_else(|| {
            // (a description that ends in a full name names its speaker:
            // "according to Harbour Herald columnist Carl Dunn")
            let mut end = described;
            // (a phrase cut at its length ends on a word: "data released by the board and",
            // "officials familiar with the")
            while described - x0 >= MAX_PHRASE
                && end > x0 + 1
                && toks[end - 1].is_lower_word()
                && (lower_is(&toks[end - 1], PREPOSITIONS)
                    || lower_is(&toks[end - 1], DETERMINERS)
                    || lower_is(&toks[end - 1], &["and", "or"]))
            {
                end -= 1;
            }
            let name = toks[x0..end].iter().rev().take_while(|t| t.is_cap()).count();
            let described_name = name >= 2
                && end - name > x0
                && toks[end - name - 1].is_lower_word()
                && !lower_is(&toks[end - name - 1], PREPOSITIONS)
                && !lower_is(&toks[end - name - 1], DETERMINERS)
                && !lower_is(&toks[end - name - 1], &["and", "or"]);
            let mut sj = Subj { described: true, ..make_subj(p, toks, x0, end, 0) };
            if described_name {
                sj.name = Some(p[toks[end - name].s..toks[end - 1].e].to_string());
                sj.role = Some(p[toks[x0].s..toks[end - name - 1].e].to_string());
            }
            sj
        });
    // "Menurut Kepala Desa Sukamaju, Rudi Hartono, nama …": the speaker goes on
    // through names, roles and degrees set off by commas; a name after a role
    // is the speaker, the role theirs
    const MAX_NAME: usize = 6;
    let end = appositions_end(toks, k);
    // (the role may run on over commas of its own: "Menurut Kepala Bagian Humas ,
    // Hukum dan Protokol Dinas Kelautan , Dedi Kurnia , …": the name is the part
    // that reads as one)
    let commas = (k..=end.min(n.saturating_sub(1))).filter(|&c| toks[c].t == ",").collect::<Vec<_>>();
    let named = commas.windows(2).find(|w| {
        let (a, c) = (w[0], w[1]);
        c > a + 1 && c - a <= MAX_NAME && capitalised_words(&toks[a + 1..c])
    });
    let sj = match named {
        Some(&[a, c]) if sj.name.is_none() || toks[x0..k].iter().any(|t| lower_is(t, ROLE_HEADS)) => {
            let mut named = make_subj(p, toks, a + 1, c, 0);
            named.role = Some(p[toks[x0].s..toks[a - 1].e].to_string());
            named
        }
        _ => sj,
    };
    Some((sj, end))
}

/// Whether a relative clause opens at token `k`: "which", "who", or "that" before a verb
/// ("that lists", "that found", "that was"), not the "that" of "on duty that night".
fn relative_clause_at(toks: &[Tok], k: usize) -> bool {
    let verb = |t: &Tok| is_auxiliary(t) || is_past_form(t) || is_present_form(t);
    lower_is(&toks[k], &["which", "who"])
        || (lower_is(&toks[k], &["that"]) && toks.get(k + 1).is_some_and(verb))
}

/// The subject starting at token `i`, and the index after it.
pub fn subject_forward(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    let t = toks.get(i)?;
    if lower_is(t, PRONOUNS) {
        return Some((pronoun_subj(t), i + 1));
    }
    let j = lowercase_lead_end(toks, i);
    let lower_n = j - i;
    let k = role_and_name_after(toks, j, capitalised_end(toks, j), lower_n);
    if k == i {
        return None;
    }
    if k == j {
        // lowercase only: needs a role head, a people noun, or "seorang" (a person)
        let has = lower_is(&toks[i], PERSON_DETERMINERS)
            || toks[i..k].iter().any(|t| lower_is(t, ROLE_HEADS) || is_speaker_noun(t));
        if !has {
            return None;
        }
        return Some((make_subj(p, toks, i, k, 0), k));
    }
    // lowercase words before the name are its role ("analis militer") or an article
    Some((make_subj(p, toks, i, k, lower_n), k))
}

/// Where the lowercase words that open a subject at `toks[i]` end ("the", "analis militer",
/// "said campaign manager …", "the 51-year-old"), or `i` when the words there open none.
fn lowercase_lead_end(toks: &[Tok], i: usize) -> usize {
    let t = &toks[i];
    if !(t.is_lower_word()
        && (lower_is(t, ROLE_HEADS)
            || lower_is(t, DETERMINERS)
            || is_speaker_noun(t)
            || modified_role(toks, i)
            || modified_title(toks, i)
            || described_name(toks, i)))
    {
        return i;
    }
    // (a modifier may be a figure: "the 14th-ranked Schwartzman", "the 51-year-old")
    let modifier =
        |t: &Tok| t.is_lower_word() || (t.t.starts_with(|c: char| c.is_ascii_digit()) && t.t.contains('-'));
    // (a verb of speech ends it: "officers announced")
    let stop = |t: &Tok| lower_is(t, FWD_STOP) || is_cue_word(t) || is_auxiliary(t);
    const MAX_LEAD: usize = 5;
    let mut j = i;
    while j < toks.len() && j - i < MAX_LEAD && modifier(&toks[j]) && (j == i || !stop(&toks[j])) {
        j += 1;
    }
    j
}

/// Modifiers before a role noun: "said campaign manager Corey Lewandowski".
fn modified_role(toks: &[Tok], i: usize) -> bool {
    const MAX_MODIFIERS: usize = 3;
    !lower_is(&toks[i], FWD_STOP)
        && (i + 1..toks.len().min(i + 1 + MAX_MODIFIERS))
            .take_while(|&k| toks[k].is_lower_word() && !lower_is(&toks[k], FWD_STOP))
            .any(|k| lower_is(&toks[k], ROLE_HEADS) || is_speaker_noun(&toks[k]))
}

/// Modifiers before an abbreviated title: "said state Sen. Ann Porter", "former Gov. Reed".
fn modified_title(toks: &[Tok], i: usize) -> bool {
    const MAX_TITLE_MODIFIERS: usize = 2;
    let run = toks[i..]
        .iter()
        .take(MAX_TITLE_MODIFIERS)
        .take_while(|t| t.is_lower_word() && !lower_is(t, FWD_STOP))
        .count();
    run > 0
        && toks.get(i + run).is_some_and(|t| t.is_cap() && is_abbr_tok(t))
        && toks.get(i + run + 1).is_some_and(|t| t.t == ".")
}

/// A description the lexicon does not know that ends the clause with a full name: "said
/// veteran harbourmaster Tom Reed."; or with a surname after a word for what someone does:
/// "said ferryman Reed.", "advises biologist Dunn.".
fn described_name(toks: &[Tok], i: usize) -> bool {
    const MAX_DESCRIPTION: usize = 3;
    let run = toks[i..]
        .iter()
        .take(MAX_DESCRIPTION + 1)
        .take_while(|t| {
            t.is_lower_word()
                && !lower_is(t, FWD_STOP)
                && !is_cap_stop(t)
                && !lower_is(t, PREPOSITIONS)
                && !is_adverb(t)
        })
        .count();
    let name = name_length(toks, i + run);
    (1..=MAX_DESCRIPTION).contains(&run)
        && (name >= 2 || (name == 1 && is_occupation(&toks[i + run - 1])))
        && toks.get(i + run + name).is_none_or(|t| matches!(t.t, "," | "." | ";" | "(") || is_long_dash(t))
}

/// Where the capitalised words from `toks[j]` end: a name, perhaps opened by a title ("said
/// Mr. Dunmore") and joined by connectives ("Bank of the Harbour", "AP/Reuters").
fn capitalised_end(toks: &[Tok], j: usize) -> usize {
    let mut k = j;
    while k < toks.len() {
        let tk = &toks[k];
        let ok = (tk.is_cap()
            && (k > j || !is_cap_stop(tk) || lower_is(tk, &["the"]) || lower_is(tk, TITLES)))
            || ((lower_is(tk, CONNECT) || tk.t == "/")
                && k > j
                && toks.get(k + 1).is_some_and(|n| n.is_cap()))
            || (tk.t == "." && k > j && is_abbr_tok(&toks[k - 1]));
        if !ok {
            break;
        }
        k += 1;
    }
    k
}

/// The subject's end past a role noun after its capitalised words (`toks[j..k]`, after
/// `lower_n` lowercase ones), and the name after that role: "the White House spokesman",
/// "Porter spokeswoman Joan Miller", "Porter campaign chairman Carl Dunn".
fn role_and_name_after(toks: &[Tok], j: usize, mut k: usize, lower_n: usize) -> usize {
    // (people, not a document: "a new Harbour Herald poll")
    let people_noun = |t: &Tok| t.is_lower_word() && (lower_is(t, ROLE_HEADS) || lower_is(t, PEOPLE));
    if k > j && lower_n == 0 && toks.get(k).is_some_and(people_noun) && name_length(toks, k + 1) == 0 {
        // a group or an unnamed person from a named place or party, where the phrase ends:
        // "said Dover officials.", "said one Harbour Party source at the quay"
        const MAX_NAMED_WORDS: usize = 3;
        let ends = toks.get(k + 1).is_none_or(|t| {
            !t.is_word() || lower_is(t, &["who", "in", "on", "at", "from", "close", "familiar", "with"])
        });
        if ends && k - j <= MAX_NAMED_WORDS && !lower_is(&toks[k], MEDIA_HEADS) {
            return k + 1;
        }
    }
    if k > j
        && toks
            .get(k)
            .is_some_and(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS) || lower_n > 0 && people_noun(t))
    {
        let after_role = name_length(toks, k + 1);
        // (a title after the role opens the name: "Republican presidential hopeful Sen. Reed")
        let titled = toks.get(k + 1).is_some_and(|t| t.is_cap() && is_abbr_tok(t))
            && toks.get(k + 2).is_some_and(|t| t.t == ".");
        if lower_n > 0 {
            k += 1;
        } else if after_role > 0 && (k - j == 1 || titled) && !lower_is(&toks[k], MEDIA_HEADS) {
            // and the name after it is the speaker's: "Porter spokeswoman Joan Miller" (after
            // two capitalised words the name may come first, as Indonesian puts it: "Yoga
            // Pratama pimpinan Teater Contoh")
            k += 1 + after_role;
        }
    } else if k > j && lower_n == 0 {
        // … also with modifiers before the role noun: "Porter campaign chairman Carl
        // Dunn", "White House press secretary Ann Porter"
        const MAX_ROLE_MODIFIERS: usize = 2;
        let modifiers = toks[k..]
            .iter()
            .take(MAX_ROLE_MODIFIERS)
            .take_while(|t| t.is_lower_word() && !lower_is(t, FWD_STOP) && !lower_is(t, ROLE_HEADS))
            .count();
        let role = k + modifiers;
        if modifiers > 0
            && k - j <= 2
            && toks.get(role).is_some_and(|t| t.is_lower_word() && lower_is(t, ROLE_HEADS))
        {
            let name = name_length(toks, role + 1);
            if name > 0 && !lower_is(&toks[role], MEDIA_HEADS) {
                k = role + 1 + name;
            }
        }
    }
    k
}

/// Where a time phrase ending right before `toks[j]` starts, English puts one between a
/// subject and its verb: "on Tuesday", "Tuesday night", "last week", "earlier this month".
fn english_time_before(toks: &[Tok], j: usize) -> Option<usize> {
    const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];
    const SPANS: &[&str] = &["week", "month", "year", "weekend"];
    let mut k = j;
    if k > 1 && lower_is(&toks[k - 1], PARTS_OF_DAY) && lower_is(&toks[k - 2], WEEKDAYS_EN) {
        k -= 1;
    }
    if k > 1 && lower_is(&toks[k - 1], WEEKDAYS_EN) {
        k -= 1;
        if k > 1 && lower_is(&toks[k - 1], &["on", "last", "this", "early", "late"]) {
            k -= 1;
        }
    } else if k > 2 && lower_is(&toks[k - 1], SPANS) && lower_is(&toks[k - 2], &["last", "this"]) {
        k -= 2;
        if k > 1 && lower_is(&toks[k - 1], &["earlier", "later"]) {
            k -= 1;
        }
    } else if k > 2 && is_year(&toks[k - 1]) && lower_is(&toks[k - 2], &["in", "from"]) {
        // "Reed in 2011 said", "a harbour study from 2011 noted"
        k -= 2;
    }
    // (the time a document came out: "a report released Wednesday said")
    if k < j && k > 2 && lower_is(&toks[k - 1], DOCUMENTS_PUT_OUT) && toks[k - 2].is_lower_word() {
        k -= 1;
    }
    (k < j && toks[k - 1].is_word()).then_some(k)
}

/// Whether the words before token `at` are only a phrase of time or place opening the
/// sentence, without a comma: "In March the harbour master said", "At noon she said", "In
/// the spring the mayor said". The phrase holds no verb, so a subject at `at` opens the main
/// clause. (Not "after" or "before", which also open clauses: "After Reed left the mayor
/// said".)
pub fn after_opening_circumstance(toks: &[Tok], at: usize) -> bool {
    const PLACE_OR_TIME: &[&str] = &["in", "on", "at", "during", "pada", "dalam", "di"];
    const MAX_PHRASE_WORDS: usize = 5;
    let Some(s0) = toks.iter().position(|t| t.is_word() && !is_discourse(t)) else { return false };
    // (perhaps inside a subordinate clause: "Although in May Reed said …")
    let s0 = if lower_is(&toks[s0], SUBORDINATORS) && s0 + 1 < at { s0 + 1 } else { s0 };
    if s0 + 1 >= at || at - s0 - 1 > MAX_PHRASE_WORDS || !lower_is(&toks[s0], PLACE_OR_TIME) {
        return false;
    }
    // (an Indonesian verb by its prefix only after an Indonesian opener: "at the meeting" has
    // none)
    let indonesian = lower_is(&toks[s0], &["pada", "dalam", "di"]);
    toks[s0 + 1..at].iter().all(|t| {
        t.is_word()
            && !is_auxiliary(t)
            && !lower_is(t, CLAUSE_OPENERS)
            && !lower_is(t, PRONOUNS)
            && !is_cue_word(t)
            && !is_past_form(t)
            && !(indonesian && is_id_active_verb(t))
    })
}

/// Tokens of the name at `from`: capitalised words and the dots of abbreviated titles
/// ("Sen. Tom Reed").
fn name_length(toks: &[Tok], from: usize) -> usize {
    (from..toks.len())
        .take_while(|&a| toks[a].is_cap() || (toks[a].t == "." && a > from && is_abbr_tok(&toks[a - 1])))
        .count()
}

/// Where the noun phrase that ends with a subject at `at` opens its clause, if the words
/// between hold no verb or clause word that would make the subject part of another clause.
pub fn noun_phrase_start(toks: &[Tok], at: usize, at_start: impl Fn(usize) -> bool) -> Option<usize> {
    const MAX: usize = 8;
    // (a phrase headed by people may run longer: "Experts in port law and advocates of
    // ferry riders say")
    const MAX_PEOPLE: usize = 12;
    const PEOPLE_HEAD_WORDS: usize = 4;
    // (a participle after people modifies them: "Riders going to the polls say", "activists
    // clamoring to block the toll say")
    let after_people = |k: usize| {
        k > 0 && {
            let t = &toks[k - 1];
            t.is_word() && !is_possessive(t) && is_plural_people(t)
        }
    };
    let mut k = at;
    while k > 0 && at - k < MAX_PEOPLE {
        let t = &toks[k - 1];
        let abbreviation_dot = t.t == "." && k >= 2 && is_abbr_tok(&toks[k - 2]);
        // ("More than six in 10", "less than half")
        let comparison =
            lower_is(t, &["than"]) && k >= 2 && lower_is(&toks[k - 2], &["more", "less", "fewer"]);
        // (a relative word opens a clause of its own: "a port in which most sailors say")
        const RELATIVES: &[&str] = &["which", "where", "who", "whom", "whose", "that"];
        let noun_word = t.is_word()
            && (comparison || !lower_is(t, CLAUSE_OPENERS))
            && !lower_is(t, RELATIVES)
            && !is_auxiliary(t)
            && !is_contraction(t)
            && !is_cue_word(t)
            && !is_past_form(t)
            && !lower_is(t, &["though", "although"])
            && !(t.is_lower_word()
                && t.t.ends_with("ing")
                && t.t.len() > 4
                && (!after_people(k - 1)
                    || lower_is(t, PREPOSITIONS)
                    || lower_is(t, &["including", "according"])));
        if !(noun_word || abbreviation_dot) {
            break;
        }
        k -= 1;
    }
    if at - k > MAX && !toks[k..k + PEOPLE_HEAD_WORDS].iter().any(|t| is_speaker_noun(t)) {
        k = at - MAX;
    }
    let opens_at = |k: usize| {
        k == 0
            || at_start(k)
            || is_punct(&toks[k - 1], &[",", ";", ":", "(", ")", "”", "\""])
            || is_long_dash(&toks[k - 1])
            // (a hyphen set off by spaces is a dash: "… than Reed - 60 percent of the riders said")
            || (is_dash(&toks[k - 1]) && k >= 2 && toks[k - 2].e < toks[k - 1].s)
            || lower_is(&toks[k - 1], &["and", "but", "while", "as", "because", "after", "when", "which", "where"])
            // (after a question word: "That's why the Reed team says", "what her crew saw")
            || lower_is(&toks[k - 1], &["what", "why", "how"])
    };
    // (a participle opening the phrase modifies its noun: "But sailing experts say")
    if k > 0 && toks[k - 1].is_lower_word() && toks[k - 1].t.ends_with("ing") && opens_at(k - 1) {
        k -= 1;
    }
    // (a phrase that opens nowhere may start after an "and" inside it, a short one: "Forty
    // skippers came to the quay and most said")
    const MAX_AFTER_AND: usize = 3;
    if !(k < at && opens_at(k)) {
        if let Some(c) = (k..at).rev().find(|&c| lower_is(&toks[c], &["and", "but"])) {
            // (not a subject of two: "she and two pilots later said")
            if at - c - 1 <= MAX_AFTER_AND && !(c > 0 && lower_is(&toks[c - 1], PRONOUNS)) {
                k = c + 1;
            }
        }
    }
    let opens = k < at && opens_at(k);
    // the phrase's own first word must not be a conjunction or preposition (but "At least
    // half of the riders say" opens with a share)
    let share = lower_is(&toks[k.min(at)], &["at"])
        && toks.get(k + 1).is_some_and(|t| lower_is(t, &["least", "most"]));
    (opens
        && !lower_is(&toks[k], CLAUSE_OPENERS)
        && (share || !lower_is(&toks[k], &["in", "on", "at", "for", "to", "of"])))
    .then_some(k)
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

/// Where an occasion phrase ending right before `toks[j]` starts: "dalam sambutannya",
/// "saat diwawancarai di sela kegiatan", "in a statement", with the speaker's name (or a
/// comma after it) before the phrase.
fn occasion_start(toks: &[Tok], j: usize) -> Option<usize> {
    const MAX_OCCASION: usize = 10;
    // (names inside it follow a word that says by, through or with whom: "saat dihubungi
    // lewat Telegram", "ketika ditemui oleh wartawan Harian Sukamaju")
    const BEFORE_NAMES: &[&str] = &["melalui", "via", "lewat", "oleh", "kepada", "dengan", "bersama"];
    let mut end = j;
    if end > 0 && toks[end - 1].t == "," {
        end -= 1;
    }
    // (a name may sit inside one that ends in "-nya": "dalam Instagram resminya", "melalui
    // WhatsAppnya")
    let possessive_end = end > 0 && toks[end - 1].is_word() && toks[end - 1].t.ends_with("nya");
    (end.saturating_sub(MAX_OCCASION)..end).find(|&at| {
        let names_allowed = |x: usize| {
            possessive_end || toks[at..x].iter().any(|t| t.is_lower_word() && lower_is(t, BEFORE_NAMES))
        };
        at > 0
            && lower_is(&toks[at], OCCASION_OPENERS)
            && (at..end).all(|x| toks[x].is_word() && (!toks[x].is_cap() || names_allowed(x)))
            && (toks[at - 1].is_cap() || toks[at - 1].t == "," || toks[at - 1].t == ".")
    })
}

/// Where a tail of time, place and addressee before `toks[j]` starts ("di Sukamaju Senin ,",
/// ", Senin ( 3 / 5 ) ,", "kepada Warta Contoh ,"), or `j` when there is none.
fn occasion_tail_start(toks: &[Tok], j: usize) -> usize {
    // (Indonesian order: English puts the day after the cue, "said Monday")
    const MAX_BRACKETED: usize = 8;
    const MAX_PLACE: usize = 8;
    let mut start = j;
    let mut k = j;
    loop {
        while k > 0 && toks[k - 1].t == "," {
            k -= 1;
        }
        let before = k;
        // a date in brackets: "( 2 / 12 )", "(2/12/2024)"
        if let Some(open) = opening_bracket(toks, k, MAX_BRACKETED) {
            let date = toks[open + 1..k - 1].iter().all(|t| t.t == "/" || is_digits(t));
            if date && open > 0 && lower_is(&toks[open - 1], WEEKDAYS_ID) {
                k = open;
            }
        }
        if k > 0 && lower_is(&toks[k - 1], WEEKDAYS_ID) {
            k -= 1;
        }
        // "di Sukamaju", "di Universitas Contoh ( Unco ) Bekasi", "kepada Warta Contoh", "di
        // Kabupaten Siak , Provinsi Riau"
        if let Some(at) =
            (k.saturating_sub(MAX_PLACE)..k).rev().find(|&a| lower_is(&toks[a], &["di", "kepada"]))
        {
            let place = toks[at + 1..k].iter().all(|t| t.is_cap() || matches!(t.t, "(" | ")" | ","));
            if place && at + 1 < k && at > 0 {
                k = at;
            }
        }
        if k == before {
            // An Indonesian cue after a comma alone that frames a statement ("Rina Sari
            // Sukmawati , menyampaikan bahwa") follows its speaker; one with an object is a
            // clause of its own ("Daily NK, mengungkap perihal ini, mengatakan"), and an
            // English cue closes an apposition the caller reads.
            // (or one that is the sentence's last cue, its main verb, after names alone that
            // open the clause: "Budi Santoso dan Rina Wati , berharap harga ikan segera pulih")
            let names_open_clause = || {
                let mut b = k;
                while b > 0 && in_joined_names(&toks[b - 1]) {
                    b -= 1;
                }
                b < k && (b == 0 || b == clause_start(toks) || matches!(toks[b - 1].t, "," | ";" | ":"))
            };
            let last_cue = || {
                names_open_clause() && !toks.iter().skip(j + 1).any(|t| t.is_lower_word() && is_cue_word(t))
            };
            let framing = toks.get(j).is_some_and(is_id_active_verb)
                && (toks.get(j + 1).is_some_and(|t| lower_is(t, &["bahwa", ",", ":"])) || last_cue());
            return if start == j && framing { k } else { start };
        }
        start = k;
    }
}

/// "Kepala Dinas Pendidikan Kabupaten Sukamaju, Dedi Kurnia, menjelaskan": a role
/// phrase opening the clause, then the name between commas (`toks[a..b]`, `toks[a - 1]`
/// the first comma). The speaker is the name, with the role.
fn role_comma_name(p: &str, toks: &[Tok], a: usize, b: usize) -> Option<(Subj, usize)> {
    const MAX_NAME: usize = 6;
    const MAX_ROLE: usize = 20;
    const MAX_AFFILIATION: usize = 10;
    // (a name may end with where the person is from: "Carl Dunn of Grace Baptist
    // Church in Dover")
    let is_name = |name: &[Tok]| {
        !name.is_empty()
            && name.len() <= MAX_NAME
            && name[0].is_cap()
            // (a day is when, not who: "Rudi di Sukamaju, Senin, mengatakan")
            && !(name.len() == 1 && lower_is(&name[0], WEEKDAYS_ID))
            // initials and titles inside the name: "Hendro J.C. Wijaya", "Dr. Teguh"
            && name.iter().enumerate().all(|(x, t)| {
                t.is_cap() || (t.t == "." && x > 0 && (is_abbr_tok(&name[x - 1]) || name[x - 1].t.contains('.')))
            })
    };
    let affiliation = || {
        (a + 1..b).find(|&x| {
            lower_is(&toks[x], &["of", "from"])
                && b - x <= MAX_AFFILIATION
                && toks[x + 1..b]
                    .iter()
                    .all(|t| t.is_cap() || lower_is(t, CONNECT) || lower_is(t, &["in", "at"]))
        })
    };
    let (b, affiliated) = match affiliation() {
        Some(x) if !is_name(&toks[a..b]) => (x, true),
        _ => (b, false),
    };
    if !is_name(&toks[a..b]) || a < 2 {
        return None;
    }
    let comma = a - 1;
    let mut m = comma;
    // an acronym in brackets closing the role: "Kepala Badan Penyuluhan (BPPK), Rina, …"
    const MAX_ACRONYM: usize = 8;
    if let Some(open) = opening_bracket(toks, m, MAX_ACRONYM) {
        m = open;
    }
    let role_end = m;
    // (an acronym in brackets may stand inside the role too: "Kepala Seksi PAUD dan
    // Pendidikan Non-formal ( PNFI ) Dinas Pendidikan Sukamaju")
    let bracketed = |m: usize| {
        m >= 3 && matches!(toks[m - 1].t, "(" | ")") && (toks[m - 1].t == "(" || toks[m - 3].t == "(")
    };
    let walk_back = |mut m: usize| {
        while m > 0
            && role_end - m < MAX_ROLE
            && (toks[m - 1].is_word()
                || (toks[m - 1].t == "." && m >= 2 && is_abbr_tok(&toks[m - 2]))
                || bracketed(m))
        {
            m -= 1;
        }
        m
    };
    m = walk_back(m);
    // (a region set off by commas of its own belongs to the role before it: "Ketua Koperasi
    // Nelayan ( KN ) , Kabupaten Contoh , Rina Wati , …")
    if m >= 2 && toks[m - 1].t == "," && lower_is(&toks[m], REGION_KINDS) {
        m = walk_back(m - 1);
    }
    let opens_clause = m == 0 || is_punct(&toks[m - 1], &[",", ";", ":", "(", "”", "\""]);
    // (nor the word opening a subordinate clause: "When the harbour director, Tom Reed, said …")
    while m < comma
        && (is_discourse(&toks[m])
            || lower_is(&toks[m], SUBORDINATORS)
            || lower_is(&toks[m], ID_SUBORDINATORS))
    {
        m += 1;
    }
    let role = &toks[m..comma];
    // "The author of the report, Ruth Gale, said": a described role works as well
    // (or "One pastor supporting Mr. Reed, Carl Dunn, said": a counted person)
    // (Indonesian counts one too: "Salah satu pelaku UMKM, Rina, menyatakan", "Seorang warga,
    // Budi, mengatakan")
    let one_of = role.len() >= 3 && lower_is(&role[0], &["salah"]) && lower_is(&role[1], &["satu"]);
    let described = role.len() >= 2
        && ((lower_is(&role[0], &["the", "a", "an"]) && role[1..].iter().all(|t| t.is_lower_word()))
            || (lower_is(&role[0], &["one", "another", "seorang"]) && role[1].is_lower_word())
            || one_of);
    let has_role = described || role.iter().any(|t| lower_is(t, ROLE_HEADS) || is_speaker_noun(t));
    // (a name's affiliation only after a description: "Senator Ann Quayle, Democrat of
    // Maine," is a name with its apposition)
    if !opens_clause || role.is_empty() || !has_role || (affiliated && !described) {
        return None;
    }
    // (a role that ends in a place leaves a place after the comma: "A nurse in Dover,
    // Delaware, told")
    let place_before = {
        let mut c = role.len();
        while c > 0 && role[c - 1].is_cap() {
            c -= 1;
        }
        c > 0 && c < role.len() && lower_is(&role[c - 1], &["in", "from", "at"])
    };
    if place_before && (b - a == 1 || jejak_text::is_known_entity(&p[toks[a].s..toks[b - 1].e])) {
        return None;
    }
    // (a role that itself follows a name opening the sentence describes that name, and what
    // follows it is a place: "Rosidah (45), pedagang beras di Pasar Baru, Depok, mengatakan")
    let opening_name = m >= 2 && toks[m - 1].t == "," && {
        let start = toks.iter().position(|t| t.is_word() && !is_discourse(t)).unwrap_or(0);
        let name = toks.get(start..m - 1).unwrap_or_default();
        let age = matches!(name, [.., open, n, close] if open.t == "(" && is_digits(n) && close.t == ")");
        let words = if age { &name[..name.len() - 3] } else { name };
        !words.is_empty()
            && words.len() <= 4
            && words.iter().all(|t| {
                t.is_cap() && !is_cap_stop(t) && !lower_is(t, WEEKDAYS_EN) && !lower_is(t, WEEKDAYS_ID)
            })
    };
    if opening_name {
        return None;
    }
    let mut sj = make_subj(p, toks, a, b, 0);
    sj.name.as_ref()?;
    sj.role = Some(p[role[0].s..role[role.len() - 1].e].to_string());
    Some((sj, m))
}

/// "kata Kepala Dinas Sosial Sukamaju, Dedi Kurnia, di Sukamaju", "said the port's
/// director, Ann Porter.": a role after the cue (`sj`, `toks[from..k]`), then a name set off
/// by a comma at `k`. The name speaks, and the role is theirs.
/// Returns the name's subject and the index after it.
pub fn name_after_role(p: &str, toks: &[Tok], sj: &Subj, from: usize, k: usize) -> Option<(Subj, usize)> {
    const MAX_NAME: usize = 6;
    if toks.get(k)?.t != "," || !(sj.name.is_none() || toks[from..k].iter().any(|t| lower_is(t, ROLE_HEADS)))
    {
        return None;
    }
    let closes = |e: usize| {
        matches!(toks[e].t, "," | ";" | ")" | "!" | "?") || (toks[e].t == "." && !is_abbr_tok(&toks[e - 1]))
    };
    let mut end = (k + 1..toks.len()).find(|&e| closes(e)).unwrap_or(toks.len());
    // (where or when they spoke may follow the name without a comma: "kata Kepala Dinas
    // Sukamaju, Budi Santoso dalam keterangan pers")
    const OCCASION_AFTER_NAME: &[&str] = &["pada", "kepada", "in", "at", "during", "on", "after"];
    if let Some(x) = (k + 2..end).find(|&x| toks[x].is_lower_word()) {
        if lower_is(&toks[x], OCCASION_OPENERS) || lower_is(&toks[x], OCCASION_AFTER_NAME) {
            end = x;
        }
    }
    let part = &toks[k + 1..end];
    if part.is_empty() || part.len() > MAX_NAME || !capitalised_words(part) {
        return None;
    }
    let mut named = make_subj(p, toks, k + 1, end, 0);
    named.name.as_ref()?;
    named.role = Some(p[toks[from].s..toks[k - 1].e].to_string());
    Some((named, end))
}

/// A named speaker after an inverted cue with the description that closes the sentence after
/// a comma as their role: "…,” said Tom Reed, a spokesman for the harbour board." The
/// description is a noun phrase: no verb, relative pronoun or further clause in it.
pub fn with_closing_role(p: &str, toks: &[Tok], sj: Subj, end: usize) -> Subj {
    const MAX_ROLE_WORDS: usize = 12;
    if sj.name.is_none() || sj.role.is_some() || toks.get(end).is_none_or(|t| t.t != ",") {
        return sj;
    }
    let part = &toks[end + 1..];
    let stop =
        part.iter().position(|t| !t.is_word() && !matches!(t.t, "-" | "'s" | "’s")).unwrap_or(part.len());
    let closes = part.get(stop).is_none_or(|t| matches!(t.t, "." | "!" | "?"));
    let (role, rest) = part.split_at(stop);
    let opens = role.first().is_some_and(|t| lower_is(t, &["a", "an", "the"]) || lower_is(t, ROLE_HEADS));
    // (a participle after the article describes: "a retired captain")
    let clause = role
        .iter()
        .any(|t| is_auxiliary(t) || is_cue_word(t) || lower_is(t, &["who", "which", "that", "yang"]));
    if !closes || !opens || clause || role.len() > MAX_ROLE_WORDS || rest.len() > 1 {
        return sj;
    }
    Subj { role: Some(p[role[0].s..role[role.len() - 1].e].to_string()), ..sj }
}

/// Index of the comma closing an apposition that opens at `toks[k]`: `, a veteran
/// strategist,` or `, 30, of Raleigh,`, short and without a sentence end in it.
pub fn apposition_end(toks: &[Tok], k: usize) -> Option<usize> {
    const MAX_APPOSITION: usize = 32;
    if toks.get(k)?.t != "," {
        return None;
    }
    // (a few words quoted in it are part of it: "Reed, holding a “Save the Quay” leaflet, said")
    const MAX_QUOTED: usize = 6;
    let mut quoted_until = 0;
    for (j, t) in toks.iter().enumerate().skip(k + 1).take(MAX_APPOSITION) {
        // (the stop of an abbreviation ends nothing: "of Dover, Del., who", "Eugene, Ore.,")
        let abbreviation = toks[j - 1].t.contains('.')
            || is_abbr_tok(&toks[j - 1])
            || toks.get(j + 1).is_some_and(|next| next.t == ",");
        if j <= quoted_until {
            continue;
        }
        let quote_end = quoted_words_end(toks, j, MAX_QUOTED);
        if let Some(e) = quote_end {
            quoted_until = e;
            continue;
        }
        match t.t {
            "." if abbreviation => {}
            "." | "!" | "?" | ";" | "“" | "”" | "\"" => return None,
            // the comma a cue follows: "strategist, said" (not a second comma right after the
            // first: "Reed, , said")
            "," if j > k + 1 && toks.get(j + 1).is_some_and(is_cue_word) => return Some(j),
            _ => {}
        }
    }
    None
}

/// The closing mark of a few words quoted from `toks[j]`, an opening mark after a word
/// (`a “Save the Quay” leaflet`, `the writers of the “Harbour Plan”`), at most `max` tokens on.
pub fn quoted_words_end(toks: &[Tok], j: usize, max: usize) -> Option<usize> {
    let closing = match toks.get(j)?.t {
        "“" => "”",
        "\"" => "\"",
        _ => return None,
    };
    let after_word = j > 0 && toks[j - 1].is_word();
    let end = toks[j + 1..].iter().take(max).position(|n| n.t == closing).map(|x| j + 1 + x)?;
    (after_word && end > j + 1).then_some(end)
}

/// The comma that ends a speaker set off by `Menurut` when names, roles, degrees and
/// relative clauses follow it between commas ("Menurut Kapolres, AKBP Rudi Hartono,
/// kericuhan …", "Menurut Wati, S.Pd., M.Pd., Ketua Panitia Lomba, program …"); `k` is the
/// first comma. A part with a verb or an auxiliary is the statement, not the speaker.
pub fn appositions_end(toks: &[Tok], mut k: usize) -> usize {
    const MAX_PART: usize = 16;
    while toks.get(k).is_some_and(|t| t.t == ",") {
        let Some(next) = toks.iter().skip(k + 1).take(MAX_PART).position(|t| t.t == ",").map(|j| k + 1 + j)
        else {
            break;
        };
        let part = &toks[k + 1..next];
        let Some(first) = part.first() else { break };
        let apposition = lower_is(first, &["yang"]) || reads_as_apposition(part);
        // (what follows must still be a statement)
        let rest = toks[next + 1..]
            .iter()
            .enumerate()
            .take_while(|&(j, t)| !matches!(t.t, "!" | "?") && (t.t != "." || is_abbr_tok(&toks[next + j])))
            .filter(|(_, t)| t.is_word() && !lower_is(t, DEGREES));
        if !apposition || rest.count() < 3 {
            break;
        }
        k = next;
    }
    k
}

/// Words that read as a name, a role or a degree rather than a clause: capitalised or
/// opened by a role, with few lowercase words and none that is a verb or an auxiliary.
pub fn reads_as_apposition(part: &[Tok]) -> bool {
    const CLAUSE_WORDS: &[&str] = &[
        "adalah",
        "ialah",
        "merupakan",
        "akan",
        "telah",
        "sudah",
        "harus",
        "bisa",
        "dapat",
        "tidak",
        "tak",
        "bukan",
        "masih",
        "sedang",
        "perlu",
        "ini",
        "itu",
        "juga",
    ];
    let verb_like = |t: &Tok| {
        let l = t.lower();
        t.is_lower_word()
            && (lower_is(t, CLAUSE_WORDS)
                || is_auxiliary(t)
                || is_cue_word(t)
                // (a prefix on a word of six letters or more: "beras" and "berat" are no verbs)
                || (l.len() > 5 && ["me", "ber", "di", "ter"].iter().any(|p| l.starts_with(p))))
    };
    part.first()
        .is_some_and(|first| first.is_cap() || lower_is(first, ROLE_HEADS) || lower_is(first, DEGREES))
        && part.iter().filter(|t| t.is_lower_word()).count() <= 3
        && !part.iter().any(verb_like)
}

/// An Indonesian description of a person by what they do, perhaps with where: "pedagang
/// beras eceran di Pasar Kebon Asri", "warga Sukamaju".
fn person_described(part: &[Tok]) -> bool {
    const MAX_WORDS: usize = 3;
    let described = part.iter().position(|t| lower_is(t, &["di", "dari"])).map_or(part, |k| &part[..k]);
    part.first().is_some_and(|first| first.is_lower_word() && is_speaker_noun(first))
        && described.len() <= MAX_WORDS
        && described.iter().all(|t| t.is_word() && !is_id_active_verb(t))
}

/// Where the clause of a sentence begins: past discourse words, and past a phrase of place,
/// time, circumstance or a question put that opens the sentence before a comma.
fn clause_start(toks: &[Tok]) -> usize {
    const MAX_OPENER: usize = 12;
    let mut s0 = 0;
    while s0 < toks.len() && (is_discourse(&toks[s0]) || !toks[s0].is_word()) {
        s0 += 1;
    }
    // past an adverb set off by a comma: "Recently, Reed …"
    if toks.get(s0).is_some_and(is_adverb) && toks.get(s0 + 1).is_some_and(|t| t.t == ",") {
        s0 += 2;
    }
    // past a phrase of place or time that opens the sentence: "On the harbour, Reed …"
    // (or a time before it: "Minutes later, she …", "Two days earlier, Reed …", "Last
    // month, he …")
    if let Some(c) = (s0 + 1..toks.len().min(s0 + 4)).find(|&c| toks[c].t == ",") {
        const TIMES: &[&str] =
            &["later", "earlier", "ago", "week", "month", "year", "weekend", "night", "yesterday", "today"];
        // (or a year: "Back in 2004, Reed …")
        if lower_is(&toks[c - 1], TIMES) || lower_is(&toks[c - 1], WEEKDAYS_EN) || is_year(&toks[c - 1]) {
            s0 = c + 1;
        }
    }
    // or a participle's phrase: "Walking back to the ferry, Ann Porter …" (perhaps after an
    // adverb: "Hastily blaming the crews, Reed …"; or closed by an aside between dashes:
    // "Hastily blaming the crews ― as he did last year ― Reed …")
    let set_off_dash = |c: usize| is_dash(&toks[c]) && toks[c - 1].e < toks[c].s;
    if let Some(c) = (s0 + 2..toks.len().min(s0 + MAX_OPENER)).find(|&c| toks[c].t == "," || set_off_dash(c))
    {
        let first = &toks[s0];
        let adverb = first.is_cap()
            && first.t.len() >= 6
            && first.t.ends_with("ly")
            && toks[s0 + 1].is_lower_word()
            && is_participle(&toks[s0 + 1]);
        let participle = adverb || (first.is_cap() && is_participle(first));
        if participle && toks[s0 + 1].is_word() && !toks[s0 + 1].is_cap() {
            s0 = if set_off_dash(c) {
                const MAX_ASIDE: usize = 20;
                (c + 1..toks.len().min(c + MAX_ASIDE)).find(|&d| set_off_dash(d)).map_or(s0, |d| d + 1)
            } else {
                c + 1
            };
        }
    }
    // or a question put to the speaker: "When pressed on why …, the mayor replied"
    // (or an event it happened in: "As the rain set in, Reed …")
    const OPENING_SUBORDINATORS: &[&str] =
        &["when", "while", "as", "although", "though", "because", "since", "once", "if", "until"];
    const QUESTIONED: &[&str] = &["asked", "pressed", "questioned"];
    // (the phrase may open with how long before or after: "Shortly after the vote, …",
    // "Hours before the ferry sailed, …")
    const HOW_LONG: &[&str] = &[
        "shortly",
        "soon",
        "right",
        "just",
        "even",
        "long",
        "immediately",
        "minutes",
        "hours",
        "days",
        "weeks",
    ];
    // (the opening phrase's first word, past how long before or after)
    // (or "Ever since …", "Even as …")
    let how_long = (toks.get(s0).is_some_and(|t| lower_is(t, HOW_LONG) || lower_is(t, &["ever"]))
        && toks.get(s0 + 1).is_some_and(|t| lower_is(t, &["after", "before", "since"])))
        || (toks.get(s0).is_some_and(|t| lower_is(t, &["even"]))
            && toks.get(s0 + 1).is_some_and(|t| lower_is(t, OPENING_SUBORDINATORS)));
    let o = if how_long { s0 + 1 } else { s0 };
    let opener =
        toks.get(o).is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS) || lower_is(t, OPENING_SUBORDINATORS));
    if opener || toks.get(o).is_some_and(|t| lower_is(t, QUESTIONED)) {
        let mut w = o + 1;
        if lower_is(&toks[o], OPENING_SUBORDINATORS) && toks.get(w).is_some_and(|t| lower_is(t, QUESTIONED)) {
            w += 1;
        }
        // (a question put, or a participle's phrase, holds verbs of its own: "Asked whether the
        // ferry would run in winter,", "While walking along the harbour wall,")
        let questioned = w > o + 1 || lower_is(&toks[o], QUESTIONED);
        let participle = toks.get(w).is_some_and(|t| t.is_lower_word() && t.t.ends_with("ing"));
        // (a question runs longer: "Asked whether the ferry company would pay for the repairs
        // before the council meets again, Mr. Dunn replied")
        const MAX_QUESTION: usize = 30;
        let subordinator = lower_is(&toks[o], OPENING_SUBORDINATORS);
        let longest = if questioned || subordinator { MAX_QUESTION } else { MAX_OPENER };
        if let Some(c) = (w..toks.len().min(o + longest)).find(|&c| toks[c].t == ",") {
            let plain =
                || !toks[w..c].iter().any(|t| is_cue_word(t) || is_auxiliary(t) || lower_is(t, PRONOUNS));
            let question = || questioned && !toks[w..c].iter().any(is_cue_word);
            // (a clause of its own, when a subject follows the comma: "When we asked Reed
            // whether …, he shrugged and said")
            let subordinate =
                subordinator && toks.get(c + 1).is_some_and(|t| lower_is(t, PRONOUNS) || t.is_cap());
            if participle || question() || plain() || subordinate {
                return c + 1;
            }
        }
    }
    s0
}

/// The subject that opens a clause, a name, pronoun or description, and the index of its
/// verb: who "addressed the supporters again" or "issued a statement, saying …".
pub fn clause_subject(p: &str, toks: &[Tok]) -> Option<(Subj, usize)> {
    const MAX_APPOSITION: usize = 20;
    let s0 = clause_start(toks);
    // (an owner's name opens a description as an article does: "Lewes’s harbour master, Ann
    // Porter, …")
    let owner = |t: &Tok| t.is_cap() && is_possessive(t);
    let described = toks.get(s0).is_some_and(|t| lower_is(t, DETERMINERS) || owner(t)).then(|| {
        // "The mayor", "The White House spokesman", "the 41-year-old mother": up to a role or
        // people noun (four words, and the hyphens of a compound)
        const MAX_DESCRIPTION_TOKENS: usize = 8;
        const MAX_DESCRIPTION_WORDS: usize = 4;
        const MAX_OF_WORDS: usize = 4;
        let head = (s0 + 1..toks.len().min(s0 + MAX_DESCRIPTION_TOKENS))
            .take_while(|&h| toks[h].is_word() || toks[h].t == "-")
            .filter(|&h| toks[h].is_word())
            .take(MAX_DESCRIPTION_WORDS)
            .find(|&h| {
                // (a party's member is one too: "The Harbour Republican")
                let member = lower_is(&toks[h], &["democrat", "republican", "democrats", "republicans"]);
                (toks[h].is_lower_word() || member)
                    && (lower_is(&toks[h], ROLE_HEADS) || is_speaker_noun(&toks[h]) || member)
            })?;
        // (a compound of such nouns: "the billionaire mogul")
        let mut head = head;
        while toks
            .get(head + 1)
            .is_some_and(|t| t.is_lower_word() && (lower_is(t, ROLE_HEADS) || is_speaker_noun(t)))
        {
            head += 1;
        }
        // (or what it is on or for, up to a verb in the past: "the longtime adviser on
        // the pier repairs went further")
        const MAX_ON_WORDS: usize = 5;
        let on = toks.get(head + 1).is_some_and(|t| lower_is(t, &["on", "for", "at", "in", "with", "from"]));
        let verb_after = on
            .then(|| {
                (head + 3..toks.len().min(head + 3 + MAX_ON_WORDS)).take_while(|&v| toks[v].is_word()).find(
                    |&v| {
                        is_past_form(&toks[v])
                            || (toks[v].is_lower_word() && (is_auxiliary(&toks[v]) || is_cue_word(&toks[v])))
                    },
                )
            })
            .flatten();
        if let Some(v) = verb_after {
            return Some((make_subj(p, toks, s0, v, 0), v));
        }
        // with what it is of, up to a cue: "the mother of two replied", "the head of the
        // port authority said"
        // (or with the name after it: "the harbour columnist Tom Reed")
        let end = match toks.get(head + 1).filter(|t| lower_is(t, &["of"])) {
            Some(_) => (head + 2..toks.len().min(head + 2 + MAX_OF_WORDS))
                .take_while(|&v| toks[v].is_word())
                .find(|&v| toks[v].is_lower_word() && is_cue_word(&toks[v]))
                .unwrap_or(head + 1),
            None => head + 1 + name_length(toks, head + 1),
        };
        Some((make_subj(p, toks, s0, end, 0), end))
    });
    // (an article before a name is no description: "The Harbour Trust was blunt: …")
    let named = || subject_forward(p, toks, s0).filter(|(sj, _)| sj.pronoun || sj.name.is_some());
    let article_and_name = |(sj, end): &(Subj, usize)| {
        // (a verb right after it, not more of a noun phrase: "The Harbour Trust campaign")
        let verb = toks
            .get(*end)
            .is_some_and(|v| v.is_lower_word() && (is_auxiliary(v) || is_cue_word(v) || v.t.ends_with("ed")));
        lower_is(&toks[s0], &["the"])
            && toks.get(s0 + 1).is_some_and(|t| t.is_cap() && !is_cap_stop(t))
            && *end > s0 + 1
            && sj.name.is_some()
            && verb
    };
    let (sj, mut k) = match described {
        Some(Some(found)) => found,
        // (an owner without a role after it is read as before, by the name: "Reed’s sister")
        Some(None) if toks.get(s0).is_some_and(owner) => named()?,
        Some(None) => named().filter(article_and_name)?,
        None => named().map(|(sj, k)| people_described(p, toks, sj, k))?,
    };
    // (past a party and state in brackets: "Harbour Commissioner Carl Dunn (D), …")
    if sj.name.is_some() {
        k = after_bracket(toks, k).unwrap_or(k);
    }
    // past an apposition: "Carl Dunn, a former county party chairman, became …", or a
    // circumstance set off by commas: "Ann Porter, in an interview with the Herald, said"
    if sj.name.is_some() && toks.get(k).is_some_and(|t| t.t == ",") {
        if let Some(c) = (k + 1..toks.len().min(k + MAX_APPOSITION)).find(|&c| toks[c].t == ",") {
            let part = &toks[k + 1..c];
            // (or whose it is: "Reed's rival on the board", "his neighbour"; or the person's
            // age: "Ann Porter, 56, …")
            const OPENERS: &[&str] = &["a", "an", "the", "who", "yang", "his", "her", "their", "its"];
            let age = matches!(part, [n] if is_digits(n) && n.t.len() <= 3);
            let describes = part.first().is_some_and(|t| lower_is(t, OPENERS) || is_possessive(t))
                || reads_as_apposition(part)
                || age;
            let circumstance = part.first().is_some_and(|t| lower_is(t, OPENING_PREPOSITIONS))
                && !part.iter().any(|t| is_cue_word(t) || is_auxiliary(t));
            if describes || circumstance {
                k = c + 1;
            }
        }
    }
    while k < toks.len() && is_adverb(&toks[k]) {
        k += 1;
    }
    // (a verb, not an article or a preposition: "From the report: …", "Transcript of the
    // hearing: …" have none)
    const LINKING_PREPOSITIONS: &[&str] = &["as", "of", "in", "for", "to", "with", "at", "on", "from", "by"];
    toks.get(k)
        .filter(|v| v.is_lower_word() && !lower_is(v, DETERMINERS) && !lower_is(v, LINKING_PREPOSITIONS))
        .map(|_| (sj, k))
}

/// A one-word "name" before a noun for people is an adjective that opens a sentence:
/// "Angry fishermen", "Local residents" describe people (the subject `sj` ending before
/// `k` becomes the description up to the noun).
fn people_described(p: &str, toks: &[Tok], sj: Subj, k: usize) -> (Subj, usize) {
    let one_word = sj.name.as_ref().is_some_and(|n| !n.contains(' ')) && !sj.pronoun;
    match toks.get(k) {
        Some(noun) if one_word && noun.is_lower_word() && is_speaker_noun(noun) => {
            let mention = p[sj.s..noun.e].to_string();
            let subj = Subj { e: noun.e, mention, name: None, role: None, described: true, ..sj };
            (subj, k + 1)
        }
        _ => (sj, k),
    }
}

/// A clause opened by a determiner and a few plain nouns, then a verb in the past: "The
/// campaign sent", "Her office released". Only where the clause hands over a quote with a
/// colon or a speech participle is such a description its speaker.
pub fn described_clause_subject(p: &str, toks: &[Tok]) -> Option<(Subj, usize)> {
    const MAX_NOUN_WORDS: usize = 3;
    let s0 = clause_start(toks);
    if !toks.get(s0).is_some_and(|t| lower_is(t, DETERMINERS)) {
        return None;
    }
    let plain = |t: &Tok| {
        t.is_lower_word()
            && !is_past_form(t)
            && !is_cue_word(t)
            && !is_adverb(t)
            && !is_auxiliary(t)
            && !lower_is(t, PREPOSITIONS)
    };
    let end = s0 + 1 + toks[s0 + 1..].iter().take(MAX_NOUN_WORDS).take_while(|t| plain(t)).count();
    let mut verb = end;
    while toks.get(verb).is_some_and(is_adverb) {
        verb += 1;
    }
    (end > s0 + 1 && toks.get(verb).is_some_and(is_past_form))
        .then(|| (Subj { described: true, ..make_subj(p, toks, s0, end, end - s0) }, verb))
}

/// The speaker a subject stands for: its name; a pronoun's antecedent (`named`); a
/// medium pointed back to ("kata media tersebut") resolved to the medium the previous
/// sentence named as its subject (`prev_medium`); a description pointed back to ("laporan
/// tersebut", "the report") resolved to the last unnamed speaker it describes
/// (`last_described`: "sebuah laporan dari Korea Selatan"); otherwise the description itself
/// ("seorang pakar militer", "sumber Korut") when it says who spoke without a name.
pub fn resolve(
    p: &str,
    subj: &Option<Subj>,
    named: &mut Antecedents,
    prev_medium: Option<&str>,
    last_described: Option<&str>,
) -> Option<String> {
    let sj = subj.as_ref()?;
    match relative_antecedent(p, sj) {
        Some(WhoStandsFor::Named(before)) => {
            return resolve(p, &Some(before), named, prev_medium, last_described)
        }
        // (a "who" after people described, not named, is them: "the ferry's regular riders,
        // who said …", "a skipper who warned …")
        Some(WhoStandsFor::Described(before)) => return Some(before.mention),
        None => {}
    }
    if sj.pronoun {
        // (with "is" or "has" on it: "He's said")
        let l = sj.mention.to_lowercase();
        let l = without_s(&l).unwrap_or(&l);
        if PERSON_PRONOUNS.contains(&l) {
            return named.resolve(l);
        }
        return None;
    }
    if media_anaphor(p, sj) {
        return prev_medium.map(String::from);
    }
    if let Some(earlier) = last_described.filter(|d| points_back_to(p, sj, d)) {
        return Some(earlier.to_string());
    }
    // "kata perempuan kelahiran Sukamaju ini": a person described and pointed back to is the
    // one named last
    if let Some(latest) = named.latest().filter(|_| describes_a_person_pointed_back(p, sj)) {
        return Some(latest.to_string());
    }
    // "Bupati mengatakan", "the mayor said": a role alone is the person last named with it
    if let Some(role) = sj.name.is_none().then(|| role_alone(&sj.mention)).flatten() {
        if let Some(holder) = named.holder_of(&role) {
            return Some(holder.to_string());
        }
    }
    // "kata Bupati Sukamaju" after "Bupati Sukamaju Rina Wati": a place read as the name after
    // a role is the office, and the office its holder
    let opens_with_role = sj.mention.split_whitespace().next().is_some_and(is_role_word);
    if let Some(holder) =
        sj.name.as_ref().filter(|_| opens_with_role).and_then(|_| named.holder_of(&sj.mention))
    {
        return Some(holder.to_string());
    }
    if let Some(known) =
        sj.name.as_deref().and_then(|name| past_run_in_heading(p, (sj.s, sj.e), &sj.mention, name, named))
    {
        return Some(known.to_string());
    }
    sj.name.clone().or_else(|| describes_speaker(p, sj).then(|| sj.mention.trim().to_string()))
}

/// What a relative "who" that nothing resolved stands for.
enum WhoStandsFor {
    /// The named subject it follows, set off by a comma or a dash: "Tom Reed - who has said
    /// “…”" is Tom Reed.
    Named(Subj),
    /// Otherwise the people described right before it, with or without a comma: "its
    /// regular riders, who", "a skipper who".
    Described(Subj),
}

fn relative_antecedent(p: &str, sj: &Subj) -> Option<WhoStandsFor> {
    let unresolved = sj.name.as_ref().is_none_or(|name| name == &sj.mention);
    if !sj.mention.eq_ignore_ascii_case("who") || !unresolved {
        return None;
    }
    let mut toks = tokens(p, 0, sj.s);
    let before = toks.len();
    toks.extend(tokens(p, sj.s, sj.e));
    // (the "who" closes the tokens, as if a cue came next)
    let named = relative_who(&toks, toks.len()).and_then(|w| who_antecedent(p, &toks, w));
    if let Some((named, _)) = named {
        return Some(WhoStandsFor::Named(named));
    }
    let toks = &toks[..before];
    let end = toks.len() - usize::from(toks.last().is_some_and(|t| t.t == "," || is_dash(t)));
    subject_before(p, toks, end)
        .map(|(described, _)| described)
        .filter(|described| described.name.is_none() && describes_speaker(p, described))
        .map(WhoStandsFor::Described)
}

/// The subject of the relative clause whose cue is token `i`, with the index the named
/// subject starts at: "Mark Hale, a columnist, who said …", "Tom Reed - who has often said
/// …" (the "who", standing for the name as a "he" does), "Dedi Kurnia dari Dinas Kesehatan
/// yang menyatakan …" (the name: Indonesian needs no comma).
pub fn relative_subject(p: &str, toks: &[Tok], i: usize) -> Option<(Subj, usize)> {
    let yang = i >= 2 && lower_is(&toks[i - 1], &["yang"]) && toks[i].is_lower_word();
    if yang {
        return named_subject_before(p, toks, i - 1);
    }
    let w = relative_who(toks, i)?;
    let (named, at) = who_antecedent(p, toks, w)?;
    Some((Subj { s: toks[w].s, e: toks[w].e, mention: toks[w].t.to_string(), ..named }, at))
}

/// The relative "who" before the cue at token `i`, past adverbs and auxiliaries ("who has
/// often said"), or past the clause's first verb and its words ("who toured the quay in May
/// and said"), when a comma or a dash sets its clause off from the subject it describes.
pub fn relative_who(toks: &[Tok], i: usize) -> Option<usize> {
    const MAX_FIRST_VERB: usize = 10;
    let mut w = i.checked_sub(1)?;
    while w > 0 && (is_adverb(&toks[w]) || is_auxiliary(&toks[w])) {
        w -= 1;
    }
    if w > 0 && lower_is(&toks[w], &["and"]) {
        let from = w.saturating_sub(MAX_FIRST_VERB);
        w = (from..w).rev().take_while(|&k| toks[k].is_word()).find(|&k| lower_is(&toks[k], &["who"]))?;
    }
    let set_off = |t: &Tok| t.t == "," || is_dash(t);
    (w >= 2 && lower_is(&toks[w], &["who"]) && set_off(&toks[w - 1])).then_some(w)
}

/// The named subject before the relative "who" at token `w` (see [`relative_who`]): the
/// name right before it, or one before an apposition ("Ann Porter, the harbour master,
/// who"), though not a sentence's opening word read with a clause as its apposition
/// ("Lately, the row brought an answer from Mayor Ann Porter, who" is Ann Porter's).
fn who_antecedent(p: &str, toks: &[Tok], w: usize) -> Option<(Subj, usize)> {
    let opener = |at: usize| {
        toks.get(at + 1).is_some_and(|t| t.t == ",")
            && (is_cap_stop(&toks[at]) || is_discourse(&toks[at]) || toks[at].lower().ends_with("ly"))
    };
    let comma = toks[w - 1].s;
    let verb = |t: &Tok| is_past_form(t) || is_auxiliary(t) || is_cue_word(t);
    let across_apposition = named_subject_before(p, toks, w).filter(|(sj, at)| {
        let after = toks.iter().position(|t| t.s >= sj.e).unwrap_or(w);
        let Some(part) = toks.get(after + 1..w - 1).filter(|part| !part.is_empty()) else {
            return false;
        };
        // (the role it was read with, when that has no verb)
        let role_to_comma =
            sj.role.as_deref().is_some_and(|r| p[..comma].trim_end().ends_with(r)) && !part.iter().any(verb);
        !opener(*at) && toks[after].t == "," && (role_to_comma || reads_as_apposition(part))
    });
    across_apposition.or_else(|| named_subject_before(p, toks, w - 1))
}

/// The role a mention names and nothing else, with an article at most: "Bupati", "the
/// mayor", "Sang Menteri", "Kepala Negara"; pointed back to, with the office's name too:
/// "Kepala Dinas Pendidikan Sukamaju tersebut"; after "the", with the name of the place or
/// body the office is of: "the Dover mayor". Not "the harbour mayor" nor "a spokesman".
fn role_alone(mention: &str) -> Option<String> {
    let mut words: Vec<&str> = mention.split_whitespace().collect();
    let the = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if the || words.first().is_some_and(|w| w.eq_ignore_ascii_case("sang")) {
        words.remove(0);
    }
    let role_word = |w: &&str| is_role_word(w.trim_end_matches('.'));
    let named = |w: &&str| w.starts_with(char::is_uppercase) && !role_word(w);
    let whose = if the { words.iter().take_while(|w| named(w)).count() } else { 0 };
    if whose > 0 && words.get(whose).is_some_and(|w| w.starts_with(char::is_lowercase) && role_word(w)) {
        return role_alone(&words[whose..].join(" ")).map(|_| words.join(" "));
    }
    // ("the mayor of Dover", "the head of the Harbour Board")
    if let Some(of) = words.iter().position(|w| *w == "of").filter(|&of| of > 0) {
        let mut place = &words[of + 1..];
        if place.first() == Some(&"the") {
            place = &place[1..];
        }
        return (!place.is_empty() && place.iter().all(named))
            .then(|| role_alone(&words[..of].join(" ")))
            .flatten()
            .map(|_| words.join(" "));
    }
    let pointed =
        words.len() > 1 && words.last().is_some_and(|w| POINTERS_AFTER.contains(&w.to_lowercase().as_str()));
    if pointed {
        words.pop();
    }
    let role = words.join(" ");
    if ROLE_ALIASES.iter().any(|(short, _)| role.eq_ignore_ascii_case(short)) {
        return Some(role);
    }
    // (and the words that go on a title after its head: "Wali Kota", "Kepala Dinas")
    let title_word = |w: &&str| ROLE_VOCAB.contains(&w.to_lowercase().as_str());
    let office_word = |w: &&str| pointed && w.starts_with(char::is_uppercase);
    let first = words.first()?;
    (role_word(first) && words[1..].iter().all(|w| role_word(w) || title_word(w) || office_word(w)))
        .then_some(role)
}

/// Whether an unnamed subject describes a person and points back: "pria yang menjabat
/// sebagai direktur ini", "perempuan kelahiran Sukamaju itu", "mantan ketua DPR tersebut".
fn describes_a_person_pointed_back(p: &str, sj: &Subj) -> bool {
    if sj.pronoun || sj.name.is_some() || p.get(sj.s..sj.e) != Some(sj.mention.as_str()) {
        return false;
    }
    let toks = tokens(p, sj.s, sj.e);
    let pointed = toks.last().is_some_and(|t| lower_is(t, POINTERS_AFTER));
    // (capitalised, as at a sentence start, only a plain person noun before a lowercase word:
    // "Mantan ketua DPRD tersebut mengatakan"; "Putri Ayu tersebut" is a name, "Bupati
    // sendiri" an office)
    // (or a person noun before where the person studies or works: "Mahasiswa Universitas
    // Sukamaju itu", "Alumni SMA Negeri 1 itu")
    let person = toks.first().is_some_and(|t| {
        t.is_lower_word() && (lower_is(t, ROLE_HEADS) || lower_is(t, PERSON_NOUNS))
            || t.is_cap()
                && (lower_is(t, PERSON_NOUNS) || is_speaker_noun(t))
                && toks.get(1).is_some_and(|n| n.is_lower_word() || lower_is(n, ORG_HEADS))
    });
    // (a medium pointed back to is no person, "media tersebut", "Harian itu"; a medium
    // after the head only says where the person works: "mantan wartawan radio itu")
    pointed && person && !toks.iter().take(2).any(|t| lower_is(t, MEDIA_HEADS))
}

/// Whether an unnamed subject points back to an earlier description by its head noun:
/// "laporan tersebut" or "the report" to "sebuah laporan dari Korea Selatan".
fn points_back_to(p: &str, sj: &Subj, earlier: &str) -> bool {
    if sj.pronoun || p.get(sj.s..sj.e) != Some(sj.mention.as_str()) {
        return false;
    }
    // (a pointer and a common noun, never a name: "The report" may open a sentence)
    let toks = tokens(p, sj.s, sj.e);
    let head = match toks.as_slice() {
        [head, pointer] if lower_is(pointer, POINTERS_AFTER) => head,
        [pointer, head] if lower_is(pointer, POINTERS_BEFORE) && head.is_lower_word() => head,
        _ => return false,
    };
    let head = head.lower();
    earlier.len() > sj.mention.len() && tokens(earlier, 0, earlier.len()).iter().any(|t| t.lower() == head)
}

/// The speaker to remember for a later "laporan tersebut": an unnamed description that is
/// itself no pointer back.
pub fn described_antecedent(p: &str, subj: &Option<Subj>, speaker: Option<&str>) -> Option<String> {
    let sj = subj.as_ref().filter(|sj| !sj.pronoun && sj.name.is_none())?;
    let toks = tokens(p, sj.s, sj.e);
    let pointer = toks.last().is_some_and(|t| lower_is(t, POINTERS_AFTER))
        || toks.first().is_some_and(|t| lower_is(t, POINTERS_BEFORE)) && toks.len() <= 2;
    (!pointer).then(|| speaker.map(String::from)).flatten()
}

/// A person a sentence introduces without quoting them, whom the next sentence's "ia" means:
/// a full name closing it after a comma ("Apresiasi pun datang dari tokoh adat
/// setempat, Ratna Sari Dewi.") or opening it before "seorang" ("Bayu, seorang penonton
/// dari Sukamaju, juga menyampaikan kekagumannya.").
pub fn introduced_name(p: &str, ss: usize, se: usize) -> Option<String> {
    let toks = tokens(p, ss, se);
    let words = toks.iter().rposition(|t| t.is_word())?;
    let closing = {
        let start = toks[..=words].iter().rposition(|t| !t.is_cap() && t.t != ".")? + 1;
        (start >= 1 && toks[start - 1].t == ",")
            .then(|| make_subj(p, &toks, start, words + 1, 0))
            .filter(full_name)
    };
    // (after an opener: "Tidak hanya itu, Bayu, seorang penonton, …")
    const OPENER_WORDS: usize = 4;
    let opening = || {
        (0..toks.len().min(OPENER_WORDS + 2)).filter(|&k| k == 0 || toks[k - 1].t == ",").find_map(|k| {
            let (sj, end) = subject_forward(p, &toks, k)?;
            let introduced = toks.get(end).is_some_and(|t| t.t == ",")
                && toks.get(end + 1).is_some_and(|t| lower_is(t, PERSON_DETERMINERS));
            (introduced && sj.name.is_some() && !sj.pronoun).then_some(sj)
        })
    };
    closing.or_else(opening).and_then(|sj| sj.name)
}

/// A person named with a title in `p[ss..se]` ("Wali Kota Andi Pratama"), for resolving later
/// pronouns. The title may run on through an acronym in brackets, a number and commas to the
/// name: "Manajer Unit 2 ( UP 2 ) Dedi Kurnia", "Rektor Universitas Contoh ( Unco ) , Prof
/// Dr Rina Wati , M.Si. , menyambut"; the last part that names a person is the name. The
/// title comes with it, for a later "Rektor mengatakan" to point back to.
pub fn titled_name(p: &str, ss: usize, se: usize) -> Option<(String, String)> {
    const MAX_TITLE: usize = 30;
    let toks = tokens(p, ss, se);
    let h = toks.iter().position(|t| t.is_cap() && is_person_role(t))?;
    let mut end = h;
    while end < toks.len()
        && end - h < MAX_TITLE
        // (a word that opens a sentence ends it: "… , M.Si. Sementara itu …")
        && ((toks[end].is_cap() && !is_discourse(&toks[end]))
            || is_digits(&toks[end])
            || lower_is(&toks[end], HONORIFICS)
            || matches!(toks[end].t, "(" | ")" | ",")
            || (toks[end].t == "." && end > h && toks[end - 1].is_word())
            // (a slash joins an office to its acronym: "Kantor Syahbandar / KSOP")
            || (toks[end].t == "/" && toks.get(end + 1).is_some_and(|t| t.is_cap()))
            // ("dan" joins the fields of an office: "Dinas Perhubungan Laut dan Pelabuhan", but
            // not a second office-holder: "… dan Wakil Bupati Rina Wati")
            || (lower_is(&toks[end], &["dan", "and", "&"])
                && toks.get(end + 1).is_some_and(|t| t.is_cap() && !is_person_role(t))))
    {
        end += 1;
    }
    // the parts between commas and brackets, the last first, each without its degrees; a
    // part in brackets is an acronym, a party or a state ("( UP 2 )", "(D-Del.)"), and a part
    // after the first must be a full name ("Ann Porter, Democrat of Delaware" is
    // Ann Porter)
    let trailing = |k: usize| {
        matches!(toks[k].t, "," | ")")
            || (toks[k].t == "."
                && !(k > 0 && (is_abbr_tok(&toks[k - 1]) || toks[k - 1].t.chars().count() == 1)))
    };
    let mut to = end;
    loop {
        while to > h && trailing(to - 1) {
            to -= 1;
        }
        while let Some(start) = degree_before(&toks, to).filter(|&start| start > h) {
            to = start;
            while to > h && matches!(toks[to - 1].t, "," | ".") {
                to -= 1;
            }
        }
        let mut from = (h..to).rev().find(|&x| matches!(toks[x].t, "," | "(" | ")")).map_or(h, |x| x + 1);
        let bracketed = from > h && toks[from - 1].t == "(";
        // (the place an office serves may follow its acronym: "( BPP ) Sulsel Rudi Hartono")
        if from > h && toks[from - 1].t == ")" {
            const MIN_NAME_WORDS: usize = 2;
            from +=
                known_place_len(p, &toks[from..to], (to - from).saturating_sub(MIN_NAME_WORDS)).unwrap_or(0);
        }
        if !bracketed && from < to {
            let sj = make_subj(p, &toks, from, to, 0);
            let part = &toks[from..to];
            let acronyms_only = part.iter().all(|t| !t.t.chars().skip(1).any(char::is_lowercase));
            let organisation = part.iter().any(|t| lower_is(t, ORG_HEADS));
            let fits = if from == h { to > h + 1 } else { full_name(&sj) && !acronyms_only && !organisation };
            if let Some(name) = sj.name.filter(|_| fits) {
                // (the title before the name's comma: "Rektor Universitas Contoh ( Unco )")
                let title = sj.role.filter(|_| from == h).unwrap_or_else(|| {
                    p[toks[h].s..toks[from.saturating_sub(1).max(h)].s].trim().to_string()
                });
                return Some((name, title));
            }
        }
        if from == h {
            return None;
        }
        to = from - 1;
    }
}

/// The full name that opens a sentence as its subject ("Carl Dunn was asked whether …"),
/// for resolving later pronouns.
pub fn subject_name(p: &str, ss: usize, se: usize) -> Option<String> {
    sentence_subject(p, ss, se).filter(|(_, full)| *full).map(|(name, _)| name)
}

/// The name a sentence opens with as its subject, before its verb, and whether it is a
/// full name: a surname alone ("Reed sent …") is one only for someone already named.
pub fn sentence_subject(p: &str, ss: usize, se: usize) -> Option<(String, bool)> {
    let toks = tokens(p, ss, se);
    // (a participle opens a phrase, not a name: "Following Monday's storm, …")
    if toks.first().is_some_and(is_participle) {
        return None;
    }
    let (sj, end) = subject_forward(p, &toks, 0)?;
    let verb_follows = toks.get(end).is_some_and(|t| t.is_lower_word());
    let full = full_name(&sj);
    verb_follows.then_some(sj.name.map(|name| (name, full))).flatten()
}

/// A full name, then after a comma its role up to the cue at `toks[j]`: "Rudi Hartono,
/// Direktur Utama PT Contoh Jaya menambahkan", "Ann Porter, Vice President of Harbour
/// University added" (the role's capitals are no name of their own).
fn name_then_role(p: &str, toks: &[Tok], j: usize) -> Option<(Subj, usize)> {
    const MAX_ROLE_TOKENS: usize = 10;
    let c = (j.saturating_sub(MAX_ROLE_TOKENS + 1)..j).rev().find(|&c| toks[c].t == ",")?;
    let role = &toks[c + 1..j];
    // (a title opens a name, not a role: "Running the pier, Mr. Reed said")
    let opens_role = role.first().is_some_and(|t| {
        t.is_cap()
            && (lower_is(t, ROLE_HEADS) || lower_is(t, ROLE_VOCAB))
            && !lower_is(t, TITLES)
            && !lower_is(t, HONORIFICS)
    });
    let capitalised = role.iter().all(|t| {
        t.is_cap()
            || t.t == "."
            || is_digits(t)
            || lower_is(t, CONNECT)
            || lower_is(t, &["of", "for", "dan", "and", "&"])
    });
    if c == 0 || role.len() < 2 || !opens_role || !capitalised {
        return None;
    }
    let (mut sj, at) = subject_before(p, toks, c)?;
    let opens_clause = at == 0 || !toks[..at].iter().any(|t| t.is_word() && !is_discourse(t));
    // (a participle's phrase is no name: "Running Harbour Ferries, …", "Mengutip Reuters, …")
    let participle = is_participle(&toks[at]) || is_id_active_verb(&toks[at]);
    (full_name(&sj) && sj.role.is_none() && opens_clause && !participle).then(|| {
        sj.role = Some(p[role[0].s..role[role.len() - 1].e].to_string());
        (sj, at)
    })
}

/// The people a sentence names wherever they stand outside quotation marks, in order,
/// where the text shows they are people: a title before the name ("Mr. Reed", "Sen. Ann
/// Porter") or a common English given name opening a full name ("Joan Miller"). The
/// antecedents a later "he" or "she" may need beyond the speakers.
pub fn person_names(p: &str, ss: usize, se: usize, regions: &[Region]) -> Vec<String> {
    const MAX_NAME_WORDS: usize = 3;
    const NAME_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof"];
    let toks = tokens(p, ss, se);
    let quoted = |t: &Tok| regions.iter().any(|r| r.open <= t.s && t.s < r.close);
    let title_at = |k: usize| {
        toks[k].is_cap() && lower_is(&toks[k], NAME_TITLES) && toks.get(k + 1).is_some_and(|t| t.t == ".")
    };
    // (English given names only in English: Indonesian "Tim SAR" is a team, "Dana BOS" a fund)
    let english = toks.iter().any(|t| lower_is(t, &["the", "and", "of", "to", "was", "is"]));
    // (a passive verb of speech: "diakui", "disampaikan", "dinyatakan")
    let passive_speech = |t: &Tok| {
        t.is_lower_word()
            && (PASSIVE_NYA_CUES.iter().any(|c| c.strip_suffix("nya") == Some(t.t))
                || lower_is(t, &["dinyatakan", "dipaparkan", "diutarakan"]))
    };
    let mut names = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        // (not a name in a title: "The Harbour and Anthony Show")
        let in_title = k > 0 && lower_is(&toks[k - 1], &["the", "of", "and"]);
        // (the agent of an Indonesian passive verb of speech: "Hal ini diakui oleh Ketua
        // Koperasi Budi Santoso", or without "oleh": "Hal ini diungkapkan Budi Santoso")
        let by = lower_is(&toks[k], &["oleh"]) && k > 0 && passive_speech(&toks[k - 1]);
        let passive_agent = by
            || (toks[k].t.starts_with("di")
                && toks.get(k + 1).is_some_and(Tok::is_cap)
                && passive_speech(&toks[k]));
        if let Some((name, end)) = passive_agent
            .then(|| subject_forward(p, &toks, k + 1))
            .flatten()
            .and_then(|(sj, end)| sj.name.filter(|_| !sj.pronoun).map(|name| (name, end)))
        {
            names.push(name);
            k = end;
            continue;
        }
        let titled = title_at(k);
        let given = english
            && toks[k].is_cap()
            && (lower_is(&toks[k], FEMALE_NAMES) || lower_is(&toks[k], MALE_NAMES))
            && toks.get(k + 1).is_some_and(|t| t.is_cap() && !is_cap_stop(t));
        if !(titled || given) || in_title || quoted(&toks[k]) {
            k += 1;
            continue;
        }
        let mut from = k + 1;
        while from + 1 < toks.len() && title_at(from) {
            from += 2;
        }
        if titled {
            from += 1;
        }
        // (initials go on: "Tom D. Reed")
        let mut end = from;
        let mut words = 0;
        while words < MAX_NAME_WORDS && toks.get(end).is_some_and(|t| t.is_cap() && !is_cap_stop(t)) {
            words += 1;
            end += 1;
            // (an owner is no one the sentence speaks of: "Tom Reed's son told")
            if is_possessive(&toks[end - 1]) {
                words = 0;
                break;
            }
            if toks[end - 1].t.chars().count() == 1 && toks.get(end).is_some_and(|t| t.t == ".") {
                end += 1;
            }
        }
        if words == 0 {
            k += 1;
            continue;
        }
        let name = &p[toks[k].s..toks[end - 1].e];
        let name = name.trim_end_matches('.');
        names.push(name.to_string());
        k = end;
    }
    names
}
