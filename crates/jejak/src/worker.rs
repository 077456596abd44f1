//! `jejak worker`: drains the shared page queue and keeps stories current.
//!
//! After each burst of pages it extracted, a worker brings the stories up to date
//! ([`jejak_pipeline::update_stories`]): the store knows which articles no story has taken
//! in yet, so later articles extend the stories instead of rebuilding them. While other
//! workers are still extracting, it leaves the update to the last of them to finish: the
//! stories are serialised, and an update before theirs would be redone (a full rebuild, if
//! their articles are older than its last). An idle worker leaves the stories alone; on
//! start it updates once, for articles a worker killed before its update left behind.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use jejak_pipeline::NoProgress;

use crate::commands::{open_store, StoreLocation};

pub fn run(loc: &StoreLocation, once: bool, poll_seconds: u64) -> Result<ExitCode> {
    let mut store = open_store(loc)?;
    let config = jejak_link::LinkConfig::default();
    let mut extracted_since_update = true;
    loop {
        let model = jejak_pipeline::load_boilerplate(&*store)?;
        let (articles, not_articles) = jejak_pipeline::process_pending(&mut *store, &model, &NoProgress)?;
        if articles + not_articles > 0 {
            tracing::info!(articles, not_articles, "worker round done");
            // Drain until the queue is empty first: one story update per burst.
            extracted_since_update = true;
            continue;
        }
        if std::mem::take(&mut extracted_since_update) {
            if store.pages_leased_by_others()? > 0 {
                tracing::info!("other workers are still extracting: the last to finish updates the stories");
            } else {
                jejak_pipeline::update_stories(&mut *store, &config)?;
            }
        }
        if once {
            return Ok(ExitCode::SUCCESS);
        }
        std::thread::sleep(Duration::from_secs(poll_seconds));
    }
}
