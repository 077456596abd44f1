//! HTML extractor: snapshot tests over hand-written portal-like pages in `html_fixtures/`,
//! targeted assertions, and a property test that arbitrary bytes never panic.

use jejak_extract::{extract_html, BoilerplateModel, ExtractOptions, Extraction};
use jejak_model::PageKind;
use proptest::prelude::*;

fn fixture(name: &str, url: Option<&str>) -> Extraction {
    let path = format!("{}/tests/html_fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("fixture exists");
    let opts = ExtractOptions { url: url.map(String::from), ..ExtractOptions::default() };
    extract_html(&bytes, &opts, &BoilerplateModel::default())
}

fn snapshot(name: &str, ex: &Extraction) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("html_fixtures/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_json_snapshot!(name, ex));
}

#[test]
fn indonesian_portal_article() {
    let ex = fixture(
        "id_portal_article.html",
        Some("https://www.kabarnusantara.example/ekonomi/2022/08/08/harga-beras-naik"),
    );
    let a = &ex.article;
    assert_eq!(a.kind, PageKind::Article);
    assert_eq!(a.title.as_deref(), Some("Harga Beras Naik di Pasar Induk Cipinang"));
    assert_eq!(a.dateline.as_deref(), Some("JAKARTA"));
    assert!(a.body[0].starts_with("Harga beras medium"), "dateline stripped: {}", a.body[0]);
    assert_eq!(a.lead.as_deref(), Some(a.body[0].as_str()));
    assert_eq!(a.published.unwrap().to_rfc3339(), "2022-08-08T23:31:00+07:00");
    assert_eq!(a.time_zone.as_deref(), Some("WIB"));
    assert_eq!(a.byline, vec!["Ani Rahmawati"]);
    assert_eq!(a.section.as_deref(), Some("Ekonomi"));
    assert_eq!(a.outlet.as_deref(), Some("Kabar Nusantara"));
    assert_eq!(a.lang.as_deref(), Some("id"));
    let body = a.body_text();
    for junk in [
        "Baca juga",
        "ADVERTISEMENT",
        "Simak juga",
        "Dapatkan update",
        "Terpopuler",
        "Timnas",
        "Kramat Jati",
        "Facebook",
        "Tags",
    ] {
        assert!(!body.contains(junk), "{junk} leaked into body: {body}");
    }
    assert!(body.contains("Badan Pangan Nasional"), "paragraph after the ad slot kept");
    assert_eq!(a.captions.len(), 1);
    assert!(a.captions[0].starts_with("Pedagang menata karung beras"));
    assert!(ex
        .warnings
        .iter()
        .any(|w| w
            == "next_page: https://www.kabarnusantara.example/ekonomi/2022/08/08/harga-beras-naik?page=2"));
    snapshot("id_portal_article", &ex);
}

#[test]
fn indonesian_br_separated_text() {
    let ex = fixture("id_br_text_article.html", None);
    let a = &ex.article;
    assert_eq!(a.kind, PageKind::Article);
    assert_eq!(a.title.as_deref(), Some("Gempa Magnitudo 5,2 Guncang Lombok, Warga Berhamburan"));
    assert_eq!(a.dateline.as_deref(), Some("MATARAM"));
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    // The meta date has no zone; the visible "07:15 WITA" of the same day gives it.
    assert_eq!(a.published.unwrap().to_rfc3339(), "2022-08-09T07:15:00+08:00");
    assert_eq!(a.time_zone.as_deref(), Some("WITA"));
    assert_eq!(a.byline, vec!["Made Wirawan"]);
    assert!(a.captions.iter().any(|c| c.starts_with("Foto: Warga berkumpul")));
    assert!(!a.body_text().contains("Baca juga"));
    assert!(!a.body_text().contains("Banjir Rendam"));
    snapshot("id_br_text_article", &ex);
}

#[test]
fn english_wire_article() {
    let ex =
        fixture("en_wire_article.html", Some("https://ledger.example/politics/senate-climate-bill?src=home"));
    let a = &ex.article;
    assert_eq!(a.kind, PageKind::Article);
    assert_eq!(a.title.as_deref(), Some("Senate passes climate bill after marathon session"));
    assert_eq!(a.dateline.as_deref(), Some("WASHINGTON"));
    assert_eq!(a.published.unwrap().to_rfc3339(), "2022-08-07T21:04:00-04:00");
    assert_eq!(a.byline, vec!["Jane Doe", "John Roe"]);
    assert_eq!(a.canonical_url.as_deref(), Some("https://ledger.example/politics/senate-climate-bill"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.body.len(), 4, "{:#?}", a.body);
    assert_eq!(a.captions, vec!["Senators leave the chamber after the vote. REUTERS/Staff"]);
    let body = a.body_text();
    assert!(!body.contains("Read more") && !body.contains("cookies") && !body.contains("Follow us"));
    snapshot("en_wire_article", &ex);
}

#[test]
fn listing_page_has_no_body() {
    let ex = fixture("id_listing.html", Some("https://www.kabarnusantara.example/ekonomi"));
    assert_eq!(ex.article.kind, PageKind::Listing, "{:#?}", ex.article);
    assert!(ex.article.body.is_empty());
    assert!(ex.article.reason.as_deref().unwrap_or("").starts_with("listing"));
    snapshot("id_listing", &ex);
}

#[test]
fn error_page_is_not_an_article() {
    let ex = fixture("not_found.html", None);
    assert_eq!(ex.article.kind, PageKind::NotArticle);
    assert!(ex.article.body.is_empty());
    assert!(ex.article.reason.is_some());
}

#[test]
fn declared_latin1_is_decoded() {
    let ex = fixture("id_latin1.html", None);
    let a = &ex.article;
    assert_eq!(a.title.as_deref(), Some("Caf\u{e9} di Bandung ramai pengunjung"));
    assert!(a.body_text().contains("Ren\u{e9} Sutanto"));
    assert_eq!(a.dateline.as_deref(), Some("BANDUNG"));
    assert!(ex.warnings.iter().any(|w| w.starts_with("decoded as windows-1252")));
}

#[test]
fn empty_and_garbage_inputs_do_not_panic() {
    let model = BoilerplateModel::default();
    let opts = ExtractOptions { url: Some("not a url".into()), ..ExtractOptions::default() };
    for input in
        [&b""[..], b"\xff\xfe\x00<", b"<html", b"<meta charset=\"utf-16\"><p>x", b"<<<>>>", &[0u8; 64]]
    {
        let ex = extract_html(input, &opts, &model);
        assert_ne!(ex.article.kind, PageKind::Article);
    }
    let deep = "<div>".repeat(20_000) + "text" + &"</div>".repeat(20_000);
    let _ = extract_html(deep.as_bytes(), &opts, &model);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = extract_html(&bytes, &ExtractOptions::default(), &BoilerplateModel::default());
    }

    #[test]
    fn arbitrary_markup_never_panics(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("<p>".to_string()), Just("</p>".to_string()), Just("<div class=\"content\">".to_string()),
                Just("</div>".to_string()), Just("<br>".to_string()), Just("<a href=\"?page=2\">".to_string()),
                Just("</a>".to_string()), Just("Baca juga: ".to_string()), Just("JAKARTA, KOMPAS.com - ".to_string()),
                Just("Senin, 8 Agustus 2022 23:31 WIB".to_string()), Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":".to_string()),
                Just("<meta property=\"article:published_time\" content=\"2022-13-45T99:99\">".to_string()),
                "[a-zA-Z ,.]{0,80}",
            ],
            0..60,
        ),
    ) {
        let html = parts.concat();
        let _ = extract_html(html.as_bytes(), &ExtractOptions::default(), &BoilerplateModel::default());
    }
}

