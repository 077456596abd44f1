//! The work queue against a live PostgreSQL, whose URL `scripts/pg-test.sh` passes in
//! `JEJAK_PG_URL` (the conformance suite runs on it from the unit tests, like every other
//! test that uses a store). Each test works in its own database.

use std::time::Duration;

use jejak_model::{ContentKind, RawPage};
use jejak_store::{testing, PgStore, Store};

/// A fresh, empty database for one test, dropped and re-created each run.
fn fresh(name: &str) -> String {
    let server = testing::pg_server().expect("the pg-tests feature demands a server");
    testing::fresh_pg_database(&server, name)
}

#[test]
fn workers_never_share_a_page_and_expired_leases_return() {
    let url = fresh("jejak_queue");
    let mut a = PgStore::connect(&url, "a").unwrap().with_lease(Duration::from_millis(400));
    let b = PgStore::connect(&url, "b").unwrap();
    let pages: Vec<RawPage> = (0..10)
        .map(|i| {
            RawPage::new(None, format!("p{i}"), ContentKind::PageText, None, format!("page {i}").into_bytes())
        })
        .collect();
    a.insert_pages(&pages).unwrap();
    let first = a.pending_pages(6).unwrap();
    let second = b.pending_pages(6).unwrap();
    assert_eq!((first.len(), second.len()), (6, 4));
    assert!(first.iter().all(|p| second.iter().all(|q| q.id != p.id)), "a page leased twice");
    assert_eq!((a.pages_leased_by_others().unwrap(), b.pages_leased_by_others().unwrap()), (4, 6));
    // Worker a dies without finishing: its pages come back once the lease expires.
    assert!(b.pending_pages(10).unwrap().is_empty());
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(b.pages_leased_by_others().unwrap(), 0, "expired leases are nobody's");
    let retaken = b.pending_pages(10).unwrap();
    assert_eq!(retaken.len(), 6);
}
