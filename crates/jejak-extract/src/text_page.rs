//! Copied page text → article.
//!
//! Text copied from a rendered page keeps one block per line but loses the markup that
//! tells an article from its chrome. The page's shape still tells a lot, and this module
//! reads it in three regions:
//!
//! - the header, every line before the first real paragraph: title (the heading beside
//!   the story's date line or byline, else one printed twice), date line, byline with its
//!   labels, section label, and a standfirst (paragraphs above the date line that opens
//!   the story), which becomes the lead;
//! - the body, from the first paragraph on: paragraphs, captions (credit lines and the
//!   line after a "Foto 1" marker), minus general boilerplate, recurring lines of the
//!   outlet, repeats, and any related-headline list (from its heading until a real
//!   paragraph appears again), teasers (paragraphs the site cut short with "...",
//!   headlines run into their summaries, cards stamped with their age), and a closing run
//!   of teaser cards for other stories (a card with a date line of its own is one,
//!   whatever its words); the body is the block with the most text once such cards are
//!   left out, and a list the article opens with a colon does not split it;
//! - the tail: short lines without sentence punctuation after the last paragraph (rows of
//!   one shape, a table, stay), an author box or bio, and a reader comment thread (two or
//!   more "NAME says:" headers with a timestamp, or a comments heading with comment
//!   timestamps below) with all that follows it.
//!
//! Every dropped line is kept with its reason for `jejak extract --explain`.

use chrono::{DateTime, FixedOffset};

use crate::boilerplate::{general_rule, is_inline_list_heading, is_list_heading};
use crate::lines::{
    bare_label, ends_sentence, has_byline_label, is_caption, is_name, read_credits, split_dateline,
    split_names, strip_end_marker, words,
};
use crate::outlet::find_outlet;
use crate::{BoilerplateModel, DropReason, DroppedLine, ExtractOptions, Extraction};
use jejak_model::PageKind;
use jejak_text::dates::{find_dates, FoundDate};

/// Extracts an article from text copied from a rendered page, one block per line.
pub fn extract_text(text: &str, opts: &ExtractOptions, model: &BoilerplateModel) -> Extraction {
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.replace(['\u{a0}', '\u{200b}', '\u{feff}'], " ").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let outlet = find_outlet(opts, &refs);
    let reference = opts.fetched_at.map(|t| t.fixed_offset());
    let mut page = Page {
        lines: &refs,
        roles: vec![Role::Unread; refs.len()],
        table_rows: vec![false; refs.len()],
        dropped: Vec::new(),
    };
    let mut ex = Extraction::default();
    page.drop_boilerplate(outlet.as_ref().map(|o| o.key.as_str()), model);
    page.drop_other_stories();
    page.table_rows = table_rows(&page);
    let Some((body_start, body_end)) = page.body_block() else {
        ex.article.kind = PageKind::NotArticle;
        ex.article.reason = Some("no paragraph of running text found".into());
        ex.article.outlet = outlet.map(|o| o.name);
        ex.article.url = opts.url.clone();
        ex.dropped = page.dropped;
        return ex;
    };
    // A standfirst goes to the header: its date line and the headline above it are read
    // there, its paragraphs become the lead.
    let standfirst_start = body_start;
    let body_start = standfirst_end(&page, body_start, body_end).unwrap_or(body_start);
    read_bylines(&mut page, &mut ex.article.byline);
    let title = find_title(&page, body_start);
    let lead: Vec<usize> = (standfirst_start..body_start)
        .filter(|&i| is_body_paragraph(&page, i) && Some(refs[i]) != title.as_deref())
        .collect();
    for &i in &lead {
        page.roles[i] = Role::Used;
    }
    read_header(&mut page, body_start, title.as_deref(), reference, &mut ex);
    ex.article.title = title.clone();
    read_body(&mut page, (body_start, body_end), title.as_deref(), &mut ex);
    let dateline_outlet = take_dateline(&mut ex);
    drop_repeated_paragraphs(&mut ex);

    ex.article.outlet = outlet.map(|o| o.name).or(dateline_outlet);
    ex.article.url = opts.url.clone();
    ex.article.lead = if lead.is_empty() {
        ex.article.body.first().map(|p| first_sentence(p).to_string())
    } else {
        Some(lead.iter().map(|&i| refs[i]).collect::<Vec<_>>().join(" "))
    };
    let lang = jejak_text::detect_language(&ex.article.body_text());
    ex.article.lang = (lang != jejak_text::Lang::Other).then(|| lang.code().to_string());
    ex.dropped = page.dropped;
    if ex.article.body.is_empty() {
        ex.article.kind = PageKind::NotArticle;
        ex.article.reason = Some("every paragraph was boilerplate".into());
    }
    ex
}

/// The dateline opening one of the first paragraphs ("JAKARTA, KOMPAS.com - …"), taken off
/// the paragraph into the article; returns the outlet it names, if any.
fn take_dateline(ex: &mut Extraction) -> Option<String> {
    for paragraph in ex.article.body.iter_mut().take(3) {
        if let Some(dateline) = split_dateline(paragraph) {
            ex.article.dateline = dateline.place;
            *paragraph = dateline.rest;
            return dateline.outlet;
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Unread,
    Used,
    Dropped,
    /// Dropped as another story's teaser: it parts the paragraphs around it, where other
    /// dropped lines (a "Baca juga:" line, an ad) do not.
    Teaser,
}

struct Page<'a> {
    lines: &'a [&'a str],
    roles: Vec<Role>,
    /// Lines that are rows of a table (see [`table_rows`]): part of a block like its
    /// paragraphs, and no trailing chrome when the article ends in one.
    table_rows: Vec<bool>,
    dropped: Vec<DroppedLine>,
}

impl Page<'_> {
    /// Drops the lines any page drops (menus, share buttons, promos) and those the outlet's
    /// pages repeat (learned in `model` under `outlet`), keeping date lines and bylines.
    fn drop_boilerplate(&mut self, outlet: Option<&str>, model: &BoilerplateModel) {
        for (i, line) in self.lines.iter().enumerate() {
            if let Some(reason) = general_rule(line) {
                self.drop_line(i, reason);
            } else if carries_metadata(line) {
                // Date lines and bylines recur in shape (and an author on many pages) but
                // carry each page's own data.
            } else if let Some(reason) = outlet.and_then(|o| model.recurring(o, line)) {
                self.drop_line(i, reason);
            }
        }
    }

    /// Drops what belongs to other stories or to readers: a breadcrumb, teasers (cut short,
    /// run into their summaries, or stamped with their age) and a comment thread.
    fn drop_other_stories(&mut self) {
        let refs = self.lines;
        // A breadcrumb trail that ends in the headline printed below it ("Home News Business
        // News Ascom and Dräger introduce …") is long enough to pass for a paragraph.
        for i in 1..refs.len() {
            let (trail, headline) = (refs[i - 1], refs[i]);
            if trail.len() > headline.len() && trail.ends_with(headline) && is_heading(headline) {
                self.layout_drop(i - 1, "breadcrumb");
            }
        }
        // Teasers of other stories end in an ellipsis where the site cut them; one such line
        // may be the article's own trailing quote, a run of them is a teaser list.
        let teasers: Vec<usize> = (0..refs.len()).filter(|&i| is_teaser(refs[i])).collect();
        if teasers.len() >= 2 {
            for i in teasers {
                self.layout_drop(i, "teaser");
            }
        }
        // Teaser cards copied with the headline run into the summary ("…Strong WR OptionsThe
        // 49ers and Giants rookies have…"): three make a list. The run-together word is an
        // accident of copying, so it stands once on the page; a name written that way
        // ("MacBook", "iPhone") comes back.
        let mut word_counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for word in refs.iter().flat_map(|l| l.split_whitespace()) {
            *word_counts.entry(word).or_default() += 1;
        }
        let glued: Vec<usize> = (0..refs.len())
            .filter(|&i| glued_teaser_word(refs[i]).is_some_and(|w| word_counts.get(w) == Some(&1)))
            .collect();
        if glued.len() >= 3 {
            for i in glued {
                self.drop_teaser(i);
            }
        }
        for i in stamped_cards(refs) {
            self.drop_teaser(i);
        }
        if let Some(start) = comment_thread_start(refs) {
            for i in start..refs.len() {
                self.layout_drop(i, "comment thread");
            }
        }
    }

    /// The lines of the article's main block, without teaser cards of other stories after
    /// it and with a table that closes it.
    fn body_block(&mut self) -> Option<(usize, usize)> {
        let (body_start, body_end, cards_start) = main_block(self)?;
        let body_end = match cards_start {
            Some(start) => {
                for i in start..body_end {
                    self.layout_drop(i, "teaser cards of other stories");
                }
                start
            }
            None => body_end,
        };
        // a short sentence closing the article is its own ("“Kami akan terus memantau,” kata
        // Budi.", too short to count as a paragraph and so outside the block)
        let body_end = match cards_start {
            Some(_) => body_end,
            None => closing_sentences_end(self, body_end),
        };
        // rows of a table closing the article are no trailing chrome
        let body_end = match cards_start.is_none().then(|| closing_table_end(self, body_end)).flatten() {
            Some(end) => {
                for i in (body_end..end).filter(|&i| self.roles[i] == Role::Unread) {
                    self.table_rows[i] = true;
                }
                end
            }
            None => body_end,
        };
        Some((body_start, body_end))
    }

    fn drop_line(&mut self, i: usize, reason: DropReason) {
        if self.roles[i] != Role::Unread {
            return;
        }
        self.roles[i] = Role::Dropped;
        self.dropped.push(DroppedLine { text: self.lines[i].to_string(), reason });
    }

    fn layout_drop(&mut self, i: usize, what: &str) {
        self.drop_line(i, DropReason::Layout { what: what.to_string() });
    }

    fn drop_teaser(&mut self, i: usize) {
        if self.roles[i] == Role::Unread {
            self.layout_drop(i, "teaser");
            self.roles[i] = Role::Teaser;
        }
    }
}

