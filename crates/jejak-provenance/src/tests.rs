//! Story analysis on small stories written for these tests.

use chrono::DateTime;
use jejak_model::{Article, Certainty, Quote, Relay, Span};

use crate::{analyze_story, StoryArticle};

fn article(id: &str, outlet: &str, lang: &str, time: Option<&str>, title: &str, body: &[&str]) -> Article {
    Article {
        id: id.into(),
        page_id: id.into(),
        outlet: Some(outlet.into()),
        lang: Some(lang.into()),
        title: Some(title.into()),
        body: body.iter().map(|p| p.to_string()).collect(),
        published: time.map(|t| DateTime::parse_from_rfc3339(t).unwrap()),
        ..Article::default()
    }
}

fn quote(article: &Article, paragraph: usize, speaker: &str, via: &[&str], certainty: Certainty) -> Quote {
    let text = &article.body[paragraph];
    Quote {
        article_id: article.id.clone(),
        paragraph,
        span: Span { start: 0, end: text.len() },
        text: text.clone(),
        direct: true,
        speaker: Some(speaker.into()),
        speaker_role: None,
        cue: Some("kata".into()),
        certainty,
        venue: Some("Radio Kota".into()),
        via: via
            .iter()
            .map(|m| Relay { medium: m.to_string(), cue: "menurut".into(), reporter: None })
            .collect(),
    }
}

/// Two outlets report one official's claim, relayed by a wire; a third gives a number
/// that conflicts; one headline asserts what its body only attributes.
fn story() -> (Vec<Article>, Vec<Vec<Quote>>) {
    let a = article(
        "a",
        "Warta Satu",
        "id",
        Some("2026-03-12T09:00:00+07:00"),
        "Jembatan Kali Mati Ditutup Sementara",
        &[
            "\"Sebanyak 1.200 kendaraan dialihkan setiap hari selama perbaikan,\" kata Kepala Dinas Andi Wirawan di Radio Kota, menurut Kantor Berita Lintas.",
            "Jembatan itu disebutkan retak di dua titik setelah banjir pekan lalu.",
            "Warga sekitar mengeluhkan kemacetan di jalan alternatif.",
        ],
    );
    let b = article(
        "b",
        "Kabar Dua",
        "id",
        Some("2026-03-12T11:00:00+07:00"),
        "Dinas Tutup Jembatan Kali Mati, 1.200 Kendaraan Dialihkan",
        &[
            "\"Ada sekitar 1.200 kendaraan yang dialihkan setiap hari,\" ujar Wirawan, sebagaimana dilansir Kantor Berita Lintas.",
            "Perbaikan jembatan ditargetkan selesai dalam dua pekan.",
        ],
    );
    let c = article(
        "c",
        "Harian Tiga",
        "id",
        Some("2026-03-12T13:00:00+07:00"),
        "Penutupan Jembatan Kali Mati",
        &["Dinas mencatat 3.000 kendaraan dialihkan setiap hari karena jembatan Kali Mati ditutup."],
    );
    let qa = vec![quote(&a, 0, "Andi Wirawan", &["Kantor Berita Lintas"], Certainty::Assertive)];
    let qb = vec![quote(&b, 0, "Wirawan", &["Kantor Berita Lintas"], Certainty::Assertive)];
    (vec![a, b, c], vec![qa, qb, vec![]])
}

fn analyze(articles: &[Article], quotes: &[Vec<Quote>]) -> crate::StoryReport {
    let input: Vec<StoryArticle<'_>> = articles
        .iter()
        .zip(quotes)
        .map(|(article, quotes)| StoryArticle { article, quotes, copy_of: None })
        .collect();
    analyze_story("s-test", &input)
}

#[test]
fn the_relayed_quote_is_one_claim_with_one_origin() {
    let (articles, quotes) = story();
    let report = analyze(&articles, &quotes);
    let claim = report
        .claims
        .iter()
        .find(|c| {
            c.outlets.contains(&"Warta Satu".to_string()) && c.outlets.contains(&"Kabar Dua".to_string())
        })
        .expect("the quote carried by both outlets is one claim");
    assert_eq!(claim.speaker.as_deref(), Some("Andi Wirawan"));
    let p = &claim.provenance;
    assert_eq!(p.origins, ["Andi Wirawan"], "{p:?}");
    assert!(p.single_source);
    assert_eq!(p.relays, ["Kantor Berita Lintas"]);
    // Speaker → venue → wire → outlet.
    assert_eq!(p.hops, 3);
    assert_eq!(p.first_appearance.article_id, "a");
    let dot = claim.graph.to_dot();
    assert!(dot.contains("Kantor Berita Lintas") && dot.contains("relayed"));
    let graphml = claim.graph.to_graphml();
    assert!(graphml.contains("<graphml") && graphml.contains("edgedefault=\"directed\""));
}

