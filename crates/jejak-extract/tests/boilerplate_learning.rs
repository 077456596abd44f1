//! Property: learning an outlet's boilerplate never costs the article its own text.
//!
//! Pages of one outlet are generated with shared chrome (menus, promos, footers, some lines
//! only on a few pages) around text that is each page's own (title, paragraphs). After the
//! model has learned every page, extracting any of them must keep every paragraph of its own,
//! and every line the model drops as recurring must really recur on enough of the outlet's
//! pages: a line printed once, on one page, is never removed by the learned model.

use jejak_extract::{extract_page, learn_page, BoilerplateModel, DropReason};
use jejak_model::{ContentKind, RawPage};
use proptest::prelude::*;

const CHROME: &[&str] = &[
    "Beranda",
    "Nasional",
    "Ekonomi",
    "Olahraga",
    "Ikuti kami di media sosial",
    "Masuk",
    "Redaksi | Pedoman Media Siber | Kontak",
    "Unduh aplikasi kami untuk berita tercepat",
    "Tentang Kami",
];

const WORDS: &[&str] = &[
    "warga",
    "pemerintah",
    "harga",
    "pasar",
    "kota",
    "banjir",
    "sekolah",
    "jalan",
    "petani",
    "beras",
    "menteri",
    "rumah",
    "sakit",
    "pekan",
    "lalu",
    "kembali",
    "naik",
    "turun",
    "desa",
    "wilayah",
    "bantuan",
    "laporan",
    "polisi",
    "proyek",
    "anggaran",
    "daerah",
    "pusat",
    "listrik",
];

/// One generated page: chrome picked by `chrome_mask`, a title and paragraphs of its own.
fn page_text(index: usize, chrome_mask: u16, paragraphs: &[Vec<usize>]) -> (String, Vec<String>) {
    let chrome: Vec<&str> =
        CHROME.iter().enumerate().filter(|(i, _)| chrome_mask & (1 << i) != 0).map(|(_, l)| *l).collect();
    let own: Vec<String> = paragraphs
        .iter()
        .enumerate()
        .map(|(p, words)| {
            let body: Vec<&str> = words.iter().map(|&w| WORDS[w % WORDS.len()]).collect();
            // A page-unique number keeps every paragraph printed once in the whole corpus.
            format!("Laporan {index}-{p}: {}, kata pejabat setempat kepada wartawan.", body.join(" "))
        })
        .collect();
    let (header, footer) = chrome.split_at(chrome.len() / 2);
    let mut lines: Vec<String> = header.iter().map(|l| l.to_string()).collect();
    lines.push(format!("Judul berita nomor {index} tentang {}", WORDS[index % WORDS.len()]));
    lines.push("Senin, 8 Agustus 2022 10:00 WIB".to_string());
    lines.extend(own.iter().cloned());
    lines.extend(footer.iter().map(|l| l.to_string()));
    (lines.join("\n"), own)
}

fn raw(text: &str) -> RawPage {
    RawPage::new(
        None,
        "generated".into(),
        ContentKind::PageText,
        Some("Kabar Contoh".into()),
        text.as_bytes().to_vec(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn learned_boilerplate_never_takes_a_pages_own_text(
        pages in proptest::collection::vec(
            (any::<u16>(), proptest::collection::vec(proptest::collection::vec(0usize..100, 8..20), 2..6)),
            1..12,
        )
    ) {
        let generated: Vec<(String, Vec<String>)> =
            pages.iter().enumerate().map(|(i, (mask, paras))| page_text(i, *mask, paras)).collect();
        let mut model = BoilerplateModel::default();
        for (text, _) in &generated {
            learn_page(&mut model, &raw(text));
        }
        for (text, own) in &generated {
            let ex = extract_page(&raw(text), &model);
            for paragraph in own {
                prop_assert!(
                    ex.article.body.iter().any(|b| b == paragraph),
                    "lost its own paragraph {paragraph:?}; body {:?}; dropped {:?}",
                    ex.article.body,
                    ex.dropped
                );
            }
            for dropped in &ex.dropped {
                if let DropReason::Recurring { pages: on, .. } = dropped.reason {
                    let really_on = generated.iter().filter(|(t, _)| t.lines().any(|l| l.trim() == dropped.text.trim())).count();
                    prop_assert!(on >= 3 && really_on >= 3, "{dropped:?} is on {really_on} pages");
                }
            }
        }
    }
}
