//! Torn writes on the SQLite store's write-ahead log.
//!
//! `crates/jejak/tests/crash.rs` kills whole ingests and checks that a rerun converges; this
//! test aims at the WAL file itself. A child process (this test binary, re-invoked with
//! `JEJAK_TORN_CHILD` set) commits batches of pages and articles in a loop and reports each
//! commit; the parent SIGKILLs it at a random moment, so the WAL and its `-shm` index stay
//! behind uncheckpointed. The parent then damages the WAL's last frame the way a torn write
//! or a power cut would (cut it short, scramble its bytes, or leave half a frame of garbage
//! after it), reopens the store and checks:
//! - the store opens;
//! - every batch reported as committed before the last transaction is intact, pages and
//!   articles; the last transaction is either all there or all gone;
//! - counts are consistent with what is there (every article has its page, batches whole);
//! - the search index heals: every stored article is found, rolled-back ones are not.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use jejak_model::{Article, ContentKind, RawPage};
use jejak_store::{SearchQuery, SqliteStore, Store};

const CHILD_ENV: &str = "JEJAK_TORN_CHILD";
const START_ENV: &str = "JEJAK_TORN_START";
const PER_BATCH: usize = 3;
const ITERATIONS: u64 = 12;

/// A search token unique to one article: digits spelled as consonants, so that neither the
/// tokenizer nor the stemmers split or trim it.
fn token(batch: u64, j: usize) -> String {
    const DIGITS: &[u8] = b"bcdfghjkmn";
    let spell =
        |n: u64| n.to_string().bytes().map(|d| DIGITS[(d - b'0') as usize] as char).collect::<String>();
    format!("qx{}z{}", spell(batch), spell(j as u64))
}

fn batch(i: u64) -> (Vec<RawPage>, Vec<Article>) {
    let mut pages = Vec::new();
    let mut articles = Vec::new();
    for j in 0..PER_BATCH {
        let t = token(i, j);
        let text = format!("Laporan robek {t}: paragraf isi berita nomor {i} bagian {j}.");
        let page = RawPage::new(
            Some(format!("https://torn.example/{i}/{j}")),
            "torn".into(),
            ContentKind::PageText,
            None,
            text.clone().into_bytes(),
        );
        articles.push(Article {
            id: page.id.clone(),
            page_id: page.id.clone(),
            title: Some(format!("Berita robek {t}")),
            body: vec![text; 40],
            ..Article::default()
        });
        pages.push(page);
    }
    (pages, articles)
}

/// The child: commit batches forever (pages in one transaction, articles in the next,
/// then the index), printing each batch number once it is fully committed.
#[test]
fn torn_write_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else { return };
    let start: u64 = std::env::var(START_ENV).unwrap().parse().unwrap();
    let mut store = SqliteStore::open(Path::new(&dir)).unwrap();
    let mut out = std::io::stdout().lock();
    for i in start..start + 100_000 {
        let (pages, articles) = batch(i);
        store.insert_pages(&pages).unwrap();
        store.put_articles(&articles).unwrap();
        store.flush().unwrap();
        writeln!(out, "committed {i}").unwrap();
        out.flush().unwrap();
    }
    // Never reached in practice: the parent kills the child long before.
    std::process::abort();
}

/// A small deterministic generator seeded from the clock; the seed is printed.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[derive(Debug, Clone, Copy)]
enum Damage {
    None,
    /// The last frame cut in the middle: a write that did not finish.
    Truncate,
    /// The last frame's page bytes scrambled: a sector that never reached the disk.
    Scramble,
    /// Half a frame of garbage after the last frame.
    Garbage,
}

/// Damages the WAL of `dir`; returns whether it had a frame to damage.
fn damage_wal(dir: &Path, damage: Damage, rng: &mut Rng) -> bool {
    let wal = dir.join("jejak.sqlite-wal");
    let Ok(mut bytes) = std::fs::read(&wal) else { return false };
    if bytes.len() < 32 {
        return false;
    }
    let page_size = u32::from_be_bytes(bytes[8..12].try_into().unwrap()) as usize;
    let frame = 24 + page_size;
    let frames = (bytes.len() - 32) / frame;
    if frames == 0 {
        return false;
    }
    let last = 32 + (frames - 1) * frame;
    match damage {
        Damage::None => return true,
        Damage::Truncate => bytes.truncate(last + 1 + rng.next(frame as u64 - 1) as usize),
        Damage::Scramble => {
            for b in &mut bytes[last + 24 + page_size / 2..last + frame] {
                *b ^= 0x5a;
            }
        }
        Damage::Garbage => {
            bytes.truncate(32 + frames * frame);
            bytes.extend((0..frame / 2).map(|_| rng.next(256) as u8));
        }
    }
    std::fs::write(&wal, bytes).unwrap();
    true
}

