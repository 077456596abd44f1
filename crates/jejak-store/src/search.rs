//! Full-text search on tantivy over the analysed terms of each article.
//!
//! Text is turned into terms by `jejak_text::terms` (stemmed, aliases made one), both when
//! indexing and when querying, so "menyeleksi" finds "seleksi" and "Korut" finds "Korea
//! Utara". The index is derived data: it can always be rebuilt from SQLite.

use std::path::Path;

use jejak_model::Article;
use jejak_text::{detect_language, is_stopword, query_terms, stem, terms, token_spans, Lang};
use rayon::prelude::*;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::{Result, StoreError};

const TERMS_TOKENIZER: &str = "jejak_terms";
const WRITER_MEMORY: usize = 50_000_000;

/// One search result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SearchHit {
    pub article_id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    /// The paragraph that matches the query best, shortened.
    pub snippet: String,
    /// Byte ranges of `snippet` whose words match a query term.
    pub highlights: Vec<(usize, usize)>,
    pub score: f32,
}

impl SearchHit {
    pub(crate) fn new(article: &Article, query: &str, score: f32) -> SearchHit {
        let lang = article.lang.as_deref().map(Lang::from_code).unwrap_or(Lang::Other);
        let snippet = best_snippet(article, query);
        let wanted = terms(query, lang);
        let highlights = token_spans(&snippet)
            .filter(|(_, _, token)| !is_stopword(token, lang) && wanted.contains(&stem(token, lang)))
            .map(|(start, end, _)| (start, end))
            .collect();
        SearchHit {
            snippet,
            highlights,
            article_id: article.id.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            published: article.published.map(|t| t.to_rfc3339()),
            score,
        }
    }
}

/// The paragraph sharing most terms with the query, cut to about 240 characters.
fn best_snippet(article: &Article, query: &str) -> String {
    /// Paragraphs looked at: snippets come from the top of an article.
    const LOOKED_AT: usize = 12;
    let lang = article.lang.as_deref().map(Lang::from_code).unwrap_or(Lang::Other);
    let wanted = terms(query, lang);
    let mut best = ("", 0);
    for paragraph in article.body.iter().take(LOOKED_AT) {
        // A stem is nearly always a piece of the words it stems from ("kirim" in
        // "mengirim"), so counting query stems inside the lowercased paragraph ranks
        // paragraphs without analysing them (long paragraphs made that most of search time).
        let lowered = paragraph.to_lowercase();
        let found = wanted.iter().filter(|t| lowered.contains(String::as_str(t))).count();
        if found > best.1 {
            best = (paragraph, found);
            if found == wanted.len() {
                break;
            }
        }
    }
    let best = if best.1 == 0 { article.body.first().map(String::as_str).unwrap_or("") } else { best.0 };
    shorten(best, 240)
}

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{cut} …")
}

pub(crate) struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    id: Field,
    terms: Field,
    /// Lowercased outlet name, for filtering.
    outlet: Field,
    lang: Field,
}

impl SearchIndex {
    pub(crate) fn open(dir: &Path) -> Result<SearchIndex> {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(TERMS_TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        let terms = builder.add_text_field("terms", TextOptions::default().set_indexing_options(indexing));
        let outlet = builder.add_text_field("outlet", STRING);
        let lang = builder.add_text_field("lang", STRING);
        let schema = builder.build();
        let index = match open_dir(dir, schema.clone()) {
            Ok(index) => index,
            // The index is derived data: one of an older schema is dropped and rebuilt.
            Err(StoreError::Index(tantivy::TantivyError::SchemaError(message))) => {
                tracing::info!("search index has an older schema ({message}); rebuilding");
                std::fs::remove_dir_all(dir)
                    .map_err(|source| StoreError::DataDir { path: dir.display().to_string(), source })?;
                open_dir(dir, schema)?
            }
            Err(e) => return Err(e),
        };
        index.tokenizers().register(TERMS_TOKENIZER, TextAnalyzer::from(WhitespaceTokenizer::default()));
        // Another process (an ingest beside a running server) may commit: follow its commits.
        let reader = index.reader_builder().reload_policy(ReloadPolicy::OnCommitWithDelay).try_into()?;
        Ok(SearchIndex { index, reader, writer: None, id, terms, outlet, lang })
    }

    pub(crate) fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        if self.writer.is_none() {
            self.writer = Some(self.index.writer_with_num_threads(1, WRITER_MEMORY)?);
        }
        // Just filled above; the store is the only owner of the writer.
        Ok(self.writer.as_mut().expect("writer was just created"))
    }

    fn document(&self, article: &Article) -> TantivyDocument {
        let lang = article
            .lang
            .as_deref()
            .map(Lang::from_code)
            .unwrap_or_else(|| detect_language(&article.body_text()));
        let mut text = article.title.clone().unwrap_or_default();
        for paragraph in &article.body {
            text.push('\n');
            text.push_str(paragraph);
        }
        doc!(
            self.id => article.id.clone(),
            self.terms => terms(&text, lang).join(" "),
            self.outlet => article.outlet.as_deref().unwrap_or("").to_lowercase(),
            self.lang => article.lang.clone().unwrap_or_default(),
        )
    }