/// Lines of other text allowed between two paragraphs of one article (captions, ads, a
/// short heading); list items after a list heading do not count.
const MAX_GAP: usize = 6;

fn is_body_paragraph(page: &Page<'_>, i: usize) -> bool {
    let line = page.lines[i];
    page.roles[i] == Role::Unread
        && (is_paragraph(line) && !is_caption(line) && !is_date_line(line)
            || is_embedded_post_signature(line))
}

/// The article's run of paragraphs: copied pages also hold teasers, comments and footers
/// with sentences in them, so the body is the block of paragraphs with the most text once
/// a closing run of teaser cards is left out (a page's "More stories" cards, card after
/// card, can outweigh its article), where paragraphs follow each other with at most
/// `MAX_GAP` other lines between. Returns (first line, one past the last paragraph, where
/// teaser cards start if they do).
fn main_block(page: &Page<'_>) -> Option<(usize, usize, Option<usize>)> {
    let paragraph_chars = |from: usize, to: usize| {
        (from..to)
            .filter(|&i| is_body_paragraph(page, i) || page.table_rows[i])
            .map(|i| page.lines[i].len())
            .sum::<usize>()
    };
    blocks(page)
        .into_iter()
        .map(|(start, end)| {
            let cards = teaser_cards_start(page, start, end);
            (start, end, cards, paragraph_chars(start, cards.unwrap_or(end)))
        })
        .filter(|&(.., chars)| chars > 0)
        // the most text; the first of equals (`min_by_key` keeps the first)
        .min_by_key(|&(.., chars)| std::cmp::Reverse(chars))
        .map(|(start, end, cards, _)| (start, end, cards))
}

/// Where the story starts after a standfirst: the summary a site prints under the
/// headline, then the date line or byline that opens the story ("NFL assaults have led to
/// lawsuits before. …", "Nov. 18, 2019 7:04 pm ET", the story). At most two paragraphs
/// before the date, a few lines between, and the story's paragraphs after it; a date line
/// closing the story ("First published on …") has none.
fn standfirst_end(page: &Page<'_>, body_start: usize, body_end: usize) -> Option<usize> {
    const MAX_PARAGRAPHS: usize = 2;
    const MAX_LINES: usize = 8;
    const MIN_STORY_PARAGRAPHS: usize = 2;
    // a date line, or a byline ("By NAME") that is no sentence of the story
    let is_meta = |i: usize| {
        let line = page.lines[i];
        is_date_line(line) || is_bare_date(line) || is_story_meta(line) && !is_paragraph(line)
    };
    let mut paragraphs = 0;
    let dated = (body_start..body_end.min(body_start + MAX_LINES)).find(|&i| {
        if page.roles[i] != Role::Unread {
            return false;
        }
        // a headline printed twice is no paragraph of the standfirst
        let repeated =
            page.lines.get(i + 1) == Some(&page.lines[i]) || i > 0 && page.lines[i - 1] == page.lines[i];
        if is_body_paragraph(page, i) && !repeated {
            paragraphs += 1;
        }
        paragraphs <= MAX_PARAGRAPHS && is_meta(i)
    })?;
    // the rest of the meta cluster: a byline, then its date ("By NAME", "Nov. 18, 2019")
    let cluster_end = (dated + 1..body_end.min(dated + MAX_LINES))
        .filter(|&i| page.roles[i] == Role::Unread)
        .take_while(|&i| !is_paragraph(page.lines[i]))
        .filter(|&i| is_meta(i))
        .last()
        .map_or(dated + 1, |i| i + 1);
    let after = (cluster_end..body_end).filter(|&i| is_body_paragraph(page, i)).count();
    (paragraphs > 0 && after >= MIN_STORY_PARAGRAPHS).then_some(cluster_end)
}

/// Rows of tables anywhere on the page: four or more lines in a row (dropped lines aside)
/// that are no paragraphs and share two or more separators ("1a etapa: 10 de março –
/// Interlagos", "England (Group A): 10th appearance", or cells a browser copies with tabs
/// between). A menu's bare labels have none, a box of labelled fields ("Edited by: …") or of
/// sponsored links ("X BrandVoice | Paid Program") one.
fn table_rows(page: &Page<'_>) -> Vec<bool> {
    const MIN_SEPARATORS: usize = 2;
    let unread: Vec<usize> = (0..page.lines.len()).filter(|&i| page.roles[i] == Role::Unread).collect();
    let mut rows = vec![false; page.lines.len()];
    let mut k = 0;
    while k < unread.len() {
        match table_len(page, &unread[k..], MIN_SEPARATORS) {
            0 => k += 1,
            n => {
                for &i in &unread[k..k + n] {
                    rows[i] = true;
                }
                k += n;
            }
        }
    }
    rows
}

/// Where short sentences right after the last paragraph end: lines of three words or more
/// ending in a full stop (a closing quotation's attribution, a last remark), up to two, with
/// lines already dropped between. Not a question or exclamation (a teaser's headline), nor
/// a date line, byline or name, nor a cut teaser or a menu.
fn closing_sentences_end(page: &Page<'_>, body_end: usize) -> usize {
    const MAX_SENTENCES: usize = 2;
    const MIN_WORDS: usize = 3;
    let closing = |line: &str| {
        let bare = line.trim_end_matches(['"', '”', '’', '\'', ')']);
        words(line) >= MIN_WORDS
            && bare.ends_with('.')
            && !bare.ends_with("...")
            && line.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '\''))
            && !carries_metadata(line)
            && !credits_the_story(line)
            && !is_bare_date(line)
            && !is_menu(line)
            && !is_teaser(line)
    };
    let mut end = body_end;
    let mut taken = 0;
    for i in body_end..page.lines.len() {
        match page.roles[i] {
            Role::Unread if taken < MAX_SENTENCES && closing(page.lines[i]) => {
                taken += 1;
                end = i + 1;
            }
            Role::Dropped => {}
            Role::Unread | Role::Teaser | Role::Used => break,
        }
    }
    end
}

/// A line crediting who reported, wrote or edited the story: "Reporting by Ann Porter;
/// Editing by Tom Reed."
fn credits_the_story(line: &str) -> bool {
    const CREDITS: &[&str] =
        &["reporting by", "additional reporting", "writing by", "editing by", "compiled by"];
    let lower = line.trim_start().to_lowercase();
    CREDITS.iter().any(|c| lower.starts_with(c))
}

/// Where a table or list closing the article ends: rows right after the last paragraph,
/// perhaps under a heading ("Qualified teams", then "England (Group A): 10th appearance", …).
/// One shared separator is enough here ("Q: Favorite apps?", "A: …").
fn closing_table_end(page: &Page<'_>, body_end: usize) -> Option<usize> {
    const MAX_HEADING_WORDS: usize = 8;
    let unread: Vec<usize> =
        (body_end..page.lines.len()).filter(|&i| page.roles[i] == Role::Unread).collect();
    let first_row = match unread.first() {
        Some(&i) if words(page.lines[i]) <= MAX_HEADING_WORDS && row_shape(page.lines[i]).is_empty() => 1,
        _ => 0,
    };
    let rows = unread.get(first_row..)?;
    match table_len(page, rows, 1) {
        0 => None,
        n => Some(rows[n - 1] + 1),
    }
}

/// How many of `lines` (indexes, from the first) are rows of one table: at least
/// `MIN_ROWS` lines that are no paragraphs, each with the first one's separators, of which
/// there are `min_separators` or more. 0 when they are no table.
fn table_len(page: &Page<'_>, lines: &[usize], min_separators: usize) -> usize {
    const MIN_ROWS: usize = 4;
    let Some(&first) = lines.first() else { return 0 };
    let shape = row_shape(page.lines[first]);
    if shape.chars().count() < min_separators {
        return 0;
    }
    let n = lines
        .iter()
        .take_while(|&&i| !is_paragraph(page.lines[i]) && row_shape(page.lines[i]) == shape)
        .count();
    if n >= MIN_ROWS {
        n
    } else {
        0
    }
}