#[test]
fn a_torn_wal_frame_loses_at_most_the_last_transaction() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    eprintln!("torn-write seed {seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    // Batches reported committed in earlier rounds: these must never be lost.
    let mut durable: BTreeSet<u64> = BTreeSet::new();
    let mut next = 0;
    let mut damaged_rounds = 0;
    let mut rolled_back = 0;

    for round in 0..ITERATIONS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "torn_write_child", "--nocapture", "--test-threads", "1"])
            .env(CHILD_ENV, dir.path())
            .env(START_ENV, next.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let want = 1 + rng.next(6);
        let mut reported = Vec::new();
        let lines = BufReader::new(child.stdout.take().unwrap()).lines();
        for line in lines {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("committed ") {
                reported.push(n.parse::<u64>().unwrap());
                if reported.len() as u64 >= want {
                    break;
                }
            }
        }
        // A random moment into the next batch, then SIGKILL.
        std::thread::sleep(std::time::Duration::from_micros(rng.next(3000)));
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(reported.len() as u64, want, "the child stopped early");

        let damage =
            [Damage::None, Damage::Truncate, Damage::Scramble, Damage::Garbage][(round % 4) as usize];
        let had_frames = damage_wal(dir.path(), damage, &mut rng);
        if had_frames && !matches!(damage, Damage::None) {
            damaged_rounds += 1;
        }

        let store = SqliteStore::open(dir.path())
            .unwrap_or_else(|e| panic!("round {round} ({damage:?}): the store does not open: {e}"));
        let last = *reported.last().unwrap();
        let mut present_articles = 0;
        let mut present_pages = 0;
        let mut max_present = None;
        for i in 0..=last + 1 {
            let (pages, articles) = batch(i);
            let have_pages: Vec<bool> = pages.iter().map(|p| store.has_page(&p.id).unwrap()).collect();
            let have_articles: Vec<bool> =
                articles.iter().map(|a| store.article(&a.id).unwrap().is_some()).collect();
            let what = format!("round {round} ({damage:?}), batch {i}");
            assert!(have_pages.iter().all(|&h| h == have_pages[0]), "{what}: pages half committed");
            assert!(have_articles.iter().all(|&h| h == have_articles[0]), "{what}: articles half committed");
            assert!(!have_articles[0] || have_pages[0], "{what}: articles without their pages");
            let must_have = durable.contains(&i)
                || (reported.contains(&i) && (i != last || matches!(damage, Damage::None)));
            if must_have {
                assert!(have_pages[0] && have_articles[0], "{what}: a committed batch was lost");
            }
            if have_articles[0] {
                for (a, stored) in
                    articles.iter().zip(articles.iter().map(|a| store.article(&a.id).unwrap().unwrap()))
                {
                    assert_eq!(&stored, a, "{what}: article changed");
                }
            } else if i == last {
                rolled_back += 1;
            }
            // The index heals: stored articles are found, the others are not.
            for (j, a) in articles.iter().enumerate() {
                let hits = store.search(&SearchQuery::new(&token(i, j), 5)).unwrap();
                let found = hits.hits.iter().any(|h| h.article_id == a.id);
                assert_eq!(
                    found,
                    have_articles[0],
                    "{what}: search disagrees with SQLite for {}",
                    token(i, j)
                );
                assert!(hits.total <= 1, "{what}: {} hits for a unique token", hits.total);
            }
            present_pages += have_pages[0] as u64 * PER_BATCH as u64;
            present_articles += have_articles[0] as u64 * PER_BATCH as u64;
            if have_pages[0] {
                max_present = Some(i);
            }
        }
        let counts = store.counts().unwrap();
        assert_eq!(counts.pages, present_pages, "round {round}: page count");
        assert_eq!(counts.articles, present_articles, "round {round}: article count");
        let all = store.search(&SearchQuery::new("robek", 1_000_000)).unwrap();
        assert_eq!(all.total as u64, present_articles, "round {round}: index and SQLite disagree");
        drop(store);

        // What survived a clean reopen is durable from now on (the close checkpointed it).
        let store = SqliteStore::open(dir.path()).unwrap();
        for i in 0..=last {
            if batch(i).1.iter().all(|a| store.article(&a.id).unwrap().is_some()) {
                durable.insert(i);
            }
        }
        drop(store);
        next = max_present.map_or(0, |m| m + 1);
    }
    eprintln!(
        "torn-write: {ITERATIONS} rounds, {damaged_rounds} with a damaged WAL frame, last batch rolled back {rolled_back} times, {} batches durable",
        durable.len()
    );
    assert!(damaged_rounds >= ITERATIONS / 2, "the WAL was rarely there to damage: {damaged_rounds} rounds");
}
