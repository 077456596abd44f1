//! The UI's own words in Indonesian and English. Content stays as published; only labels
//! change. The language comes from `?ui=id|en` (remembered in a cookie), else the cookie,
//! else `Accept-Language`, else English.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

const COOKIE: &str = "jejak_ui";

/// Every label a page shows.
pub(crate) struct Labels {
    pub code: &'static str,
    pub tagline: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub latest: &'static str,
    pub latest_sub: &'static str,
    pub no_stories: &'static str,
    pub filter: &'static str,
    pub outlet: &'static str,
    pub all_outlets: &'static str,
    pub language: &'static str,
    pub all_languages: &'static str,
    pub articles: &'static str,
    pub from_outlets: &'static str,
    pub first_seen: &'static str,
    /// Before a story merged into this one: "Merged in: …".
    pub merged_in: &'static str,
    /// Before the stories split off from this one.
    pub split_off: &'static str,
    /// Before the story this one was split off from.
    pub split_from: &'static str,
    pub older: &'static str,
    pub date_unknown: &'static str,
    pub no_headline: &'static str,
    pub unknown_outlet: &'static str,
    pub who_said_what: &'static str,
    pub unattributed: &'static str,
    pub via: &'static str,
    pub claims: &'static str,
    pub single_source: &'static str,
    pub sources: &'static str,
    pub origin: &'static str,
    pub hops: &'static str,
    pub carried_by: &'static str,
    pub coverage: &'static str,
    pub claims_col: &'static str,
    pub shared_all: &'static str,
    pub shared_some: &'static str,
    pub only_here: &'static str,
    pub hedging: &'static str,
    pub only_reports: &'static str,
    pub adds_details: &'static str,
    pub photos_only: &'static str,
    pub numbers_differ: &'static str,
    pub headline_stronger: &'static str,
    pub body_says: &'static str,
    pub results_for: &'static str,
    pub captions: &'static str,
    pub original_article: &'static str,
    pub back_home: &'static str,
    pub sorry: &'static str,
    pub single_source_share: &'static str,
    pub stories_covered: &'static str,
    pub months: [&'static str; 12],
    pub since: &'static str,
    pub over_time: &'static str,
    pub copy_of: &'static str,
    pub similarity: &'static str,
    pub your_time: &'static str,
    pub time_zone: &'static str,
    pub show: &'static str,
    pub add_news: &'static str,
    pub ingest_title: &'static str,
    pub ingest_intro: &'static str,
    pub token: &'static str,
    pub token_kept: &'static str,
    pub paste: &'static str,
    pub paste_help: &'static str,
    pub outlet_optional: &'static str,
    pub url_optional: &'static str,
    pub file: &'static str,
    pub file_help: &'static str,
    pub urls: &'static str,
    pub urls_help: &'static str,
    pub submit: &'static str,
    pub nothing_given: &'static str,
    pub working: &'static str,
    pub refreshes: &'static str,
    pub done: &'static str,
    pub failed: &'static str,
    pub inputs: &'static str,
    pub pages_read: &'static str,
    pub new_pages: &'static str,
    pub already_stored: &'static str,
    pub stories: &'static str,
    pub errors: &'static str,
    pub new_articles: &'static str,
    pub their_stories: &'static str,
    pub not_fetched: &'static str,
    pub no_pages: &'static str,
    pub add_more: &'static str,
    pub seconds: &'static str,
}

pub(crate) static EN: Labels = Labels {
    code: "en",
    tagline: "where every claim came from",
    search: "Search",
    search_placeholder: "Search news",
    latest: "Latest",
    latest_sub: "stories across outlets",
    no_stories: "No stories yet. Run jejak ingest PATH or jejak demo.",
    filter: "Filter",
    outlet: "Outlet",
    all_outlets: "all outlets",
    language: "Language",
    all_languages: "all",
    articles: "articles",
    from_outlets: "outlets",
    first_seen: "first seen",
    merged_in: "Grew from stories merged in",
    split_off: "Articles that turned out to be other stories",
    split_from: "Split off from",
    older: "Older stories →",
    date_unknown: "date unknown",
    no_headline: "(no headline)",
    unknown_outlet: "unknown outlet",
    who_said_what: "Who said what",
    unattributed: "unattributed",
    via: "via",
    claims: "Claims and where they came from",
    single_source: "single source",
    sources: "sources",
    origin: "origin",
    hops: "hops",
    carried_by: "carried by",
    coverage: "Coverage compared",
    claims_col: "Claims",
    shared_all: "Shared with all",
    shared_some: "With some",
    only_here: "Only here",
    hedging: "Hedging",
    only_reports: "Only this outlet reports",
    adds_details: "Details only this outlet gives",
    photos_only: "Photos only this outlet shows",
    numbers_differ: "Numbers that differ",
    headline_stronger: "headline stronger than its evidence",
    body_says: "but the body says",
    results_for: "results for",
    captions: "Captions",
    original_article: "Original article",
    back_home: "Back to the latest stories",
    sorry: "Sorry",
    single_source_share: "of its claims in recent stories rest on a single source",
    stories_covered: "Stories covered",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    since: "Since",
    over_time: "articles over time",
    copy_of: "copy of",
    similarity: "similarity",
    your_time: "your time",
    time_zone: "Time zone",
    show: "Show",
    add_news: "Add news",
    ingest_title: "Add news to Jejak",
    ingest_intro: "Paste the text of a news page, upload a file, or list URLs. Writing needs the token that jejak serve printed on its first start.",
    token: "Write token",
    token_kept: "The write token is remembered for this browser session.",
    paste: "Page text",
    paste_help: "Headline on the first line, then the body, as copied from the page.",
    outlet_optional: "Outlet (optional)",
    url_optional: "Page URL (optional)",
    file: "File",
    file_help: "HTML, page text, JSONL, WARC, RSS/Atom feed or a compressed one; at most 20 MB.",
    urls: "URLs to fetch",
    urls_help: "Feeds, sitemaps or pages: the server fetches them politely (robots.txt, a delay per site), at most 50 documents and never from private or local addresses. For bigger crawls use jejak crawl on the command line.",
    submit: "Add",
    nothing_given: "Paste page text, choose a file or list URLs.",
    working: "Working",
    refreshes: "This page refreshes by itself until the work is done.",
    done: "Done",
    failed: "Failed",
    inputs: "Inputs",
    pages_read: "pages read",
    new_pages: "new",
    already_stored: "already stored",
    stories: "stories",
    errors: "Errors",
    new_articles: "New articles",
    their_stories: "Their stories",
    not_fetched: "Fetched by the server (at most 50 documents). To follow them or fetch more, run this on the command line:",
    no_pages: "No page was found in the input.",
    add_more: "Add more",
    seconds: "seconds",
};

pub(crate) static ID: Labels = Labels {
    code: "id",
    tagline: "dari mana setiap klaim berasal",
    search: "Cari",
    search_placeholder: "Cari berita",
    latest: "Terkini",
    latest_sub: "berita dari berbagai media",
    no_stories: "Belum ada berita. Jalankan jejak ingest PATH atau jejak demo.",
    filter: "Saring",
    outlet: "Media",
    all_outlets: "semua media",
    language: "Bahasa",
    all_languages: "semua",
    articles: "artikel",
    from_outlets: "media",
    first_seen: "pertama terlihat",
    merged_in: "Tergabung dari berita lain",
    split_off: "Artikel yang ternyata berita lain",
    split_from: "Dipisah dari berita",
    older: "Berita sebelumnya →",
    date_unknown: "tanggal tidak diketahui",
    no_headline: "(tanpa judul)",
    unknown_outlet: "media tidak dikenal",
    who_said_what: "Siapa berkata apa",
    unattributed: "tanpa sumber",
    via: "melalui",
    claims: "Klaim dan asal-usulnya",
    single_source: "satu sumber",
    sources: "sumber",
    origin: "asal",
    hops: "lompatan",
    carried_by: "dimuat oleh",
    coverage: "Perbandingan liputan",
    claims_col: "Klaim",
    shared_all: "Dimuat semua",
    shared_some: "Dimuat sebagian",
    only_here: "Hanya di sini",
    hedging: "Kadar kabar-kabur",
    only_reports: "Hanya media ini yang memberitakan",
    adds_details: "Rincian yang hanya diberikan media ini",
    photos_only: "Foto yang hanya ditampilkan media ini",
    numbers_differ: "Angka yang berbeda",
    headline_stronger: "judul lebih tegas daripada buktinya",
    body_says: "padahal isi berita menyebut",
    results_for: "hasil untuk",
    captions: "Keterangan foto",
    original_article: "Artikel asli",
    back_home: "Kembali ke berita terkini",
    sorry: "Maaf",
    single_source_share: "klaimnya dalam berita terbaru bersandar pada satu sumber",
    stories_covered: "Berita yang diliput",
    months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    since: "Sejak",
    over_time: "artikel dari waktu ke waktu",
    copy_of: "salinan dari",
    similarity: "kemiripan",
    your_time: "waktu Anda",
    time_zone: "Zona waktu",
    show: "Tampilkan",
    add_news: "Tambah berita",
    ingest_title: "Tambahkan berita ke Jejak",
    ingest_intro: "Tempel teks halaman berita, unggah berkas, atau daftar URL. Menulis memerlukan token yang dicetak jejak serve saat pertama kali dijalankan.",
    token: "Token tulis",
    token_kept: "Token tulis diingat selama sesi peramban ini.",
    paste: "Teks halaman",
    paste_help: "Judul di baris pertama, lalu isi berita, seperti disalin dari halaman.",
    outlet_optional: "Media (opsional)",
    url_optional: "URL halaman (opsional)",
    file: "Berkas",
    file_help: "HTML, teks halaman, JSONL, WARC, umpan RSS/Atom atau versi terkompresinya; paling besar 20 MB.",
    urls: "URL untuk diambil",
    urls_help: "Feed, sitemap, atau halaman: server mengambilnya dengan sopan (robots.txt, jeda per situs), paling banyak 50 dokumen dan tidak pernah dari alamat privat atau lokal. Untuk perayapan lebih besar gunakan jejak crawl di baris perintah.",
    submit: "Tambahkan",
    nothing_given: "Tempel teks halaman, pilih berkas, atau daftar URL.",
    working: "Sedang diproses",
    refreshes: "Halaman ini memuat ulang sendiri sampai pekerjaan selesai.",
    done: "Selesai",
    failed: "Gagal",
    inputs: "Masukan",
    pages_read: "halaman dibaca",
    new_pages: "baru",
    already_stored: "sudah tersimpan",
    stories: "berita",
    errors: "Galat",
    new_articles: "Artikel baru",
    their_stories: "Beritanya",
    not_fetched: "Diambil oleh server (paling banyak 50 dokumen). Untuk mengikutinya atau mengambil lebih banyak, jalankan ini di baris perintah:",
    no_pages: "Tidak ada halaman yang ditemukan dalam masukan.",
    add_more: "Tambah lagi",
    seconds: "detik",
};

fn labels_for(code: &str) -> Option<&'static Labels> {
    match code.trim().get(..2)?.to_ascii_lowercase().as_str() {
        "id" | "ms" => Some(&ID),
        "en" => Some(&EN),
        _ => None,
    }
}

fn query_choice(parts: &Parts) -> Option<&'static Labels> {
    parts.uri.query()?.split('&').find_map(|kv| kv.strip_prefix("ui=")).and_then(labels_for)
}

fn cookie_choice(parts: &Parts) -> Option<&'static Labels> {
    parts.headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|cookies| {
        cookies.split(';').find_map(|c| c.trim().strip_prefix("jejak_ui=")).and_then(labels_for)
    })
}

fn accept_language(parts: &Parts) -> Option<&'static Labels> {
    let header = parts.headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    header.split(',').find_map(labels_for)
}

/// The reader's UI language, as an extractor for page handlers.
pub(crate) struct Ui(pub &'static Labels);

impl<S: Send + Sync> FromRequestParts<S> for Ui {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Ui(query_choice(parts)
            .or_else(|| cookie_choice(parts))
            .or_else(|| accept_language(parts))
            .unwrap_or(&EN)))
    }
}

/// Remembers an explicit `?ui=` choice in a cookie.
pub(crate) async fn remember_choice(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let choice = query_choice(&parts);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if let Some(labels) = choice {
        let cookie = format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly", labels.code);
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}
