//! Support for the tests of every crate that uses a store: the same test on each backend.
//!
//! SQLite always runs. PostgreSQL runs too when [`PG_SERVER_VAR`] names a server (as
//! `scripts/pg-test.sh` sets it), each test in a fresh database of its own, so one test
//! body covers both backends and neither can drift from the other unnoticed.

use crate::{PgStore, SqliteStore, Store};

/// The environment variable holding the URL of the PostgreSQL server tests may use.
pub const PG_SERVER_VAR: &str = "JEJAK_PG_URL";

/// The PostgreSQL server the tests may use, if one was given. Built with the `pg-tests`
/// feature, a test suite must have one: a missing server fails rather than skips.
pub fn pg_server() -> Option<String> {
    let server = std::env::var(PG_SERVER_VAR).ok().filter(|url| !url.is_empty());
    if cfg!(feature = "pg-tests") && server.is_none() {
        panic!("{PG_SERVER_VAR} is not set: run the PostgreSQL suite through scripts/pg-test.sh");
    }
    server
}

/// A fresh, empty database on `server` for the test called `name` (dropped and created
/// again on each run); its URL.
///
/// # Panics
/// If the server cannot be reached: a test asked for PostgreSQL and cannot have it.
pub fn fresh_pg_database(server: &str, name: &str) -> String {
    let database = database_name(name);
    let mut admin = postgres::Client::connect(server, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot reach the test server {server}: {e}"));
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)")).unwrap();
    admin.batch_execute(&format!("CREATE DATABASE {database}")).unwrap();
    let head = server.rsplit_once('/').map_or(server, |(head, _)| head);
    format!("{head}/{database}")
}

/// A PostgreSQL identifier for a test name: lowercase ASCII, at most 63 bytes.
fn database_name(name: &str) -> String {
    let clean: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
    let mut database = format!("jejak_t_{clean}");
    if database.len() > 63 {
        let hash = jejak_model::stable_id(name.as_bytes());
        database.truncate(63 - hash.len() - 1);
        database = format!("{database}_{hash}");
    }
    database
}

/// Runs `test` on a fresh store of each backend in turn: SQLite in a temporary directory,
/// then PostgreSQL when a server was given. `name` must be unique among tests that run at
/// the same time, since it names the PostgreSQL database. Which backend a failure was on
/// shows in the test's output.
pub fn each_backend(name: &str, mut test: impl FnMut(Box<dyn Store + Send>)) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let sqlite = SqliteStore::open(dir.path()).expect("a fresh SQLite store opens");
    eprintln!("{name}: on SQLite");
    test(Box::new(sqlite));
    if let Some(server) = pg_server() {
        let url = fresh_pg_database(&server, name);
        let pg = PgStore::connect(&url, "test").expect("a fresh PostgreSQL store opens");
        eprintln!("{name}: on PostgreSQL");
        test(Box::new(pg));
    }
}

#[cfg(test)]
mod tests {
    use super::database_name;

    #[test]
    fn database_names_are_valid_identifiers() {
        assert_eq!(database_name("Server::api-lists"), "jejak_t_server__api_lists");
        let long = database_name(&"x".repeat(100));
        assert!(long.len() <= 63 && long.starts_with("jejak_t_xxx"), "{long}");
        assert_ne!(long, database_name(&"x".repeat(101)), "long names stay distinct");
    }
}