#[test]
fn differing_numbers_of_one_claim_are_flagged() {
    let (articles, quotes) = story();
    let report = analyze(&articles, &quotes);
    let disagreements = &report.coverage.number_disagreements;
    assert!(
        disagreements.iter().any(|d| d.verdict == crate::coverage::Verdict::Compatible
            && (d.a.text.contains("1.200") && d.b.text.contains("1.200"))),
        "\"sekitar 1.200\" and \"1.200\" are the same number at different precision: {disagreements:#?}"
    );
}

#[test]
fn outlets_share_and_own_claims() {
    let (articles, quotes) = story();
    let report = analyze(&articles, &quotes);
    let warta = report.coverage.outlets.iter().find(|o| o.outlet == "Warta Satu").unwrap();
    assert!(!warta.shared_with_some.is_empty() || !warta.shared_with_all.is_empty());
    let kabar = report.coverage.outlets.iter().find(|o| o.outlet == "Kabar Dua").unwrap();
    assert!(!kabar.only_here.is_empty(), "the two-week target is reported only by Kabar Dua");
    assert!(warta.hedging > 0.0, "Warta Satu says \"disebutkan\"");
}

#[test]
fn headline_stronger_than_its_attributed_body_is_warned() {
    let (articles, quotes) = story();
    let report = analyze(&articles, &quotes);
    let warned: Vec<&str> = report.coverage.headline_warnings.iter().map(|w| w.article_id.as_str()).collect();
    assert!(warned.contains(&"b"), "Kabar Dua's headline asserts the quoted number: {warned:?}");
    assert!(!warned.contains(&"c"), "Harian Tiga's body states the number itself");
}

#[test]
fn svg_escapes_labels() {
    let (mut articles, quotes) = story();
    articles[0].outlet = Some("<script>x</script>".into());
    let report = analyze(&articles, &quotes);
    for claim in &report.claims {
        let svg = claim.graph.to_svg();
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.starts_with("<svg"));
    }
}

/// Two outlets name the same people but say different things of them (no word outside the
/// names in common); a third restates the first outlet's fact in other words. (One shared
/// word such as "mantan" beside the names is enough to join at the measured threshold.)
#[test]
fn shared_names_alone_do_not_make_one_claim() {
    let loss = article(
        "a",
        "Warta Satu",
        "id",
        Some("2026-05-02T09:00:00+07:00"),
        "Duta Besar Negeri Seberang Berduka",
        &["Duta Besar Negeri Seberang untuk Indonesia Budi Santoso mengaku sangat kehilangan atas wafatnya mantan Presiden Ahmad Karim di Jakarta."],
    );
    let praise = article(
        "b",
        "Kabar Dua",
        "id",
        Some("2026-05-02T10:00:00+07:00"),
        "Kenangan Duta Besar",
        &["Duta Besar Negeri Seberang untuk Indonesia Budi Santoso memuji kecerdasan Presiden Ahmad Karim di Jakarta."],
    );
    let grief = article(
        "c",
        "Harian Tiga",
        "id",
        Some("2026-05-02T11:00:00+07:00"),
        "Budi Santoso Kehilangan",
        &["Budi Santoso, Duta Besar Negeri Seberang, merasa kehilangan setelah mantan Presiden Ahmad Karim wafat."],
    );
    let report = analyze(&[loss, praise, grief], &[vec![], vec![], vec![]]);
    let claim_of = |outlet: &str| {
        report.claims.iter().position(|c| c.outlets.iter().any(|o| o == outlet)).expect("a claim per outlet")
    };
    assert_ne!(claim_of("Warta Satu"), claim_of("Kabar Dua"), "the loss and the praise are two claims");
    assert_eq!(claim_of("Warta Satu"), claim_of("Harian Tiga"), "the loss in other words is one claim");
}

