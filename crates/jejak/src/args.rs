//! Command-line arguments. The doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Jejak: trace where news claims came from. Ingest pages, extract articles, group them
/// into stories across outlets, and see who said what, via whom.
#[derive(Parser, Debug)]
#[command(name = "jejak", version, about, long_about = None)]
pub struct Cli {
    /// Data directory holding the SQLite store and search index.
    #[arg(long, global = true, default_value = "jejak-data", env = "JEJAK_DATA")]
    pub data: PathBuf,

    /// PostgreSQL URL (postgres://user@host:port/db) of a shared store for scale-out;
    /// without it the store is SQLite in --data.
    #[arg(long, global = true, env = "JEJAK_STORE")]
    pub store: Option<String>,

    /// More log output on stderr (-v info, -vv debug); or set JEJAK_LOG.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Ingest files or directories of HTML pages, copied page text (.txt) or JSONL.
    ///
    /// Formats are recognised by content. Re-ingesting the same input adds nothing.
    /// Unreadable files and lines are reported and skipped; the exit code is non-zero
    /// only when nothing at all could be ingested.
    Ingest {
        /// Files or directories (read recursively); `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Outlet for pages that do not name their own.
        #[arg(long)]
        outlet: Option<String>,
        /// Hours a story stays open for new articles.
        #[arg(long, default_value_t = 72)]
        window_hours: i64,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
        /// Only store the pages; `jejak worker` processes extract them (scale-out).
        #[arg(long)]
        queue_only: bool,
    },
    /// Crawl news sites politely from feeds, sitemaps or pages, and ingest what is found.
    ///
    /// Honours robots.txt and Crawl-delay, waits between requests to one host, retries
    /// 429/503 with backoff, and skips pages already stored, so a rerun fetches only new
    /// pages. Pages are stored in batches as they arrive; an interrupted crawl resumes.
    Crawl {
        /// Seed URLs: RSS/Atom feeds, sitemaps (news sitemaps, sitemap indexes) or pages.
        #[arg(required = true)]
        urls: Vec<String>,
        /// Documents (pages, feeds, sitemaps) to fetch at most.
        #[arg(long, default_value_t = 100)]
        max_pages: usize,
        /// Least milliseconds between two requests to one host (a longer Crawl-delay wins).
        #[arg(long, default_value_t = 1000)]
        delay_ms: u64,
        /// User-Agent header; its first word is the robots.txt agent name.
        #[arg(long)]
        user_agent: Option<String>,
        /// Outlet for pages that do not name their own.
        #[arg(long)]
        outlet: Option<String>,
        /// Also fetch from private, loopback and link-local addresses (refused by default,
        /// so that a feed or redirect cannot point the crawler into the local network).
        #[arg(long)]
        allow_private: bool,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
        /// Keep following the seeds: crawl them again every SECONDS (each round fetches
        /// only pages the store does not hold); stop with Ctrl-C.
        #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
        every: Option<u64>,
    },
    /// Process queued pages from a shared PostgreSQL store, alongside other workers.
    ///
    /// Pages are leased with SKIP LOCKED, so workers never take the same page; a dead
    /// worker's pages return to the queue when its lease expires. After each round the
    /// worker rebuilds stories under a database lock.
    Worker {
        /// Stop when the queue is empty instead of polling for more.
        #[arg(long)]
        once: bool,
        /// Seconds between polls of an empty queue.
        #[arg(long, default_value_t = 5)]
        poll_seconds: u64,
        /// Seconds this worker may hold pages before other workers take them over.
        #[arg(long, default_value_t = 120)]
        lease_seconds: u64,
    },
    /// Extract the article of one file (HTML, page text or a JSONL line) and print it;
    /// stores nothing.
    Extract {
        file: PathBuf,
        /// Outlet of the page, if the page does not say.
        #[arg(long)]
        outlet: Option<String>,
        /// URL of the page, if known.
        #[arg(long)]
        url: Option<String>,
        /// Print JSON (same as --format json).
        #[arg(long)]
        json: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also list every line dropped as boilerplate and the rule that dropped it.
        #[arg(long)]
        explain: bool,
    },
    /// Text analysis of one page's article, paragraph by paragraph: language, sentences,
    /// tokens, quantities, dates and name mentions with their canonical keys.
    Analyze {
        /// A page (HTML, page text, one JSONL record) to extract and analyse.
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Who said what in one file or stored article: quotes, speakers, cues, relays.
    Quotes {
        /// A file to extract first, or the id of a stored article.
        target: String,
        #[arg(long)]
        json: bool,
    },
    /// List stories, most recent first.
    Stories {
        /// Only stories active since this date (YYYY-MM-DD or RFC 3339).
        #[arg(long)]
        since: Option<String>,
        /// At most this many stories.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// List near-duplicate articles: syndicated copies and light rewrites.
    Dups {
        /// Least estimated word-4-gram Jaccard similarity (0.5 catches rewrites, 0.8 copies).
        #[arg(long, default_value_t = 0.5)]
        threshold: f32,
        #[arg(long)]
        json: bool,
    },
    /// Show one story: its articles side by side.
    Story {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Trace a story's claims: who said what, how it travelled, and how outlets compare.
    Trace {
        story_id: String,
        /// Print the whole report as JSON.
        #[arg(long)]
        json: bool,
        /// Print every claim's provenance graph in this format instead.
        #[arg(long, value_enum)]
        graph: Option<GraphFormat>,
    },
    /// Full-text search over stored articles (Indonesian and English stemming).
    Search {
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Serve the web UI and JSON API.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
    },
    /// Ingest the bundled demo corpus into the data directory, print a summary and serve.
    Demo {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Stop after the summary instead of serving.
        #[arg(long)]
        no_serve: bool,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Graphml,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_subcommand_has_help() {
        for sub in Cli::command().get_subcommands() {
            assert!(sub.get_about().is_some(), "{} has no help text", sub.get_name());
        }
    }
}