#[test]
fn learned_outlet_chrome_is_dropped_from_html_too() {
    let promo = "Nikmati kabar pilihan redaksi setiap pagi langsung di ponsel Anda bersama kami.";
    let mut model = BoilerplateModel::default();
    for n in 0..3 {
        model.observe("warta.example", &[promo, &format!("Paragraf berita nomor {n}.")]);
    }
    let para = "Pemerintah menyatakan harga beras akan turun pekan depan di seluruh daerah, kata menteri.";
    let html = format!(
        "<html lang=\"id\"><head><title>Harga Beras Turun Pekan Depan</title></head><body><article>\
         <h1>Harga Beras Turun Pekan Depan</h1><p>{para}</p><p>{para} Lagi.</p><p>{promo}</p>\
         <p>{para} Sekali lagi, harga beras turun.</p><p>{para} Dan seterusnya.</p></article></body></html>"
    );
    let opts =
        ExtractOptions { url: Some("https://www.warta.example/a/1".into()), ..ExtractOptions::default() };
    let ex = extract_html(html.as_bytes(), &opts, &model);
    assert!(!ex.article.body_text().contains("Nikmati kabar"), "{:#?}", ex.article.body);
    assert!(ex.dropped.iter().any(|d| d.text == promo
        && matches!(&d.reason, jejak_extract::DropReason::Recurring { outlet, pages: 3, of: 3 } if outlet == "warta.example")));
    let without = extract_html(html.as_bytes(), &opts, &BoilerplateModel::default());
    assert!(without.article.body_text().contains("Nikmati kabar"));
}