/// The separators of a table row, in order: punctuation between cells, or tabs.
fn row_shape(line: &str) -> String {
    line.replace(" - ", " – ")
        .chars()
        .filter(|c| matches!(c, ':' | '(' | ')' | '|' | '–' | '%' | '$' | '€' | '£' | '\t'))
        .collect()
}

/// Every run of paragraphs with at most `MAX_GAP` other lines between them: (first line,
/// one past the last paragraph).
fn blocks(page: &Page<'_>) -> Vec<(usize, usize)> {
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let (mut gap, mut list) = (0, ListItems::None);
    for i in 0..page.lines.len() {
        let line = page.lines[i];
        if is_body_paragraph(page, i) || page.table_rows[i] {
            current = match current {
                Some((start, _)) if gap <= MAX_GAP => Some((start, i + 1)),
                other => {
                    blocks.extend(other);
                    Some((i, i + 1))
                }
            };
            gap = 0;
            list = list_items(line);
        } else if matches!(page.roles[i], Role::Unread | Role::Teaser) {
            if matches!(list, ListItems::Short(_)) && !is_short_item(line) {
                list = ListItems::None;
            }
            list = list.max(if is_list_heading(line) { ListItems::UntilParagraph } else { list_items(line) });
            match list {
                ListItems::None => gap += 1,
                ListItems::Short(left) => {
                    list = if left > 1 { ListItems::Short(left - 1) } else { ListItems::None }
                }
                ListItems::UntilParagraph => {}
            }
        }
    }
    blocks.extend(current);
    blocks
}

/// The lines after a list's opener that are its items, not a gap between paragraphs (the
/// order is the reach: a longer list wins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum ListItems {
    None,
    /// This many more lines, each a short item.
    Short(usize),
    UntilParagraph,
}

/// An item of a short list: a few words, no label of its own ("Published: Monday" is a
/// page's metadata, not an item).
fn is_short_item(line: &str) -> bool {
    const MAX_WORDS: usize = 16;
    words(line) <= MAX_WORDS && !line.contains(':')
}

/// Which of the lines after this one are items of a list it opens. A sentence ending
/// in a colon opens the article's own list: "For me, the spectrum used to look like
/// this:"; its items part no paragraphs. A short colon heading ("Список запрещенных
/// продуктов:") opens a short list, as a menu's heading does too ("Stay Connected:"), so
/// its items are bounded.
fn list_items(line: &str) -> ListItems {
    const SENTENCE_WORDS: usize = 6;
    const SHORT_LIST: usize = 12;
    match words(line) {
        _ if !line.ends_with(':') => ListItems::None,
        n if n >= SENTENCE_WORDS => ListItems::UntilParagraph,
        n if n >= 2 => ListItems::Short(SHORT_LIST),
        _ => ListItems::None,
    }
}

/// Where readers' comments begin: the first of at least two comment headers ("jjackwagon
/// says:" over a timestamp line, "Milan on September 12, 2018 at 4:47 pm said:"). A thread
/// can hold more text than the article and would win [`main_block`]; one such line alone
/// may be an article introducing a quote, so it takes two.
fn comment_thread_start(lines: &[&str]) -> Option<usize> {
    let mut headers = (0..lines.len()).filter(|&i| {
        // The header test is the cheap one: date lines are parsed only beside a header.
        is_comment_header(lines[i])
            && (is_date_line(lines[i]) || lines.get(i + 1).is_some_and(|next| is_date_line(next)))
    });
    let by_headers = headers.next().filter(|_| headers.next().is_some());
    by_headers.or_else(|| comments_section_start(lines))
}

/// A comments section under its heading ("Top Rated Comments", "12 Comments", "Komentar")
/// with comments' timestamps below it ("2 days ago at 07:52 am", "November 19, 2019 at
/// 10:07 am"): two within the next lines, and some running text before the heading, so
/// that a comment count printed beside the byline starts nothing.
fn comments_section_start(lines: &[&str]) -> Option<usize> {
    const LOOK_AHEAD: usize = 10;
    static HEADING: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(r"(?i)^\W*((top[- ]rated|reader|readers'?|latest|all|newest|oldest|best)\s+)?(comments?|komentar)(\s*\(\d+\))?\W*$|^\W*\d+\s+(comments?|komentar)\W*$")
            .expect("valid regex")
    });
    // WordPress: "6 thoughts on “How to Adopt an Online Leader Success Mindset”"
    static THOUGHTS_ON: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(r#"(?i)^\W*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|responses?|replies|comments?)\s+(on|to)\s+["“'‘]"#)
            .expect("valid regex")
    });
    let first_paragraph = lines.iter().position(|l| is_paragraph(l))?;
    (first_paragraph + 1..lines.len()).find(|&i| {
        (lines[i].len() <= 40 && HEADING.is_match(lines[i]) || THOUGHTS_ON.is_match(lines[i]))
            && lines[i + 1..]
                .iter()
                .take(LOOK_AHEAD)
                .filter(|l| RELATIVE_AGE.is_match(l) || is_date_line(l))
                .count()
                >= 2
    })
}

/// Where a run of teaser cards ends the main block: after the article, other stories as
/// cards of a headline (with perhaps a section, author or date line) and a one-paragraph
/// summary, card after card. An article with a subhead over each paragraph has that shape
/// too, so a card counts only when its words are not the article's: each summary shares
/// little with the paragraphs before the run, or when it is dated: a headline with a date
/// line of its own ("Wednesday November 20, 2019") is another story's card, whatever its
/// words (a live blog's entries carry a time, not a headline). Three such cards at the end
/// make a run; a block of dated cards alone is all teasers.
fn teaser_cards_start(page: &Page<'_>, body_start: usize, body_end: usize) -> Option<usize> {
    const MIN_CARDS: usize = 3;
    const MAX_CARD_LINES: usize = 3;
    // A quarter already cut a listicle's own sections (measured on the anpandu set).
    const MAX_SHARED: f64 = 0.2;
    let unread: Vec<usize> = (body_start..body_end).filter(|&i| page.roles[i] == Role::Unread).collect();
    // cards from the end: (first line, summary line)
    let mut cards: Vec<(usize, usize)> = Vec::new();
    let mut k = unread.len();
    while k > 0 {
        let summary = unread[k - 1];
        if !is_paragraph(page.lines[summary]) {
            break;
        }
        let mut first = k - 1;
        while first > 0 && k - 1 - first < MAX_CARD_LINES && !is_paragraph(page.lines[unread[first - 1]]) {
            first -= 1;
        }
        if first == k - 1 {
            break; // a paragraph right before: running text, not a card
        }
        cards.push((unread[first], summary));
        k = first;
    }
    if cards.len() < MIN_CARDS {
        return None;
    }
    let head_words = content_words(unread[..k].iter().map(|&i| page.lines[i]));
    let foreign = |summary: usize| {
        let words = content_words(std::iter::once(page.lines[summary]));
        let shared = words.iter().filter(|w| head_words.contains(*w)).count();
        k > 0 && !words.is_empty() && (shared as f64) < MAX_SHARED * words.len() as f64
    };
    let dated = |first: usize, summary: usize| {
        let lines = || (first..summary).filter(|&i| page.roles[i] == Role::Unread).map(|i| page.lines[i]);
        lines().any(is_bare_date) && lines().any(|l| is_heading(l) && !is_bare_date(l))
    };
    // the run of foreign cards at the very end (cards are listed last first)
    let run = cards.iter().take_while(|&&(first, summary)| dated(first, summary) || foreign(summary)).count();
    (run >= MIN_CARDS).then(|| cards[run - 1].0)
}