/// Two outlets report one plan through sources they name differently ("sumber-sumber
/// diplomatik" via a daily, "a report from Egypt") and name the country two ways ("Amerika
/// Serikat", "AS"): one claim, each outlet's own additions listed apart.
#[test]
fn differently_named_sources_and_aliases_do_not_split_a_claim() {
    let a = article(
        "a",
        "Warta Satu",
        "id",
        Some("2026-06-01T09:00:00+07:00"),
        "Bantuan Pangan untuk Gaza",
        &["Mengutip sumber-sumber diplomatik, Harian Timur melaporkan bahwa Amerika Serikat akan mengirim 500 ton bantuan pangan ke Gaza pekan depan."],
    );
    let b = article(
        "b",
        "Kabar Dua",
        "id",
        Some("2026-06-01T11:00:00+07:00"),
        "Gaza Menanti Bantuan",
        &["Sebuah laporan dari Mesir menyebutkan, AS bersiap mengirim bantuan pangan ke Gaza."],
    );
    let mut qa = quote(&a, 0, "sumber-sumber diplomatik", &["Harian Timur"], Certainty::Assertive);
    qa.venue = None;
    let mut qb = quote(&b, 0, "Mesir", &[], Certainty::Hedged);
    qb.venue = None;
    let report = analyze(&[a, b], &[vec![qa], vec![qb]]);
    let claim = report
        .claims
        .iter()
        .find(|c| c.outlets.len() == 2)
        .unwrap_or_else(|| panic!("one claim carried by both: {:#?}", report.claims));
    let details_of = |outlet: &str| {
        let o = report.coverage.outlets.iter().find(|o| o.outlet == outlet).unwrap();
        o.details_only_here.iter().find(|d| d.claim_id == claim.id).cloned().expect("details")
    };
    let warta = details_of("Warta Satu");
    assert!(warta.numbers.iter().any(|n| n.contains("500 ton")), "{warta:?}");
    assert!(warta.sources.contains(&"Harian Timur".to_string()), "{warta:?}");
    assert!(warta.words.contains(&"pekan".to_string()), "{warta:?}");
    let kabar = details_of("Kabar Dua");
    assert_eq!(kabar.sources, ["Mesir"], "{kabar:?}");
    assert!(kabar.numbers.is_empty() && !kabar.words.contains(&"AS".to_string()), "{kabar:?}");
}

/// One outlet states two figures in one sentence, another in two sentences: the sentence
/// carries both claims, so each figure is compared with its counterpart.
#[test]
fn a_sentence_with_two_figures_carries_both_claims() {
    let a = article(
        "a",
        "Warta Satu",
        "id",
        Some("2026-07-01T09:00:00+07:00"),
        "Pabrik Baru Dibuka",
        &["Pabrik itu mempekerjakan hampir 1.300 buruh tetap dan 600 buruh kontrak."],
    );
    let b = article(
        "b",
        "Kabar Dua",
        "id",
        Some("2026-07-01T11:00:00+07:00"),
        "Lapangan Kerja dari Pabrik Baru",
        &[
            "Pabrik itu mempekerjakan hampir 1.300 buruh tetap, terbanyak di provinsi itu.",
            "Perusahaan juga memakai lebih dari 600 buruh kontrak harian.",
        ],
    );
    let report = analyze(&[a, b], &[vec![], vec![]]);
    let carrying: Vec<&crate::ClaimReport> = report
        .claims
        .iter()
        .filter(|c| {
            c.outlets.len() == 2 && c.evidence.iter().any(|e| e.text.contains("dan 600 buruh kontrak"))
        })
        .collect();
    assert_eq!(carrying.len(), 2, "{:#?}", report.claims);
    assert_ne!(carrying[0].id, carrying[1].id, "two claims, two ids");
    // (each is told by the sentence of its own, not twice by the one that carries both)
    assert_ne!(carrying[0].text, carrying[1].text, "{:#?}", report.claims);
    assert!(carrying.iter().all(|c| !c.text.contains("dan 600 buruh kontrak")), "{carrying:#?}");
    let d = &report.coverage.number_disagreements;
    assert!(
        d.iter().any(|d| d.verdict == crate::coverage::Verdict::Compatible
            && d.a.text.starts_with("600")
            && d.b.text.contains("lebih dari 600")),
        "{d:#?}"
    );
    assert!(d.iter().all(|d| d.verdict != crate::coverage::Verdict::Conflict), "{d:#?}");
}

/// A denial shares every word of the claim it denies but one: it is another claim.
#[test]
fn a_denial_is_not_the_claim_it_denies() {
    let body = |id: &str, outlet: &str, text: &str| {
        article(id, outlet, "id", Some("2026-08-01T09:00:00+07:00"), "Kebocoran Data Pasien", &[text])
    };
    let claim = body(
        "a",
        "Warta Satu",
        "Dinas Kesehatan menyebut ada kebocoran data pasien di rumah sakit kota sejak Juli.",
    );
    let again = body(
        "b",
        "Kabar Dua",
        "Menurut Dinas Kesehatan, terjadi kebocoran data pasien di rumah sakit kota sejak Juli.",
    );
    let denial = body(
        "c",
        "Harian Tiga",
        "Direktur rumah sakit kota menegaskan tidak ada kebocoran data pasien sejak Juli.",
    );
    let report = analyze(&[claim, again, denial], &[vec![], vec![], vec![]]);
    let claim_of = |outlet: &str| {
        report.claims.iter().position(|c| c.outlets.iter().any(|o| o == outlet)).expect("a claim per outlet")
    };
    assert_eq!(claim_of("Warta Satu"), claim_of("Kabar Dua"), "{:#?}", report.claims);
    assert_ne!(claim_of("Warta Satu"), claim_of("Harian Tiga"), "{:#?}", report.claims);
}

