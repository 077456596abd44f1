//! `jejak worker`: drains the shared page queue and keeps stories current.
//!
//! Rebuilding stories reads every article, so workers avoid doing it for nothing: the store
//! remembers how many articles the last rebuild saw, and a worker that finds that number
//! current skips its own (another worker's rebuild already included its articles).

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use jejak_pipeline::NoProgress;
use jejak_store::Store;

use crate::commands::{open_store, StoreLocation};

/// Model row holding the article count the last story rebuild saw.
const REBUILT_AT: &str = "stories_rebuilt_at_articles";

pub fn run(loc: &StoreLocation, once: bool, poll_seconds: u64) -> Result<ExitCode> {
    let mut store = open_store(loc)?;
    let config = jejak_link::LinkConfig::default();
    loop {
        let model = jejak_pipeline::load_boilerplate(&*store)?;
        let (articles, not_articles) = jejak_pipeline::process_pending(&mut *store, &model, &NoProgress)?;
        if articles + not_articles > 0 {
            tracing::info!(articles, not_articles, "worker round done");
            // Drain until the queue is empty before rebuilding: one rebuild per burst.
            continue;
        }
        rebuild_if_stale(&mut *store, &config)?;
        if once {
            return Ok(ExitCode::SUCCESS);
        }
        std::thread::sleep(Duration::from_secs(poll_seconds));
    }
}

fn rebuild_if_stale(store: &mut dyn Store, config: &jejak_link::LinkConfig) -> Result<()> {
    let articles = store.counts()?.articles;
    let rebuilt_at: Option<u64> = store.load_model(REBUILT_AT)?.and_then(|v| v.parse().ok());
    if rebuilt_at == Some(articles) {
        return Ok(());
    }
    let stories = jejak_pipeline::relink(store, config)?;
    // What this rebuild saw at least; articles stored meanwhile make the next check stale.
    store.save_model(REBUILT_AT, &articles.to_string())?;
    tracing::info!(articles, stories, "stories rebuilt");
    Ok(())
}