/// Lower-cased words of five letters or more: enough to tell one story's vocabulary from
/// another's without a stopword list for every language.
fn content_words<'a>(lines: impl Iterator<Item = &'a str>) -> std::collections::HashSet<String> {
    const MIN_LETTERS: usize = 5;
    lines
        .flat_map(|l| l.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= MIN_LETTERS && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// A paragraph cut short by the site: "... with one of the most popular likely being ...",
/// "… another important change in Last Man, […]".
fn is_teaser(line: &str) -> bool {
    let line = line.trim_end_matches([']', ')']);
    (line.ends_with("...") || line.ends_with('…')) && words(line) >= 8
}

/// A card's title-case headline run into its summary with no gap: "Tape Gaffe Ends
/// Hamlin's Title RunDenny Hamlin's championship run was foiled…". Returns the word run
/// together ("RunDenny").
fn glued_teaser_word(line: &str) -> Option<&str> {
    const MIN_HEADLINE_WORDS: usize = 3;
    const MIN_SUMMARY_WORDS: usize = 5;
    // (a card is a headline and a line of summary: a longer line is a paragraph, and reading
    // the words before every capital of it would take time growing with its square)
    const MAX_CARD_BYTES: usize = 2000;
    if line.len() > MAX_CARD_BYTES {
        return None;
    }
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    chars.windows(3).find_map(|w| {
        // the headline ends in a word, a figure or a bracket ("(This Morning)Some",
        // "To 250,000The"); the summary starts with a word, perhaps "A" or "I"
        let headline_end =
            w[0].1.is_lowercase() || w[0].1.is_numeric() || matches!(w[0].1, ')' | '?' | '!' | '’' | '”');
        let summary_start = w[2].1.is_lowercase() || matches!(w[1].1, 'A' | 'I') && w[2].1 == ' ';
        if !(headline_end && w[1].1.is_uppercase() && summary_start) {
            return None;
        }
        let (headline, summary) = line.split_at(w[1].0);
        let headline_words: Vec<&str> = headline.split_whitespace().collect();
        let capitalized = headline_words
            .iter()
            .filter(|h| h.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()))
            .count();
        // (past the whole space: "\u{2006}" is three bytes)
        let glued_start = headline
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let glued_end = w[1].0 + summary.find(char::is_whitespace).unwrap_or(summary.len());
        (headline_words.len() >= MIN_HEADLINE_WORDS
            && capitalized * 10 >= headline_words.len() * 7
            && words(summary) >= MIN_SUMMARY_WORDS)
            .then(|| &line[glued_start..glued_end])
    })
}

/// Teaser cards that each end in their story's age: a headline, perhaps a summary, then
/// "32M ago" or "5 jam lalu", card after card. Three such cards in a row are a list of
/// other stories; an article's own age stands once, in its header. Returns the cards'
/// lines, stamps included.
fn stamped_cards(lines: &[&str]) -> Vec<usize> {
    const MIN_CARDS: usize = 3;
    const MAX_CARD_LINES: usize = 3;
    let card = |from: usize, stamp: usize| {
        (1..=MAX_CARD_LINES).contains(&(stamp - from))
            && is_heading(lines[from])
            && !is_paragraph(lines[from])
    };
    let mut cards: Vec<usize> = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut close_run = |run: &mut Vec<(usize, usize)>| {
        if run.len() >= MIN_CARDS {
            cards.extend(run.iter().flat_map(|&(from, stamp)| from..=stamp));
        }
        run.clear();
    };
    for stamp in (0..lines.len()).filter(|&i| is_age_stamp(lines[i])) {
        let after_last = run.last().map(|&(_, last)| last + 1);
        match after_last {
            Some(from) if card(from, stamp) => run.push((from, stamp)),
            _ => {
                close_run(&mut run);
                // the run's first card: as many lines as fit a card, from a headline
                let first = (stamp.saturating_sub(MAX_CARD_LINES)..stamp).find(|&from| card(from, stamp));
                run.extend(first.map(|from| (from, stamp)));
            }
        }
    }
    close_run(&mut run);
    cards
}

/// A relative age at the start of a line: "2 days ago at 07:52 am", "32M ago", "updated
/// 16M ago", "5 jam lalu".
static RELATIVE_AGE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    regex::Regex::new(r"(?i)^\W*(updated |diperbarui )?(\d+|an?|se)\s*(s|m|h|d|w|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|detik|menit|jam|hari|minggu|bulan|tahun)\s+(ago|lalu|yang lalu)(?-u:\b)")
        .expect("valid regex")
});

/// A line that is only a relative age: "32M ago", "5 jam lalu".
fn is_age_stamp(line: &str) -> bool {
    RELATIVE_AGE.find(line).is_some_and(|m| m.end() == line.len())
}

/// "NAME says:", "NAME on DATE at TIME said:", "NAME menulis:".
fn is_comment_header(line: &str) -> bool {
    static HEADER: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(
            r"(?i)(?-u:\b)(says|said|wrote|writes|replied|replies|berkata|menulis|berkomentar|membalas)\s*:$",
        )
        .expect("valid regex")
    });
    words(line) <= 14 && HEADER.is_match(line)
}

/// Running text: a sentence of some length, or a long block that lost its punctuation.
fn is_paragraph(line: &str) -> bool {
    let n = words(line);
    ((n >= 8 && ends_sentence(line)) || n >= 20) && !is_menu(line)
}

/// A navigation row copied as one line: "detikNews · Berita · Internasional · Kolom", or
/// a breadcrumb trail: "Home > News > Nasional".
fn is_menu(line: &str) -> bool {
    let separators = |set: &[char]| line.chars().filter(|c| set.contains(c)).count();
    separators(&['·', '|', '•', '»', '›']) >= 3 || separators(&['>', '»', '›']) >= 2 && words(line) <= 12
}

/// Heading-like: several words, no sentence end, not overly long.
fn is_heading(line: &str) -> bool {
    let n = words(line);
    (3..=30).contains(&n) && !line.ends_with('.') && line.len() <= 250
}

fn carries_metadata(line: &str) -> bool {
    is_date_line(line) || is_name(line) || has_byline_label(line)
}

/// A line that is a date and little else: "Wednesday November 20, 2019", "20/11/2019 10:31".
fn is_bare_date(line: &str) -> bool {
    words(line) <= 6 && find_dates(line, None).iter().any(|d| !d.relative)
}

fn is_date_line(line: &str) -> bool {
    words(line) <= 12 && find_dates(line, None).iter().any(|d| d.has_time)
}

/// The line printed as the headline: the heading next to the story's date line or byline,
/// else a heading-like line before the body that the page prints twice, else the longest
/// heading-like header line that is not a name.
fn find_title(page: &Page<'_>, body_start: usize) -> Option<String> {
    // How far above the body the story's date line or byline is looked for, and how far
    // above that its headline (an author box can run to several lines).
    const META_LOOKBACK: usize = 25;
    const META_GAP: usize = 3;
    const HEADLINE_LOOKBACK: usize = 8;
    let lines = page.lines;
    let candidate = |i: usize| {
        let line = lines[i];
        let short_name = is_name(line) && words(line) <= 4;
        page.roles[i] == Role::Unread
            && is_heading(line)
            && !short_name
            && !is_story_meta(line)
            && !is_caption(line)
            && !is_menu(line)
    };
    // A headline's first word is capitalized ("iPhone" too); a tag line's need not be
    // ("id prostitusi, pelajar prostitusi, …").
    let capitalized =
        |line: &str| line.split_whitespace().next().is_some_and(|w| w.chars().any(|c| !c.is_lowercase()));
    let headline = |i: usize| candidate(i) && words(lines[i]) >= 4 && capitalized(lines[i]);
    // The headline next to the story's date line or byline ("LinkNaija October 06, 2018",
    // "By admin - 2018-09-16"), printed twice or not: menus come further up. The metadata
    // may be a cluster of lines (date, a tag line, "Pewarta: …"): the headline is above
    // its top, or right below it on pages that print the date first.
    let mut meta =
        (body_start.saturating_sub(META_LOOKBACK)..body_start).rev().find(|&i| is_story_meta(lines[i]));
    while let Some(top) = meta {
        let higher = (top.saturating_sub(META_GAP)..top)
            .rev()
            .take_while(|&i| !headline(i))
            .find(|&i| is_story_meta(lines[i]));
        if higher.is_none() {
            break;
        }
        meta = higher;
    }
    let next_to_meta = meta.and_then(|m| {
        let above = (m.saturating_sub(HEADLINE_LOOKBACK)..m).rev().find(|&i| headline(i));
        let below = (m + 1..body_start).find(|&i| headline(i));
        match (above, below) {
            (Some(a), Some(b)) => Some(if b - m < m - a { b } else { a }),
            (a, b) => a.or(b),
        }
    });
    // Else a line printed twice (the nearest such to the body), or the longest heading.
    let window = (body_start + 12).min(lines.len());
    let repeated = || {
        (0..body_start)
            .rev()
            .filter(|&i| headline(i))
            .find(|&i| lines[i + 1..window].iter().any(|other| normalized(other) == normalized(lines[i])))
    };
    let longest = || (0..body_start).filter(|&i| headline(i)).max_by_key(|&i| lines[i].len());
    let chosen = next_to_meta.or_else(repeated).or_else(longest)?;
    Some(lines[chosen].to_string())
}

/// A line of the story's own metadata: a date line ("Nov. 18, 2019 7:04 pm ET", "LinkNaija
/// October 06, 2018") or a byline ("By admin - 2018-09-16", "Penulis: …").
fn is_story_meta(line: &str) -> bool {
    const MAX_WORDS: usize = 15;
    words(line) <= MAX_WORDS
        && (has_byline_label(line)
            || is_date_line(line)
            || find_dates(line, None).iter().any(|d| !d.relative))
}

