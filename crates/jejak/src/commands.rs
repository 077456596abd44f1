//! One function per subcommand: open what it needs, call the crates, print the result.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use chrono::{DateTime, NaiveDate, Utc};
use jejak_extract::{extract_page, BoilerplateModel, Extraction};
use jejak_ingest::{read_file, ReadOptions};
use jejak_model::{Article, PageKind};
use jejak_pipeline::{IngestOptions, IngestReport};
use jejak_store::{PgStore, SqliteStore, Store};
use serde::Serialize;

use crate::args::{Cli, Command, Format, GraphFormat};
use crate::progress::Bar;

pub fn run(cli: Cli) -> Result<ExitCode> {
    let lease = std::time::Duration::from_secs(cli.lease_seconds);
    let data = StoreLocation { data: cli.data, url: cli.store, lease };
    match cli.command {
        Command::Ingest { paths, outlet, window_hours, json, queue_only, fields } => {
            let fields = jejak_ingest::FieldMap::parse(&fields)?;
            ingest(&data, paths, ReadOptions { outlet, fields }, window_hours, json, queue_only)
        }
        Command::Reprocess { window_hours, json } => reprocess(&data, window_hours, json),
        Command::Crawl(args) => crate::crawl::command(&data, args),
        Command::Worker { once, poll_seconds } => crate::worker::run(&data, once, poll_seconds),
        Command::Extract { file, outlet, url, json, format, explain } => {
            let format = if json { Format::Json } else { format };
            extract(&data, &file, outlet, url, format, explain)
        }
        Command::Analyze { file, json } => analyze(&data, &file, json),
        Command::Quotes { target, json } => quotes(&data, &target, json),
        Command::Stories { since, limit, json } => stories(&data, since.as_deref(), limit, json),
        Command::Story { id, json } => story(&data, &id, json),
        Command::Dups { threshold, json } => dups(&data, threshold, json),
        Command::Search { query, limit, json } => search(&data, &query, limit, json),
        Command::Trace { story_id, json, graph } => trace(&data, &story_id, json, graph),
        Command::Serve { addr } => {
            let store = open_store(&data)?;
            serve(store, &data, &addr)
        }
        Command::Demo { addr, no_serve, json } => crate::demo::run(&data, &addr, no_serve, json),
    }
}

/// Where the store is: a data directory (SQLite), or a PostgreSQL URL for scale-out.
#[derive(Debug, Clone)]
pub struct StoreLocation {
    pub data: PathBuf,
    pub url: Option<String>,
    /// How long a PostgreSQL worker holds leased pages before others may take them.
    pub lease: std::time::Duration,
}

impl StoreLocation {
    /// How the store is named in messages; a URL without its password.
    pub fn label(&self) -> String {
        match &self.url {
            Some(url) => match url.split_once('@') {
                Some((_, host)) => format!("postgres://…@{host}"),
                None => url.clone(),
            },
            None => self.data.display().to_string(),
        }
    }

    /// Whether the store already exists, without creating it.
    fn exists(&self) -> bool {
        self.url.is_some() || self.data.join("jejak.sqlite").exists()
    }
}

pub type AnyStore = Box<dyn Store + Send>;

pub fn open_store(loc: &StoreLocation) -> Result<AnyStore> {
    match &loc.url {
        Some(url) => {
            let worker = format!(
                "{}-{}",
                std::env::var("HOSTNAME").unwrap_or_else(|_| "jejak".into()),
                std::process::id()
            );
            let store = PgStore::connect(url, &worker)
                .with_context(|| format!("cannot open the store {}", loc.label()))?;
            Ok(Box::new(store.with_lease(loc.lease)))
        }
        None => Ok(Box::new(
            SqliteStore::open(&loc.data)
                .with_context(|| format!("cannot open the store in {}", loc.data.display()))?,
        )),
    }
}

pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