/// Script bodies are raw text to the HTML parser, and many sites write HTML entities into
/// their JSON-LD: the headline and the author come out as text, not as "&#8217;"; the
/// publisher named there is the outlet, whole.
#[test]
fn json_ld_entities_are_decoded() {
    let html = r#"<html><head><title>Harbour Herald</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares won&#8217;t rise this year, Reed &amp; Porter say","author":{"@type":"Person","name":"Ann Porter&#8217;s desk"},"publisher":{"@type":"Organization","name":"Harbour6.com"},"datePublished":"2026-03-10T08:00:00+07:00"}</script>
</head><body><article><h1>Ferry fares won’t rise this year, Reed &amp; Porter say</h1>
<p>Fares on the harbour ferries will stay at their current level for the rest of the year, the ferry board said on Tuesday after a long meeting at the pier.</p>
<p>The board had weighed a rise of ten percent to pay for repairs to the quay, but chose to draw on its reserves instead, its chairman Tom Reed told reporters.</p>
<p>Passengers had protested the rise for weeks, and a petition against it gathered more than four thousand names in the town.</p>
</article></body></html>"#;
    let ex = extract_html(html.as_bytes(), &ExtractOptions::default(), &BoilerplateModel::default());
    let title = ex.article.title.as_deref().unwrap_or_default();
    assert_eq!(title, "Ferry fares won’t rise this year, Reed & Porter say");
    assert!(ex.article.byline.iter().all(|b| !b.contains("&#")), "{:?}", ex.article.byline);
    // (the publisher is one name, not a byline to split at its digits)
    assert_eq!(ex.article.outlet.as_deref(), Some("Harbour6.com"));
}

/// A page that names its outlet nowhere but in the dateline's credit ("Sukamaju (Warta
/// Contoh) -") is that outlet's.
#[test]
fn the_dateline_credit_names_the_outlet_of_a_page_without_one() {
    let html = r#"<html><head><title>Dermaga baru Sukamaju mulai dipakai nelayan</title></head><body><article>
<h1>Dermaga baru Sukamaju mulai dipakai nelayan</h1>
<p>Sukamaju (Warta Contoh) - Dermaga baru di Kabupaten Sukamaju mulai dipakai para nelayan sejak Senin pagi setelah diresmikan oleh bupati.</p>
<p>Kepala dinas perikanan Budi Santoso mengatakan dermaga itu mampu menampung empat puluh perahu sekaligus dan dilengkapi gudang pendingin.</p>
<p>Para nelayan menyambut baik dermaga tersebut karena selama ini mereka harus menambatkan perahu di muara yang dangkal.</p>
</article></body></html>"#;
    let ex = extract_html(html.as_bytes(), &ExtractOptions::default(), &BoilerplateModel::default());
    assert_eq!(ex.article.dateline.as_deref(), Some("SUKAMAJU"));
    assert_eq!(ex.article.outlet.as_deref(), Some("Warta Contoh"));
    assert!(ex.article.body[0].starts_with("Dermaga baru"), "{:?}", ex.article.body[0]);
}