fn normalized(line: &str) -> String {
    line.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Byline lines anywhere on the page: "Penulis: Nama | Editor: Nama", "By A and B", or a
/// bare label ("Penulis") beside a line holding only a name. Editors and photographers
/// are credits, not authors: their lines are consumed but not put in the byline.
fn read_bylines(page: &mut Page<'_>, byline: &mut Vec<String>) {
    for i in 0..page.lines.len() {
        if page.roles[i] != Role::Unread {
            continue;
        }
        let line = page.lines[i];
        if let Some(credits) = read_credits(line) {
            byline.extend(credits.into_iter().filter(|c| c.author).flat_map(|c| c.names));
            page.roles[i] = Role::Used;
            continue;
        }
        // "Fino Yurio Kristo - detikinet" beside the date line: a writer and their desk.
        if let Some((name, desk)) = line.rsplit_once(" - ").or_else(|| line.rsplit_once(" – ")) {
            let beside_date = [i.checked_sub(1), Some(i + 1)]
                .into_iter()
                .flatten()
                .any(|j| j < page.lines.len() && is_date_line(page.lines[j]));
            if beside_date && is_name(name.trim()) && !desk.trim().is_empty() && !desk.trim().contains(' ') {
                byline.push(name.trim().to_string());
                page.roles[i] = Role::Used;
                continue;
            }
        }
        // A bare label: the name is on the line before it (name above the label, as
        // under an author photo) or after it.
        let Some(author) = bare_label(line) else { continue };
        let neighbour = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .find(|&j| j < page.lines.len() && page.roles[j] == Role::Unread && is_name(page.lines[j]));
        if let Some(j) = neighbour {
            if author {
                byline.extend(split_names(page.lines[j]));
            }
            page.roles[i] = Role::Used;
            page.roles[j] = Role::Used;
        }
    }
    let mut seen = std::collections::HashSet::new();
    byline.retain(|n| seen.insert(n.to_lowercase()));
}

/// The header: date line, title, section label, captions; the rest is page chrome.
fn read_header(
    page: &mut Page<'_>,
    body_start: usize,
    title: Option<&str>,
    reference: Option<DateTime<FixedOffset>>,
    ex: &mut Extraction,
) {
    // The article's own date line is the one nearest its body; dates further up belong to
    // teasers of other articles. A date with a time of day a few lines up beats a bare date
    // nearer ("ISTANBUL, 23 Februari 2016 (Antara) --" under "Selasa, 23 Februari 2016
    // 14:39 WIB").
    const DATED_LINES_SEEN: usize = 3;
    let nearest: Vec<(usize, FoundDate)> = (0..body_start)
        .rev()
        .filter_map(|i| {
            let line = page.lines[i];
            if page.roles[i] != Role::Unread || words(line) > 15 {
                return None;
            }
            let dates = find_dates(line, reference);
            dates.iter().find(|d| d.has_time).or(dates.first()).map(|d| (i, d.clone()))
        })
        .take(DATED_LINES_SEEN)
        .collect();
    let published = nearest.iter().find(|(_, d)| d.has_time).or(nearest.first()).cloned();
    if let Some((i, _)) = &published {
        page.roles[*i] = Role::Used;
    }
    for i in 0..body_start {
        if page.roles[i] != Role::Unread {
            continue;
        }
        let line = page.lines[i];
        if Some(line) == title {
            page.layout_drop(i, "title line");
        } else if is_caption(line) {
            ex.article.captions.push(line.to_string());
            page.roles[i] = Role::Used;
        } else if ex.article.section.is_none() && words(line) <= 2 && is_before_title(page, i, title) {
            ex.article.section = Some(line.to_string());
            page.roles[i] = Role::Used;
        } else {
            page.layout_drop(i, "page header");
        }
    }
    if let Some((_, date)) = published {
        ex.article.published = Some(date.datetime);
        ex.article.time_zone = date.zone;
    }
}

fn is_before_title(page: &Page<'_>, i: usize, title: Option<&str>) -> bool {
    title.is_some_and(|t| page.lines[i + 1..].iter().take(3).any(|l| *l == t))
}

/// The body: paragraphs and captions; related-headline lists, repeats of the title and
/// photo markers dropped.
fn read_body(
    page: &mut Page<'_>,
    (body_start, body_end): (usize, usize),
    title: Option<&str>,
    ex: &mut Extraction,
) {
    let title_key = title.map(normalized);
    let mut in_list = false;
    let mut body_lines: Vec<usize> = Vec::new();
    for i in body_start..page.lines.len() {
        let line = page.lines[i];
        if page.roles[i] != Role::Unread {
            continue;
        }
        if i >= body_end {
            page.layout_drop(i, "after the article");
            continue;
        }
        let after_photo_marker = i > 0 && is_photo_marker(page.lines[i - 1]);
        if is_list_heading(line) || is_inline_list_heading(line) {
            in_list = true;
            page.layout_drop(i, "related list heading");
        } else if in_list && !(is_paragraph(line) && line.len() >= 100) {
            page.layout_drop(i, "related list");
        } else if title_key.as_deref() == Some(normalized(line).as_str()) {
            page.layout_drop(i, "repeats the title");
        } else if is_caption(line) || (after_photo_marker && !is_paragraph(line)) {
            ex.article.captions.push(line.to_string());
            page.roles[i] = Role::Used;
        } else {
            in_list = false;
            body_lines.push(i);
        }
    }
    // An author's biography closing the page ("Meg James is a corporate media reporter for
    // ..."): it and what follows (the author box, then often teasers of other stories) are
    // not the story. Looked for in the second half of the text only (teasers after the
    // box may outnumber the story's lines): a story may introduce a reporter.
    let total: usize = body_lines.iter().map(|&i| page.lines[i].len()).sum();
    let mut seen = 0;
    let tail_from = body_lines
        .iter()
        .position(|&i| {
            seen += page.lines[i].len();
            seen * 2 >= total
        })
        .unwrap_or(body_lines.len());
    let bio_start = |k: usize| {
        let line = page.lines[body_lines[k]];
        is_author_bio(line)
            || about_whom(line).is_some_and(|name| {
                body_lines.get(k + 1).is_some_and(|&next| page.lines[next].contains(name))
            })
    };
    if let Some(bio) = (tail_from..body_lines.len()).position(bio_start) {
        for i in body_lines.split_off(tail_from + bio) {
            page.layout_drop(i, "author biography");
        }
    }
    // The tail: trailing lines that are not sentences are widgets and section labels.
    while let Some(&last) = body_lines.last() {
        if page.table_rows[last] {
            break; // the article ends in a table
        }
        // a long paragraph may end in an agency's sign-off instead of a full stop ("… into
        // the US. PTI"), an embedded post in its signature
        let line = page.lines[last];
        if ends_sentence(line) && words(line) >= 3
            || ends_in_sign_off(line)
            || is_embedded_post_signature(line)
        {
            break;
        }
        body_lines.pop();
        page.layout_drop(last, "after the article");
    }
    for i in body_lines {
        page.roles[i] = Role::Used;
        let text = strip_end_marker(page.lines[i]);
        if !text.is_empty() {
            ex.article.body.push(text);
        }
    }
}

/// The line that closes a post embedded in the story: "— Cooper Lund (@cooperlund)
/// November 18, 2019". The post above it is quoted by the story, however it ends.
fn is_embedded_post_signature(line: &str) -> bool {
    static SIGNATURE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$")
            .expect("valid regex")
    });
    SIGNATURE.is_match(line)
}

/// A paragraph closed by its agency's sign-off after the last sentence: "… into the US.
/// PTI", "… kata dia. (ANT)" ends a sentence already.
fn ends_in_sign_off(line: &str) -> bool {
    const MAX_LETTERS: usize = 6;
    let Some((text, sign_off)) = line.trim_end().rsplit_once(' ') else { return false };
    (2..=MAX_LETTERS).contains(&sign_off.len())
        && sign_off.chars().all(|c| c.is_ascii_uppercase())
        && ends_sentence(text)
        && is_paragraph(text)
}

/// "NAME is a reporter for ...", "NAME (@handle) is the editor of ...", "NAME adalah
/// wartawan ...".
fn is_author_bio(line: &str) -> bool {
    static BIO: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(
            r"^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}(\s+\([^()]{1,60}\))?\s+((is|was)\s+(an?|the)\s+([\p{L}-]+\s+){0,5}(reporter|writer|correspondent|editor|columnist|journalist|contributor|producer|publisher)|(adalah|merupakan)\s+(seorang\s+)?([\p{L}-]+\s+){0,2}(wartawan|jurnalis|penulis|redaktur|editor|kontributor|kolumnis))(\s|,|\.)",
        )
        .expect("valid regex")
    });
    BIO.is_match(line)
}

/// The heading of an author box: "About Jane Doe", "Sobre Carlos Nadalim", "Tentang
/// Penulis". Returns whom it is about, for the box's text to name.
fn about_whom(line: &str) -> Option<&str> {
    static ABOUT: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(
            r"^(?:About|Sobre|Tentang|Über|Acerca de|À propos de)\s+((?:\p{Lu}[\p{L}.'’-]+\s*){1,4})$",
        )
        .expect("valid regex")
    });
    let name = ABOUT.captures(line)?.get(1)?.as_str().trim();
    // the last word: "Carlos Nadalim é coordenador", "Nadalim is"
    name.rsplit(' ').next()
}

fn is_photo_marker(line: &str) -> bool {
    matches!(general_rule(line), Some(DropReason::General { pattern }) if pattern == "photo marker")
}