fn ingest(
    data: &StoreLocation,
    paths: Vec<PathBuf>,
    read: ReadOptions,
    window_hours: i64,
    json: bool,
    queue_only: bool,
) -> Result<ExitCode> {
    let mut store = open_store(data)?;
    // Only the window is a flag; the similarity thresholds are tuned defaults.
    let opts = IngestOptions {
        read,
        link: jejak_link::LinkConfig { window_hours, ..Default::default() },
        process: !queue_only,
    };
    let report = jejak_pipeline::ingest_paths(&mut *store, &paths, &opts, &Bar::new())?;
    report_ingest(&report, &*store, data, json)?;
    // Non-zero only when the run could ingest nothing at all: partial success is success.
    let nothing_read = report.pages_read == 0 && !report.errors.is_empty();
    Ok(if nothing_read { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// What to do about articles an older Jejak extracted.
fn outdated_note(loc: &StoreLocation) -> String {
    format!(
        "note: articles in {} were extracted by an older version of Jejak; `jejak reprocess` \
         extracts them again with this one",
        loc.label()
    )
}

fn reprocess(data: &StoreLocation, window_hours: i64, json: bool) -> Result<ExitCode> {
    if !data.exists() {
        bail!("no store in {}: nothing to reprocess (ingest something first)", data.label());
    }
    let mut store = open_store(data)?;
    let link = jejak_link::LinkConfig { window_hours, ..Default::default() };
    let report = jejak_pipeline::reprocess(&mut *store, &link, &Bar::new())?;
    if json {
        print_json(&report)?;
    } else {
        outln!(
            "extracted {} pages again: {} articles and {} non-article pages; {} stories; {:.2} s",
            report.pages,
            report.articles,
            report.not_articles,
            report.stories,
            report.elapsed.as_secs_f64()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn report_ingest(
    report: &IngestReport,
    store: &dyn Store,
    loc: &StoreLocation,
    json: bool,
) -> Result<()> {
    for error in &report.errors {
        eprintln!("jejak: {error}");
    }
    let counts = store.counts()?;
    // Pages another worker holds, or a killed run held: this run could not take them.
    let leased_elsewhere = store.pages_leased_by_others()?;
    let outdated_analysis = jejak_pipeline::outdated_analysis(store)?;
    if json {
        #[derive(Serialize)]
        struct Summary<'a> {
            #[serde(flatten)]
            run: &'a IngestReport,
            store: jejak_store::Counts,
            leased_elsewhere: u64,
            /// The older analysis version stored articles were extracted by, if any.
            outdated_analysis: Option<u32>,
        }
        return print_json(&Summary { run: report, store: counts, leased_elsewhere, outdated_analysis });
    }
    outln!(
        "read {} files: {} pages, {} new, {} already stored{}",
        report.files,
        report.pages_read,
        report.new_pages,
        report.already_stored,
        if report.new_pages == 0 && report.already_stored > 0 { " (nothing to add)" } else { "" }
    )?;
    outln!(
        "extracted {} articles and {} non-article pages; {} stories; {} errors; {:.2} s",
        report.articles,
        report.not_articles,
        report.stories,
        report.errors.len(),
        report.elapsed.as_secs_f64()
    )?;
    outln!(
        "store {}: {} pages, {} articles, {} stories",
        loc.label(),
        counts.pages,
        counts.articles,
        counts.stories
    )?;
    if outdated_analysis.is_some() {
        outln!("{}", outdated_note(loc))?;
    }
    if leased_elsewhere > 0 {
        outln!(
            "{leased_elsewhere} queued pages are leased by other workers (or by a run that was killed): \
             they are processed once their lease ends (--lease-seconds)"
        )?;
    }
    Ok(())
}

/// The learned boilerplate model of an existing store, read-only; empty without one.
fn learned_model(data: &StoreLocation) -> BoilerplateModel {
    if !data.exists() {
        return BoilerplateModel::default();
    }
    let json = open_store(data).ok().and_then(|s| s.load_model("boilerplate").ok().flatten());
    json.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default()
}

/// Extracts the single page in `file` without storing anything.
fn extract_file(
    data: &StoreLocation,
    file: &Path,
    outlet: Option<String>,
    url: Option<String>,
) -> Result<Extraction> {
    let (pages, errors) = read_file(file, &ReadOptions { outlet, ..ReadOptions::default() });
    if let Some(error) = errors.into_iter().next() {
        bail!(error);
    }
    let Some(mut page) = pages.into_iter().next() else {
        bail!(
            "{}: holds no page to extract (empty, or a feed or sitemap: `jejak ingest` fetches the pages a feed lists)",
            file.display()
        );
    };
    if url.is_some() {
        page.url = url;
    }
    Ok(extract_page(&page, &learned_model(data)))
}

fn extract(
    data: &StoreLocation,
    file: &Path,
    outlet: Option<String>,
    url: Option<String>,
    format: Format,
    explain: bool,
) -> Result<ExitCode> {
    let extraction = extract_file(data, file, outlet, url)?;
    if format == Format::Json {
        #[derive(Serialize)]
        struct Output<'a> {
            #[serde(flatten)]
            article: &'a Article,
            #[serde(skip_serializing_if = "<[_]>::is_empty")]
            warnings: &'a [String],
            #[serde(skip_serializing_if = "Option::is_none")]
            dropped: Option<&'a [jejak_extract::DroppedLine]>,
        }
        print_json(&Output {
            article: &extraction.article,
            warnings: &extraction.warnings,
            dropped: explain.then_some(extraction.dropped.as_slice()),
        })?;
    } else {
        print_article(&extraction.article)?;
        for warning in &extraction.warnings {
            outln!("warning: {warning}")?;
        }
        if explain {
            outln!("\nDropped:")?;
            for line in &extraction.dropped {
                outln!("  [{}] {}", serde_json::to_string(&line.reason)?, line.text)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Outlets as a list for people; pages that named none say so rather than print nothing.
fn outlet_list(outlets: &[String]) -> String {
    if outlets.is_empty() {
        "outlet unknown".into()
    } else {
        outlets.join(", ")
    }
}

fn print_article(a: &Article) -> anyhow::Result<()> {
    let mut out = String::new();
    if a.kind != PageKind::Article {
        out.push_str(&format!("[{}] {}\n", a.kind, a.reason.as_deref().unwrap_or("")));
    }
    let field =
        |name: &str, value: Option<&str>| value.map(|v| format!("{name:>10}: {v}\n")).unwrap_or_default();
    out.push_str(&field("title", a.title.as_deref()));
    out.push_str(&field("outlet", a.outlet.as_deref()));
    let published = a.published.map(|t| match &a.time_zone {
        Some(zone) => format!("{} ({zone})", t.to_rfc3339()),
        None => t.to_rfc3339(),
    });
    out.push_str(&field("published", published.as_deref()));
    let byline = a.byline.join(", ");
    out.push_str(&field("byline", Some(byline.as_str()).filter(|b| !b.is_empty())));
    out.push_str(&field("dateline", a.dateline.as_deref()));
    out.push_str(&field("language", a.lang.as_deref()));
    out.push_str(&field("url", a.url.as_deref()));
    out.push('\n');
    for p in &a.body {
        out.push_str(p);
        out.push_str("\n\n");
    }
    for c in &a.captions {
        out.push_str(&format!("[caption] {c}\n"));
    }
    out!("{out}")?;
    Ok(())
}

fn quotes(data: &StoreLocation, target: &str, json: bool) -> Result<ExitCode> {
    let article = if Path::new(target).exists() {
        extract_file(data, Path::new(target), None, None)?.article
    } else {
        open_store(data)?
            .article(target)?
            .with_context(|| format!("{target}: neither a file nor a stored article id"))?
    };
    let quotes = jejak_trace::quotes(&article);
    if json {
        #[derive(Serialize)]
        struct Output<'a> {
            article_id: &'a str,
            outlet: Option<&'a str>,
            quotes: &'a [jejak_model::Quote],
        }
        return print_json(&Output {
            article_id: &article.id,
            outlet: article.outlet.as_deref(),
            quotes: &quotes,
        })
        .map(|()| ExitCode::SUCCESS);
    }
    if quotes.is_empty() {
        outln!("no quotes found")?;
    }
    for q in &quotes {
        let speaker = q.speaker.as_deref().unwrap_or("(unattributed)");
        let role = q.role_beyond_speaker().map(|r| format!(", {r}")).unwrap_or_default();
        let cue = q.cue.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
        outln!("“{}”\n    — {speaker}{role}{cue}", q.text)?;
        if let Some(venue) = &q.venue {
            outln!("    at {venue}")?;
        }
        if !q.via.is_empty() {
            let chain: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
            outln!("    via {}", chain.join(" → "))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_since(since: &str) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(since) {
        return Ok(t.with_timezone(&Utc));
    }
    let date = NaiveDate::parse_from_str(since, "%Y-%m-%d")
        .with_context(|| format!("--since {since:?}: expected YYYY-MM-DD or an RFC 3339 time"))?;
    Ok(date.and_hms_opt(0, 0, 0).context("midnight exists")?.and_utc())
}

fn stories(data: &StoreLocation, since: Option<&str>, limit: usize, json: bool) -> Result<ExitCode> {
    let since = since.map(parse_since).transpose()?;
    let store = open_store(data)?;
    let query = jejak_store::StoryQuery { since, limit, ..Default::default() };
    let stories = store.stories(&query)?;
    if json {
        #[derive(Serialize)]
        struct Output<'a> {
            stories: &'a [jejak_model::Story],
        }
        print_json(&Output { stories: &stories })?;
        return Ok(ExitCode::SUCCESS);
    }
    for s in &stories {
        let first = s.first_seen.map(|t| t.format("%Y-%m-%d").to_string()).unwrap_or_else(|| "—".into());
        outln!(
            "{}  {:>3} art  {:<10}  {}  [{}]",
            s.id,
            s.article_ids.len(),
            first,
            s.title,
            outlet_list(&s.outlets)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One paragraph as `jejak analyze` reports it.
#[derive(Serialize)]
struct AnalyzedParagraph {
    paragraph: usize,
    lang: &'static str,
    sentences: Vec<String>,
    tokens: Vec<String>,
    quantities: Vec<jejak_text::Quantity>,
    dates: Vec<jejak_text::dates::FoundDate>,
    mentions: Vec<jejak_text::Mention>,
}

fn analyze(data: &StoreLocation, file: &Path, json: bool) -> Result<ExitCode> {
    let extraction = extract_file(data, file, None, None)?;
    let reference = extraction.article.published;
    let paragraphs: Vec<AnalyzedParagraph> = extraction
        .article
        .body
        .iter()
        .enumerate()
        .map(|(i, text)| AnalyzedParagraph {
            paragraph: i,
            lang: jejak_text::detect_language(text).code(),
            sentences: jejak_text::sentences(text).iter().map(|s| text[s.start..s.end].to_string()).collect(),
            tokens: jejak_text::tokens(text),
            quantities: jejak_text::find_quantities(text),
            dates: jejak_text::dates::find_dates(text, reference),
            mentions: jejak_text::mentions(text),
        })
        .collect();
    if json {
        #[derive(Serialize)]
        struct Output<'a> {
            lang: &'static str,
            paragraphs: &'a [AnalyzedParagraph],
        }
        let lang = jejak_text::detect_language(&extraction.article.body_text()).code();
        print_json(&Output { lang, paragraphs: &paragraphs })?;
        return Ok(ExitCode::SUCCESS);
    }
    for p in &paragraphs {
        outln!("¶{} [{}] {} sentences, {} tokens", p.paragraph, p.lang, p.sentences.len(), p.tokens.len())?;
        for q in &p.quantities {
            outln!(
                "   number  {:<28} = {} {:?}{}",
                q.text,
                q.value,
                q.qualifier,
                q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default()
            )?;
        }
        for d in &p.dates {
            outln!("   date    {}", d.datetime.to_rfc3339())?;
        }
        for m in &p.mentions {
            outln!("   name    {:<28} → {}", m.text, m.canonical)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn dups(data: &StoreLocation, threshold: f32, json: bool) -> Result<ExitCode> {
    if !(0.0..=1.0).contains(&threshold) {
        bail!("--threshold {threshold}: must be between 0 and 1");
    }
    let store = open_store(data)?;
    let articles = store.articles()?;
    let pairs = jejak_pipeline::near_duplicate_pairs(&articles, threshold);
    if json {
        #[derive(Serialize)]
        struct Output<'a> {
            pairs: &'a [jejak_pipeline::DuplicatePair],
        }
        print_json(&Output { pairs: &pairs })?;
        return Ok(ExitCode::SUCCESS);
    }
    let by_id: std::collections::HashMap<&str, &jejak_model::Article> =
        articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let describe = |id: &str| {
        let a = by_id.get(id);
        let outlet = a.and_then(|a| a.outlet.as_deref()).unwrap_or("?");
        let title = a.and_then(|a| a.title.as_deref()).unwrap_or("(no headline)");
        format!("{id} [{outlet}] {title}")
    };
    for pair in &pairs {
        outln!("{:.2}  {}\n      copy: {}", pair.similarity, describe(&pair.original), describe(&pair.copy))?;
    }
    outln!("{} near-duplicate pairs at similarity >= {threshold}", pairs.len())?;
    Ok(ExitCode::SUCCESS)
}

fn story(data: &StoreLocation, id: &str, json: bool) -> Result<ExitCode> {
    let store = open_store(data)?;
    let story = store.story(id)?.with_context(|| format!("no story with id {id:?}"))?;
    let articles = store.articles_by_ids(&story.article_ids)?;
    let copies = jejak_pipeline::copy_origins(&articles);
    if json {
        #[derive(Serialize)]
        struct StoryArticle<'a> {
            #[serde(flatten)]
            article: &'a Article,
            /// The earliest article this one is a near-copy of (syndication, light rewrite).
            copy_of: Option<&'a jejak_pipeline::CopyOf>,
        }
        #[derive(Serialize)]
        struct Output<'a> {
            #[serde(flatten)]
            story: &'a jejak_model::Story,
            articles: Vec<StoryArticle<'a>>,
        }
        let articles = articles
            .iter()
            .zip(&copies)
            .map(|(article, c)| StoryArticle { article, copy_of: c.as_ref() })
            .collect();
        print_json(&Output { story: &story, articles })?;
        return Ok(ExitCode::SUCCESS);
    }
    outln!("{}\n{} articles · outlets: {}\n", story.title, articles.len(), outlet_list(&story.outlets))?;
    for (a, copy) in articles.iter().zip(&copies) {
        let when = a.published.map(|t| t.to_rfc3339()).unwrap_or_else(|| "date unknown".into());
        outln!("── {} · {when}", a.outlet.as_deref().unwrap_or("unknown outlet"))?;
        outln!("   {}", a.title.as_deref().unwrap_or("(no headline)"))?;
        if let Some(lead) = &a.lead {
            outln!("   {lead}")?;
        }
        if let Some(c) = copy {
            outln!("   copy of {} (similarity {:.2})", c.origin, c.similarity)?;
        }
        outln!("   id {}\n", a.id)?;
    }
    let when =
        |at: Option<DateTime<Utc>>| at.map(|t| t.to_rfc3339()).unwrap_or_else(|| "date unknown".into());
    for merge in &story.merged {
        outln!(
            "merged {}: story {} ({} articles, \"{}\") turned out to be this one",
            when(merge.at),
            merge.story,
            merge.articles,
            merge.title
        )?;
    }
    if let Some(from) = &story.split_from {
        outln!("split {}: began as part of story {} (\"{}\")", when(from.at), from.story, from.title)?;
    }
    for split in &story.split_off {
        outln!(
            "split {}: {} articles turned out to be story {} (\"{}\")",
            when(split.at),
            split.articles,
            split.story,
            split.title
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn trace(data: &StoreLocation, story_id: &str, json: bool, graph: Option<GraphFormat>) -> Result<ExitCode> {
    let store = open_store(data)?;
    let traced = jejak_pipeline::trace_story(&*store, story_id)?
        .with_context(|| format!("no story with id {story_id:?}"))?;
    let report = &traced.report;
    if let Some(format) = graph {
        for claim in &report.claims {
            match format {
                GraphFormat::Dot => out!(
                    "// claim {}: {}\n{}",
                    claim.id,
                    claim.text.replace('\n', " "),
                    claim.graph.to_dot()
                )?,
                GraphFormat::Graphml => out!("<!-- claim {} -->\n{}", claim.id, claim.graph.to_graphml())?,
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    if json {
        print_json(report)?;
        return Ok(ExitCode::SUCCESS);
    }
    outln!("{}\n{} articles, {} claims\n", traced.story.title, traced.articles.len(), report.claims.len())?;
    for claim in report.claims.iter().filter(|c| c.outlets.len() > 1 || c.speaker.is_some()) {
        let p = &claim.provenance;
        let source = if p.single_source { "single source" } else { "independent sources" };
        outln!("• {}", claim.text)?;
        outln!(
            "    outlets: {} · origin: {} ({source}) · hops: {}",
            outlet_list(&claim.outlets),
            p.origins.join(", "),
            p.hops
        )?;
        if !p.relays.is_empty() {
            outln!("    relayed by: {}", p.relays.join(" → "))?;
        }
        if !p.reporters.is_empty() {
            outln!("    told to: {}", p.reporters.join(", "))?;
        }
    }
    let coverage = &report.coverage;
    outln!("\nCoverage:")?;
    for o in &coverage.outlets {
        outln!(
            "  {}: {} claims, {} shared with all, {} with some, {} only here; hedging {:.0}%",
            o.outlet,
            o.claims,
            o.shared_with_all.len(),
            o.shared_with_some.len(),
            o.only_here.len(),
            o.hedging * 100.0
        )?;
        for d in &o.details_only_here {
            let added: Vec<String> = d
                .numbers
                .iter()
                .map(|n| format!("\"{n}\""))
                .chain(d.sources.iter().map(|s| format!("source {s}")))
                .chain(std::iter::once(d.words.join(" ")).filter(|w| !w.is_empty()))
                .collect();
            outln!("    adds to claim {}: {}", d.claim_id, added.join("; "))?;
        }
    }
    for d in &coverage.number_disagreements {
        outln!(
            "  numbers: {:?} \"{}\" vs {:?} \"{}\": {:?}",
            d.a.outlet,
            d.a.text,
            d.b.outlet,
            d.b.text,
            d.verdict
        )?;
    }
    for w in &coverage.headline_warnings {
        outln!("  headline ({}): \"{}\": {}", w.outlet.as_deref().unwrap_or("?"), w.headline, w.reason)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn search(data: &StoreLocation, query: &str, limit: usize, json: bool) -> Result<ExitCode> {
    let store = open_store(data)?;
    let found = store.search(&jejak_store::SearchQuery::new(query, limit))?;
    let hits = found.hits;
    if json {
        #[derive(Serialize)]
        struct Output<'a> {
            query: &'a str,
            total: usize,
            hits: &'a [jejak_store::SearchHit],
        }
        print_json(&Output { query, total: found.total, hits: &hits })?;
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        outln!("no articles match {query:?}")?;
    }
    for h in &hits {
        outln!(
            "{:.2}  {}  [{}]",
            h.score,
            h.title.as_deref().unwrap_or("(no headline)"),
            h.outlet.as_deref().unwrap_or("")
        )?;
        outln!("      {}", h.snippet)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Serves the UI and API until interrupted. The first start of a data directory creates
/// the write token and prints it, once.
pub fn serve(mut store: AnyStore, data: &StoreLocation, addr: &str) -> Result<ExitCode> {
    if jejak_pipeline::outdated_analysis(&*store)?.is_some() {
        eprintln!("jejak: {}", outdated_note(data));
    }
    let (new_token, hash) = jejak_server::ensure_token(&mut *store)?;
    if let Some(token) = new_token {
        eprintln!("jejak: write token for POST /api/v1/ingest (shown only now, stored hashed): {token}");
    }
    // One connection per core reads in parallel; the first also writes. Opened before the
    // server's runtime starts: the PostgreSQL client blocks on a runtime of its own, which
    // must not run inside another.
    let readers = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 8);
    let mut pool: Vec<AnyStore> = vec![store];
    for _ in 1..readers {
        pool.push(open_store(data)?);
    }
    let state = jejak_server::AppState::with_pool(pool).with_write_token_hash(&hash);
    let runtime = tokio::runtime::Runtime::new()?;
    let served = runtime.block_on(async {
        let listener =
            tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        outln!("serving Jejak on http://{local}/  (API: http://{local}/api/v1/stories; Ctrl-C stops)")?;
        let app = jejak_server::router(state.clone());
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(ExitCode::SUCCESS)
    });
    // The connections close outside the runtime too, once its threads are gone.
    drop(runtime);
    drop(state);
    served
}