/// The same statement in Indonesian and in English shares its number, its names (a
/// country and its adjective are one name) and its speaker, not its words: one claim.
#[test]
fn a_statement_and_its_translation_are_one_claim() {
    let id = article(
        "a",
        "Warta Satu",
        "id",
        Some("2026-09-01T09:00:00+07:00"),
        "Tawaran Relawan",
        &["\"Ada laporan bahwa 40.000 relawan Jepang siap membantu membangun kembali Filipina,\" kata Menteri Luar Negeri Taro Yamada."],
    );
    let en = article(
        "b",
        "Daily Two",
        "en",
        Some("2026-09-01T12:00:00+07:00"),
        "Volunteers Offered",
        &[
            "\"There are reports that 40,000 Japanese volunteers are ready to help rebuild the Philippines,\" Foreign Minister Taro Yamada said.",
            "The ministry did not say when the first group would leave.",
        ],
    );
    let qa = quote(&id, 0, "Taro Yamada", &[], Certainty::Assertive);
    let qb = quote(&en, 0, "Taro Yamada", &[], Certainty::Assertive);
    let report = analyze(&[id, en], &[vec![qa], vec![qb]]);
    let claim = report.claims.iter().find(|c| c.outlets.len() == 2);
    let claim = claim.unwrap_or_else(|| panic!("one claim in two languages: {:#?}", report.claims));
    assert_eq!(claim.evidence.len(), 2, "{claim:#?}");
    assert!(claim.evidence.iter().all(|e| e.paragraph == Some(0)), "{claim:#?}");
}

/// The provenance of the one claim that the Harbour Herald's first paragraph and the Quay
/// Ledger's share, when the Ledger's names where it comes from: `speaker` and `via` of a
/// statement over the Ledger paragraph's first `len` bytes.
fn herald_then_ledger(
    herald: &str,
    ledger: &str,
    len: usize,
    speaker: Option<&str>,
    via: &[&str],
) -> crate::ProvenanceSummary {
    let herald =
        article("h", "Harbour Herald", "en", Some("2026-03-12T09:00:00+00:00"), "Pier news", &[herald]);
    let ledger = article("l", "Quay Ledger", "en", Some("2026-03-12T15:00:00+00:00"), "Pier news", &[ledger]);
    let statement = Quote {
        article_id: "l".into(),
        paragraph: 0,
        span: Span { start: 0, end: len },
        text: ledger.body[0][..len].to_string(),
        direct: false,
        speaker: speaker.map(String::from),
        speaker_role: None,
        cue: Some("reported".into()),
        certainty: Certainty::Assertive,
        venue: None,
        via: via
            .iter()
            .map(|m| Relay { medium: m.to_string(), cue: "reported by".into(), reporter: None })
            .collect(),
    };
    let report = analyze(&[herald, ledger], &[vec![], vec![statement]]);
    let claim = report.claims.iter().find(|c| c.outlets.len() == 2);
    let claim =
        claim.unwrap_or_else(|| panic!("the sentence both outlets carry is one claim: {:#?}", report.claims));
    claim.provenance.clone()
}

/// A later outlet that names an outlet of the story as where it read it, as a relay ("as
/// first reported by the Harbour Herald") or as the speaker by the last words of its name
/// ("according to the Herald"), names that outlet: the claim has it as its one origin, not
/// the outlet and a medium of the same name beside it.
#[test]
fn a_medium_naming_an_outlet_of_the_story_is_that_outlet() {
    let p = herald_then_ledger(
        "The night ferry to the island will not run again until April, the port board decided on Tuesday.",
        "The night ferry to the island will not run again until April, as first reported by the Harbour Herald.",
        60,
        None,
        &["the Harbour Herald"],
    );
    assert_eq!(p.origins, ["Harbour Herald"], "{p:?}");
    assert!(p.relays.is_empty() && p.single_source, "{p:?}");
    let p = herald_then_ledger(
        "Repairs to the north pier will cost twice the first estimate, the Herald has learned.",
        "Repairs to the north pier will cost twice the first estimate, according to the Herald.",
        60,
        Some("Herald"),
        &[],
    );
    assert_eq!(p.origins, ["Harbour Herald"], "{p:?}");
    assert!(p.single_source, "{p:?}");
}