/// A summary printed above the photo and again as the first paragraph is one paragraph.
fn drop_repeated_paragraphs(ex: &mut Extraction) {
    let mut seen = std::collections::HashSet::new();
    let mut kept = Vec::with_capacity(ex.article.body.len());
    for paragraph in std::mem::take(&mut ex.article.body) {
        if seen.insert(normalized(&paragraph)) {
            kept.push(paragraph);
        } else {
            ex.dropped.push(DroppedLine {
                text: paragraph,
                reason: DropReason::Layout { what: "repeated paragraph".into() },
            });
        }
    }
    ex.article.body = kept;
}

/// The first sentence of a paragraph, as the text crate splits sentences.
fn first_sentence(paragraph: &str) -> &str {
    jejak_text::sentences(paragraph).first().map_or(paragraph, |s| &paragraph[s.start..s.end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract(text: &str) -> Extraction {
        extract_text(text, &ExtractOptions::default(), &BoilerplateModel::default())
    }

    #[test]
    fn teaser_cards_of_other_stories_end_the_article_but_subheads_do_not() {
        let article = "The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
            Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n\
            Ferries that use the northern pier will move to the southern terminal while the repairs last.\n\
            The authority expects the repairs to the harbour pier to cost about twelve million dollars.\n";
        let cards = "Sports\nLocal team wins the regional championship\nThe youth basketball squad defeated its rivals in a dramatic overtime finish on Saturday night.\n\
            Business\nBakery chain opens third shop downtown\nCustomers queued around the block for croissants when the doors opened early this morning.\n\
            Weather\nStorm expected over the weekend\nForecasters warned residents living near rivers to prepare sandbags before heavy rainfall arrives.\n";
        let ex = extract(&format!("{article}{cards}"));
        assert_eq!(ex.article.body.len(), 4, "{:#?}", ex.article.body);
        // subheads over single paragraphs of the same story stay
        let sections = "Repairs\nThe repairs to the harbour pier will replace every cracked concrete pile.\n\
            Ferries\nFerries will dock at the southern terminal of the harbour during the repairs.\n\
            Costs\nThe harbour authority will pay for the pier repairs from its reserve fund.\n";
        let ex = extract(&format!("{article}{sections}"));
        assert_eq!(ex.article.body.len(), 10, "subheads and their paragraphs stay: {:#?}", ex.article.body);
    }

    #[test]
    fn a_list_the_article_opens_does_not_split_it() {
        let head = "The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
            Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n\
            The works will go in four stages, and each stage closes a different part of the harbour:\n";
        let list = "Northern pier\nFerry ramp\nFuel dock\nFish market quay\nSouthern breakwater\nOld customs wharf\nPilot station\nYacht moorings\n";
        let tail = "Ferries that use the northern pier will move to the southern terminal while the repairs last.\n\
            The authority expects the repairs to the harbour pier to cost about twelve million dollars in all.\n\
            Shipping agents said they had been told of the closure weeks ago and had changed their timetables.\n\
            The fish market will stay open, though its trucks will have to use the eastern gate for now.\n";
        let ex = extract(&format!("{head}{list}{tail}"));
        let body = ex.article.body.join("\n");
        assert!(body.contains("Ferries that use") && body.contains("eastern gate"), "{body}");
        assert!(body.starts_with("The harbour authority"), "{body}");
    }

    #[test]
    fn a_short_sentence_closing_the_article_is_kept() {
        let closing = "“We will watch it,” Reed said.\n";
        let body = extract(&format!("{HARBOUR}{closing}")).article.body;
        assert_eq!(body.last().map(String::as_str), Some(closing.trim_end()), "{body:#?}");
        // a teaser's question after the article is not, nor a byline
        for after in ["Why are the ferries late again?\n", "Reporting by Ann Porter.\n"] {
            let body = extract(&format!("{HARBOUR}{after}")).article.body;
            assert_eq!(body.len(), 4, "{after:?}: {body:#?}");
        }
    }

    const HARBOUR: &str =
        "The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
        Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n\
        Ferries that use the northern pier will move to the southern terminal while the repairs last.\n\
        The authority expects the repairs to the harbour pier to cost about twelve million dollars.\n";

    #[test]
    fn a_short_colon_heading_opens_a_short_list_of_short_items() {
        let head = "The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
            Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n\
            Closed berths:\n";
        let list = "northern pier\nferry ramp\nfuel dock\nfish market quay\nsouthern breakwater\nold customs wharf\npilot station\n";
        let tail = "Ferries that use the northern pier will move to the southern terminal while the repairs last.\n\
            The authority expects the repairs to the harbour pier to cost about twelve million dollars in all.\n";
        let body = extract(&format!("{head}{list}{tail}")).article.body.join("\n");
        assert!(body.starts_with("The harbour authority") && body.contains("twelve million"), "{body}");
        // a menu under a colon heading is no list of the article: its labelled lines end it
        let menu = "About this report:\nPublished: Monday, March 4\nResearched by: A. Writer\nEdited by: B. Editor\n\
            Subjects: Harbours, Ferries\nSources:\nPort register of the harbour authority, pier inspection report of last week, March 2019\n\
            Minutes of the harbour board meeting held on the first Monday of March, with the budget attached\n\
            Interview with the harbour master by telephone on the afternoon of the third of March 2019\n\
            We want to hear your suggestions and comments on this report, so please write to us at any time.\n";
        let body = extract(&format!("{HARBOUR}{menu}")).article.body.join("\n");
        assert!(!body.contains("suggestions"), "{body}");
    }

    #[test]
    fn cards_stamped_with_their_age_are_teasers_and_part_the_article_from_the_rest() {
        // other stories of the same harbour: their words are the article's
        let cards = "Harbour\nNorthern ferries to move terminal\nThe ferries will dock at the southern terminal of the harbour during repairs.\n32M ago\n\
            Harbour pier inspection finds cracks\nEngineers found cracks in the concrete piles of the northern pier last week.\n1H ago\n\
            Authority sets repairs budget\nThe harbour authority expects the pier repairs to cost twelve million dollars.\n14H ago\n\
            Harbour pier closes in March\nThe northern pier of the harbour will close for repairs until March, the authority said.\n17H ago\n";
        let footer = "Select as many teams as you like from the leagues below. You can change your selection at any time.\n";
        let ex = extract(&format!("{HARBOUR}{cards}{footer}"));
        assert_eq!(ex.article.body.len(), 4, "{:#?}", ex.article.body);
    }

    #[test]
    fn a_breadcrumb_ending_in_the_headline_is_no_paragraph() {
        let header = "Home News Business News Harbour authority closes the northern pier of the old town for repairs until the spring season begins\n\
            Harbour authority closes the northern pier of the old town for repairs until the spring season begins\nAugust 23, 2018\n";
        let ex = extract(&format!("{header}{HARBOUR}"));
        assert_eq!(ex.article.title.as_deref(), Some("Harbour authority closes the northern pier of the old town for repairs until the spring season begins"));
        assert!(ex.article.body[0].starts_with("The harbour authority"), "{:#?}", ex.article.body);
    }

    #[test]
    fn an_author_box_after_the_story_is_not_the_story() {
        let about = "About Carla Nunes\nCarla Nunes writes about ports and shipping and has covered the harbour since 2009.\n";
        let ex = extract(&format!("{HARBOUR}{about}"));
        assert_eq!(ex.article.body.len(), 4, "{:#?}", ex.article.body);
        // a person the story is about keeps the paragraph about them
        let story = format!("{HARBOUR}About Face\nThe harbour master said the pier would reopen in March, a reversal of his plan.\n");
        assert_eq!(extract(&story).article.body.len(), 6);
    }

    #[test]
    fn a_standfirst_above_the_date_line_is_the_lead_not_the_body() {
        let header = "Harbour pier to close for repairs\n\
            Cracks in the concrete piles force a closure. Ferries will move to the southern terminal.\n\
            Nov. 18, 2019 7:04 pm\n";
        let ex = extract(&format!("{header}{HARBOUR}"));
        assert_eq!(ex.article.title.as_deref(), Some("Harbour pier to close for repairs"));
        assert_eq!(ex.article.body.len(), 4, "{:#?}", ex.article.body);
        assert!(ex.article.lead.as_deref().is_some_and(|l| l.starts_with("Cracks in the concrete")));
        assert!(ex.article.published.is_some());
        // a date line closing the story is no standfirst's end
        let ex = extract(&format!("{HARBOUR}First published on November 19, 2019 / 8:16 AM\n"));
        assert_eq!(ex.article.body.len(), 4, "{:#?}", ex.article.body);
        // the story opens with a byline, its date below it: neither is the body
        let header = "Harbour pier to close for repairs\n\
            Cracks in the concrete piles force a closure. Ferries will move to the southern terminal.\n\
            By Ann Quayside\nNov. 18, 2019\n";
        let ex = extract(&format!("{header}{HARBOUR}"));
        assert_eq!(ex.article.body.len(), 4, "{:#?}", ex.article.body);
        assert!(ex.article.lead.as_deref().is_some_and(|l| l.starts_with("Cracks in the concrete")));
        assert_eq!(ex.article.byline, ["Ann Quayside"]);
    }

    #[test]
    fn the_headline_is_the_heading_beside_the_date_line_not_a_menu_printed_twice() {
        let header = "Ports & Shipping\nWeather\nPorts & Shipping\nSign up for our daily newsletter today\n\
            Sign up for our daily newsletter today\nOther pier reopens after a long closure\nHarbour pier to close for repairs\n\
            id harbour, pier, repairs, ferries\nSelasa, 23 Februari 2016 14:49 WIB\nBy Carla Nunes\n";
        let ex = extract(&format!("{header}{HARBOUR}"));
        assert_eq!(ex.article.title.as_deref(), Some("Harbour pier to close for repairs"));
        // dated first, then the headline
        let header = "Other pier reopens after a long closure\nFollow\nThe pier in March. Image: Harbour Times\nHomeNational\n\
            Wednesday, 04 November, 2015 | 07:28 WIB\n\
            Harbour pier to close for repairs\nZoom\n";
        let ex = extract(&format!("{header}{HARBOUR}"));
        assert_eq!(ex.article.title.as_deref(), Some("Harbour pier to close for repairs"));
        assert_eq!(ex.article.time_zone.as_deref(), Some("WIB"));
    }

    #[test]
    fn a_page_that_is_a_table_under_its_headline_is_that_table() {
        let page = "Home\nNews\nSport\nFerry timetable 2019\nMonday, 18 November 2019 at 07:04\n\
            Ferry timetable for the winter\n\
            1st crossing: 06:10 – North pier\n2nd crossing: 08:40 – Fuel dock\n3rd crossing: 11:15 – Fish quay\n\
            4th crossing: 14:30 – North pier / Ferry ramp\n5th crossing: 17:05 – Old wharf\n\
            About us\nContact\nPrivacy\n";
        let ex = extract(page);
        assert_eq!(ex.article.kind, PageKind::Article);
        assert_eq!(ex.article.body.len(), 5, "{:#?}", ex.article.body);
        assert!(ex.article.body[3].ends_with("North pier / Ferry ramp"));
        // one separator each is a box of fields, not a table that would join the article
        let fields = "Edited by: the desk\nFiled under: harbour\nSources: the authority\nUpdated: today\n";
        assert_eq!(extract(&format!("{fields}Weather\nSport\nTravel\n{HARBOUR}")).article.body.len(), 4);
    }

    #[test]
    fn a_table_copied_with_tabs_does_not_part_the_article() {
        let (first, rest) = HARBOUR.split_at(HARBOUR.find('\n').unwrap() + 1);
        let table = "Berth\tZone\tShips\n".to_string()
            + &(1..=8).map(|n| format!("Pier {n}\tZone A\t{n}\n")).collect::<String>();
        let ex = extract(&format!("{first}{table}{rest}"));
        assert_eq!(ex.article.body.len(), 13, "{:#?}", ex.article.body);
        assert_eq!(ex.article.body[2], "Pier 1\tZone A\t1");
    }

    #[test]
    fn a_table_closing_the_article_is_kept_a_menu_is_not() {
        let table = "Closed berths\nNorth pier (Zone A): 12 berths\nFerry ramp (Zone A): 3 berths\nFuel dock (Zone B): 2 berths\n\
            Fish quay (Zone C): 9 berths\nOld wharf (Zone D): 4 berths\n";
        let ex = extract(&format!("{HARBOUR}{table}"));
        assert_eq!(ex.article.body.len(), 10, "{:#?}", ex.article.body);
        let menu = "Sections\nNews\nSport\nWeather\nBusiness\nCulture\n";
        assert_eq!(extract(&format!("{HARBOUR}{menu}")).article.body.len(), 4);
    }

    #[test]
    fn a_post_embedded_at_the_end_stays_with_its_signature() {
        let post = "The pier was closed before and the ferries coped https://t.co/abc\n— Harbour Watch (@harbourwatch) November 18, 2019\n";
        let footer = "Have a tip? Write to the newsroom.\nDisclaimer\n";
        let body = extract(&format!("{HARBOUR}{post}{footer}")).article.body;
        assert_eq!(body.len(), 6, "{body:#?}");
        assert!(body[5].starts_with("— Harbour Watch"));
    }

    #[test]
    fn author_bios() {
        assert!(is_author_bio(
            "Carla Nunes (carla@example.org) is the editor and publisher of the Harbour Review."
        ));
        assert!(is_author_bio("Carla Nunes (@carlanunes) is an Ideas contributor at the Harbour Times."));
        assert!(is_author_bio("Carla Nunes is a reporter for the Harbour Times."));
        assert!(!is_author_bio("The harbour master is the editor's father, Carla Nunes said."));
    }

    #[test]
    fn a_last_paragraph_signed_off_by_its_agency_stays() {
        let last = "Shipping agents said the closure of the northern pier had been announced weeks ago and that all the ferries would still run to schedule. PTI\n";
        let ex = extract(&format!("{HARBOUR}{last}Sections\n"));
        assert_eq!(ex.article.body.len(), 5, "{:#?}", ex.article.body);
    }

    #[test]
    fn wordpress_thoughts_on_heading_opens_the_comments() {
        let article = "The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
            Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n";
        let comments = "3 thoughts on “Harbour pier to close for repairs”\nMaria\nAugust 22, 2018 at 5:57 am\n\
            I walk past that pier every morning and the cracks have been there for years, it is about time.\n\
            Tom\nAugust 22, 2018 at 7:19 am\nThe ferry ramp is in an even worse state than the pier, if you ask anybody who works there.\n";
        let ex = extract(&format!("{article}{comments}"));
        assert_eq!(ex.article.body.len(), 2, "{:#?}", ex.article.body);
    }

    #[test]
    fn headlines_run_into_their_summaries_are_teasers_names_are_not() {
        let article =
            "The MacBook Pro keyboard was redesigned after years of complaints from owners of the laptop.\n\
            Owners of the older MacBook Pro said keys stuck after a few months of use in dusty rooms.\n\
            The company said the new MacBook Pro keyboard had been tested for longer than any before it.\n";
        let teasers = "Council Votes On The New BudgetThe city council met late on Tuesday to vote on the parks budget.\n\
            Bakery Chain Opens Third ShopCustomers queued around the block for croissants this morning.\n\
            Storm Expected Over The WeekendForecasters warned residents near rivers to prepare sandbags.\n";
        let ex = extract(&format!("{article}{teasers}"));
        assert_eq!(ex.article.body.len(), 3, "{:#?}", ex.article.body);
        assert!(ex.article.body.iter().all(|p| p.contains("MacBook")));
    }

    #[test]
    fn dated_cards_that_outweigh_the_article_are_not_the_article() {
        let article = "Harbour pier to close for repairs\nby Dana Reyes\n| March 3, 2025 09:15 AM\n\
            The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
            Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n\
            Ferries that use the northern pier will move to the southern terminal while the repairs last.\n\
            Share this article\nMore from the Daily Harbour\n";
        let card = |headline: &str, summary: &str| {
            format!(
                "{headline}\nSam Ortiz\nTuesday March 4, 2025\n{summary} {}\n",
                "The council will publish a full report with every figure and every name next month. "
                    .repeat(2)
            )
        };
        let cards = [
            card(
                "Council votes on the new budget",
                "The city council met late on Tuesday to vote on a budget that raises spending on parks.",
            ),
            card(
                "Bakery chain opens a third shop",
                "Customers queued around the block for croissants when the doors opened early this morning.",
            ),
            card(
                "Storm expected over the weekend",
                "Forecasters warned residents living near rivers to prepare sandbags before heavy rain.",
            ),
            card(
                "School term starts a week late",
                "Parents were told by letter that the new term will start a week later than planned.",
            ),
        ]
        .concat();
        let ex = extract(&format!("{article}{cards}"));
        assert_eq!(ex.article.body.len(), 3, "{:#?}", ex.article.body);
        assert!(ex.article.body[0].starts_with("The harbour authority"));
        assert_eq!(ex.article.title.as_deref(), Some("Harbour pier to close for repairs"));
    }

    #[test]
    fn a_comments_section_under_its_heading_goes_a_comment_count_by_the_byline_does_not() {
        let article = "Harbour pier closes for repairs\nBy Ann Lee\n12 Comments\nNovember 19, 2019 at 10:07 am\n\
            The harbour authority said on Monday that the northern pier will close for repairs until March.\n\
            Engineers found cracks in the pier's concrete piles during an inspection of the harbour last week.\n\
            Ferries that use the northern pier will move to the southern terminal while the repairs last.\n";
        let comments = "Top Rated Comments\n(View all)\nwoyzeck\n2 days ago at 07:52 am\n\
            It is good to see the city finally fixing the pier after so many years of complaints from us all.\n\
            Rating: 36 Votes\nnick\n2 days ago at 07:47 am\n\
            I think the repairs will take far longer than March, as they always do with these harbour projects.\n";
        let ex = extract(&format!("{article}{comments}"));
        assert_eq!(ex.article.body.len(), 3, "{:#?}", ex.article.body);
        assert!(ex.article.body[0].starts_with("The harbour authority"));
    }

    #[test]
    fn lead_is_the_first_sentence() {
        assert_eq!(first_sentence("Dr. Ani datang. Lalu pergi."), "Dr. Ani datang.");
        assert_eq!(first_sentence("Satu kalimat saja"), "Satu kalimat saja");
    }

    #[test]
    fn byline_label_below_or_beside_the_name() {
        let page = "Judul Berita Yang Cukup Panjang Sekali\nSenin, 8 Agustus 2022 10:00 WIB\nAni Wijaya\nPenulis\nEditor: Budi Santoso\nJAKARTA, KOMPAS.com - Pemerintah menyatakan harga beras akan turun pekan depan di seluruh daerah.\n";
        let ex = extract(page);
        assert_eq!(ex.article.byline, ["Ani Wijaya"]);
        assert_eq!(ex.article.dateline.as_deref(), Some("JAKARTA"));
        assert_eq!(ex.article.title.as_deref(), Some("Judul Berita Yang Cukup Panjang Sekali"));
        assert_eq!(ex.article.published.unwrap().to_rfc3339(), "2022-08-08T10:00:00+07:00");
        assert_eq!(ex.article.time_zone.as_deref(), Some("WIB"));
        assert_eq!(
            ex.article.body,
            ["Pemerintah menyatakan harga beras akan turun pekan depan di seluruh daerah."]
        );
    }

    #[test]
    fn text_without_paragraphs_is_not_an_article() {
        let ex = extract("Home\nNews\nLogin\n");
        assert_eq!(ex.article.kind, PageKind::NotArticle);
        assert!(ex.article.body.is_empty());
    }

    #[test]
    fn a_comment_thread_is_not_the_article_however_long() {
        let article = "Pelatih tim nasional mengatakan bahwa persiapan menghadapi laga pekan depan sudah berjalan sesuai rencana.";
        let second = "Menurut dia, seluruh pemain dalam kondisi bugar dan siap tampil sejak menit pertama pertandingan.";
        let comment = "I completely disagree with this assessment of the team, and I think the coach should be replaced before the next match because the results have been poor all season long.";
        let text = format!(
            "Judul berita tim nasional\n{article}\n{second}\nbudi88 says:\nNovember 19, 2019 at 9:03 am\n{comment}\n\
             {comment}\nAna on November 19, 2019 at 10:01 am said:\n{comment}\n{comment}\n{comment}"
        );
        let ex = extract(&text);
        assert_eq!(ex.article.body, [article, second]);
        // One line that ends in "said:" is an article introducing a quote.
        let quote = format!("{article}\nThe minister said:\n{comment}\n{second}");
        let body = extract(&quote).article.body;
        assert!(body.iter().any(|p| p == comment) && body.iter().any(|p| p == second), "{body:?}");
    }

    #[test]
    fn a_run_of_cut_short_teasers_is_not_the_article() {
        let article = "Pelatih tim nasional mengatakan bahwa persiapan menghadapi laga pekan depan sudah berjalan sesuai rencana.";
        let second = "Menurut dia, seluruh pemain dalam kondisi bugar dan siap tampil sejak menit pertama pertandingan...";
        let teaser = |n: u32| {
            format!("Harga cabai di pasar induk naik {n} persen dalam sepekan terakhir karena pasokan dari daerah...")
        };
        let text = format!(
            "Judul berita\n{article}\n{second}\nBerita lain\n{}\n{}\n{}",
            teaser(1),
            teaser(2),
            teaser(3)
        );
        let body = extract(&text).article.body;
        assert!(body.iter().all(|p| !p.starts_with("Harga cabai")), "{body:?}");
        // a blog's excerpts end in a bracketed ellipsis
        let excerpt =
            |n: u32| format!("Harga cabai di pasar induk naik {n} persen dalam sepekan terakhir, [\u{2026}]");
        let whole = format!("{}.", second.trim_end_matches('.'));
        let text = format!("Judul berita\n{article}\n{whole}\n{}\n{}", excerpt(1), excerpt(2));
        assert_eq!(extract(&text).article.body.len(), 2);
        // One trailing ellipsis alone is the article's own.
        let text = format!("Judul berita\n{article}\n{second}");
        assert_eq!(extract(&text).article.body, [article, second]);
    }

    #[test]
    fn an_author_biography_closes_the_article() {
        let a = "Pelatih tim nasional mengatakan bahwa persiapan menghadapi laga pekan depan sudah berjalan sesuai rencana.";
        let b = "Menurut dia, seluruh pemain dalam kondisi bugar dan siap tampil sejak menit pertama pertandingan.";
        let bio = "Meg James is a corporate media reporter for the Los Angeles Times, covering the business of television.";
        let text = format!("Judul berita\n{a}\n{b}\n{bio}\nLatest stories from the newsroom and beyond.");
        assert_eq!(extract(&text).article.body, [a, b]);
        // teasers of other stories after the author box go with it
        let teasers = "Council votes on the new budget for the parks and the libraries.\nThe city council met late on Tuesday to vote on a budget that raises spending on parks.\n\
            Bakery chain opens a third shop in the old town this spring.\nCustomers queued around the block for croissants when the doors opened early this morning.\n";
        let text = format!("Judul berita\n{a}\n{b}\n{a} Lagi.\n{b} Lagi.\n{bio}\n{teasers}");
        assert_eq!(extract(&text).article.body.len(), 4, "{:#?}", extract(&text).article.body);
        // Early in the story, the same shape is the story's own.
        let text = format!("Judul berita\n{bio}\n{a}\n{b}\n{a} Lagi.\n{b} Lagi.\n{a} Juga.");
        assert!(extract(&text).article.body.iter().any(|p| p == bio));
    }

    #[test]
    fn a_date_with_its_time_beats_a_bare_date_nearer_the_body() {
        let a =
            "Pemerintah kota meresmikan kontes film pendek internasional bertema belas kasihan dan keadilan.";
        let text = format!(
            "Kontes film pendek internasional dibuka\nSelasa, 23 Februari 2016 14:39 WIB | 1.093 Views\n\
             ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --\n{a}"
        );
        let published = extract(&text).article.published.map(|t| t.to_rfc3339());
        assert_eq!(published.as_deref(), Some("2016-02-23T14:39:00+07:00"));
    }

    #[test]
    fn menus_and_breadcrumbs_are_no_title() {
        assert!(super::is_menu("Home > News > Nasional"));
        assert!(super::is_menu("detikNews · Berita · Internasional · Kolom"));
        assert!(!super::is_menu("Harga naik > 10 persen, kata menteri"));
        let a = "Pelatih tim nasional mengatakan bahwa persiapan menghadapi laga pekan depan sudah berjalan sesuai rencana.";
        let text = format!("Home > Olahraga > Sepak Bola\nPersiapan tim nasional berjalan lancar\n{a}");
        assert_eq!(extract(&text).article.title.as_deref(), Some("Persiapan tim nasional berjalan lancar"));
    }

    #[test]
    fn related_list_ends_when_running_text_returns() {
        let para = "Paragraf pertama yang cukup panjang untuk menjadi bagian dari isi berita ini.";
        let back = "Paragraf berikutnya kembali menjadi isi berita setelah kotak berita terkait yang menyela di tengah tulisan.";
        let page =
            format!("{para}\nBerita Terkait\nJudul Lain Yang Tidak Relevan\nJudul Kedua Juga\n{back}\n");
        let ex = extract(&page);
        assert_eq!(ex.article.body, [para, back]);
        assert_eq!(ex.dropped.len(), 3);
    }

    #[test]
    fn learned_chrome_is_dropped_but_each_page_keeps_its_date_and_byline() {
        let page = |n: u32, author: &str| {
            let word = ["nol", "satu", "dua", "tiga", "empat"][n as usize];
            format!(
                "Unduh aplikasi kami sekarang juga dan nikmati berita tanpa batas setiap hari di ponsel.\n\
                 Warta.example - 1{n}/03/2026, 10:3{n} WIB\n{author}\nPenulis\n\
                 JAKARTA, WARTA.EXAMPLE - Paragraf berita nomor {word} yang cukup panjang untuk dianggap isi berita.\n\
                 Terima kasih telah membaca portal berita terpercaya ini setiap harinya bersama kami.\n"
            )
        };
        let mut model = BoilerplateModel::default();
        for n in 1..=3 {
            let text = page(n, "Ani Wijaya");
            let lines: Vec<&str> = text.lines().collect();
            model.observe("warta.example", &lines);
        }
        let ex = extract_text(&page(4, "Ani Wijaya"), &ExtractOptions::default(), &model);
        assert_eq!(
            ex.article.body,
            ["Paragraf berita nomor empat yang cukup panjang untuk dianggap isi berita."]
        );
        assert_eq!(ex.article.byline, ["Ani Wijaya"]);
        assert_eq!(ex.article.published.unwrap().to_rfc3339(), "2026-03-14T10:34:00+07:00");
        assert!(ex.dropped.iter().any(|d| matches!(d.reason, DropReason::Recurring { pages: 3, of: 3, .. })));
    }
}