    /// Queues `replaced` ids for deletion and `articles` for indexing.
    pub(crate) fn upsert(&mut self, replaced: &[&str], articles: &[&Article]) -> Result<()> {
        if replaced.is_empty() && articles.is_empty() {
            return Ok(());
        }
        // Stemming every body is most of indexing's cost and needs only the article.
        let docs: Vec<TantivyDocument> = articles.par_iter().map(|a| self.document(a)).collect();
        let id_field = self.id;
        let writer = self.writer()?;
        for id in replaced {
            writer.delete_term(Term::from_field_text(id_field, id));
        }
        for doc in docs {
            writer.add_document(doc)?;
        }
        Ok(())
    }

    /// Commits queued documents and makes them visible to searches.
    pub(crate) fn commit(&mut self) -> Result<()> {
        if let Some(writer) = self.writer.as_mut() {
            writer.commit()?;
            self.reader.reload()?;
        }
        Ok(())
    }

    pub(crate) fn rebuild(&mut self, articles: &[Article]) -> Result<()> {
        let docs: Vec<TantivyDocument> = articles.par_iter().map(|a| self.document(a)).collect();
        let writer = self.writer()?;
        writer.delete_all_documents()?;
        for doc in docs {
            writer.add_document(doc)?;
        }
        writer.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Ids and scores of the best matches and how many match in all: articles with every
    /// query term when there are any, else articles with some.
    pub(crate) fn search(&self, query: &SearchQuery) -> Result<(Vec<(String, f32)>, usize)> {
        let wanted = query_terms(&query.text);
        if wanted.is_empty() {
            return Err(StoreError::InvalidQuery {
                query: query.text.clone(),
                message: "no searchable words".into(),
            });
        }
        let searcher = self.reader.searcher();
        let filters: Vec<(Occur, Box<dyn Query>)> =
            [(self.outlet, query.outlet.as_deref().map(str::to_lowercase)), (self.lang, query.lang.clone())]
                .into_iter()
                .filter_map(|(field, value)| value.filter(|v| !v.is_empty()).map(|v| (field, v)))
                .map(|(field, value)| {
                    let term = Term::from_field_text(field, &value);
                    (Occur::Must, Box::new(TermQuery::new(term, IndexRecordOption::Basic)) as Box<dyn Query>)
                })
                .collect();
        for occur in [Occur::Must, Occur::Should] {
            let words: Vec<Box<dyn Query>> = wanted
                .iter()
                .map(|forms| {
                    let any_form: Vec<(Occur, Box<dyn Query>)> = forms
                        .iter()
                        .map(|t| {
                            let term = Term::from_field_text(self.terms, t);
                            (
                                Occur::Should,
                                Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
                                    as Box<dyn Query>,
                            )
                        })
                        .collect();
                    Box::new(BooleanQuery::new(any_form)) as Box<dyn Query>
                })
                .collect();
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Must,
                Box::new(BooleanQuery::new(words.into_iter().map(|q| (occur, q)).collect()))
                    as Box<dyn Query>,
            )];
            clauses.extend(filters.iter().map(|(o, q)| (*o, q.box_clone())));
            let collector = (TopDocs::with_limit(query.limit.max(1)).and_offset(query.offset), Count);
            let (top, total) = searcher.search(&BooleanQuery::new(clauses), &collector)?;
            if total == 0 {
                continue;
            }
            let mut out = Vec::with_capacity(top.len());
            for (score, address) in top {
                let doc: TantivyDocument = searcher.doc(address)?;
                if let Some(id) = doc.get_first(self.id).and_then(|v| v.as_str()) {
                    out.push((id.to_string(), score));
                }
            }
            return Ok((out, total));
        }
        Ok((Vec::new(), 0))
    }
}

fn open_dir(dir: &Path, schema: Schema) -> Result<Index> {
    std::fs::create_dir_all(dir)
        .map_err(|source| StoreError::DataDir { path: dir.display().to_string(), source })?;
    let directory = tantivy::directory::MmapDirectory::open(dir).map_err(tantivy::TantivyError::from)?;
    Ok(Index::open_or_create(directory, schema)?)
}

/// What to search for.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    pub text: String,
    /// Only articles of this outlet (case-insensitive).
    pub outlet: Option<String>,
    /// Only articles in this language code.
    pub lang: Option<String>,
    /// Skip this many hits (for paging).
    pub offset: usize,
    pub limit: usize,
}

impl SearchQuery {
    /// The first `limit` hits for `text`, unfiltered.
    pub fn new(text: &str, limit: usize) -> SearchQuery {
        SearchQuery { text: text.to_string(), limit, ..SearchQuery::default() }
    }
}

/// A page of search results.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    /// Matching articles in all, for paging.
    pub total: usize,
}
