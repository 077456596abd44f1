//! Table-driven tests of the attribution rules, one table per rule: paragraphs in, the
//! speaker, cue and relays (`via`) of the quote that carries a given piece of text out.
//! Negative rows are sentences that look like a rule but are not an attribution by it.

use jejak_model::{Article, Quote};

/// One expected quote: the quote whose text contains `has`.
struct Want {
    has: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
    via: &'static [&'static str],
}

/// Paragraphs of one article and what must be found in them.
struct Case<'a> {
    paras: &'a [&'a str],
    want: &'a [Want],
}

const fn w(
    has: &'static str,
    speaker: Option<&'static str>,
    cue: Option<&'static str>,
    via: &'static [&'static str],
) -> Want {
    Want { has, speaker, cue, via }
}

fn run(paras: &[&str]) -> Vec<Quote> {
    let article = Article {
        id: "t".into(),
        body: paras.iter().map(|p| p.to_string()).collect(),
        outlet: Some("Warta Contoh".into()),
        ..Default::default()
    };
    jejak_trace::quotes(&article)
}

fn check(cases: &[Case<'_>]) {
    for case in cases {
        let got = run(case.paras);
        for want in case.want {
            let q = got.iter().find(|q| q.text.contains(want.has)).unwrap_or_else(|| {
                panic!("no quote carries {:?} in {:?}; got {got:#?}", want.has, case.paras)
            });
            assert_eq!(q.speaker.as_deref(), want.speaker, "speaker of {:?}; got {q:#?}", want.has);
            assert_eq!(q.cue.as_deref(), want.cue, "cue of {:?}; got {q:#?}", want.has);
            let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
            assert_eq!(via, want.via, "via of {:?}; got {q:#?}", want.has);
        }
    }
}

/// Sentences that must yield no quote at all.
fn check_none(paras: &[&str]) {
    for p in paras {
        let got = run(&[p]);
        assert!(got.is_empty(), "{p:?} is no attribution; got {got:#?}");
    }
}

/// The speaker and role of the first quote in a one-paragraph article.
fn first_speaker(para: &str) -> (Option<String>, Option<String>) {
    let got = run(&[para]);
    let q = got.first().unwrap_or_else(|| panic!("{para:?}: no quote"));
    (q.speaker.clone(), q.speaker_role.clone())
}

/// Asserts that the first quote found in `paras` says `statement`.
fn first_statement_is(paras: &[&str], statement: &str) {
    let got = run(paras);
    assert_eq!(got.first().map(|q| q.text.as_str()), Some(statement), "{paras:?}: {got:#?}");
}

/// The quote carrying `has` in an article of `paras`.
fn quote(paras: &[&str], has: &str) -> Quote {
    let got = run(paras);
    got.iter().find(|q| q.text.contains(has)).cloned().unwrap_or_else(|| panic!("no {has:?} in {got:#?}"))
}

// Rule 1: a statement made to a reporter of a medium; the medium is the relay, and a
// speaker described without a name is kept as written.

#[test]
fn reporter_relay() {
    check(&[
        Case {
            paras: &["Roket jarak jauh dan presisi tinggi telah membuat perbedaan besar pada upaya perang Ukraina, kata seorang pakar militer kepada Sinead Baker dari Insider bulan lalu."],
            want: &[w("Roket jarak jauh", Some("seorang pakar militer"), Some("kata"), &["Insider"])],
        },
        Case {
            paras: &["Harga gabah di tingkat petani sudah turun sejak awal bulan, ujar seorang pedagang kepada Rina Sukmawati dari Harian Sore."],
            want: &[w("Harga gabah", Some("seorang pedagang"), Some("ujar"), &["Harian Sore"])],
        },
        Case {
            paras: &["The rockets have made a huge difference to Ukraine's war effort, a military expert told Sinead Baker of Insider last month."],
            want: &[w("The rockets", Some("a military expert"), Some("told"), &["Insider"])],
        },
        Case {
            paras: &["The talks collapsed after midnight, he told Reuters.", "Officials had expected a deal by Friday."],
            want: &[w("The talks collapsed", None, Some("told"), &["Reuters"])],
        },
        Case {
            paras: &["Menteri Perdagangan Budi Santoso meninjau pasar pada Senin.", "Stok beras aman sampai akhir tahun, kata Budi kepada Reuters, sebagaimana dilansir Antara."],
            // spoken to Reuters first, then passed on by Antara
            want: &[w("Stok beras aman", Some("Budi Santoso"), Some("kata"), &["Reuters", "Antara"])],
        },
        Case {
            paras: &["Jembatan itu ditutup sementara untuk perbaikan, kata seorang petugas kepada wartawan Kompas.com."],
            want: &[w("Jembatan itu ditutup", Some("seorang petugas"), Some("kata"), &["Kompas.com"])],
        },
        Case {
            paras: &["Mengingat perang belum berakhir, pemerintah berencana mengirim pekerja pada waktu yang tepat, kata sumber Korea Utara."],
            want: &[w("Mengingat perang", Some("sumber Korea Utara"), Some("kata"), &[])],
        },
        Case {
            paras: &["Many voters stayed home because of the storm, officials said."],
            want: &[w("Many voters", Some("officials"), Some("said"), &[])],
        },
        // negative: an office and a party, not a reporter and a medium
        Case {
            paras: &["Proyek itu molor dua tahun, ujar seorang pejabat kepada Ketua DPR Puan Maharani dari PDIP."],
            want: &[w("Proyek itu molor", Some("seorang pejabat"), Some("ujar"), &[])],
        },
        Case {
            paras: &["The vote was delayed again, an aide told Senator John Smith of Texas."],
            want: &[w("The vote was delayed", Some("an aide"), Some("told"), &[])],
        },
    ]);
    // negative: handing something to someone "dari" somewhere is no statement
    check_none(&[
        "Bantuan itu diserahkan kepada Budi Santoso dari Desa Sukamaju pada Senin.",
        "She handed the award to John Smith of Insider on Monday.",
    ]);
    // the description is the speaker, its determiner is not part of the role
    let q = quote(
        &["Roket itu mengubah jalannya perang, kata seorang pakar militer kepada Sinead Baker dari Insider."],
        "Roket",
    );
    assert_eq!(q.speaker_role.as_deref(), Some("pakar militer"));
    assert_eq!(q.via[0].cue, "kepada Sinead Baker dari", "the reporter stays in the relay cue");
}

// Rule 2: "Hal ini dikonfirmasi X, menambahkan bahwa …" names the speaker of the sentence
// before, and adds a statement of its own.

#[test]
fn back_reference_confirmation() {
    check(&[
        Case {
            paras: &["Militer Korut adalah yang terbesar keempat di dunia, dengan jumlah personel aktif mencapai hampir 1,3 juta tentara. Hal ini dikonfirmasi Dewan Hubungan Luar Negeri yang berbasis di New York, menambahkan bahwa ada lebih dari 600 ribu personel Korut yang bertugas sebagai tentara cadangan."],
            want: &[
                w("terbesar keempat", Some("Dewan Hubungan Luar Negeri"), Some("dikonfirmasi"), &[]),
                w("lebih dari 600 ribu personel", Some("Dewan Hubungan Luar Negeri"), Some("menambahkan"), &[]),
            ],
        },
        Case {
            paras: &["Harga beras naik tajam sepanjang pekan ini di sejumlah pasar tradisional. Hal tersebut dibenarkan oleh Kepala Dinas Perdagangan Andi Wirawan, menambahkan bahwa pasokan dari daerah berkurang."],
            want: &[
                w("Harga beras naik", Some("Andi Wirawan"), Some("dibenarkan"), &[]),
                w("pasokan dari daerah", Some("Andi Wirawan"), Some("menambahkan"), &[]),
            ],
        },
        Case {
            // the statement is the last sentence of the paragraph before
            paras: &["Korea Utara memiliki sekitar 70 kapal selam tua.", "Data tersebut dilaporkan Kantor Berita Yonhap, sebagaimana dikutip dari Harian Sore."],
            want: &[w("70 kapal selam", Some("Kantor Berita Yonhap"), Some("dilaporkan"), &["Harian Sore"])],
        },
        Case {
            paras: &["Vaksin tambahan akan tiba pekan depan. Informasi ini disampaikan Juru Bicara Kementerian Kesehatan Siti Rina Sukmawati."],
            want: &[w("Vaksin tambahan", Some("Siti Rina Sukmawati"), Some("disampaikan"), &[])],
        },
        Case {
            paras: &["Britain will send another 500 soldiers to Estonia. This was confirmed by Defence Minister Ben Wallace, who added that more troops would follow."],
            want: &[
                w("500 soldiers", Some("Ben Wallace"), Some("confirmed"), &[]),
                w("more troops would follow", Some("Ben Wallace"), Some("added"), &[]),
            ],
        },
        Case {
            // a hedged statement keeps its own cue and gets the speaker
            paras: &["Pemerintah kota dikabarkan akan menutup jembatan lama. Hal ini diungkapkan Wali Kota Andi Pratama dalam rapat dengar pendapat."],
            want: &[w("menutup jembatan lama", Some("Andi Pratama"), Some("dikabarkan"), &[])],
        },
    ]);
    check(&[
        Case {
            // active: the speaker reports "hal tersebut", then adds a statement of its own
            paras: &[
                "Pemerintah kota akan menutup jembatan lama selama dua bulan.",
                "Reuters mengungkap hal tersebut, melaporkan bahwa perbaikan dimulai pekan depan.",
            ],
            want: &[
                w("menutup jembatan lama", Some("Reuters"), Some("mengungkap"), &[]),
                w("perbaikan dimulai pekan depan", Some("Reuters"), Some("melaporkan"), &[]),
            ],
        },
        Case {
            paras: &[
                "The city will close the old bridge for two months. The Morning Herald reported the news.",
            ],
            want: &[w("close the old bridge", Some("Morning Herald"), Some("reported"), &[])],
        },
        Case {
            // "the report" opening what is said is the content, not a back-reference
            paras: &["The committee met on Monday. Senator Jane Roe said the report was wrong."],
            want: &[w("the report was wrong", Some("Jane Roe"), Some("said"), &[])],
        },
    ]);
    check(&[
        Case {
            // an unnamed source quoted right after a medium's report is the medium's source
            paras: &[
                "Reuters melaporkan bahwa pabrik itu akan tutup bulan depan, mengutip sumber-sumber di kementerian.",
                "\"Kami belum menerima pemberitahuan resmi,\" kata sumber di serikat pekerja.",
            ],
            want: &[w("belum menerima pemberitahuan", Some("sumber"), Some("kata"), &["Reuters"])],
        },
        Case {
            // a named speaker is no one's unnamed source
            paras: &[
                "Reuters melaporkan bahwa pabrik itu akan tutup bulan depan.",
                "\"Kami belum menerima pemberitahuan resmi,\" kata Budi Santoso.",
            ],
            want: &[w("belum menerima pemberitahuan", Some("Budi Santoso"), Some("kata"), &[])],
        },
    ]);
    // negative: "hal ini" that confirms nobody's words, and a confirmation by no one
    check_none(&[
        "Ekonomi tumbuh lima persen tahun ini. Hal ini menunjukkan bahwa daya beli pulih.",
        "Jalan itu rusak berat sejak Januari. Hal itu disebabkan oleh hujan deras.",
        "Jadwal kereta berubah mulai bulan depan. Hal ini dikonfirmasi kebenarannya.",
    ]);
    // the confirmation itself is no statement
    let got = run(&[
        "Harga cabai turun drastis pekan ini. Hal ini dikonfirmasi Kepala Dinas Pertanian Andi Wirawan.",
    ]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

// Rule 3: a clause between the subject and its cue.

#[test]
fn subject_with_a_clause_before_the_cue() {
    check(&[
        Case {
            paras: &["Outlet media Korea Selatan Daily NK, mengungkap perihal ini, mengatakan bahwa Korut juga telah menawarkan Rusia pekerja sukarela."],
            want: &[w("menawarkan Rusia pekerja", Some("Daily NK"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Situs berita Jepang Asahi Shimbun, mengutip pejabat pemerintah, mengatakan bahwa kapal itu tenggelam di lepas pantai."],
            // (the medium passes on the officials' words: see rule 239)
            want: &[w("kapal itu tenggelam", Some("pejabat pemerintah"), Some("mengatakan"), &["Asahi Shimbun"])],
        },
        Case {
            paras: &["Budi Santoso, yang juga merupakan pengamat politik, menilai bahwa koalisi itu rapuh."],
            want: &[w("koalisi itu rapuh", Some("Budi Santoso"), Some("menilai"), &[])],
        },
        Case {
            paras: &["The South Korean outlet Daily NK, which first reported the offer, said that Pyongyang had also offered workers."],
            want: &[w("Pyongyang had also offered", Some("Daily NK"), Some("said"), &[])],
        },
        Case {
            paras: &["Smith, who chairs the committee, said the bill would pass next week."],
            want: &[w("the bill would pass", Some("Smith"), Some("said"), &[])],
        },
        // a long apposition after a name that opens its clause
        Case {
            paras: &["Maria Lopez, an engineer who advised the city on the harbour works for a decade, said the pier would need new piles."],
            want: &[w("the pier would need", Some("Maria Lopez"), Some("said"), &[])],
        },
        Case {
            paras: &["Hale, himself up for reelection this fall, said he voted against the levy."],
            want: &[w("he voted against", Some("Hale"), Some("said"), &[])],
        },
    ]);
    let roles: &[(&str, &str, &str)] = &[
        ("Outlet media Korea Selatan Daily NK, mengungkap perihal ini, mengatakan bahwa Korut menawarkan pekerja.", "Korut menawarkan", "Outlet media Korea Selatan"),
        ("Budi Santoso, yang juga merupakan pengamat politik, menilai bahwa koalisi itu rapuh.", "koalisi", "pengamat politik"),
    ];
    for (p, has, role) in roles {
        assert_eq!(quote(&[p], has).speaker_role.as_deref(), Some(*role), "{p}");
    }
    // negative: a clause between commas, but no speaker or no cue
    check_none(&[
        "Warga Bekasi, menjelang Lebaran, mudik bersama keluarga.",
        "Di Jakarta, menjelang pemilu, harga cabai naik tajam.",
    ]);
    let got = run(&["Tahun lalu, mengingat kondisi ekonomi, mengatakan tidak adalah pilihan sulit."]);
    assert!(got.iter().all(|q| q.speaker.is_none()), "no subject opens the clause: {got:#?}");
}

// Rule 4: "Mengutip S, M membeberkan bahwa …": S is the origin (the speaker), the citing
// medium M its first relay.

#[test]
fn citing_clause() {
    check(&[
        Case {
            paras: &[
                "Outlet media Korea Selatan Daily NK mengatakan bahwa Korut menawarkan pekerja sukarela.",
                "Mengutip sumber-sumber Rusia, Daily NK membeberkan bahwa Korut berencana mengirim lebih dari 1.000 pekerja ke wilayah Donbas.",
            ],
            want: &[w("lebih dari 1.000 pekerja", Some("sumber-sumber Rusia"), Some("membeberkan"), &["Daily NK"])],
        },
        Case {
            paras: &["Mengutip Yonhap, Reuters melaporkan bahwa Korea Utara kembali menembakkan rudal balistik."],
            want: &[w("menembakkan rudal", Some("Yonhap"), Some("melaporkan"), &["Reuters"])],
        },
        Case {
            paras: &["Citing Russian sources, Daily NK reported that North Korea plans to send 1,000 workers to Donbas."],
            want: &[w("1,000 workers", Some("Russian sources"), Some("reported"), &["Daily NK"])],
        },
        Case {
            paras: &["Citing two officials familiar with the plan, The Morning Herald reported that the ferry talks had stalled."],
            want: &[w("the ferry talks had stalled", Some("two officials familiar with the plan"), Some("reported"), &["The Morning Herald"])],
        },
        // negative: the subject is no medium, so it speaks for itself; a cited medium
        // is then the outlet's own source
        Case {
            paras: &["Mengutip data BPS, Gubernur Andi Pratama menyatakan bahwa angka kemiskinan turun."],
            want: &[w("angka kemiskinan turun", Some("Andi Pratama"), Some("menyatakan"), &[])],
        },
        Case {
            paras: &["Mengutip Reuters, Menteri Luar Negeri Retno Marsudi mengatakan bahwa perundingan akan dilanjutkan."],
            want: &[w("perundingan akan dilanjutkan", Some("Retno Marsudi"), Some("mengatakan"), &["Reuters"])],
        },
        Case {
            paras: &["Citing poor economic growth, Senator Jane Roe said that the plan had failed."],
            want: &[w("the plan had failed", Some("Jane Roe"), Some("said"), &[])],
        },
    ]);
    let q = quote(
        &["Citing Russian sources, Daily NK reported that North Korea plans to send workers."],
        "workers",
    );
    assert_eq!(q.via[0].cue, "Citing");
}

// Rule 5: "…, kata media tersebut" after a sentence whose subject was a medium.

#[test]
fn media_anaphora() {
    check(&[
        Case {
            paras: &[
                "Outlet media Korea Selatan Daily NK mengatakan bahwa Korut menawarkan pekerja sukarela.",
                "Mengutip sumber-sumber Rusia, Daily NK membeberkan bahwa Korut berencana mengirim 1.000 pekerja. Pengiriman pekerja ini pun akan terjadi jika Rusia memenangkan perang, kata media tersebut.",
            ],
            want: &[w("Pengiriman pekerja", Some("Daily NK"), Some("kata"), &[])],
        },
        Case {
            paras: &["Harian Kompas memberitakan bahwa banjir merendam ratusan rumah. Air mulai surut pada Selasa pagi, kata surat kabar itu."],
            want: &[w("Air mulai surut", Some("Kompas"), Some("kata"), &[])],
        },
        Case {
            paras: &["Reuters reported that the talks had stalled.", "The delegations would meet again in May, the agency said."],
            want: &[w("meet again in May", Some("Reuters"), Some("said"), &[])],
        },
        Case {
            paras: &["Citing Russian sources, Daily NK reported that North Korea plans to send workers. The workers would only go if Russia won the war, the outlet said."],
            want: &[w("would only go", Some("Daily NK"), Some("said"), &[])],
        },
        // negative: no medium in the sentence before
        Case {
            paras: &["Presiden Joko Widodo meresmikan bendungan itu. Bendungan itu akan mengairi ribuan hektare sawah, kata media tersebut."],
            want: &[w("mengairi ribuan hektare", None, Some("kata"), &[])],
        },
        Case {
            paras: &["Menteri Keuangan Sri Mulyani mengatakan bahwa defisit anggaran melebar. Penerimaan pajak turun tajam, kata media tersebut."],
            want: &[w("Penerimaan pajak", None, Some("kata"), &[])],
        },
        // negative: the medium was two sentences back
        Case {
            paras: &["Reuters reported that the talks had stalled. Both sides left the capital on Monday. A new round is planned for May, the agency said."],
            want: &[w("A new round", None, Some("said"), &[])],
        },
    ]);
    let q = quote(
        &["Harian Kompas memberitakan bahwa banjir merendam ratusan rumah. Air mulai surut pada Selasa pagi, kata surat kabar itu."],
        "Air mulai",
    );
    // (the role the article gave Kompas before, not the words pointing back: rule 328)
    assert_eq!(q.speaker_role.as_deref(), Some("Harian"), "\"surat kabar itu\" is no role of Kompas");
}

// Rule 6: a quote interrupted by its own attribution is one statement, read "A … B"; a
// second piece with an attribution of its own is a statement of its own.

#[test]
fn quote_interrupted_by_its_attribution() {
    check(&[
        Case {
            paras: &["“The bridge will reopen in March,” the mayor said, “if the steel arrives on time.”"],
            want: &[w("reopen in March … if the steel", Some("the mayor"), Some("said"), &[])],
        },
        Case {
            paras: &["\"We will not sell the harbour,\" said Mr. Dunmore, a port official. \"Nobody asked us to.\""],
            want: &[w("sell the harbour … Nobody asked", Some("Mr. Dunmore"), Some("said"), &[])],
        },
        Case {
            paras: &["“Stok beras aman sampai akhir tahun,” kata Budi Santoso. “Kami sudah menyiapkan cadangan di setiap provinsi.”"],
            want: &[w("akhir tahun … Kami sudah", Some("Budi Santoso"), Some("kata"), &[])],
        },
        // a word may open the next piece's sentence
        Case {
            paras: &["“The pier is a safety risk,” Carl Dunn said. Instead, “it should be rebuilt from the ground.”"],
            want: &[w("safety risk … it should be rebuilt", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["\"Would you close the pier?\" Nora Vale pressed. \"Or repair it before the summer?\""],
            want: &[w("close the pier? … Or repair", Some("Nora Vale"), Some("pressed"), &[])],
        },
    ]);
    // each piece has its own attribution: two statements
    let got = run(&["“The bridge will reopen in March,” she said. “The steel is on its way,” she added."]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[1].cue.as_deref(), Some("added"));
    // a different speaker answers: two statements
    let got = run(&["“Will it reopen?” asked Mr. Lee, a resident. “In March,” said the mayor of the town."]);
    assert!(got.iter().all(|q| !q.text.contains('…')), "{got:#?}");
}

// Rule 7: after a quote, a speaker may carry an apposition before the cue, or be described
// without a name by any noun.

#[test]
fn speaker_after_a_quote() {
    check(&[
        Case {
            paras: &["\"The harbour stays open all winter,\" Robert Hale, a veteran port official, said on Monday."],
            want: &[w("harbour stays open", Some("Robert Hale"), Some("said"), &[])],
        },
        Case {
            paras: &["\"Nobody will lose a job,\" the company said in a note."],
            want: &[w("Nobody will lose", Some("the company"), Some("said"), &[])],
        },
        Case {
            paras: &["“We respect the decision of the league,” the football team wrote."],
            want: &[w("respect the decision", Some("the football team"), Some("wrote"), &[])],
        },
    ]);
    check(&[
        // a quote ending in a quote inside it: the last two marks close it
        Case {
            paras: &["''Most voters will not settle for 'We will fix it later,''' said Senator Ann Porter, referring to the vow."],
            want: &[w("settle for 'We will fix it later,'", Some("Ann Porter"), Some("said"), &[])],
        },
        // a name that is also a cue word
        Case {
            paras: &["\"We believe this is a good deal for the town,\" Read said."],
            want: &[w("good deal for the town", Some("Read"), Some("said"), &[])],
        },
        // a verb with its particle
        Case {
            paras: &["\"Reed wants to look tough tonight,\" Carl Dunn shot back. \"Let me finish my answer.\""],
            want: &[w("look tough tonight … Let me finish", Some("Carl Dunn"), Some("shot back"), &[])],
        },
        // a comma hands a quote to the clause before it when its verb ends it
        Case {
            paras: &["During the debate, Ann Porter cracked, “I'm a builder, but a builder who likes to finish things.”"],
            want: &[w("a builder who likes", Some("Ann Porter"), Some("cracked"), &[])],
        },
        // (after an aside that opens the sentence)
        Case {
            paras: &["Yet for all the talk that the storm would sink them - at the harbour meeting on Friday, Ann Porter joked, ''I'm a sailor who likes a calm sea'' - the ferries kept running."],
            want: &[w("a sailor who likes a calm sea", Some("Ann Porter"), Some("joked"), &[])],
        },
        // a modifier before an abbreviated title, and the party in brackets
        Case {
            paras: &["\"We are tying the town's hands,\" state Sen. Carl Dunn (D) said."],
            want: &[w("tying the town's hands", Some("Carl Dunn"), Some("said"), &[])],
        },
        // modifiers before the role noun, the name after it
        Case {
            paras: &["\"The count will take a week,\" said Harbour Trust campaign chairman Tom Reed."],
            want: &[w("count will take a week", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
    let q =
        quote(&["\"The count will take a week,\" said Harbour Trust campaign chairman Tom Reed."], "count");
    assert_eq!(q.speaker_role.as_deref(), Some("Harbour Trust campaign chairman"));
    // a relative clause's cue speaks for the noun phrase before it; a name right before a
    // participle says it
    check(&[
        Case {
            paras: &["The release linked to the Harbour Herald report, which notes, “Most of the skippers who met the mayor paid dues to the trust.”"],
            want: &[w("Most of the skippers", Some("the Harbour Herald report"), Some("notes"), &[])],
        },
        Case {
            paras: &["An exchange between the two aides has Reed saying, “We will have to publish all those pier letters sooner.”"],
            want: &[w("publish all those pier letters", Some("Reed"), Some("saying"), &[])],
        },
        // a word that opens a clause is no name
        Case {
            paras: &["During a rally later in the day, Reed attacked Porter over the pier, saying, \"She backed it and it failed the town.\""],
            want: &[w("She backed it", Some("Reed"), Some("saying"), &[])],
        },
    ]);
    // a full name that opens a sentence is whom a later "he" means; "jokes" hands a quote
    // over like "joked"
    check(&[
        Case {
            paras: &[
                "Carl Dunn was asked whether he knew. He answered, “Not a clue. We have sailed together for years.”",
            ],
            want: &[w("Not a clue", Some("Carl Dunn"), Some("answered"), &[])],
        },
        Case {
            paras: &[
                "Ann Porter is talking to voters about the pier. She jokes, “The queue for the ferry never ends!”",
            ],
            want: &[w("queue for the ferry never ends", Some("Ann Porter"), Some("jokes"), &[])],
        },
    ]);
    // a name after a subordinator, an aside that opens with a participle, a perfect
    check(&[Case {
        paras: &["The row began after Mr. Reed, asked about the closed pier, had said, ''I think our town does plenty of that also.''"],
        want: &[w("our town does plenty", Some("Mr. Reed"), Some("said"), &[])],
    }]);
    // press roles are roles
    let q = quote(&["\"The count will take a week,\" said political commentator Tom Reed."], "count");
    assert_eq!(q.speaker_role.as_deref(), Some("political commentator"));
    // "read" still reads a statement out
    let q = quote(&["\"The harbour stays closed until further notice,\" read the statement."], "harbour");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("the statement"), Some("read")));
    let q = quote(
        &["\"The harbour stays open all winter,\" Robert Hale, a veteran port official, said."],
        "harbour",
    );
    assert_eq!(q.speaker_role.as_deref(), Some("a veteran port official"));
}

// Rule 8: Indonesian reported speech in the shapes of regional news: the role before the
// name between commas, an attribution inside the sentence, a passive cue with "-nya".

#[test]
fn indonesian_reported_speech() {
    check(&[
        Case {
            paras: &["Sementara itu, Kepala Dinas Perhubungan Kabupaten Contoh, Budi Santoso, menjelaskan bahwa jembatan itu akan dibuka kembali pada Maret."],
            want: &[w("jembatan itu akan dibuka", Some("Budi Santoso"), Some("menjelaskan"), &[])],
        },
        Case {
            paras: &["Ketua KPU Contoh, Yosef J.C. Lamba, menjelaskan rapat pleno akan berlangsung dua hari di gedung serbaguna."],
            want: &[w("rapat pleno akan", Some("Yosef J.C. Lamba"), Some("menjelaskan"), &[])],
        },
        Case {
            paras: &["Kepala Dinas Perhubungan Budi Santoso meninjau jembatan pada Senin.", "Padahal, kata dia, perbaikan jembatan itu sudah dianggarkan sejak tahun lalu."],
            want: &[w("perbaikan jembatan itu", Some("Budi Santoso"), Some("kata"), &[])],
        },
        Case {
            paras: &["Kepala Dinas Perhubungan Budi Santoso meninjau jembatan pada Senin.", "Ditambahkannya, warga dapat memakai jalur alternatif selama perbaikan berlangsung."],
            want: &[w("warga dapat memakai", Some("Budi Santoso"), Some("Ditambahkannya"), &[])],
        },
        Case {
            paras: &["Ketua panitia, Rina Sukmawati, mengucapkan terima kasih kepada warga yang telah membantu sejak pagi."],
            want: &[w("terima kasih kepada warga", Some("Rina Sukmawati"), Some("mengucapkan"), &[])],
        },
    ]);
    let q = quote(&["Kepala Dinas Perhubungan Kabupaten Contoh, Budi Santoso, menjelaskan bahwa jembatan itu dibuka lagi Maret."], "jembatan");
    assert_eq!(q.speaker_role.as_deref(), Some("Kepala Dinas Perhubungan Kabupaten Contoh"));
    // a place between commas is no name of a speaker
    check_none(&["Di Kabupaten Contoh, Jawa Tengah, jembatan itu dibuka lagi pada Maret."]);
}

// Rule 9: a quote woven into reported speech is one indirect statement with its clause;
// a quote introduced by a colon or comma stays direct.

#[test]
fn quote_woven_into_reported_speech() {
    check(&[
        Case {
            paras: &[
                "The mayor said the bridge \"will reopen in March, whatever the weather\" after the repairs.",
            ],
            want: &[w("the bridge \"will reopen in March", Some("The mayor"), Some("said"), &[])],
        },
        Case {
            paras: &["The bridge \"will reopen in March, whatever the weather,\" the mayor said."],
            want: &[w("The bridge \"will reopen", Some("the mayor"), Some("said"), &[])],
        },
    ]);
    let q = quote(
        &["The mayor said the bridge \"will reopen in March, whatever the weather\" after the repairs."],
        "bridge",
    );
    assert!(!q.direct, "woven quote is indirect: {q:#?}");
    assert!(q.text.ends_with("after the repairs"), "{q:#?}");
    for introduced in [
        "The mayor told reporters: \"The bridge will reopen in March.\"",
        "Wali kota itu mengatakan, “Jembatan akan dibuka lagi pada Maret.”",
    ] {
        let got = run(&[introduced]);
        assert!(got.len() == 1 && got[0].direct, "{introduced:?} is a direct quote: {got:#?}");
    }
}

// Rule 10: English reported speech with the speaker as a described phrase, a titled name,
// or a role and name between commas; "said he had …" is no inverted attribution.

#[test]
fn english_reported_speech_subjects() {
    check(&[
        Case {
            paras: &["The bridge will stay closed until the steel arrives from the mill, Ms. Quayle said."],
            want: &[w("The bridge will stay closed", Some("Ms. Quayle"), Some("said"), &[])],
        },
        Case {
            paras: &["The Democratic mayoral candidate said the trip was for family reasons."],
            want: &[w("the trip was for family reasons", Some("The Democratic mayoral candidate"), Some("said"), &[])],
        },
        Case {
            paras: &["Inspectors are likely to visit the plant again in the spring, current and former officials said."],
            want: &[w("Inspectors are likely", Some("current and former officials"), Some("said"), &[])],
        },
        Case {
            paras: &["The author of the report, Maria Lopez, said in an interview that she stands by every figure in it."],
            want: &[w("she stands by every figure", Some("Maria Lopez"), Some("said"), &[])],
        },
        Case {
            paras: &["Even as the count moves to the north ward, a ward she hoped to carry, the vote will be close, said Carl Dunn, a local pollster."],
            want: &[w("the vote will be close", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            // the name after the cue opens a clause of its own: no inverted attribution
            paras: &["Ann Lee, a teacher from Dayton, says Smith will win the county easily."],
            want: &[w("Smith will win the county", Some("Ann Lee"), Some("says"), &[])],
        },
        Case {
            // capitalized modifiers of a described speaker: "Police officials"
            paras: &["Police officials said a second parcel was found near the station."],
            want: &[w("a second parcel was found", Some("Police officials"), Some("said"), &[])],
        },
        Case {
            // "that" after the clause has begun is a relative pronoun, not the content's start
            paras: &["Mayor Ann Lee said she was too busy to read the report that the council sent."],
            want: &[w("she was too busy to read the report", Some("Ann Lee"), Some("said"), &[])],
        },
        Case {
            // a reported clause ends at a semicolon
            paras: &["City officials said the closure was planned months ago; the mayor only learned of it on Friday."],
            want: &[w("the closure was planned months ago", Some("City officials"), Some("said"), &[])],
        },
    ]);
    let got = run(&[
        "City officials said the closure was planned months ago; the mayor only learned of it on Friday.",
    ]);
    assert!(got.iter().all(|q| !q.text.contains("the mayor")), "{got:#?}");
    check_none(&["Asked about the bridge, said he had placed more than 90 calls."]);
}

// Rule 11: a colon hands a quote to the subject of the clause before it; a described
// speaker named in an apposition is that name.

#[test]
fn colon_and_named_apposition() {
    check(&[
        Case {
            paras: &["The mayor then turned to the crowd again: “We will rebuild the bridge before winter.”"],
            want: &[w("rebuild the bridge", Some("The mayor"), Some("turned"), &[])],
        },
        Case {
            paras: &[
                "“The program deserves a close look,” the City Hall spokesman, Ben Ortiz, said on Thursday.",
            ],
            want: &[w("deserves a close look", Some("Ben Ortiz"), Some("said"), &[])],
        },
    ]);
    let q =
        quote(&["“The program deserves a close look,” the City Hall spokesman, Ben Ortiz, said."], "program");
    assert_eq!(q.speaker_role.as_deref(), Some("City Hall spokesman"));
}

// Rule 12: between an Indonesian speaker and the cue may stand the occasion ("dalam
// sambutannya", "saat diwawancarai") or the speaker's academic degrees.

#[test]
fn occasion_and_degrees_before_the_cue() {
    check(&[
        Case {
            paras: &["Kepala Dinas Pendidikan Budi Santoso dalam sambutannya menyampaikan apresiasi kepada para guru yang hadir sejak pagi."],
            want: &[w("apresiasi kepada para guru", Some("Budi Santoso"), Some("menyampaikan"), &[])],
        },
        Case {
            paras: &["Rektor Universitas Contoh, Rina Sukmawati, saat diwawancarai di sela kegiatan menyampaikan bahwa arsip lama akan dimusnahkan."],
            want: &[w("arsip lama akan dimusnahkan", Some("Rina Sukmawati"), Some("menyampaikan"), &[])],
        },
        Case {
            paras: &["Wakil Rektor Bidang Akademik Dr. Agus Santoso, S.T., M.M., menjelaskan bahwa proses akreditasi berlangsung dalam beberapa tahap."],
            want: &[w("proses akreditasi berlangsung", Some("Agus Santoso"), Some("menjelaskan"), &[])],
        },
    ]);
}

// Rule 13: more ways English news hands a quote to its speaker: a bracketed party and state
// after the name, a longer phrase ending in the name, a participle after a comma, "according
// to", a dash signature, and present-tense cues.

#[test]
fn english_speaker_phrases_around_a_quote() {
    check(&[
        Case {
            paras: &["“The harbour needs a new breakwater,” Rep. Ann Quayle (D-Ore.) said."],
            want: &[w("new breakwater", Some("Ann Quayle"), Some("said"), &[])],
        },
        Case {
            paras: &["“We are pleased with the ruling,” harbour authority lawyer Mark Keel said."],
            want: &[w("pleased with the ruling", Some("Mark Keel"), Some("said"), &[])],
        },
        Case {
            paras: &["“The tide tables were wrong all year,” Mr. Tarn of the Harbour Trust said on Monday."],
            want: &[w("tide tables were wrong", Some("Mr. Tarn of the Harbour Trust"), Some("said"), &[])],
        },
        Case {
            paras: &["Mayor Ellen Brook issued a statement on the closure, saying, “The ferries will run from the south pier until March.”"],
            want: &[w("ferries will run", Some("Ellen Brook"), Some("saying"), &[])],
        },
        Case {
            paras: &["“The pier will reopen in spring,” according to spokesman Tom Reed."],
            want: &[w("reopen in spring", Some("Tom Reed"), Some("according to"), &[])],
        },
        Case {
            paras: &["“I would rather take the long road than the broken bridge.” ― Nora Vale"],
            want: &[w("long road", Some("Nora Vale"), Some("―"), &[])],
        },
        Case {
            paras: &["“Will you pledge to rebuild the pier this year?” Mayor Ellen Brook asks."],
            want: &[w("rebuild the pier", Some("Ellen Brook"), Some("asks"), &[])],
        },
        Case {
            paras: &["“The harbour has always been our home,” said the 51-year-old."],
            want: &[w("always been our home", Some("the 51-year-old"), Some("said"), &[])],
        },
    ]);
    // the statement goes on after an attribution that is a sentence of its own
    let q = quote(&["“Does anybody know where the ferry went?” Reed asked. “Neither do I.”"], "ferry went");
    assert!(q.text.contains("Neither do I"), "{q:#?}");
    // a show's name in quotes inside the attribution is no part of the statement
    let paras = ["“The pier is a sham,” Vale said Sunday on Harbour TV's “Morning Port.” “Just look at it.”"];
    let q = quote(&paras, "pier is a sham");
    assert!(!q.text.contains("Morning Port"), "{q:#?}");
    assert!(q.text.contains("Just look at it"), "{q:#?}");
}

// Rule 14: reported speech without "that" and its speaker: a whole noun phrase opening the
// clause, a name with a capitalised apposition or an age before one, a participle after a
// comma; the report ends where the speaker's own next clause begins.

#[test]
fn english_reported_speech_and_its_speaker() {
    check(&[
        Case {
            paras: &["In the harbour town, half of the harbour residents said they were angry."],
            want: &[w("they were angry", Some("half of the harbour residents"), Some("said"), &[])],
        },
        Case {
            paras: &["Senator Ann Quayle, Democrat of Oregon, said the harbour fund has sent the wrong message."],
            want: &[w("harbour fund has sent", Some("Ann Quayle"), Some("said"), &[])],
        },
        Case {
            paras: &["Tom Reed, 49, a ferry pilot who now is a harbour clerk, said the pier should be rebuilt first."],
            want: &[w("pier should be rebuilt", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Sen. Ann Quayle (D-Ore.) told reporters that the harbour fund had been spent twice."],
            want: &[w("harbour fund had been spent twice", Some("Ann Quayle"), Some("told"), &[])],
        },
        Case {
            paras: &["The harbour board's new chair, Nora Vale, voiced support for the ferry plan, saying the pier will pay for itself."],
            want: &[w("pier will pay for itself", Some("Nora Vale"), Some("saying"), &[])],
        },
        Case {
            paras: &["Nora Vale refused to name a candidate, aside from saying she wants a sailor on the board."],
            want: &[w("she wants a sailor on the board", Some("Nora Vale"), Some("saying"), &[])],
        },
        Case {
            paras: &["Nora Vale walked the length of the pier on Monday and said the repairs were months late."],
            want: &[w("repairs were months late", Some("Nora Vale"), Some("said"), &[])],
        },
        Case {
            paras: &["In the harbour poll, 52 percent said the pier should close for the winter."],
            want: &[w("pier should close", Some("52 percent"), Some("said"), &[])],
        },
        Case {
            paras: &["Harbour conservationists say the new pier will harm the seagrass beds."],
            want: &[w("will harm the seagrass", Some("Harbour conservationists"), Some("say"), &[])],
        },
        Case {
            paras: &["Mayor Ellen Brook defended the closure, saying it keeps the ferries safe in winter."],
            want: &[w("keeps the ferries safe", Some("Ellen Brook"), Some("saying"), &[])],
        },
    ]);
    let q = quote(
        &["The former mayor said closing the pier was wrong, but she denied that she ordered it."],
        "pier was wrong",
    );
    assert!(!q.text.contains("denied"), "the report ends before her own next clause: {q:#?}");
    // two statements in one sentence: what was announced, then what was said of it
    let paras = ["Mayor Ellen Brook announced that the south pier will reopen in May, saying the repairs cost less than feared."];
    let announced = quote(&paras, "south pier will reopen");
    assert!(!announced.text.contains("repairs"), "{announced:#?}");
    let said = quote(&paras, "repairs cost less");
    assert_eq!(
        (said.speaker.as_deref(), said.cue.as_deref()),
        (Some("Ellen Brook"), Some("saying")),
        "{said:#?}"
    );
    // the noun phrase after an inverted cue is no speaker when a verb follows it
    let got =
        run(&["Senator Ann Quayle, Democrat of Oregon, said the harbour fund has sent the wrong message."]);
    assert!(got.iter().all(|q| !q.text.contains("Democrat of Oregon")), "{got:#?}");
}

// Rule 15: more direct quotes and their speakers: a description with a name in apposition
// after the quote, a capitalised description, a sentence that opens with the inverted cue,
// a verb joined to the cue, a short utterance the sentence ends with, a written statement
// ("read the statement"), and a piece after "But" that goes on from the attribution.

#[test]
fn english_direct_quotes_and_their_speakers() {
    check(&[
        Case {
            paras: &["“He had it coming,” the ferryman, Tom Reed, told reporters."],
            want: &[w("had it coming", Some("Tom Reed"), Some("told"), &[])],
        },
        Case {
            paras: &["“The fund paid for the new pier and the dredging,” the Quayle campaign explained in its release."],
            want: &[w("paid for the new pier", Some("the Quayle campaign"), Some("explained"), &[])],
        },
        Case {
            paras: &["Said Nora Vale, who grew up by the harbour, “We were all proud of that pier.”"],
            want: &[w("proud of that pier", Some("Nora Vale"), Some("Said"), &[])],
        },
        Case {
            paras: &["Asked about the pier, Mayor Ellen Brook laughed and said, “We will see about it.”"],
            want: &[w("We will see about it", Some("Ellen Brook"), Some("said"), &[])],
        },
        Case {
            paras: &["Asked about the date, Mayor Ellen Brook said, “We’ll see.”"],
            want: &[w("We’ll see", Some("Ellen Brook"), Some("said"), &[])],
        },
        Case {
            paras: &["“The ferries will run from the south pier until March,” read the statement."],
            want: &[w("ferries will run", Some("the statement"), Some("read"), &[])],
        },
    ]);
    let q = quote(
        &["“I don’t think the pier is finished,” Ellen Brook said outside the hall. But “the south pier will open in May.”"],
        "pier is finished",
    );
    assert!(q.text.contains("south pier will open"), "the piece after 'But' goes on: {q:#?}");
    // an attribution that is a sentence of its own is no reported speech of its own
    let got = run(&["“Will the pier open this year?” Ellen Brook asked during her visit to the harbour office. “Nobody knows.”"]);
    assert!(got.iter().all(|q| !q.text.starts_with("during")), "{got:#?}");
    assert_eq!(got.len(), 1, "{got:#?}");
}

// Rule 16: a quote the reporter's words hand over to: a bare quote right after a reported
// statement goes on with it; a participle after "upon"; a cue completing a verb ("went on
// to say"); an opening mark typed for the closing one, and a closing one for the opening.

#[test]
fn quotes_handed_over_by_the_reporter() {
    let q = quote(
        &["Ferries should keep to the timetable and not blame the weather, Tom Reed told reporters. “This is plainly irresponsible.”"],
        "keep to the timetable",
    );
    assert!(q.text.contains("plainly irresponsible"), "the bare quote goes on with the report: {q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"));
    // a speaker's quote runs on into the next paragraph
    let q = quote(
        &[
            "“The pier will close in May,” Ellen Brook said.",
            "“After that, the ferries leave from the south quay.”",
        ],
        "pier will close",
    );
    assert!(q.text.contains("south quay"), "{q:#?}");
    check(&[
        Case {
            paras: &["Nora Vale was jeered upon saying, “The pier was never safe.”"],
            want: &[w("pier was never safe", Some("Nora Vale"), Some("saying"), &[])],
        },
        Case {
            paras: &[
                "Nora Vale said the hearing had run for an hour.",
                "She went on to say, “The pier was never safe for the ferries.”",
            ],
            want: &[w("never safe for the ferries", Some("Nora Vale"), Some("say"), &[])],
        },
        Case {
            paras: &["“Do you want the pier to close for good?“ Ellen Brook asked."],
            want: &[w("pier to close for good", Some("Ellen Brook"), Some("asked"), &[])],
        },
        Case {
            paras: &[
                "“The ferry is late again,” Tom Reed, 30, of Salem, Ore., who rides it daily, said by phone.",
            ],
            want: &[w("ferry is late again", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["”The pier was never safe for the ferries,” Ellen Brook said."],
            want: &[w("never safe for the ferries", Some("Ellen Brook"), Some("said"), &[])],
        },
    ]);
}

// Rule 17: Indonesian speakers with where, when and to whom before the cue, and statements
// that go on after a mid-sentence attribution ("…, menurut X, …", "Pesan pertama kata dia, …").

#[test]
fn indonesian_occasion_before_the_cue_and_attribution_inside_the_sentence() {
    check(&[
        Case {
            paras: &["Kepala Bidang Pendidikan Rina Sukmawati di Sukamaju Senin, mengatakan bahwa sekolah harus membuka kelas sore."],
            want: &[w("membuka kelas sore", Some("Rina Sukmawati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Dosen Universitas Contoh, Budi Santoso, kepada Warta Contoh, Minggu (1/12) mengatakan, pembatasan plastik sekali pakai patut ditiru sekolah lain."],
            want: &[w("patut ditiru sekolah lain", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Kepala Badan Penyuluhan Pertanian Kabupaten Contoh (BPPK), Rina Sukmawati, menyampaikan bahwa seribu kelompok tani telah terbentuk."],
            want: &[w("seribu kelompok tani", Some("Rina Sukmawati"), Some("menyampaikan"), &[])],
        },
        Case {
            paras: &["Dermaga baru itu, menurut Bupati Hendro Wijaya, akan dibuka untuk semua kapal nelayan."],
            want: &[w("akan dibuka untuk semua kapal", Some("Hendro Wijaya"), Some("menurut"), &[])],
        },
        Case {
            paras: &["Rina Sukmawati menyampaikan tiga pesan. Pesan pertama kata dia, nelayan adalah tulang punggung ekonomi desa."],
            want: &[w("nelayan adalah tulang punggung", Some("Rina Sukmawati"), Some("kata"), &[])],
        },
    ]);
    // the statement with its subject before the attribution, the attribution cut from its
    // text; not the connective before it
    let q = quote(
        &["Dermaga baru itu, menurut Bupati Hendro Wijaya, akan dibuka untuk semua kapal nelayan."],
        "kapal nelayan",
    );
    assert_eq!(q.text, "Dermaga baru itu … akan dibuka untuk semua kapal nelayan", "{q:#?}");
    let q = quote(
        &["Selain itu, menurut Bupati Hendro Wijaya, warga desa akan mendapat air bersih."],
        "air bersih",
    );
    assert_eq!(q.text, "warga desa akan mendapat air bersih", "{q:#?}");
}

// Rule 18: positions and evidence reported without speech: a stance verb ("called for",
// "criticized", "wants") or what a poll or study shows makes a reported claim of the
// subject's, an opinion or an assertion; a capitalised "Show" in a name is no such verb.

#[test]
fn stances_and_evidence_are_reported_claims() {
    check(&[
        Case {
            paras: &["Mayor Ellen Brook called for a new breakwater before the winter storms."],
            want: &[w("a new breakwater", Some("Ellen Brook"), Some("called for"), &[])],
        },
        Case {
            paras: &["A Harbour Trust survey shows most ferry riders would pay more for a safer pier."],
            want: &[w(
                "most ferry riders would pay more",
                Some("A Harbour Trust survey"),
                Some("shows"),
                &[],
            )],
        },
    ]);
    let claim = quote(
        &["Mayor Ellen Brook criticized the decision to close the south pier."],
        "close the south pier",
    );
    assert_eq!(claim.certainty, jejak_model::Certainty::Opinion, "{claim:#?}");
    let evidence = quote(
        &["A Harbour Trust survey showed that riders would pay more for a safer pier."],
        "riders would pay",
    );
    assert_eq!(evidence.certainty, jejak_model::Certainty::Assertive, "{evidence:#?}");
    check_none(&["Pemkab Contoh menggelar lomba perahu dan bazar murah di alun-alun."]);
    // where or how, not what
    check_none(&["Ellen Brook reported from the south pier.", "Tom Reed responded with a shrug."]);
}

// Rule 19: speakers set off by commas and circumstances between cue and quote: "Menurut"
// followed by a role and a name in apposition, a bare pronoun after "Menurut", a speaker
// named with where they are from, a cue separated from its quote by where it was said; a
// quoted programme after "told" is the addressee, not the quote; "went on" hands a quote
// over; a reported clause ends at a second cue or at the reporter's closing comment.

#[test]
fn appositions_circumstances_and_clause_ends() {
    check(&[
        Case {
            paras: &["Menurut Kepala Desa Contoh, Rudi Hartono, nama desa itu berasal dari sebuah prasasti kuno."],
            want: &[w("berasal dari sebuah prasasti", Some("Rudi Hartono"), Some("Menurut"), &[])],
        },
        Case {
            paras: &["Siti Aminah mengatakan banjir selalu merugikan petani kecil. Menurut dia tak sedikit petani yang kemudian kehilangan sawahnya."],
            want: &[w("tak sedikit petani", Some("Siti Aminah"), Some("Menurut"), &[])],
        },
        Case {
            paras: &["Karena itu Sari sangat berharap seleksi tahap kedua memberikan peluang bagi para guru honorer."],
            want: &[w("seleksi tahap kedua", Some("Sari"), Some("berharap"), &[])],
        },
        Case {
            paras: &["One pastor backing the mayor, Dan Whitfield of Grace Chapel in Easton, said he had called more than 100 families."],
            want: &[w("he had called more than 100 families", Some("Dan Whitfield"), Some("said"), &[])],
        },
        Case {
            paras: &["Last week Dahlia Morgan announced on her campaign page, in capital letters, \"We are leaving the old party and joining the new one!\""],
            want: &[w("We are leaving the old party", Some("Dahlia Morgan"), Some("announced"), &[])],
        },
        Case {
            paras: &["\"We have to build the seawall this year,\" the harbour board chairman told \"Morning Tide\" on Monday."],
            want: &[w("build the seawall", Some("the harbour board chairman"), Some("told"), &[])],
        },
        Case {
            paras: &["Mayor Ellen Brook spoke on Monday. \"We should build it again, and we should start this very week,\" she went on."],
            want: &[w("start this very week", Some("Ellen Brook"), Some("went on"), &[])],
        },
    ]);
    // a speech participle after a quote's attribution reports the speaker's next statement
    check(&[Case {
        paras: &["\"The day the pledge was broken, it became personal,\" Tom Reed said, adding that he would not back the mayor again."],
        want: &[w("he would not back the mayor", Some("Tom Reed"), Some("adding"), &[])],
    }]);
    // a verb of saying as a purpose or inside a name is no cue; a headline's capital one is
    check_none(&[
        "Dinas memberi kesempatan bagi para nelayan untuk melanjutkan pelatihan ke tingkat lanjut.",
        "Tradisi itu dikaitkan dengan Gubernur Harun Abu Said Rahman di Provinsi Contoh.",
        // a circumstance that ends the sentence reports no words
        "Carl Dunn said during the long debate in the chamber.",
        "Rudi Hartono mengatakan di sela acara di Jakarta.",
        // (also with a clause of its own that says when: "said … while she walked …")
        "Mayor Ellen Brook said on Tuesday while she walked to the quay.",
        // (or with a second predicate after its comma: "…, dan langsung membagikan …")
        "Koperasi nelayan mengumumkan di balai desa pada Senin pagi , dan langsung membagikan kupon kepada anggota.",
    ]);
    check(&[Case {
        paras: &[
            "Mayor Ellen Brook said on Tuesday while she walked to the quay that the pier must stay open.",
        ],
        want: &[w("the pier must stay open", Some("Ellen Brook"), Some("said"), &[])],
    }]);
    let q = quote(
        &["Mayor Ellen Brook said on Tuesday while she walked to the quay that the pier must stay open."],
        "pier",
    );
    assert!(!q.text.contains("Tuesday"), "{q:#?}");
    // … and a bare quote after such a sentence is the announced speaker's
    check(&[Case {
        paras: &[
            "Carl Dunn said during the long debate in the chamber. \"I don't think the pier can wait.\"",
        ],
        want: &[w("the pier can wait", Some("Carl Dunn"), Some("said"), &[])],
    }]);
    // a programme's title in quotation marks is part of the circumstance
    let got = run(&["“Mending nets, that is my work,” Carl Dunn said in June on the show “Harbour Talk.”"]);
    assert_eq!(got.len(), 1, "{got:#?}");
    // … but a circumstance before the words does not hide them
    check(&[
        Case {
            paras: &["Carl Dunn said on Monday the pier would close."],
            want: &[w("the pier would close", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["Ann Porter vowed to rebuild the pier before the summer season."],
            want: &[w("to rebuild the pier", Some("Ann Porter"), Some("vowed"), &[])],
        },
    ]);
    check(&[Case {
        paras: &["Mayor Ellen Brook Says She Will Rebuild The South Pier"],
        want: &[w("She Will Rebuild The South Pier", Some("Ellen Brook"), Some("Says"), &[])],
    }]);
    // the programme after "told" is no quote
    let got = run(&["\"We have to build the seawall this year,\" the harbour board chairman told \"Morning Tide\" on Monday."]);
    assert!(got.iter().all(|q| !q.text.contains("Morning Tide")), "{got:#?}");
    // the role after a mid-sentence "menurut" is the speaker's, not the statement
    let q = quote(
        &["Pantai itu wajib dikunjungi, menurut Lina Marpaung, Kepala Tim Wisata di Pulau Contoh."],
        "wajib dikunjungi",
    );
    assert!(!q.text.contains("Kepala Tim"), "{q:#?}");
    // a second statement and the reporter's comment are not the first statement
    let q =
        quote(&["Porter said she had met with the builders twice but said neither had any sway."], "twice");
    assert!(!q.text.contains("neither"), "{q:#?}");
    let q = quote(
        &["Council Speaker Tom Reed said he would stop defending the plan, which has set off a row."],
        "defend",
    );
    assert!(!q.text.contains("row"), "{q:#?}");
}

// Rule 20: a headline that names its speaker before a colon is that speaker's claim; a
// dateline or a label before a colon is not. A quotation after "that" is reported speech.

#[test]
fn colon_headlines_and_quotations_after_that() {
    check(&[
        Case {
            paras: &["Brook: Harbour Fund Sent The Wrong Message", "The mayor spoke on Monday."],
            want: &[w("Harbour Fund Sent The Wrong Message", Some("Brook"), Some(":"), &[])],
        },
        Case {
            paras: &["Prabowo: Harga Pupuk Turun Bulan Depan", "Presiden berbicara di Jakarta."],
            want: &[w("Harga Pupuk Turun Bulan Depan", Some("Prabowo"), Some(":"), &[])],
        },
        Case {
            // a name alone before a colon and a quotation
            paras: &["Reed: “We will win the harbour ward.”", "Tom Reed spoke to a packed hall."],
            want: &[w("We will win the harbour ward", Some("Tom Reed"), Some(":"), &[])],
        },
        Case {
            // a transcript's speaker label (PolNeAR)
            paras: &["PORTER: Councillor Reed does not get to pick the date we vote. Least of all while he runs such a bitter campaign."],
            want: &[w("Councillor Reed does not get to pick", Some("PORTER"), Some(":"), &[])],
        },
    ]);
    check_none(&[
        "Foto: Warga Antre Di Depan Balai Desa Contoh",
        "The Latest: Brook carries the south ward by a wide margin",
    ]);
    let got = run(&["Jakarta: Ketua serikat nelayan meminta pemerintah menjelaskan aturan soal solar."]);
    assert!(got.iter().all(|q| q.cue.as_deref() != Some(":")), "a dateline is no speaker: {got:#?}");
    let q = quote(&["Reed said that “we need more time” to weigh the ferry deal on Tuesday."], "more time");
    assert!(!q.direct && q.text.starts_with("that"), "{q:#?}");
}

// Rule 21: what polls, reports and records show is a claim with them for its source, when
// such a noun heads the subject ("New harbour polls out Monday show …", "…, council records
// show.", "In a Harbour Trust poll last month, …"); the same verbs after a clause of a
// person's own, or as a purpose, are not.

#[test]
fn what_polls_and_records_show() {
    check(&[
        Case {
            paras: &["New harbour polls out Monday show Ellen Brook up by four points in the south ward."],
            want: &[w(
                "Ellen Brook up by four points",
                Some("New harbour polls out Monday"),
                Some("show"),
                &[],
            )],
        },
        Case {
            paras: &["The south ward is a critical battleground, and recent polls show Ellen Brook with a double-digit lead."],
            want: &[w("Ellen Brook with a double-digit lead", Some("recent polls"), Some("show"), &[])],
        },
        Case {
            paras: &["More than 40 percent of the money arrived in February alone, council records show."],
            want: &[w("More than 40 percent of the money", Some("council records"), Some("show"), &[])],
        },
        Case {
            paras: &["In a Harbour Trust poll last month, Ellen Brook led Tom Reed by ten points."],
            want: &[w(
                "Ellen Brook led Tom Reed",
                Some("a Harbour Trust poll last month"),
                Some("In"),
                &[],
            )],
        },
        Case {
            paras: &[
                "Data Dinas Pendidikan memperlihatkan, terdapat sekitar 2.000 guru yang belum bersertifikat.",
            ],
            // (the office gave the figures out: it is the speaker, as after "menurut data")
            want: &[w("sekitar 2.000 guru", Some("Dinas Pendidikan"), Some("memperlihatkan"), &[])],
        },
    ]);
    check_none(&[
        "Selesai kuliah S2, Rina menunjukkan kerja keras di bidang perikanan dengan membangun sebuah koperasi.",
        "Acara itu memakai hasil tangkapan nelayan untuk menunjukkan besarnya pasar ikan lokal.",
    ]);
}

// Rule 22: Indonesian passive cue before its speaker ("Ditambahkan Nur Rahman, …": any
// verb of saying in its di- form), a name opening the sentence with a relative clause (or
// nothing) up to the comma before the cue, a described person pointed back to with "ini", "kalau" for "bahwa" right after a cue, and "yakin" as a belief,
// an opinion.

#[test]
fn indonesian_passive_cue_first_and_spoken_complementizer() {
    check(&[
        Case {
            paras: &["Ditambahkan Nur Rahman, kecelakaan kerja bisa terjadi di mana saja."],
            want: &[w("kecelakaan kerja bisa terjadi", Some("Nur Rahman"), Some("Ditambahkan"), &[])],
        },
        Case {
            paras: &["Rina yang juga anggota komisi pendidikan DPRD itu, sangat berharap sekolah kejuruan segera berbenah."],
            want: &[w("sekolah kejuruan segera berbenah", Some("Rina"), Some("berharap"), &[])],
        },
        Case {
            paras: &["Alex Tan, menyampaikan peluang menulis buku sejarah lokal masih terbuka lebar."],
            want: &[w("peluang menulis buku sejarah", Some("Alex Tan"), Some("menyampaikan"), &[])],
        },
        Case {
            paras: &["Sementara, Yoga Pratama pimpinan Teater Contoh, mengaku tidak mengira bahwa pementasan mereka akan ditonton ribuan orang."],
            want: &[w("pementasan mereka akan ditonton", Some("Yoga Pratama"), Some("mengaku"), &[])],
        },
        Case {
            paras: &["Yoga Pratama, pimpinan produksi mengaku terkejut atas ramainya penonton malam itu."],
            want: &[w("terkejut atas ramainya penonton", Some("Yoga Pratama"), Some("mengaku"), &[])],
        },
        Case {
            // a person introduced, not quoted, is whom the next "ia" means
            paras: &["Tidak hanya itu, Bayu Saputra, seorang penonton dari Sukamaju, juga menyampaikan rasa senangnya. Ia berharap pentas seperti ini rutin digelar."],
            want: &[w("pentas seperti ini rutin digelar", Some("Bayu Saputra"), Some("berharap"), &[])],
        },
        Case {
            // a name that ends in a role word is still a name
            paras: &["Bayu Hakim, seorang penonton dari Sukamaju, mengatakan pentas itu sangat menghibur."],
            want: &[w("pentas itu sangat menghibur", Some("Bayu Hakim"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Mendagri mencontohkan, sejumlah negara kecil terbukti maju karena ditopang SDM berkualitas."],
            want: &[w("sejumlah negara kecil terbukti maju", Some("Mendagri"), Some("mencontohkan"), &[])],
        },
        Case {
            paras: &["Sri Sukmawati menyimpulkan kalau tambahan penghasilan hanya diterima guru honorer bersertifikat."],
            want: &[w("tambahan penghasilan hanya diterima", Some("Sri Sukmawati"), Some("menyimpulkan"), &[])],
        },
    ]);
    // a person described and pointed back to, the name inside the description
    let q = quote(
        &["Perempuan yang akrab disapa Rina ini menjelaskan, data dinas tersebut harus segera diperbarui."],
        "data dinas",
    );
    assert!(q.speaker.as_deref().is_some_and(|s| s.contains("Rina")), "{q:#?}");
    let q = quote(
        &["Budi Santoso yakin rumah sakit pendidikan itu akan membuka banyak lapangan kerja."],
        "rumah sakit",
    );
    assert_eq!(q.certainty, jejak_model::Certainty::Opinion, "{q:#?}");
}

// Rule 23 (own sentences, written after patterns seen in news text): a description that
// leads to a name keeps its speaker unnamed ("a spokesman for Reed" is not Reed); a named
// owner's people or description speak ("Reed's office said", "Brook's spokeswoman, Dana
// Quayle, said"); a quote announced by a colon closing the paragraph before is the
// statement itself; a quote in the next sentence goes on with the one before only when it
// opens that sentence; a sentence may hold a second statement of the same speaker; a name
// opening the sentence keeps its cue across what describes it; Indonesian occasions,
// adverbs and roles between speaker and cue; sentences glued together by scraping.

#[test]
fn descriptions_owners_and_announced_quotes() {
    check(&[
        Case {
            paras: &["“The merger deserves a careful review,” said a spokesman for Harbour Ferries."],
            want: &[w("deserves a careful review", Some("a spokesman for Harbour Ferries"), Some("said"), &[])],
        },
        Case {
            paras: &["A spokeswoman for Ellen Brook says neither the mayor nor her staff knew of the visit."],
            want: &[w("neither the mayor", Some("A spokeswoman for Ellen Brook"), Some("says"), &[])],
        },
        Case {
            paras: &["A person close to Reed said, “I think he will try to mend fences with the council.”"],
            want: &[w("mend fences with the council", Some("A person close to Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["People familiar with the plan said the sale was close to being signed."],
            want: &[w("the sale was close", Some("People familiar with the plan"), Some("said"), &[])],
        },
        Case {
            // "no." ends a sentence unless a number follows
            paras: &["\"Should the ferry company be fined for a storm?\" Brook asked, shaking her head no. \"But I do think the owners should answer for the delays.\""],
            want: &[w("ferry company be fined", Some("Brook"), Some("asked"), &[])],
        },
        Case {
            // the attribution alone is the next sentence, however long the speaker's title
            paras: &["\"Is it wise to wait?\" Nora Vale, the harbour board's senior adviser on safety and coastal shipping, said at a port conference Thursday."],
            want: &[w("Is it wise to wait", Some("Nora Vale"), Some("said"), &[])],
        },
        Case {
            // a position and a statement joined in one sentence: two statements, one speaker
            paras: &["Last week, Harbour Commissioner Ann Porter called the pier repairs \"badly managed,\" but said no one should lose their job over them."],
            want: &[
                w("badly managed", Some("Ann Porter"), Some("called"), &[]),
                w("no one should lose their job", Some("Ann Porter"), Some("said"), &[]),
            ],
        },
        Case {
            // a possessive ends the name a later pronoun points back to
            paras: &["Council staff were reading Port Director Ann Porter's report on Tuesday.", "She said the repairs had been \"badly managed\" for years."],
            want: &[w("badly managed", Some("Ann Porter"), Some("said"), &[])],
        },
        Case {
            // a name opening the sentence, then what describes it up to the cue's comma
            paras: &["Joan Miller, a Reed volunteer from Dover, Del., attending the North Harbour Neighbourhood Association meeting, said she could not back the plan but understood why others did."],
            want: &[w("she could not back the plan", Some("Joan Miller"), Some("said"), &[])],
        },
        Case {
            // a role opening the sentence, the name and degrees after it
            paras: &["Ketua Panitia Lomba Sains , Dr. Wati Rahayu , S.Pd. , M.Si. , mengatakan bahwa lomba tahun ini diikuti tiga ratus siswa."],
            want: &[w("lomba tahun ini diikuti", Some("Wati Rahayu"), Some("mengatakan"), &[])],
        },
        Case {
            // "Menurut" and a name with no comma before the statement
            paras: &["Menurut Budi cara seperti ini perlu dipahami oleh semua pengurus koperasi."],
            want: &[w("cara seperti ini perlu dipahami", Some("Budi"), Some("Menurut"), &[])],
        },
        Case {
            // "sendiri" between the speaker and the cue
            paras: &["Sementara itu , Darto sendiri mengaku kecewa karena bantuan itu datang terlambat."],
            want: &[w("kecewa karena bantuan itu", Some("Darto"), Some("mengaku"), &[])],
        },
        Case {
            // a role, a comma, then the name and its cue: the role is no statement
            paras: &["Kepala Dinas Perikanan Kabupaten Contoh , Rudi Hartono mengungkapkan , rasa bangganya atas panen tahun ini."],
            want: &[w("rasa bangganya atas panen", Some("Rudi Hartono"), Some("mengungkapkan"), &[])],
        },
        Case {
            // "secara resmi" between speaker and cue; a role after "selaku"
            paras: &["Dalam sambutannya , Bupati Rahmat Hidayat secara resmi mengumumkan pembukaan pasar ikan yang baru."],
            want: &[w("pembukaan pasar ikan", Some("Rahmat Hidayat"), Some("mengumumkan"), &[])],
        },
        Case {
            paras: &["Dedi Kurnia selaku ketua panitia lomba mengatakan lomba itu digelar untuk menyambut ulang tahun kabupaten."],
            want: &[w("lomba itu digelar", Some("Dedi Kurnia"), Some("mengatakan"), &[])],
        },
        Case {
            // a described speaker pointed back to, capitalised words and all
            paras: &["Di depan anggota dewan , Ketua Yayasan Harapan Contoh itu juga menyampaikan rencana pembangunan asrama baru."],
            want: &[w("rencana pembangunan asrama", Some("Ketua Yayasan Harapan Contoh itu"), Some("menyampaikan"), &[])],
        },
        Case {
            // an occasion with a name in it, ending in "-nya"
            paras: &["Rina Kusuma dalam Facebook resminya menjelaskan , pendaftaran lomba ditutup akhir bulan ini."],
            want: &[w("pendaftaran lomba ditutup", Some("Rina Kusuma"), Some("menjelaskan"), &[])],
        },
        Case {
            // an adverb of manner between speaker and cue
            paras: &["Brook emphatically proclaimed at a news conference, “I never moved any public money into my campaign.”"],
            want: &[w("I never moved any public money", Some("Brook"), Some("proclaimed"), &[])],
        },
        Case {
            // a statement named before the quote's comma
            paras: &["Shortly after the storm, Reed issued a statement, “This morning, the harbour took its worst beating in decades.”"],
            want: &[w("the harbour took", Some("Reed"), Some("issued"), &[])],
        },
        Case {
            // a quotation right after the cue is what was said, not what came before it
            paras: &["Some in the hall clapped, and when Brook thanked the volunteers, a man yelled “Go home!”"],
            want: &[w("Go home!", Some("a man"), Some("yelled"), &[])],
        },
        Case {
            // a cue joined by "and" (and an adverb) to the clause's verb
            paras: &["Nora Vale said the officer had asked for her papers.", "She then waves at her brother on the quay and quietly says, \"Do not untie the boat,\" until the ferry leaves."],
            want: &[w("Do not untie the boat", Some("Nora Vale"), Some("says"), &[])],
        },
        Case {
            paras: &["“The mayor has been clear,” Brook’s spokeswoman, Dana Quayle, said at the quay on Monday."],
            want: &[w("The mayor has been clear", Some("Dana Quayle"), Some("said"), &[])],
        },
        Case {
            paras: &["\"We will not comment on the audit,\" Reed's office said in a statement."],
            want: &[w("We will not comment", Some("Reed's office"), Some("said"), &[])],
        },
        Case {
            paras: &[
                "The Morning Herald confirmed that account, reporting:",
                "\"As the port authority slowly took over the ferry company in three steps, a stream of money reached the foundation.\"",
            ],
            want: &[w("As the port authority slowly took over", Some("Morning Herald"), Some("confirmed"), &[])],
        },
        Case {
            paras: &["\"It is not a one-way street. Both sides will have to give ground,\" Brook said on the quay on Tuesday. Thinking back on her years as a harbour pilot, the former mayor said, \"I never knew what the tide would bring.\""],
            want: &[
                w("It is not a one-way street", Some("Brook"), Some("said"), &[]),
                w("I never knew what the tide would bring", Some("the former mayor"), Some("said"), &[]),
            ],
        },
    ]);
    // the quote that announces nothing keeps its own span: the colon's sentence is not in it
    let q = quote(
        &[
            "The Morning Herald confirmed that account, reporting:",
            "\"As the port authority slowly took over the ferry company, money reached the foundation.\"",
        ],
        "As the port authority",
    );
    assert!(q.direct && !q.text.contains("reporting"), "{q:#?}");
    // sentences glued together by scraping end where the next one begins
    let q = quote(
        &["Pada kesempatan tersebut , Rahmat menegaskan bahwa anggaran pendidikan menjadi prioritas dalam rencana tahun depan.“Kami sekarang memikul tanggung jawab itu ,” ujarnya."],
        "anggaran pendidikan",
    );
    assert!(!q.text.contains("Kami"), "{q:#?}");
    let q = quote(
        &["Ia menyebutnya sebagai janji kosong soal tunjangan .Ketua Panitia Lomba , Dedi Kurnia , menegaskan bahwa kenaikan tunjangan sulit diwujudkan."],
        "sulit diwujudkan",
    );
    assert_eq!(q.speaker.as_deref(), Some("Dedi Kurnia"), "{q:#?}");
    // (but an abbreviation or a web address glued to a capital ends nothing)
    let q = quote(&["Budi mengatakan kantor baru di Jl.Sudirman sudah dibuka sejak Senin."], "kantor baru");
    assert!(q.text.contains("sudah dibuka"), "{q:#?}");
    // a person described by where they are from stays unnamed; whom it was told to is no
    // part of what was told
    let q = quote(&["A teacher from Ohio told him the plan would fail."], "the plan would fail");
    assert_eq!(q.speaker.as_deref(), Some("A teacher from Ohio"), "{q:#?}");
    assert!(!q.text.starts_with("him"), "{q:#?}");
    // a named owner's people speak, unnamed
    let q = quote(
        &["Rival Ellen Brook’s campaign says it collected about $3 million for the pier fund."],
        "collected about",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rival Ellen Brook’s campaign"), "{q:#?}");
    let q = quote(&["Reed’s aides say the team wants no quarrel with the ferry union."], "no quarrel");
    assert_eq!(q.speaker.as_deref(), Some("Reed’s aides"), "{q:#?}");
    // a cue joined to the verb of a subject set off by an apposition or after an opener
    let q = quote(
        &["Carl Dunn, a retired ferry captain, joined the harbour board and said he expects to vote for Reed."],
        "expects to vote",
    );
    assert_eq!(q.speaker.as_deref(), Some("Carl Dunn"), "{q:#?}");
    let q = quote(
        &["On the harbour, Reed again knocked Brook’s handling of the repairs and said her plan for the pier raised questions."],
        "raised questions",
    );
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
    // a name's relative clause and the time and place it holds, up to the cue's comma
    let q = quote(
        &["Martha Cole, who lost her shop during the flood in Dover, Delaware, in March 2019, said that the council had treated her family unfairly."],
        "unfairly",
    );
    assert_eq!(q.speaker.as_deref(), Some("Martha Cole"), "{q:#?}");
    // a capitalised modifier opening the role before a name; a relative clause of the
    // speaker's is their second statement
    let q = quote(
        &["Given her record, her backing will carry weight, HRC spokesman Dan Moss said."],
        "carry weight",
    );
    assert_eq!(q.speaker.as_deref(), Some("Dan Moss"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("HRC spokesman"), "{q:#?}");
    let q = quote(
        &["The storm hurt the town, said Mark Hale, a newspaper columnist for the Herald, who said the council has always tried to hide its mistakes."],
        "always tried",
    );
    assert_eq!(q.speaker.as_deref(), Some("Mark Hale"), "{q:#?}");
    // the reported clause ends where the reporter's own begins
    let q = quote(&["While both front-runners say the port must grow, they differ by degree."], "must grow");
    assert!(!q.text.contains("differ"), "{q:#?}");
    let q = quote(
        &["Forty percent of residents say the repairs are too slow, while 30 percent call them reasonable."],
        "too slow",
    );
    assert!(!q.text.contains("30 percent"), "{q:#?}");
    // two statements, not one interrupted quote
    let got = run(&["\"It is not a one-way street,\" Brook said on the quay on Tuesday. Thinking back on her years at sea, the former mayor said, \"I never knew what the tide would bring.\""]);
    assert!(got.iter().all(|q| !(q.text.contains("one-way") && q.text.contains("never knew"))), "{got:#?}");
}

// Rule 24 (own sentences): a role with its modifiers before a name after the cue, an
// organisation before the role, the manner of speaking as the cue, plural people and
// described speakers with what they belong to, and a clause of comparison ("As X put it,").

#[test]
fn roles_manners_and_comparisons() {
    check(&[
        Case {
            paras: &["\"We will carry the county,\" said campaign manager Carl Dunn."],
            want: &[w("carry the county", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["\"The count was fair,\" said Reed spokeswoman Joan Miller."],
            want: &[w("count was fair", Some("Joan Miller"), Some("said"), &[])],
        },
        Case {
            paras: &["“That plan will sink the harbour,” Dunn barked."],
            want: &[w("sink the harbour", Some("Dunn"), Some("barked"), &[])],
        },
        Case {
            paras: &["\"Open the gates!\" some protesters chanted outside the hall on Monday."],
            want: &[w("Open the gates", Some("some protesters"), Some("chanted"), &[])],
        },
        Case {
            paras: &["“Who pays for the bridge?” a narrator in the council ad asks."],
            want: &[w("pays for the bridge", Some("a narrator in the council ad"), Some("asks"), &[])],
        },
        Case {
            paras: &["As Brook put it, \"A harbour without ships is a lake.\""],
            want: &[w("without ships", Some("Brook"), Some("put it"), &[])],
        },
        Case {
            paras: &["As the columnist Nora Vale had written years earlier, \"Every port town argues about its tides.\""],
            want: &[w("argues about its tides", Some("Nora Vale"), Some("written"), &[])],
        },
        Case {
            paras: &["As the storm passed, protesters shouted, \"Rebuild the pier now.\""],
            want: &[w("Rebuild the pier", Some("protesters"), Some("shouted"), &[])],
        },
    ]);
}

// Rule 25 (own sentences): a relative clause of the speaker's after a quote's attribution is
// their reported statement, whether or not a quote follows; a reported clause ends where
// another subject's statement begins, which is not the first speaker's; a headline in the
// first person after a name.

#[test]
fn relative_clauses_other_subjects_and_first_person_headlines() {
    let got = run(&["“The pier is a worry for everyone here,” said Carl Dunn, a ferry captain from Dover, who said he knows the mayor well but doubts her plan."]);
    let second = got.iter().find(|q| q.text.contains("knows the mayor")).expect("the relative clause");
    assert!(!second.direct && second.speaker.as_deref() == Some("Carl Dunn"), "{got:#?}");
    // (so it is when a quote follows, and the quote it interrupts stays one)
    let got = run(&["“We lost the vote,” said Carl Dunn, who said he would appeal. “The count was wrong.”"]);
    let appeal =
        got.iter().find(|q| !q.direct && q.text.contains("would appeal")).expect("the relative clause");
    assert_eq!(appeal.speaker.as_deref(), Some("Carl Dunn"), "{got:#?}");
    let direct = got.iter().filter(|q| q.direct).collect::<Vec<_>>();
    assert!(direct.len() == 1 && direct[0].text.contains("count was wrong"), "{got:#?}");
    let got = run(&["Six in 10 residents said Reed is honest, and a third said Brook keeps her word."]);
    let first = got.iter().find(|q| q.text.contains("Reed is honest")).expect("the first statement");
    assert!(!first.text.contains("a third"), "{got:#?}");
    assert_ne!(
        got.iter().find(|q| q.text.contains("keeps her word")).and_then(|q| q.speaker.as_deref()),
        Some("Six in 10 residents"),
        "{got:#?}"
    );
    // a dash before a speech participle starts the second statement, and after an opening
    // subordinate clause the main clause is the reporter's
    let got =
        run(&["Carl Dunn says he saw no difference between the boats - noting that both carried nets."]);
    let first = got.iter().find(|q| q.text.contains("no difference")).expect("the first statement");
    assert!(!first.text.contains("noting"), "{got:#?}");
    assert!(
        got.iter().any(|q| q.text.starts_with("both carried") && q.cue.as_deref() == Some("noting")),
        "{got:#?}"
    );
    let q = quote(
        &["However, while the council says it is close to its goal, it has no help from the port."],
        "close to",
    );
    assert!(!q.text.contains("no help"), "{q:#?}");
    // an attribution set in the middle with whom it was told to: the whole sentence
    let q = quote(&["The answer, the mayor told them, was a new breakwater."], "new breakwater");
    assert!(q.text.starts_with("The answer") && q.speaker.as_deref() == Some("the mayor"), "{q:#?}");
    // a clause after a quotation's own comma, and after a dash, is not what was said
    let q = quote(
        &["Forty percent of residents say the fees are “plainly unfair,” while 30 percent call them fair."],
        "fees are",
    );
    assert!(!q.text.contains("30 percent"), "{q:#?}");
    let q = quote(
        &["Aides say he will seek another term - though it is unclear whether he can win."],
        "another term",
    );
    assert!(!q.text.contains("unclear"), "{q:#?}");
    let q = quote(&["Cutting the budget too soon, many economists say, slowed the recovery."], "slowed");
    assert!(q.text.starts_with("Cutting"), "{q:#?}");
    let q = quote(&["Nora Vale: I'd run for the harbour board again."], "harbour board");
    assert_eq!(q.speaker.as_deref(), Some("Nora Vale"), "{q:#?}");
}

// Rule 26 (own sentences): Indonesian speakers whose role names an organisation by its
// acronym, a region by its kind, an honorific without a full stop, a rank, or a degree
// after the name: the name alone is the speaker, the rest the role.

#[test]
fn indonesian_roles_with_organisations_ranks_and_degrees() {
    check(&[
        Case {
            paras: &["Ketua Umum DPP KARSA Rina Wati menyampaikan bahwa budaya lokal harus dijaga bersama."],
            want: &[w("budaya lokal harus dijaga", Some("Rina Wati"), Some("menyampaikan"), &[])],
        },
        Case {
            paras: &["Ketua Dewan Pengurus KORPRI Kabupaten Sukamaju Budi Santoso dalam laporannya menyampaikan, acara berjalan lancar tahun ini."],
            want: &[w("acara berjalan lancar", Some("Budi Santoso"), Some("menyampaikan"), &[])],
        },
        Case {
            paras: &["Dekan Fakultas Teknik Prof Dedi Kurnia mengatakan, kegiatan ini penting bagi mahasiswa."],
            want: &[w("kegiatan ini penting", Some("Dedi Kurnia"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Kompol Rudi Hartono mengatakan pelaku sudah ditangkap di rumahnya."],
            want: &[w("pelaku sudah ditangkap", Some("Rudi Hartono"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Ketua PGRI Kabupaten Contoh, Umi Kalsum S. Pd mengungkapkan, lomba berjalan lancar sejak pagi."],
            want: &[w("lomba berjalan lancar", Some("Umi Kalsum"), Some("mengungkapkan"), &[])],
        },
        // (a report from a place is the report, not the place)
        Case {
            paras: &["Namun, sebuah laporan dari Jawa Tengah menyebutkan, harga beras sudah turun sejak pekan lalu."],
            want: &[w("harga beras sudah turun", Some("sebuah laporan dari Jawa Tengah"), Some("menyebutkan"), &[])],
        },
    ]);
    let q = quote(
        &["Ketua Umum DPP KARSA Rina Wati menyampaikan bahwa budaya lokal harus dijaga bersama."],
        "budaya",
    );
    assert_eq!(q.speaker_role.as_deref(), Some("Ketua Umum DPP KARSA"), "{q:#?}");
}

// Rule 27 (own sentences): support and rejection are positions, claims of opinion whose
// content is what the position is taken on, up to the first break.

#[test]
fn support_and_rejection_are_positions() {
    check(&[
        Case {
            paras: &["The ferry union endorsed Ellen Brook for mayor on Thursday."],
            want: &[w("Ellen Brook for mayor", Some("The ferry union"), Some("endorsed"), &[])],
        },
        Case {
            paras: &["The harbour court rejected a request from the council to reopen the ferry line."],
            want: &[w("a request from the council", Some("The harbour court"), Some("rejected"), &[])],
        },
    ]);
    let q = quote(
        &["Tom Reed blasted the ferry deal and ranked it among the worst the town had signed."],
        "ferry deal",
    );
    assert_eq!(q.text, "the ferry deal", "{q:#?}");
    let q =
        quote(&["Mayor Ellen Brook dismissed the plan, which the council backs, as too costly."], "the plan");
    assert_eq!(q.text, "the plan", "{q:#?}");
    assert_eq!(q.certainty, jejak_model::Certainty::Opinion, "{q:#?}");
}

// Rule 28 (own sentences): a description pointed back to ("laporan tersebut", "the report")
// is the unnamed speaker it describes, named earlier; with nothing earlier it stays as written.

#[test]
fn descriptions_pointed_back_to() {
    check(&[
        Case {
            paras: &[
                "Namun, sebuah laporan dari Jawa Tengah menyebutkan, harga beras sudah turun sejak pekan lalu.",
                "Laporan tersebut juga menyebutkan bahwa stok beras cukup sampai akhir tahun.",
            ],
            want: &[w("stok beras cukup", Some("sebuah laporan dari Jawa Tengah"), Some("menyebutkan"), &[])],
        },
        Case {
            paras: &[
                "A report from the harbour board found the pier unsafe for ferries.",
                "The report said repairs would take two years.",
            ],
            want: &[w("repairs would take", Some("A report from the harbour board"), Some("said"), &[])],
        },
        Case {
            paras: &["Laporan itu menyebutkan stok beras cukup sampai akhir tahun."],
            want: &[w("stok beras cukup", Some("Laporan itu"), Some("menyebutkan"), &[])],
        },
    ]);
    // the pointer is no role: it repeats the speaker's head noun, or loses the pointer
    let q = quote(
        &[
            "Namun, sebuah laporan dari Jawa Tengah menyebutkan, harga beras sudah turun sejak pekan lalu.",
            "Laporan tersebut juga menyebutkan bahwa stok beras cukup sampai akhir tahun.",
        ],
        "stok beras",
    );
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(
        &[
            "Bupati Sukamaju Rudi Hartono mengatakan dermaga ditutup sementara.",
            "Mantan ketua DPRD tersebut mengatakan perbaikan dermaga selesai bulan depan.",
        ],
        "perbaikan dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rudi Hartono"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Mantan ketua DPRD"), "{q:#?}");
}

// Rule 29: a dateline that opens a paragraph is no part of the statement after it, nor its
// speaker; a circumstance set off by commas after a name leaves it the speaker; a short
// utterance handed over by a comma keeps its own punctuation before the sentence goes on.

#[test]
fn datelines_asides_and_short_utterances() {
    for (para, statement) in [
        ("NEW YORK: The pier will reopen in May, officials said.", "The pier will reopen in May"),
        (
            "HARBOURTON (Reuters) - The pier will reopen in May, officials said.",
            "The pier will reopen in May",
        ),
        (
            "SUKAMAJU -- Jembatan itu dibuka kembali bulan depan, kata Budi.",
            "Jembatan itu dibuka kembali bulan depan",
        ),
    ] {
        let got = run(&[para]);
        assert_eq!(got.len(), 1, "{para:?}: {got:#?}");
        assert_eq!(got[0].text, statement, "{para:?}: {got:#?}");
        assert_ne!(got[0].speaker.as_deref(), Some("NEW YORK"), "{para:?}");
    }
    check(&[
        Case {
            paras: &["Governor Ann Porter, in an interview with the Harbour Herald, blurted out, \"Oh, no,\" at the mention of the pier."],
            want: &[w("Oh, no", Some("Ann Porter"), Some("blurted out"), &["the Harbour Herald"])],
        },
        Case {
            paras: &["Tom Reed said, \"Never again,\" and walked off the stage."],
            want: &[w("Never again", Some("Tom Reed"), Some("said"), &[])],
        },
        // a transcript's speaker label in capitals still speaks
        Case {
            paras: &["PORTER: Councillor Reed does not get to pick the pier."],
            want: &[w("Councillor Reed does not get", Some("PORTER"), Some(":"), &[])],
        },
    ]);
    // (a hyphen inside a word is no dateline's dash)
    let got = run(&["US-China talks will resume in May, officials said."]);
    assert!(got.iter().any(|q| q.text.starts_with("US-China")), "{got:#?}");
}

// Rule 30: a described speaker may be of something ("the 41-year-old mother of two
// replied"); a question put to the speaker may open the sentence ("When pressed on why …,");
// a title after a role noun opens the speaker's name ("presidential hopeful Sen. Tom Reed");
// a speech verb's participle is the cue of a clause whose verb is none ("was critical of
// the plan, telling the Herald: …").

#[test]
fn described_speakers_openers_and_participles() {
    check(&[
        Case {
            paras: &["When pressed on why the toll leaves out pensioners, the 52-year-old father of three replied, \"It is meant to pay for the new pier.\""],
            want: &[w("It is meant to pay", Some("the 52-year-old father of three"), Some("replied"), &[])],
        },
        Case {
            paras: &["Asked about the pier, Carl Dunn replied, \"We will open it in May.\""],
            want: &[w("We will open it in May", Some("Carl Dunn"), Some("replied"), &[])],
        },
        Case {
            paras: &["The head of the port authority said, \"We will open the pier in May.\""],
            want: &[w("We will open the pier", Some("The head of the port authority"), Some("said"), &[])],
        },
        Case {
            paras: &["Republican presidential hopeful Sen. Tom Reed was also critical of the plan, telling the Harbour Herald: \"The plan is typical of the council.\""],
            want: &[w("typical of the council", Some("Tom Reed"), Some("telling"), &["Harbour Herald"])],
        },
    ]);
}

// Rule 31: English puts a time or a reflexive between the subject and its verb ("Ann
// Porter on Tuesday said", "Reed himself said", "the council last week told"); people of
// something speak as a group ("Experts on harbour safety said").

#[test]
fn times_and_reflexives_between_subject_and_cue() {
    check(&[
        Case {
            paras: &["Harbour Trust chair Ann Porter on Tuesday said that the pier will reopen in May."],
            want: &[w("the pier will reopen in May", Some("Ann Porter"), Some("said"), &[])],
        },
        Case {
            paras: &["Reed himself said the ferry would run twice a day."],
            want: &[w("the ferry would run twice a day", Some("Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Carl Dunn last week told the council the budget was short by $2 million."],
            want: &[w("the budget was short", Some("Carl Dunn"), Some("told"), &[])],
        },
        Case {
            paras: &["Carl Dunn on Monday night said the vote would be close."],
            want: &[w("the vote would be close", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["Experts on harbour safety said the pier should stay closed."],
            want: &[w("the pier should stay closed", Some("Experts on harbour safety"), Some("said"), &[])],
        },
    ]);
}

// Rule 32: a body named with its article speaks after the comma of what it said ("…, the
// Harbour Trust said."), and a later "he" or "she" does not point back to it or to a medium.

#[test]
fn bodies_named_with_their_article() {
    check(&[
        Case {
            paras: &["The pier will reopen in May, the Harbour Trust said."],
            want: &[w("The pier will reopen in May", Some("Harbour Trust"), Some("said"), &[])],
        },
        Case {
            paras: &["However, slower growth in the north is offset by growth in the south, the HTA said in a statement."],
            want: &[w("slower growth in the north", Some("HTA"), Some("said"), &[])],
        },
        Case {
            paras: &[
                "Carl Dunn said the letters were his.",
                "The letters went to a rival, the Harbour Herald reported.",
                "He said he was sorry.",
            ],
            want: &[w("he was sorry", Some("Carl Dunn"), Some("said"), &[])],
        },
    ]);
}

// Rule 33: an attribution after the statement may carry a time and place ("…, he said
// Tuesday evening at the quay.") and a second statement ("…, Porter said, adding that
// …"); a verb before the cue makes a clause, not a subject ("Some voters are so opposed to
// … that …" has no speaker).

#[test]
fn trailing_attributions_with_circumstances_and_second_statements() {
    check(&[
        Case {
            paras: &["Tom Reed backed Dunn while the governor was in the race, he said Tuesday evening at the quay."],
            want: &[w("Tom Reed backed Dunn while the governor was in the race", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Reed and Dunn will meet next week, Ann Porter said, adding that they need to talk."],
            want: &[
                w("Reed and Dunn will meet next week", Some("Ann Porter"), Some("said"), &[]),
                w("they need to talk", Some("Ann Porter"), Some("adding"), &[]),
            ],
        },
    ]);
    let got = run(&["Reed and Dunn will meet next week, Ann Porter said, adding that they need to talk."]);
    let first = got.iter().find(|q| q.text.starts_with("Reed and Dunn")).expect("the first statement");
    assert_eq!(first.text, "Reed and Dunn will meet next week", "{got:#?}");
    check_none(&["Some voters are so vehemently opposed to the pier that they are backing Dunn."]);
}

// Rule 34: an aside between dashes may stand between a subject and its cue ("The harbour
// judge -- who has been in a row with the mayor -- said"), an apposition may hold a
// "which" clause, an intention's "to" opens what is intended, and a speaker phrase ends
// with its subject, not with the auxiliary before the cue.

#[test]
fn dashed_asides_relative_appositions_and_intentions() {
    check(&[
        Case {
            paras: &["The harbour judge -- who has quarrelled with the ferry board all month -- said she stood by her ruling."],
            want: &[w("she stood by her ruling", Some("The harbour judge"), Some("said"), &[])],
        },
        Case {
            paras: &["Ann Porter, a boatbuilder and spokeswoman for the Harbour Coalition, which speaks for pier owners, said the figures leave out the summer trade."],
            want: &[w("the figures leave out the summer trade", Some("Ann Porter"), Some("said"), &[])],
        },
    ]);
    let got = run(&["Six of the party donors have agreed to serve as chairs of the pier fund, a joint committee of the towns."]);
    let q = got.iter().find(|q| q.cue.as_deref() == Some("agreed")).expect("the agreement");
    assert!(q.text.starts_with("to serve as chairs"), "{got:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Six of the party donors"), "{got:#?}");
}

// Rule 35: where a reported statement ends and the next begins: the main clause's verb
// after a relative clause's statement ("Reed, who said A, said B"), another group's
// statement after "and" ("…, and more than 3 in 10 said B"), the reporter's comparison
// (", compared with 38 percent …"); a clause after the cue is no aside ("59 percent said
// it was not, and …" reports from the cue on).

#[test]
fn where_reported_statements_end() {
    check(&[
        Case {
            paras: &["Tom Reed, who said he usually votes for the party, said one candidate he likes is Ann Porter."],
            want: &[
                w("he usually votes for the party", Some("Tom Reed"), Some("said"), &[]),
                w("one candidate he likes is Ann Porter", Some("Tom Reed"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["Even so, most voters said they were worried about the pier, and more than 3 in 10 said Reed would handle it best."],
            want: &[
                w("they were worried about the pier", Some("most voters"), Some("said"), &[]),
                w("Reed would handle it best", Some("more than 3 in 10"), Some("said"), &[]),
            ],
        },
    ]);
    for (para, statement) in [
        ("Now, 55 percent said Reed would run the pier better, compared with 38 percent for Porter.", "Reed would run the pier better"),
        (
            "When asked whether the toll was fair, most riders said it was too high, and that the ferry should be free.",
            "it was too high, and that the ferry should be free",
        ),
        ("Tom Reed, who said he usually votes for the party, said one candidate he likes is Ann Porter.", "he usually votes for the party"),
    ] {
        let got = run(&[para]);
        // (past the question a statement answers, a statement of its own)
        let first = got.iter().find(|q| !q.cue.as_deref().is_some_and(|c| c.eq_ignore_ascii_case("asked")));
        assert_eq!(first.map(|q| q.text.as_str()), Some(statement), "{para:?}: {got:#?}");
    }
    // (an inverted attribution after the statement is no second statement)
    let got = run(&["Reed warned the council not to sell the pier, said an aide who sat in on the talks."]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

// Rule 36: the name after an Indonesian title: ministries and offices name their field
// ("Menteri Kebudayaan", "Menteri Komunikasi dan Digital"), a regional head names the
// region first ("Bupati Sukamaju Rina Wati", "Gubernur Kalimantan Timur …"); a name of
// several parts joined by "and"/"dan" is one speaker ("Institute for Harbour and Coastal
// Studies"); a subordinator opens no name ("Setelah menyampaikan sambutan, …").

#[test]
fn names_after_indonesian_titles_and_joined_names() {
    check(&[
        Case {
            paras: &["Menteri Kebudayaan Rudi Hartono mengatakan pameran itu akan dibuka pekan depan."],
            want: &[w("pameran itu akan dibuka", Some("Rudi Hartono"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Menteri Komunikasi dan Digital Rina Wati mengatakan, pihaknya terus berkomitmen melindungi anak."],
            want: &[w("pihaknya terus berkomitmen", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Bupati Sukamaju Dedi Kurnia mengatakan jembatan itu akan diperbaiki tahun depan."],
            want: &[w("jembatan itu akan diperbaiki", Some("Dedi Kurnia"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Gubernur Kalimantan Timur Rudi Hartono mengatakan jembatan itu akan diperbaiki tahun depan."],
            want: &[w("jembatan itu akan diperbaiki", Some("Rudi Hartono"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Lembaga riset Institute for Harbour and Coastal Studies ( IHCS ) menyebutkan sebanyak 42 persen nelayan berpenghasilan rendah."],
            want: &[w("42 persen nelayan", Some("Institute for Harbour and Coastal Studies"), Some("menyebutkan"), &[])],
        },
    ]);
    check_none(&["Setelah menyampaikan sambutan, Asisten Pemerintahan Budi Santoso langsung membuka kegiatan tersebut."]);
    // one counted by her role, then her name; the name someone goes by
    check(&[
        Case {
            paras: &["Salah satu nelayan, Rina, menyatakan pelatihan ini memudahkan penjualan ikan mereka."],
            want: &[w("pelatihan ini memudahkan", Some("Rina"), Some("menyatakan"), &[])],
        },
        Case {
            paras: &["Budi sapaan akrabnya menambahkan proyek itu akan dilaksanakan dalam tiga tahap."],
            want: &[w("proyek itu akan dilaksanakan", Some("Budi"), Some("menambahkan"), &[])],
        },
    ]);
    // a person from an organisation, and a relative clause of hers; a former minister
    check(&[
        Case {
            paras: &["Pelatihan itu dibuka oleh Dedi Kurnia dari Dinas Kesehatan Sukamaju yang menyatakan pengajaran yang tepat membawa dampak positif."],
            want: &[w("pengajaran yang tepat membawa dampak positif", Some("Dedi Kurnia"), Some("menyatakan"), &[])],
        },
        Case {
            paras: &["Eks Menteri Perhubungan itu juga menyebut pemerintah sanggup menekan tarif kapal feri."],
            want: &[w("pemerintah sanggup menekan", Some("Eks Menteri Perhubungan itu"), Some("menyebut"), &[])],
        },
    ]);
    // a relative clause between the speaker and the cue; a long office with an acronym in
    // brackets before the name; a place with its province between the speaker and the cue
    check(&[
        Case {
            paras: &["Rektor Universitas Contoh Prof Rudi Hartono yang hadir di dermaga pagi itu menjelaskan bahwa kapal tersebut dapat berlayar di perairan dangkal."],
            want: &[w("kapal tersebut dapat berlayar", Some("Rudi Hartono"), Some("menjelaskan"), &[])],
        },
        Case {
            paras: &["Kepala Seksi Penjaminan Mutu PAUD dan Pendidikan Non-formal ( PNFI ) Dinas Pendidikan Sukamaju , Rina Wati , menyatakan pelatihan itu sangat dibutuhkan para guru."],
            want: &[w("pelatihan itu sangat dibutuhkan", Some("Rina Wati"), Some("menyatakan"), &[])],
        },
        Case {
            paras: &[
                "Wakil Menteri BUMN Dedi Kurnia yang menghadiri acara itu di Kabupaten Sukamaju , Provinsi Contoh , Selasa ( 3 / 6 / 2025 ) mengapresiasi koperasi para nelayan.",
                "Ia mengatakan bahwa program itu merupakan langkah yang tepat.",
            ],
            want: &[w("program itu merupakan langkah", Some("Dedi Kurnia"), Some("mengatakan"), &[])],
        },
    ]);
    // a name, its role, and the organisation the role is in: the name speaks
    check(&[Case {
        paras: &[
            "Sementara itu Rina mahasiswa Prodi Ilmu Hukum juga menyatakan pelatihan itu sangat membantu.",
        ],
        want: &[w("pelatihan itu sangat membantu", Some("Rina"), Some("menyatakan"), &[])],
    }]);
}

// Rule 37: "according to" after its statement: a clause after the source ends the statement
// before the cue ("…, according to the harbour count, which is …"), a source with no comma
// before it may close the sentence ("… by 52 to 41 according to a riders' poll out
// Monday."), a source between dashes hands over to what follows, a description of the
// source after it is no part of the statement, and a name inside a description is not the
// source ("a Harbour Herald poll").

#[test]
fn according_to_after_the_statement() {
    for (para, statement, source) in [
        (
            "Ferry bookings stayed low all winter, according to the harbour count, which is kept by the pier office.",
            "Ferry bookings stayed low all winter",
            "the harbour count",
        ),
        (
            "Reed now leads Dunn by 52 to 41 according to a Harbour Herald poll out Monday.",
            "Reed now leads Dunn by 52 to 41",
            "a Harbour Herald poll out Monday",
        ),
        (
            "Reed blamed the storm while — according to emails found in the inquiry — knowing it had no link to the damage.",
            "knowing it had no link to the damage",
            "emails found in the inquiry",
        ),
        ("The pier will open in May, according to Ann Porter, the port director.", "The pier will open in May", "Ann Porter"),
    ] {
        let got = run(&[para]);
        assert_eq!(got.len(), 1, "{para:?}: {got:#?}");
        assert_eq!(got[0].text, statement, "{para:?}: {got:#?}");
        assert_eq!(got[0].speaker.as_deref(), Some(source), "{para:?}: {got:#?}");
    }
    // (English reads the statement around an "according to" inside it whole)
    let got = run(&["The plan, according to the mayor, failed badly."]);
    assert_eq!(got.first().map(|q| q.text.as_str()), Some("The plan … failed badly"), "{got:#?}");
}

// Rule 38: a described speaker may be related through a chain of phrases ("A person
// familiar with the planning for the meeting says"); "told me" with a time after it is the
// whole attribution ("…, pilots told me last month.").

#[test]
fn related_descriptions_and_told_me() {
    check(&[
        Case {
            paras: &[
                "A person familiar with the schedule for the harbour vote says the talks will focus on the pier.",
            ],
            want: &[w(
                "the talks will focus on the pier",
                Some("A person familiar with the schedule for the harbour vote"),
                Some("says"),
                &[],
            )],
        },
        Case {
            paras: &["Even so, it would not be hard to fix the pier, pilots told me last month."],
            want: &[w("it would not be hard to fix the pier", Some("pilots"), Some("told"), &[])],
        },
    ]);
}

// Rule 39: a paragraph short enough to be a headline names its speaker before a colon even
// in sentence case ("Reed: Dunn's view of the pier is 'dangerously wrong'"); a known place
// before the colon stays a dateline.

#[test]
fn short_colon_headlines() {
    check(&[Case {
        paras: &[
            "Reed: Dunn's view of the pier is 'dangerously wrong'",
            "Tom Reed spoke at the harbour on Monday.",
        ],
        want: &[w("view of the pier is", Some("Tom Reed"), Some(":"), &[])],
    }]);
    check_none(&["Indonesia: banjir melanda tiga kecamatan di pesisir."]);
}

// Rule 40: a poll that closes the sentence with its figures is its source ("Reed leads by 61
// percent to 29 percent in the harbour poll."); "in the report" alone, or "the polls" where
// votes are cast, is no source.

#[test]
fn polls_that_close_the_sentence() {
    check(&[Case {
        paras: &["Reed leads by 61 percent to 29 percent in the Harbour Herald poll."],
        want: &[w(
            "Reed leads by 61 percent to 29 percent",
            Some("the Harbour Herald poll"),
            Some("in"),
            &[],
        )],
    }]);
    check_none(&[
        "Reed was mentioned in the report.",
        "On June 14, 300 voters in the district head to the polls.",
    ]);
}

// Rule 41: a cue whose object is a word of quantity reports nothing of the sentence before
// it ("…, she said little else.").

#[test]
fn said_little() {
    check_none(&["Though she praised the harbour board for its work, she said little else."]);
    // (a station's number and its city name whom it was told to: "told Harbour News 6 in
    // Harbourton")
    let got = run(&["The pier will reopen in May, Reed told Harbour News 6 in Harbourton."]);
    assert_eq!(got.first().map(|q| q.text.as_str()), Some("The pier will reopen in May"), "{got:#?}");
}

// Rule 42: a long named phrase before the cue after a quote ("Reed running mate Gov. Ann
// Porter of Delaware told"), manners of speaking (beamed, gasped, grumbled), and a time that
// opens the sentence before the subject ("Minutes later, she posted a note saying, …").

#[test]
fn long_named_phrases_manners_and_times_before_the_subject() {
    check(&[
        Case {
            paras: &["“I think the pier vote will go to the wire,” Reed running mate Gov. Ann Porter of Delaware told Harbour News Sunday."],
            want: &[w("go to the wire", Some("Ann Porter"), Some("told"), &[])],
        },
        Case {
            paras: &["“This is fantastic!” beamed Carl Dunn of Dover, who snuck onto the floor."],
            want: &[w("This is fantastic", Some("Carl Dunn"), Some("beamed"), &[])],
        },
        Case {
            paras: &["Minutes later, Joan Miller sent an email saying, “done.”"],
            want: &[w("done", Some("Joan Miller"), Some("saying"), &[])],
        },
    ]);
}

// Rule 43: "As the Trust's chief executive, Ann Porter, put it, …" names the speaker after the
// role; "said master of ceremonies Carl Dunn"; a song's words are quoted ("Ann Porter sings,
// “…”"), but singing alone is no statement.

#[test]
fn roles_before_names_and_songs() {
    check(&[
        Case {
            paras: &["As the Harbour Trust chief executive, Ann Porter, put it in her memo to employees, \"Imagine a world where we are one of them.\""],
            want: &[w("Imagine a world", Some("Ann Porter"), Some("put it"), &[])],
        },
        Case {
            paras: &["\"Thanks, Harbourton, for welcoming these families,\" said master of ceremonies Carl Dunn, an engineer."],
            want: &[w("for welcoming these families", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["In the song, Ann Porter sings, \"Take me down to the harbour lights.\""],
            want: &[w("Take me down to the harbour", Some("Ann Porter"), Some("sings"), &[])],
        },
    ]);
    check_none(&["The choir sang the anthem at the harbour on Sunday."]);
    // the present tense of live reports
    check(&[Case {
        paras: &["\"Did you see him? He had better not be hurt,\" she yells while running along the pier."],
        want: &[w("He had better not be hurt", None, Some("yells"), &[])],
    }]);
}

// Rule 44: a share or comparison between commas after the subject ("A third of
// independents, 33%, say"); a clause after a semicolon holds statements of its own; a
// concession may report another speaker ("…, although they say B").

#[test]
fn shares_semicolons_and_concessions() {
    check(&[
        Case {
            paras: &["A third of ferry riders, 34%, say they want the old timetable."],
            want: &[w("they want the old timetable", Some("A third of ferry riders"), Some("say"), &[])],
        },
        Case {
            paras: &["A strong majority say they follow the race; 27 percent of riders say they have not read the timetable."],
            want: &[
                w("they follow the race", Some("A strong majority"), Some("say"), &[]),
                w("they have not read the timetable", Some("27 percent of riders"), Some("say"), &[]),
            ],
        },
        Case {
            paras: &["Skippers have urged the council to keep the ferry, although they say they back parts of the plan."],
            // ("they" is left unresolved: plural antecedents are not traced)
            want: &[w("they back parts of the plan", None, Some("say"), &[])],
        },
    ]);
}

// Rule 45: between an Indonesian speaker and the cue may stand where and when ("di
// Sukamaju, Senin,"), an occasion ending in a capitalised "-nya" word ("saat dikonfirmasi
// melalui WhatsAppnya") and degrees of two words ("M.Pd.", "S. Pd", "S.Pd.I."); a title
// ending at a comma leaves the name after it for a later "menurutnya", whose statement
// starts at once when no comma follows; "Serta" opens no name.

#[test]
fn where_when_and_degrees_before_an_indonesian_cue() {
    check(&[
        Case {
            paras: &["Kepala Dinas Pendidikan Rudi Hartono di Sukamaju, Senin, mengatakan sekolah akan dibuka kembali pekan depan."],
            want: &[w("sekolah akan dibuka kembali", Some("Rudi Hartono"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Guru Honorer Rina Wati saat ditemui di Sukamaju, Senin, mengatakan bahwa perpustakaan sekolah akan diperluas."],
            want: &[w("perpustakaan sekolah akan diperluas", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Camat Budi saat dihubungi lewat pesan WhatsAppnya mengatakan jembatan itu akan diperbaiki bulan depan."],
            want: &[w("jembatan itu akan diperbaiki", Some("Budi"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Dedi Kurnia, M.Pd., Ph.D., dosen Universitas Contoh, mengatakan bahwa jembatan gantung itu masih aman dilalui."],
            want: &[w("jembatan gantung itu masih aman", Some("Dedi Kurnia"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Ketua Panitia Festival, Dr. Rina Wati, M.Si., S.Pd.I., mengatakan bahwa festival itu menarik ribuan pengunjung."],
            want: &[w("festival itu menarik ribuan pengunjung", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Guru kelas Rina Wati, S. Pd, Gr mengatakan murid-muridnya menanam seratus pohon."],
            want: &[w("murid-muridnya menanam seratus pohon", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &[
                "Kepala Seksi Jembatan Dinas Pekerjaan Umum Kabupaten Sukamaju, Dedi Kurnia meninjau lokasi itu pada Selasa.",
                "Menurutnya jembatan itu akan selesai sebelum musim hujan.",
            ],
            want: &[w("jembatan itu akan selesai", Some("Dedi Kurnia"), Some("Menurutnya"), &[])],
        },
    ]);
    check_none(&["Serta menyampaikan ucapan terima kasih kepada para relawan pasar."]);
}

// Rule 46: the person a title names, for a later pronoun, may stand after the title's
// acronym in brackets, a number or a comma; a part in brackets (a party, a state) and a
// one-word part after a comma ("Democrat of Missouri") are not the name.

#[test]
fn a_title_running_on_to_its_name() {
    let after = |first: &str| {
        quote(&[first, "Menurutnya, dermaga baru akan dibuka tahun depan."], "dermaga baru").speaker
    };
    assert_eq!(
        after("Manajer Unit Layanan Pelabuhan Barat 2 ( ULPB 2 ) Rudi Hartono juga hadir di dermaga.")
            .as_deref(),
        Some("Rudi Hartono")
    );
    assert_eq!(
        after(
            "Rektor Universitas Contoh ( UC ) , Prof Dr Rina Wati , M.Si. , meresmikan gedung baru kampus."
        )
        .as_deref(),
        Some("Rina Wati")
    );
    assert_eq!(
        after("Hal itu disampaikan Ketua Umum Perkumpulan Nelayan Pantai Contoh, Dedi Kurnia.").as_deref(),
        Some("Dedi Kurnia")
    );
    let english = quote(
        &[
            "Sen. Ann Porter (D-Del.) visited the harbour on Monday.",
            "She said the pier would reopen in the spring.",
        ],
        "the pier would reopen",
    );
    assert_eq!(english.speaker.as_deref(), Some("Ann Porter"));
}

// Rule 47: a participle's phrase opening the sentence is no subject ("Walking back to the
// ferry, Ann Porter …"); "From the report:" hands the quote to the report; a cue after a
// possessive describes a thing ("the council's continued silence"), but not after "he's".

#[test]
fn openers_sources_and_possessives() {
    check(&[
        Case {
            paras: &["Walking back to the ferry, Ann Porter waved at the crew, and said she had always trusted the harbour master."],
            want: &[w("she had always trusted the harbour master", Some("Ann Porter"), Some("said"), &[])],
        },
        Case {
            paras: &["From the report: “Ferry traffic doubled in the two years after the new pier opened.”"],
            want: &[w("Ferry traffic doubled", Some("the report"), Some(":"), &[])],
        },
        Case {
            paras: &["Adding to the council's continued silence is the news that Dunn has sold his boats, people close to him said."],
            want: &[w("the news that Dunn has sold his boats", Some("people close to him"), Some("said"), &[])],
        },
        Case {
            paras: &["Tom Reed rarely talks about school. He's said the old maps taught him more than any teacher did."],
            want: &[w("the old maps taught him more", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
    check_none(&["The mayor's stated goal of a new pier by spring looks out of reach."]);
}

// Rule 48: a role after a postposed cue, then the name set off by commas: the name speaks
// and the role is theirs ("kata Kepala Dinas Sosial Sukamaju, Dedi Kurnia, di Sukamaju,
// Selasa"); where and when after the name are no statement.

#[test]
fn a_role_then_the_name_after_the_cue() {
    check(&[
        Case {
            paras: &["\"Sebagian pelaku masih di bawah umur,\" kata Kepala Dinas Sosial Sukamaju, Dedi Kurnia, di Sukamaju, Selasa."],
            want: &[w("Sebagian pelaku masih di bawah umur", Some("Dedi Kurnia"), Some("kata"), &[])],
        },
        Case {
            paras: &["Sebagian pelaku masih di bawah umur, kata Kasat Reskrim Polres Contoh, AKP Rina Wati, di Sukamaju, Selasa."],
            want: &[w("Sebagian pelaku masih di bawah umur", Some("Rina Wati"), Some("kata"), &[])],
        },
        Case {
            paras: &["\"The pier will reopen in the spring,\" said the port's director, Ann Porter."],
            want: &[w("The pier will reopen", Some("Ann Porter"), Some("said"), &[])],
        },
    ]);
    let q = quote(
        &["Sebagian pelaku masih di bawah umur, ujar Kepala Dinas Sosial Sukamaju, Dedi Kurnia."],
        "pelaku",
    );
    assert_eq!(q.speaker_role.as_deref(), Some("Kepala Dinas Sosial Sukamaju"));
}

// Rule 49: "menurut" after a short opener of time ("Sampai saat ini menurut Rudi …") opens the
// statement as at the start; after a comma, a name with the statement at once ("…, menurut
// Budi artinya …") gives what follows, not what came before; "Lanjut X," opening a sentence
// hands what follows to X.

#[test]
fn menurut_after_an_opener_or_a_comma() {
    check(&[
        Case {
            paras: &["Sampai saat ini menurut Rudi Hartono belum ada kapal yang rusak akibat badai itu."],
            want: &[w("belum ada kapal yang rusak", Some("Rudi Hartono"), Some("menurut"), &[])],
        },
        Case {
            paras: &["Dengan semboyan Pasar Bersih, menurut Budi artinya setiap pedagang menjaga lapaknya."],
            want: &[w("artinya setiap pedagang menjaga lapaknya", Some("Budi"), Some("menurut"), &[])],
        },
        // ("Lanjut X," opening a sentence goes on with X's statement)
        Case {
            paras: &["Lanjut Rina Wati, para nelayan berharap dermaga segera diperbaiki."],
            want: &[w("para nelayan berharap dermaga", Some("Rina Wati"), Some("Lanjut"), &[])],
        },
    ]);
    check_none(&["Lanjut ke acara berikutnya, para peserta menari bersama di halaman."]);
}

// Rule 50: where and when right after an Indonesian cue are passed over up to their comma,
// and the day after it ("mengatakan di Sukamaju, Senin, sekolah …"); a phrase with a verb
// of its own before the comma opens the statement ("menjelaskan di pasar itu ada banyak
// pedagang baru, terutama …").

#[test]
fn where_and_when_after_an_indonesian_cue() {
    check(&[
        Case {
            paras: &["Rina Wati mengatakan di Sukamaju, Senin, sekolah akan dibuka kembali pekan depan."],
            want: &[w("sekolah akan dibuka kembali", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Rina Wati menjelaskan di pasar ikan itu ada banyak pedagang baru yang belum terdaftar, terutama dari desa tetangga."],
            want: &[w("di pasar ikan itu ada banyak pedagang baru", Some("Rina Wati"), Some("menjelaskan"), &[])],
        },
    ]);
    let q = quote(
        &["Rina Wati mengatakan di Sukamaju, Senin, sekolah akan dibuka kembali pekan depan."],
        "sekolah",
    );
    assert!(!q.text.contains("Senin"), "{q:#?}");
    // (a cue after a purpose is no speech: "untuk dapat melanjutkan studi")
    check_none(&[
        "Dinas itu menyediakan beasiswa bagi nelayan muda agar dapat melanjutkan sekolah ke jenjang SMA.",
    ]);
}

// Rule 51: a title in quotation marks after the kind of work it names is no quote ("on the
// podcast “Harbour Hour.”", "In a slim memoir, ''Salt on the Quay,''"), and a capitalised
// month after a cue is no auxiliary ("said in June on the show …" reports no words).

#[test]
fn titles_of_works_and_months() {
    let got = run(&["“Mending nets is my whole life,” Tom Reed said in June on the show “Harbour Hour.”"]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].text.contains("my whole life") && got[0].speaker.as_deref() == Some("Tom Reed"),
        "{got:#?}"
    );
    check_none(&["Tom Reed said in June on the show Harbour Hour."]);
    // (also with the kind of work in apposition: "In a slim memoir, ''…,''")
    let got =
        run(&["In a slim memoir, ''Salt on the Quay,'' Ann Porter argued that the ferries should be free."]);
    assert!(got.iter().all(|q| !q.direct), "{got:#?}");
}

// Rule 52: a cue word that describes or names a thing reports nothing: an adjective after
// an article or a preposition ("his lead in counted ballots"), a participle with its
// agent ("proclaimed by"), "think tanks", "called" after a common noun ("a creek called
// Heron Brook"), "continued" or "melanjutkan" with an object, a cue word after an article
// ("another claim") or before a verb of being ("What she said was"); "In …," with evidence
// opens a claim only as a noun phrase ("In addition to leading the count in the survey,"
// does not).

#[test]
fn cue_words_that_describe_things() {
    check_none(&[
        "The council paid $40,000 to a company called Harbour Data, which maps the seabed.",
        "The mill was built near a creek called Heron Brook.",
        "The plan was drafted with help from Harbourton think tanks and unions.",
        "In addition to leading the count in the ferry survey, Mr. Reed has raised the most money.",
        // (a participle with its agent, and "continued" with an object)
        "The slogan proclaimed by Tom Reed in 1998 is still painted on the pier.",
        "Divers from the Harbour Trust continued the repairs under the pier.",
        "Setelah lulus SMA, Rina Wati melanjutkan kuliah di Universitas Sukamaju.",
        // (phrasal verbs, and "adding to" a tally)
        "Tom Reed showed up at the debate in a green coat.",
        "She called in to a radio show about the pier on Friday.",
        "Carl Dunn called into the morning ferry programme from his boat.",
        // (a cue word after an article is a noun: "another claim", "a report")
        "Another claim about the pier fell apart on Monday.",
        // (a cue right before a verb of being is part of a subject: "Everything Reed says is")
        "Everything the harbour master says is checked twice by the clerks.",
        "What Ann Porter said was never put to the harbour board.",
        "Ann Porter won the regatta on Sunday, adding to her run of wins this summer.",
    ]);
    check(&[
        Case {
            paras: &["His lead in counted ballots will hold, analysts said."],
            want: &[w("His lead in counted ballots", Some("analysts"), Some("said"), &[])],
        },
        // (but a determiner standing alone is the subject of the cue after it)
        Case {
            paras: &["Another said the old pier was unsafe for ferries."],
            want: &[w("the old pier was unsafe", Some("Another"), Some("said"), &[])],
        },
        Case {
            paras: &["Budi Santoso melanjutkan bahwa nelayan sudah siap melaut."],
            want: &[w("nelayan sudah siap melaut", Some("Budi Santoso"), Some("melanjutkan"), &[])],
        },
        Case {
            paras: &["Ann Porter continued: the pier will stay open all winter."],
            want: &[w("the pier will stay open", Some("Ann Porter"), Some("continued"), &[])],
        },
        Case {
            paras: &["Officials called the plan reckless on Tuesday."],
            want: &[w("the plan reckless", Some("Officials"), Some("called"), &[])],
        },
        Case {
            paras: &["The Reed campaign called the Herald's report a careless mistake."],
            want: &[w("a careless mistake", Some("The Reed campaign"), Some("called"), &[])],
        },
    ]);
}

// Rule 53: a paragraph that ends in a colon announces the quotation opening the next one
// ("The Harbour Herald reports:", "Rina Wati mengatakan:"), unless it is a label ("Transcript
// of the hearing:"); "From Ann Porter writing at the Herald:" and "Ann Porter, The
// Harbour Herald:" name Ann Porter; a
// preposition is no clause's verb, and a participle opens no name for a later pronoun.

#[test]
fn announced_by_the_paragraph_before() {
    check(&[
        Case {
            paras: &[
                "The Harbour Herald reports:",
                "“In a sign of the shift, the pier will close for two months this winter.”",
            ],
            want: &[w("the pier will close", Some("Harbour Herald"), Some("reports"), &[])],
        },
        Case {
            paras: &[
                "Rina Wati mengatakan:",
                "“Kami akan membuka sekolah itu pekan depan untuk semua siswa.”",
            ],
            want: &[w("Kami akan membuka sekolah", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Ann Porter, The Harbour Herald: \"The ferry vote was never going to be close.\""],
            want: &[w("The ferry vote was never going to be close", Some("Ann Porter"), Some(":"), &[])],
        },
        Case {
            paras: &[
                "From Ann Porter writing at the Harbour Herald:",
                "“The pier has outlived three councils and will outlive this one.”",
            ],
            want: &[w("The pier has outlived three councils", Some("Ann Porter"), Some(":"), &[])],
        },
    ]);
    let q = quote(
        &["Transcript of the hearing:", "“Let’s start with the news on the pier tonight.”"],
        "the pier",
    );
    assert_eq!(q.speaker, None, "{q:#?}");
    let q = quote(
        &[
            "Following Monday's storm, the ferries stopped.",
            "Tom Reed was asked about it. He said the pier would reopen.",
        ],
        "the pier would reopen",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 54: what a sign or a banner reads ("“…,” read one", "“…,” reads the banner"), a
// long apposition between the name and a trailing cue ("“…,” Reed, the party's frontrunner
// nationally and leader in the state …, said"), and a whole utterance in quotation marks
// right after a verb of speech (fishermen chanted "Open the pier!").

#[test]
fn signs_and_long_appositions() {
    check(&[
        Case {
            paras: &["“The pier is ours! Close it and you close the town,” read one."],
            want: &[w("The pier is ours!", Some("one"), Some("read"), &[])],
        },
        Case {
            paras: &["“Keep the ferry running,” reads the banner over the harbour gate."],
            want: &[w("Keep the ferry running", Some("the banner over the harbour gate"), Some("reads"), &[])],
        },
        Case {
            paras: &["“Good boat, very good boat, this one,” Tom Reed, the harbour's longest-serving pilot and the winner of the last three regattas by a wide margin after a season without a single loss, said when Dunn asked him about it."],
            want: &[w("Good boat, very good boat", Some("Tom Reed"), Some("said"), &[])],
        },
        // (a whole utterance right after a verb of speech, without a comma)
        Case {
            paras: &["Fishermen chanted \"Open the pier!\" and kept going until midnight."],
            want: &[w("Open the pier!", Some("Fishermen"), Some("chanted"), &[])],
        },
    ]);
    let q = quote(&["Fishermen chanted \"Open the pier!\" and kept going until midnight."], "Open the pier!");
    assert!(q.direct, "{q:#?}");
}

// Rule 55: a participle of speech between two quoted parts hands over a second statement
// (`“A,” she said, adding, “B.”`): two quotes, the second with the participle for its cue;
// with nothing but the attribution between them (`“A,” Reed said. “B.”`) they stay one.

#[test]
fn a_participle_hands_over_a_second_quote() {
    let got = run(&[
        "\"The pier is not for sale,\" Ann Porter said, adding, \"The town is grateful for the support.\"",
    ]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(got[0].text.contains("not for sale") && !got[0].text.contains("grateful"), "{got:#?}");
    assert_eq!((got[1].speaker.as_deref(), got[1].cue.as_deref()), (Some("Ann Porter"), Some("adding")));
    let got = run(&["\"We will win,\" Tom Reed said. \"We always do.\""]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

// Rule 56: a description pointing back after a postposed cue is the speaker whole ("kata
// politikus Partai Contoh tersebut"), and the person named last when one was ("Rina Wati …
// kata perempuan kelahiran Sukamaju ini"); an office alone names no one ("Kepala Negara").

#[test]
fn descriptions_pointing_back() {
    check(&[
        Case {
            paras: &["\"Itu untungnya bagi masyarakat,\" kata politikus Partai Contoh tersebut."],
            want: &[w(
                "Itu untungnya bagi masyarakat",
                Some("politikus Partai Contoh tersebut"),
                Some("kata"),
                &[],
            )],
        },
        Case {
            paras: &[
                "Rina Wati membuka acara itu.",
                "\"Pasar ini harus tetap bersih,\" kata perempuan kelahiran Sukamaju ini.",
            ],
            want: &[w("Pasar ini harus tetap bersih", Some("Rina Wati"), Some("kata"), &[])],
        },
        Case {
            paras: &["Kepala Negara mengatakan program sekolah gratis akan dimulai tahun depan."],
            want: &[w("program sekolah gratis", Some("Kepala Negara"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 57: an aside set off by commas between the subject and the cue ("Engineers and
// harbour officials, however, said", "…'s office, for example, said"); "overall" after a group
// is no part of it; a statement with quotations woven in ends where a clause of its own
// begins ("…,” while Sen. Joan Miller suggested …"), and "while" joins a second
// statement as "but" does.

#[test]
fn asides_and_woven_statements_that_end() {
    check(&[
        Case {
            paras: &["Engineers and harbour officials, however, said they believed the storm had cracked the pier."],
            want: &[w("they believed the storm had cracked", Some("Engineers and harbour officials"), Some("said"), &[])],
        },
        Case {
            paras: &["Eight in 10 ferry riders overall said they would pay a higher fare."],
            want: &[w("they would pay a higher fare", Some("Eight in 10 ferry riders"), Some("said"), &[])],
        },
        Case {
            paras: &["Reed said the pier would reopen in the spring, while Sen. Joan Miller suggested it would stay closed."],
            want: &[
                w("the pier would reopen in the spring", Some("Reed"), Some("said"), &[]),
                w("it would stay closed", Some("Joan Miller"), Some("suggested"), &[]),
            ],
        },
    ]);
    let q = quote(&["Ann Porter's office said she would “back the new pier,” while Joan Miller suggested she would not."], "back the new pier");
    assert!(!q.text.contains("Joan Miller"), "{q:#?}");
}

// Rule 58: a share of people polled speaks ("More than seven in 10 said", "Almost half said",
// "A majority said"), and a noun phrase before a cue starts after a question word ("That's
// why the Reed team says").

#[test]
fn shares_of_people_polled() {
    check(&[
        Case {
            paras: &["More than seven in 10 said they wanted the old ferry back; 46 percent said they had never used it."],
            want: &[
                w("they wanted the old ferry back", Some("More than seven in 10"), Some("said"), &[]),
                w("they had never used it", Some("46 percent"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["Almost half said they would move away if the pier closed."],
            want: &[w("they would move away", Some("Almost half"), Some("said"), &[])],
        },
    ]);
}

// Rule 59: between a subject and its cue stand an adverb without commas ("Porter meanwhile
// said"), "each" or "every" opening a description, a name's party in brackets with a
// relative clause after it, or a participle that only says where or for whom ("writing in
// her column for the Herald"), also after a phrase that opens the sentence.

#[test]
fn subjects_past_asides_brackets_and_participles() {
    check(&[
        Case {
            paras: &["Porter meanwhile said the night ferry would keep its old timetable."],
            want: &[w("the night ferry would keep its old timetable", Some("Porter"), Some("said"), &[])],
        },
        Case {
            paras: &["Each crew said it would race again next year."],
            want: &[w("it would race again next year", Some("Each crew"), Some("said"), &[])],
        },
        Case {
            paras: &["After the meeting, Rep. Carl Dunn (R-Harb.), who chairs the ferry board, said the timetable would not change."],
            want: &[w("the timetable would not change", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["Ann Porter, writing in her weekly column for the Harbour Herald, said the new fares were fair."],
            want: &[w("the new fares were fair", Some("Ann Porter"), Some("said"), &[])],
        },
    ]);
}

// Rule 60: a statement ends where the speaker's own next verb begins, with its object
// (", and called the plan …"), not inside a list ("…, and painted railings"); a height in
// feet and inches (5’11”) opens and closes no quotation.

#[test]
fn statements_end_at_the_speakers_next_verb_and_heights_are_no_quotes() {
    check(&[Case {
        paras: &["Ellen Brook said the toll would hurt fishing families, and called the council's plan \"a tax on the tide.\""],
        want: &[w("the toll would hurt fishing families", Some("Ellen Brook"), Some("said"), &[])],
    }]);
    let q = quote(
        &["Ann Porter said the toll money would go to lights, benches, and painted railings along the pier."],
        "benches",
    );
    assert!(q.text.contains("painted railings"), "{q:#?}");
    check(&[Case {
        paras: &["“The new captain is 5’11” and still ducks under the boom,” Reed said after the regatta."],
        want: &[w("still ducks under the boom", Some("Reed"), Some("said"), &[])],
    }]);
    let none = run(&["The club's tallest rower stands 6'4\" and trains every morning, the harbour newsletter reported on its back page."]);
    assert!(none.iter().all(|q| !q.direct), "{none:#?}");
}

// Rule 61: an office named over "dan" ("Kepala Dinas Perhubungan Laut dan Pelabuhan …
// Rudi Hartono") ends at the person a later "Ia" means; a role after "Menurut" with commas of
// its own leaves the name to the part that reads as one, and a region between commas is the
// role's; degrees such as "LL.M." end a name; a relative clause giving a role ("yang juga
// ketua jurusan Teknik Kelautan …") leaves a single name the speaker. (Where an organisation
// after a title ends and the name begins is not written: "Rektor Unco Dedi Kurnia" keeps
// "Unco" in the name.)

#[test]
fn indonesian_offices_over_commas_and_roles_in_relative_clauses() {
    check(&[
        Case {
            paras: &["Kepala Dinas Perhubungan Laut dan Pelabuhan ( Dishublap ) Rudi Hartono , di dermaga , Senin , meninjau kapal yang rusak. Ia menambahkan , perahu nelayan akan diperbaiki bulan depan."],
            want: &[w("perahu nelayan akan diperbaiki", Some("Rudi Hartono"), Some("menambahkan"), &[])],
        },
        Case {
            paras: &["Menurut Kepala Bagian Humas , Hukum dan Protokol Dinas Kelautan Sukamaju , Dedi Kurnia , dermaga baru akan dibangun tahun depan."],
            want: &[w("dermaga baru akan dibangun tahun depan", Some("Dedi Kurnia"), Some("Menurut"), &[])],
        },
        Case {
            paras: &["Ketua Koperasi Nelayan Sejahtera ( KNS ) , Kabupaten Contoh , Rina Wati , menegaskan dermaga harus tetap bersih."],
            want: &[w("dermaga harus tetap bersih", Some("Rina Wati"), Some("menegaskan"), &[])],
        },
        Case {
            paras: &["Dekan Dedi Kurnia , M.Sc. , LL.M. , mengatakan kapal riset baru tiba bulan depan."],
            want: &[w("kapal riset baru tiba bulan depan", Some("Dedi Kurnia"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Budi yang juga ketua jurusan Teknik Kelautan Universitas Contoh menjelaskan cara merawat perahu nelayan."],
            want: &[w("cara merawat perahu nelayan", Some("Budi"), Some("menjelaskan"), &[])],
        },
    ]);
}

// Rule 62: a clause that announces a quote with a colon reports a statement of its own before
// the colon, by the same speaker ("Porter said the ferries would run late all week: “…”"); a
// short scare quote inside that clause leaves its speaker in reach; "In a statement, Reed
// said:" and "said of the mayor:" report nothing before the quote.

#[test]
fn clauses_that_announce_a_quote_report_too() {
    check(&[
        Case {
            paras: &["Porter said the \"wet spring\" would slow the ferries until April: \"Expect delays on the morning boats.\""],
            want: &[
                w("would slow the ferries until April", Some("Porter"), Some("said"), &[]),
                w("Expect delays on the morning boats", Some("Porter"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["Budi mengatakan jembatan itu akan diperbaiki tahun depan: \"Kami sudah siap bekerja.\""],
            want: &[
                w("jembatan itu akan diperbaiki", Some("Budi"), Some("mengatakan"), &[]),
                w("Kami sudah siap bekerja", Some("Budi"), Some("mengatakan"), &[]),
            ],
        },
    ]);
    for para in [
        "In a statement on Friday, Reed said: \"The pier will open in May.\"",
        "Reed said of the harbour master: \"She kept the ferries running all winter.\"",
    ] {
        let got = run(&[para]);
        assert_eq!(got.len(), 1, "{para:?}: {got:#?}");
        assert!(got[0].direct, "{got:#?}");
    }
}

// Rule 63: after a comma and "and" or "but", a clause of the reporter's (a new subject and its
// verb) or the speaker's next verb ("has pushed", "then pointed out") ends the statement, and
// so does the reporter's circumstance (", without giving details"); "and that B" and a clause
// with words quoted in it go on with the statement.

#[test]
fn statements_end_before_a_joined_clause() {
    for (para, has, not) in [
        (
            "Reed said the toll would fall in May, but the harbour board was unhappy about the delay.",
            "the toll would fall in May",
            "unhappy",
        ),
        (
            "Porter said the pier was safe, and has pushed for a second one since the storm.",
            "the pier was safe",
            "pushed",
        ),
        (
            "Dunn said the ferry would run twice a day, without giving any details.",
            "run twice a day",
            "details",
        ),
    ] {
        let q = quote(&[para], has);
        assert!(!q.text.contains(not), "{para:?}: {q:#?}");
    }
    for (para, has, also) in [
        (
            "Ann Porter said the ferry was late, and that the pier had closed for repairs.",
            "the ferry was late",
            "the pier had closed",
        ),
        (
            "Ann Porter said the ferry was late, and the town had \"run out of patience\" with the company.",
            "the ferry was late",
            "the town had",
        ),
    ] {
        let q = quote(&[para], has);
        assert!(q.text.contains(also), "{para:?}: {q:#?}");
    }
}

// Rule 64: a ministry or office named with a role word in it ("Kementerian Koordinator
// Bidang …") is an organisation, no person; a name with its degrees, then a comma and a role
// whose only name is its organisation ("Rina Wati , SE. , MM. , Ketua KNC Sukamaju mengatakan")
// speaks with that role; "SP , MP" after a name are degrees; office abbreviations such as
// "Kadisdik" are roles.

#[test]
fn organisations_and_roles_after_a_name_and_degrees() {
    check(&[
        Case {
            paras: &["Kementerian Koordinator Bidang Kelautan dan Perikanan ( Kemenko KP ) meminta agar semua perahu nelayan memakai pelampung."],
            want: &[w("semua perahu nelayan memakai pelampung", Some("Kementerian Koordinator Bidang Kelautan dan Perikanan"), Some("meminta"), &[])],
        },
        Case {
            paras: &["Rina Wati , SE. , MM. , Ketua KNC Sukamaju mengatakan , harga ikan naik sejak dermaga diperbaiki."],
            want: &[w("harga ikan naik sejak dermaga diperbaiki", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Kepala Balai Benih Ikan Sukamaju , Dr Dedi Kurnia , SP , MP menambahkan , bibit lele dibagikan gratis."],
            want: &[w("bibit lele dibagikan gratis", Some("Dedi Kurnia"), Some("menambahkan"), &[])],
        },
        Case {
            paras: &["Kadisdik Sukamaju , Rudi Hartono , mengatakan sekolah di pesisir akan mendapat perahu antar-jemput."],
            want: &[w("sekolah di pesisir akan mendapat perahu", Some("Rudi Hartono"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 65: "Whenever", "Wherever", "Whatever" and "Unless" open clauses, not names; "All
// told, …" reports nothing.

#[test]
fn sentence_openers_that_are_no_speakers() {
    check_none(&[
        "All told, ferry groups spent nearly $4 million on the harbour campaign.",
        "Whenever asked about the pier, they changed the subject to the new ferry timetable.",
    ]);
}

// Rule 66: a relative pronoun before the cue stands for the noun phrase before it ("a sign
// that read …" is the sign's, without "that"), but "nothing that suggests" is no speaker;
// "to say" after a verb far from it ("stood at the pier to say") is the clause subject's.

#[test]
fn relative_pronouns_and_infinitives_before_the_cue() {
    check(&[
        Case {
            paras: &["Fishermen painted a sign that said “the sea gives back what we give to it.”"],
            want: &[w("the sea gives back what we give", Some("a sign"), Some("said"), &[])],
        },
        Case {
            paras: &[
                "Ann Porter climbed onto the old ferry on Friday to say the boat should never have been sold.",
            ],
            want: &[w("the boat should never have been sold", Some("Ann Porter"), Some("say"), &[])],
        },
    ]);
    let q = run(&["The captain found nothing that suggests the hull was cracked."]);
    assert!(q.iter().all(|q| q.speaker.as_deref().is_none_or(|s| !s.contains("nothing"))), "{q:#?}");
}

// Rule 67: "As Harbour Herald's Ann Porter pointed out, “…”" names Ann Porter, the owner
// her role; a name and its role label a quote ("Ellen Brook, editor of The Harbour Review:
// “…”", "Mark Hale, retired ferryman: “…”"); a party's member described ("The Harbour Republican") speaks, and so does a name
// past its party in brackets and an apposition of whose it is ("Carl Dunn (D), Reed's rival
// on the board, …, saying").

#[test]
fn owners_before_names_and_party_members() {
    check(&[
        Case {
            paras: &["As Harbour Herald’s Ann Porter pointed out on Friday, “The tide tables were wrong all spring.”"],
            want: &[w("The tide tables were wrong all spring", Some("Ann Porter"), Some("pointed out"), &[])],
        },
        Case {
            paras: &["Ellen Brook, editor of The Harbour Review: \"The new pier will not survive a winter storm.\""],
            want: &[w("The new pier will not survive a winter storm", Some("Ellen Brook"), Some(":"), &[])],
        },
        // (or with a short description ending in what the person does)
        Case {
            paras: &["Mark Hale, retired ferryman: \"Nobody asked the crews before the timetable changed.\""],
            want: &[w("Nobody asked the crews", Some("Mark Hale"), Some(":"), &[])],
        },
        Case {
            paras: &["Harbour Commissioner Carl Dunn (D), Reed's rival on the board, backed the new timetable on Monday, saying that the morning ferry must leave earlier."],
            want: &[w("the morning ferry must leave earlier", Some("Carl Dunn"), Some("saying"), &[])],
        },
        Case {
            paras: &["The Harbour Republican spoke at the pier on Sunday, saying the toll should be cut in half."],
            want: &[w("the toll should be cut in half", Some("The Harbour Republican"), Some("saying"), &[])],
        },
    ]);
}

// Rule 68: a question put or a participle's phrase opening the sentence holds verbs of its own
// ("Asked whether the ferry would run in winter, he hesitated: “…”", "While walking along the
// harbour wall, a friend commented: “…”"); "now" stands between a conjunction and the cue ("but now said");
// a colon hands the quote to the clause nearest it ("The sailors sit down, and then Reed
// speaks: “…”").

#[test]
fn openers_with_verbs_and_the_clause_nearest_the_colon() {
    check(&[
        Case {
            paras: &["Asked whether the ferry would run in winter, he hesitated: “That depends on the storms.”"],
            want: &[w("That depends on the storms", None, Some("hesitated"), &[])],
        },
        Case {
            paras: &["While walking along the harbour wall, a friend commented: \"The gulls were louder last summer.\""],
            want: &[w("The gulls were louder last summer", Some("a friend"), Some("commented"), &[])],
        },
        Case {
            paras: &["Tom Reed once opposed the toll, but now said it would “pay for the new lights on the pier.”"],
            want: &[w("pay for the new lights on the pier", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["The sailors sit down, and then Reed speaks: “We leave at dawn for the northern banks.”"],
            want: &[w("We leave at dawn for the northern banks", Some("Reed"), Some("speaks"), &[])],
        },
    ]);
}

// Rule 69: labels after a digest's headline and a dash, and two names joined by "and"
// ("FERRY FARES RISE AGAIN - Ann Porter and Tom Reed: “…”"); "Or, as Ellen Brook, a retired
// ferry captain, put it: “…”"; a compound description ("The billionaire businessman") and a
// long question put before the speaker ("Asked whether …, Mr. Dunn replied: “…”").

#[test]
fn digest_labels_comparisons_and_long_questions() {
    check(&[
        Case {
            paras: &["FERRY FARES RISE AGAIN - Ann Porter and Tom Reed: “The morning boats are full every day.”"],
            want: &[w("The morning boats are full every day", Some("Ann Porter and Tom Reed"), Some(":"), &[])],
        },
        Case {
            paras: &["Tides are changing the ferry timetable - Ellen Brook: “The last boat now leaves at six.”"],
            want: &[w("The last boat now leaves at six", Some("Ellen Brook"), Some(":"), &[])],
        },
        Case {
            paras: &["Or, as Ellen Brook, a retired ferry captain, put it: ''Every winter takes a plank or two.''"],
            want: &[w("Every winter takes a plank or two", Some("Ellen Brook"), Some("put it"), &[])],
        },
        Case {
            paras: &["The billionaire businessman toured the new pier, saying the harbour would need two more cranes."],
            want: &[w("the harbour would need two more cranes", Some("The billionaire businessman"), Some("saying"), &[])],
        },
        Case {
            paras: &["Asked whether the ferry company would pay for the repairs before the council meets again in the spring, Mr. Dunn replied: ''Not this year.''"],
            want: &[w("Not this year", Some("Mr. Dunn"), Some("replied"), &[])],
        },
    ]);
}

// Rule 70: after a sentence's quotes a clause of its own with "that" is a statement too
// ("Pointing to “storm damage,” the ferry line's spokeswoman told the Herald that …"), and a quote
// goes on past the speaker's statement reported in between (`“A,” Reed said, and told the
// Herald that X. “B.”`); a participle opening the noun phrase before a cue is part of it
// ("But sailing experts say").

#[test]
fn statements_after_quotes_and_quotes_past_them() {
    check(&[
        Case {
            paras: &["Pointing to “storm damage,” the ferry line's spokeswoman told the Herald that the night boat would stop until March."],
            want: &[w("the night boat would stop until March", Some("the ferry line's spokeswoman"), Some("told"), &["the Herald"])],
        },
        Case {
            paras: &["But sailing experts say the harbour wall might not survive another storm."],
            want: &[w("the harbour wall might not survive", Some("sailing experts"), Some("say"), &[])],
        },
    ]);
    let got = run(&["“The ferry is not going to run on a cheaper fare,” Ann Porter said, and told the Herald that a higher toll could save the pier. “The council knows it.”"]);
    let direct =
        got.iter().find(|q| q.direct && q.text.contains("The ferry is not going")).expect("the quote");
    assert!(direct.text.contains("The council knows it"), "{got:#?}");
    assert!(
        got.iter().any(|q| !q.direct && q.text.contains("a higher toll could save the pier")),
        "{got:#?}"
    );
}

// Rule 71: a share written with its sign speaks ("26% say"), also after a semicolon; a
// relative clause without commas stands between a noun and its cue ("The fishermen who met the
// mayor on Monday say", "Sailors who spoke to the Herald said").

#[test]
fn percent_signs_and_relative_clauses_without_commas() {
    check(&[
        Case {
            paras: &["Most riders take the morning boat; 26% say they prefer the evening one."],
            want: &[w("they prefer the evening one", Some("26%"), Some("say"), &[])],
        },
        Case {
            paras: &["The fishermen who met the mayor on Monday say the new toll is too high."],
            want: &[w("the new toll is too high", Some("The fishermen"), Some("say"), &[])],
        },
        Case {
            paras: &["Sailors who spoke to the Harbour Herald said the pier was unsafe."],
            want: &[w("the pier was unsafe", Some("Sailors"), Some("said"), &[])],
        },
    ]);
}

// Rule 72: a name that opens the sentence after a description of its own ("Harbour delegate
// Ann Porter, wearing her father's cap, said") is read back from its comma; a described subject may
// join two descriptions ("The harbour board chairman and former ferry captain said").

#[test]
fn names_read_back_from_their_comma_and_joined_descriptions() {
    check(&[
        Case {
            paras: &["Harbour delegate Ann Porter, wearing her late father's sailing cap, said the vote could be lost."],
            want: &[w("the vote could be lost", Some("Ann Porter"), Some("said"), &[])],
        },
        Case {
            paras: &["The harbour board chairman and former ferry captain said the port needed a stronger wall."],
            want: &[w("the port needed a stronger wall", Some("The harbour board chairman and former ferry captain"), Some("said"), &[])],
        },
    ]);
}

// Rule 73: after a subordinate clause that holds a statement, the main clause's statement is
// one too, its subject's ("While Dunn said A, he said B").

#[test]
fn main_clause_statements_after_subordinate_ones() {
    check(&[Case {
        paras: &["While Dunn said the pier needed new lights, Ann Porter said the money should go to the ferry first."],
        want: &[
            w("the pier needed new lights", Some("Dunn"), Some("said"), &[]),
            w("the money should go to the ferry first", Some("Ann Porter"), Some("said"), &[]),
        ],
    }]);
}

// Rule 74: a participle's statement after a quote may hold words quoted in it (`“…,” the
// harbour master said, adding that the night ferry would need “two more weeks” …`); a participle that hands over a
// quotation (", adding, “…”") reports none of its own.

#[test]
fn participle_statements_with_words_quoted_in_them() {
    check(&[Case {
        paras: &["\"The lights are fixed,\" the harbour master said, adding that the night ferry would need \"two more weeks\" of tests."],
        want: &[
            w("The lights are fixed", Some("the harbour master"), Some("said"), &[]),
            w("the night ferry would need \"two more weeks\" of tests", Some("the harbour master"), Some("adding"), &[]),
        ],
    }]);
    let got = run(&["“The pier is open,” she said, adding, “The ferry is late.”"]);
    assert!(got.iter().all(|q| q.direct), "{got:#?}");
}

// Rule 75: more participles report for the clause's subject after a comma: "suggesting",
// "claiming", "predicting", "acknowledging", "promising", "vowing".

#[test]
fn more_participles_of_speech() {
    check(&[
        Case {
            paras: &["Ann Porter criticised the new toll, suggesting that the council had counted the riders wrong."],
            want: &[w("the council had counted the riders wrong", Some("Ann Porter"), Some("suggesting"), &[])],
        },
        Case {
            paras: &["Tom Reed opened the rally in Harbourton, promising that the ferry would run every hour."],
            want: &[w("the ferry would run every hour", Some("Tom Reed"), Some("promising"), &[])],
        },
    ]);
}

// Rule 76: a paragraph that only signs the quote above it ("— Ann Porter", "- Reed.") names
// its speaker.

#[test]
fn signature_lines_name_the_quote_above() {
    check(&[
        Case {
            paras: &[
                "\"The pier has stood for a hundred years and will stand for a hundred more.\"",
                "- Reed.",
            ],
            want: &[w("The pier has stood for a hundred years", Some("Reed"), Some("-"), &[])],
        },
        Case {
            paras: &["“The ferry kept this town alive through three winters.”", "— Ann Porter"],
            want: &[w("The ferry kept this town alive", Some("Ann Porter"), Some("—"), &[])],
        },
    ]);
}

// Rule 77: a paragraph ending in a colon announces the quote that opens the next whatever its
// verb ("Reed then named the three boats the town should buy:"), a label being only its first word
// ("A:"); a plural cue word after a determiner is a noun ("repeated those claims"), and the
// clause nearest the colon speaks.

#[test]
fn announcing_paragraphs_and_nouns_that_look_like_cues() {
    check(&[
        Case {
            paras: &["Reed then named the three boats the town should buy:", "\"The first one is already in the water at Dover.\""],
            want: &[w("The first one is already in the water", Some("Reed"), Some("named"), &[])],
        },
        Case {
            paras: &["The Herald repeated those claims about the toll last spring, and the Harbour Trust answered:", "\"No captain has ever paid the toll twice.\""],
            want: &[w("No captain has ever paid the toll twice", Some("Harbour Trust"), Some("answered"), &[])],
        },
    ]);
}

// Rule 78: a source named before a colon speaks the quote after it: "According to the
// Herald: “…”", "Here's Reed in the spring of 1990: “…”".

#[test]
fn sources_named_before_a_colon() {
    for (para, speaker, cue) in [
        (
            "According to the Harbour Herald: “The pier will close for repairs in March.”",
            "Harbour Herald",
            "according to",
        ),
        ("Here’s Reed in the spring of 1990: “Give me one more boat and I will fill it.”", "Reed", ":"),
        ("Here is Ann Porter on the pier: “We will not give it up.”", "Ann Porter", ":"),
    ] {
        let got = run(&[para]);
        let q = got.iter().find(|q| q.direct).unwrap_or_else(|| panic!("{para:?}: {got:#?}"));
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{para:?}: {q:#?}");
        assert_eq!(q.cue.as_deref(), Some(cue), "{para:?}: {q:#?}");
    }
}

// Rule 79: a described subject runs on over what it is on or for up to its verb ("The
// council's longtime adviser on the pier repairs went further, arguing …"); a letter or memo
// speaks ("The letter goes on: “…”").

#[test]
fn long_descriptions_and_documents_as_speakers() {
    check(&[
        Case {
            paras: &["The council's longtime adviser on the pier repairs went further, arguing the toll would pay for itself."],
            want: &[w("the toll would pay for itself", Some("The council's longtime adviser on the pier repairs"), Some("arguing"), &[])],
        },
        Case {
            paras: &["The letter goes on: “Nobody asked the fishermen before the toll was set.”"],
            want: &[w("Nobody asked the fishermen before the toll was set", Some("The letter"), Some("goes on"), &[])],
        },
    ]);
}

// Rule 80: a participle after a quote's attribution hands the next quote over with a colon
// (`“A,” said Porter, explaining why the board chose them: “B.”`), B hers.

#[test]
fn participles_that_hand_over_a_quote_with_a_colon() {
    check(&[Case {
        paras: &["“The new cranes will save us a week a month,” said Ann Porter, explaining why the board chose them: “They lift twice what the old ones could.”"],
        want: &[
            w("The new cranes will save us a week a month", Some("Ann Porter"), Some("said"), &[]),
            w("They lift twice what the old ones could", Some("Ann Porter"), Some("explaining"), &[]),
        ],
    }]);
}

// Rule 81: a participle right after a quote hands the next one to the same speaker
// (`“A,” adding, “B.”`).

#[test]
fn participles_right_after_a_quote_hand_over_the_next() {
    check(&[Case {
        paras: &["Reed told the council, “The ferry has run late every day this week,” adding, “Next week will be no better.”"],
        want: &[
            w("The ferry has run late every day this week", Some("Reed"), Some("told"), &[]),
            w("Next week will be no better", Some("Reed"), Some("adding"), &[]),
        ],
    }]);
}

// Rule 82: single straight marks quote where a word starts and ends (`Porter: 'We will
// stay.'`), past apostrophes inside; a line in single marks alone is a subheading, and a
// clitic split off its word (`pier 's`) opens nothing.

#[test]
fn single_straight_quotation_marks() {
    check(&[
        Case {
            paras: &["Ann Porter: 'We're keeping the pier open all winter.'"],
            want: &[w("We're keeping the pier open all winter", Some("Ann Porter"), Some(":"), &[])],
        },
        Case {
            paras: &["Tom Reed warns: 'Don't wait for the last boat.'"],
            want: &[w("Don't wait for the last boat", Some("Tom Reed"), Some("warns"), &[])],
        },
    ]);
    check_none(&["'A harbour for everyone.'", "The pier 's new toll starts in May , the 'old' one ends ."]);
}

// Rule 83: a lowercase quotation after a comma goes on with the sentence's opening phrase and
// is woven into it, from the sentence start (`Since the storm took two ferries, “the
// timetable …,” Reed said`); after a connective alone it stays direct. A statement that opens with the
// speaker's quoted words and runs on in the reporter's is direct (`“We are ready” for the
// storm, Reed said`), unless "that" reports it.

#[test]
fn quotations_woven_into_the_sentence_around_them() {
    let paras = [
        "Since the storm took two ferries, “the winter timetable cannot hold,” Reed said.",
        "Even so, Porter said, “the toll should go to the fishermen.”",
        "So, Porter said, “the toll should stay where it is.”",
        "“We are ready” for the storm season, Reed said on Monday.",
        "Dunn told the council that “the pier will hold” through the winter.",
    ];
    let got = run(&paras);
    let find = |has: &str| {
        got.iter()
            .find(|q| q.text.contains(has))
            .unwrap_or_else(|| panic!("no quote carries {has:?}: {got:#?}"))
    };
    for (has, starts, direct) in [
        ("the winter timetable", "Since the storm", false),
        ("the toll should go", "Even so,", false),
        ("the toll should stay", "the toll", true),
        ("We are ready", "“We are ready”", true),
        ("the pier will hold", "the council that “the pier", false),
    ] {
        let q = find(has);
        assert!(q.text.starts_with(starts), "{has:?} should start with {starts:?}: {q:#?}");
        assert_eq!(q.direct, direct, "{has:?}: {q:#?}");
    }
}

// Rule 84: verbs of saying in the plural present ("the fishermen argue that …", "critics
// fear that …").

#[test]
fn plural_present_verbs_of_saying() {
    check(&[
        Case {
            paras: &["The fishermen argue that the new toll will empty the harbour by spring."],
            want: &[w("the new toll will empty the harbour", Some("The fishermen"), Some("argue"), &[])],
        },
        Case {
            paras: &["The ferry captains fear that the pier will not survive another storm."],
            want: &[w("the pier will not survive", Some("The ferry captains"), Some("fear"), &[])],
        },
    ]);
}

// Rule 85: a question put to someone, in the passive, is a statement of who asked it:
// named after "by", else unknown ("Asked if …, Reed said …").

#[test]
fn questions_asked() {
    check(&[
        Case {
            paras: &["Asked if the ferries would run on Sunday, Reed said only the small one would."],
            want: &[
                w("if the ferries would run on Sunday", None, Some("Asked"), &[]),
                w("only the small one would", Some("Reed"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["“Not this year,” Porter replied, when asked by the harbour board whether the toll would rise."],
            want: &[
                w("Not this year", Some("Porter"), Some("replied"), &[]),
                w("whether the toll would rise", Some("the harbour board"), Some("asked"), &[]),
            ],
        },
    ]);
    check_none(&["The harbour master asked for more boats."]);
}

// Rule 86: a bare plural opens a poll's finding ("In exit polls, …").

#[test]
fn poll_findings_after_bare_plurals() {
    check(&[Case {
        paras: &["In exit polls, most fishermen backed the new toll."],
        want: &[w("most fishermen backed the new toll", Some("exit polls"), Some("In"), &[])],
    }]);
}

// Rule 87: hearsay that says only that it exists ("ada laporan bahwa …", "beredar kabar
// yang menyebutkan bahwa …", "there are reports that …") is unattributed and hedged; inside
// a quotation it is the speaker's words, not a statement of its own.

#[test]
fn hearsay_that_only_exists() {
    for (para, has, cue) in [
        (
            "Sementara itu, ada laporan bahwa dermaga Sukamaju akan ditutup bulan depan.",
            "dermaga Sukamaju akan ditutup",
            "ada laporan",
        ),
        (
            "Beredar kabar yang menyebutkan bahwa perahu nelayan dilarang berlabuh.",
            "perahu nelayan dilarang berlabuh",
            "beredar kabar",
        ),
        (
            "There are reports that the harbour master will resign next week.",
            "the harbour master will resign",
            "there are reports",
        ),
    ] {
        let got = run(&[para]);
        let q = got.iter().find(|q| q.text.contains(has)).unwrap_or_else(|| panic!("{para:?}: {got:#?}"));
        assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (None, Some(cue)), "{para:?}: {q:#?}");
        assert_eq!(q.certainty, jejak_model::Certainty::Hedged, "{para:?}: {q:#?}");
    }
    let got = run(&["“Ada laporan bahwa dermaga akan ditutup,” kata Rudi Hartono."]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker.as_deref(), Some("Rudi Hartono"), "{got:#?}");
}

// Rule 88: "Klaim tersebut disampaikan X" makes the plain sentence before it X's claim.

#[test]
fn back_reference_to_a_plain_sentence() {
    check(&[Case {
        paras: &["Dermaga Sukamaju akan ditutup bulan depan untuk perbaikan. Klaim tersebut disampaikan Rudi Hartono dalam rapat di Kabupaten Contoh."],
        want: &[w("Dermaga Sukamaju akan ditutup", Some("Rudi Hartono"), Some("disampaikan"), &[])],
    }]);
}

// Rule 89: after an inverted cue, a description the lexicon does not know names its speaker
// when a full name ends the clause; a place after a preposition does not.

#[test]
fn unknown_description_before_a_full_name() {
    check(&[Case {
        paras: &["“The pier will not hold another winter,” said veteran harbourmaster Tom Reed."],
        want: &[w("will not hold another winter", Some("Tom Reed"), Some("said"), &[])],
    }]);
    let got = run(&["“The pier will not hold another winter,” said outside Harbour Hall."]);
    assert!(got.iter().all(|q| q.speaker.as_deref() != Some("Harbour Hall")), "{got:#?}");
}

// Rule 90: the subject of a clause is found past what opens the sentence: a subordinate
// clause ("As the rain set in, …", "After I asked …, he …"), a time ("Last month, …") and
// an apposition that starts with a possessive ("Tom Reed, his neighbour, …").

#[test]
fn subject_past_openers_and_possessive_appositions() {
    check(&[
        Case {
            paras: &["As the rain set in, Ann Porter walked onto the pier and joked, “The ferry is early for once.”"],
            want: &[w("The ferry is early for once", Some("Ann Porter"), Some("joked"), &[])],
        },
        Case {
            paras: &["Last month, Tom Reed stood on the quay and said, “We will rebuild it.”"],
            want: &[w("We will rebuild it", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Tom Reed, his neighbour, toured the docks and said the storm had cost the town a season."],
            want: &[w("the storm had cost the town a season", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
}

// Rule 91: a question asked is the asker's statement, past when it was asked ("Asked at the
// hearing why …") and past whom it was asked of ("after I asked Reed whether …").

#[test]
fn questions_past_occasions_and_addressees() {
    check(&[
        Case {
            paras: &["Asked at the harbour hearing why the ferry ran late so often, Tom Reed said the engines were old."],
            want: &[
                w("why the ferry ran late so often", None, Some("Asked"), &[]),
                w("the engines were old", Some("Tom Reed"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["When Joan Miller asked the mayor whether the pier would reopen, Tom Reed looked away and said, “Not this year.”"],
            want: &[
                w("whether the pier would reopen", Some("Joan Miller"), Some("asked"), &[]),
                w("Not this year", Some("Tom Reed"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["Ann Porter asked the harbour board whether the fees would rise, and the board did not answer."],
            want: &[w("whether the fees would rise", Some("Ann Porter"), Some("asked"), &[])],
        },
    ]);
}

// Rule 92: the people a restrictive relative clause picks out speak ("critics who say …"),
// and a share in a relative clause is a poll's finding ("a town where 60 percent of voters
// say …").

#[test]
fn people_picked_out_by_relative_clauses() {
    check(&[
        Case {
            paras: &["The council gave new arguments to fishermen who say the pier costs too much."],
            want: &[w("the pier costs too much", Some("fishermen"), Some("say"), &[])],
        },
        Case {
            paras: &["Reed campaigns in a harbour town where 60 percent of voters say the ferry fares are too high."],
            want: &[w("the ferry fares are too high", Some("60 percent of voters"), Some("say"), &[])],
        },
    ]);
}

// Rule 93: a second subject and cue after a quotation start a statement of their own: in
// `30 percent said “too slow” and 12 percent said “far too slow”`, each share has its quote.
// An adverb set off by a comma ("Recently, …") opens the sentence before its subject.

#[test]
fn a_second_speaker_after_a_quotation() {
    check(&[
        Case {
            paras: &[
                "Asked about the repairs, 30 percent said “too slow” and 12 percent said “far too slow.”",
            ],
            want: &[
                w("too slow", Some("30 percent"), Some("said"), &[]),
                w("far too slow", Some("12 percent"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &["Recently, Joan Miller went down to the quay to say the boats would sail again."],
            want: &[w("the boats would sail again", Some("Joan Miller"), Some("say"), &[])],
        },
    ]);
}

// Rule 94: "according to" a medium's contributor names the contributor as the speaker
// (a description ending in a full name names its speaker) and the medium as the hop.

#[test]
fn according_to_a_mediums_contributor() {
    check(&[Case {
        paras: &["According to Harbour Herald columnist Carl Dunn, the old pier has flooded three times since spring."],
        want: &[w("the old pier has flooded three times", Some("Carl Dunn"), Some("according to"), &["Harbour Herald"])],
    }]);
}

// Rule 95: "telling <whom>, “…”" hands the quotation over whole, and an attribution that
// announces the next quotation with a colon belongs to it, not to a quoted fragment before it.

#[test]
fn quotations_handed_over_after_telling_and_colons() {
    check(&[
        Case {
            paras: &["Reed thanked the crew, telling them, “You kept this harbour alive all winter.”"],
            want: &[w("You kept this harbour alive all winter", Some("Reed"), Some("telling"), &[])],
        },
        Case {
            paras: &["Turning to the ferry plan “for the north shore,” Porter warned: “It will not be ready before spring.”"],
            want: &[w("It will not be ready before spring", Some("Porter"), Some("warned"), &[])],
        },
    ]);
    let got = run(&["Turning to the ferry plan “for the north shore,” Porter warned: “It will not be ready before spring.”"]);
    assert!(got.iter().all(|q| !q.text.contains("Turning to")), "{got:#?}");
    let told = got.iter().find(|q| q.text.contains("ready before spring")).expect("the quote");
    assert!(told.direct, "{told:#?}");
}

// Rule 96: a quote goes on past one sentence of the reporter's that says nothing and shows no
// one else; a sentence that shows someone else hands the next bare quote to them, even a
// relative with the same surname.

#[test]
fn quotes_past_an_aside_and_bare_quotes_after_someone_else() {
    let got = run(&["“The boats are ready,” Tom Reed said. The fog had lifted over the harbour by noon. “We sail at dawn.”"]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].text.contains("The boats are ready") && got[0].text.contains("We sail at dawn"),
        "{got:#?}"
    );
    assert!(!got[0].text.contains("fog"), "the aside is cut out: {got:#?}");
    let got =
        run(&["“The boats are ready,” Tom Reed said. Ann Reed frowned. “Not before the storm passes.”"]);
    let second = got.iter().find(|q| q.text.contains("Not before the storm")).expect("the second quote");
    assert_eq!(second.speaker.as_deref(), Some("Ann Reed"), "{got:#?}");
}

// Rule 97: a quote goes on after its attribution joined by "and" (`“A,” she said, and “B.”`)
// and into a one-word question or exclamation that is a sentence of its own.

#[test]
fn quotes_going_on_after_and_into_short_questions() {
    for (para, first, last) in [
        (
            "“The toll plan needs a council vote first,” Ann Porter said, and “a second vote after a year.”",
            "The toll plan needs",
            "a second vote after a year",
        ),
        ("“The pier is shut again,” Tom Reed said at the quay. “Why?”", "The pier is shut again", "Why?"),
    ] {
        let got = run(&[para]);
        assert_eq!(got.len(), 1, "{para:?}: {got:#?}");
        let q = &got[0];
        assert!(q.direct && q.text.contains(first) && q.text.contains(last), "{para:?}: {q:#?}");
    }
}

// Rule 98: a two-word verb of speech before a quote ("Porter shot back, “…”") is its cue, as
// after one; "goes on" followed by more words is not ("the crew goes on strike, “…”").

#[test]
fn two_word_verbs_before_a_quote() {
    check(&[Case {
        paras: &[
            "Asked about the toll, Ann Porter shot back, “I could have stayed quiet, but I chose to speak.”",
        ],
        want: &[w("I could have stayed quiet", Some("Ann Porter"), Some("shot back"), &[])],
    }]);
    let got = run(&["Tom Reed said that if the crew goes on strike, “I will sail the ferry myself.”"]);
    assert!(got.iter().all(|q| q.cue.as_deref() != Some("goes on")), "{got:#?}");
}

// Rule 99: a sentence with a quote keeps the statement its speaker makes before the quote
// without a colon: fronted ("The ferries will run, Reed said, adding, “…”") or after the
// speaker ("Reed said the pier was safe and said, “…”"), a clause either way; the occasion
// ("In a letter on Monday, Reed said, “…”") is no statement.

#[test]
fn statements_before_a_quote_without_a_colon() {
    check(&[
        Case {
            paras: &["The night ferries will run again next month, Joan Miller said, adding, “The crews are ready.”"],
            want: &[
                w("The night ferries will run again next month", Some("Joan Miller"), Some("said"), &[]),
                w("The crews are ready", Some("Joan Miller"), Some("adding"), &[]),
            ],
        },
        Case {
            paras: &["Tom Reed said the closure was ordered by the harbour board and said, “Ask them, not me.”"],
            want: &[
                w("the closure was ordered by the harbour board", Some("Tom Reed"), Some("said"), &[]),
                w("Ask them, not me", Some("Tom Reed"), Some("said"), &[]),
            ],
        },
    ]);
    let got = run(&["In a letter to the council on Monday, Tom Reed said, “The pier stays shut.”"]);
    assert_eq!(got.len(), 1, "{got:#?}");
    let got =
        run(&["Tom Reed said the closure was ordered by the harbour board and said, “Ask them, not me.”"]);
    let stated = got.iter().find(|q| !q.direct).expect("the statement");
    assert!(!stated.text.contains("and said"), "{stated:#?}");
}

// Rule 100: scraped text glues a sentence to the quotation after it (`… dermaga."Kami …`):
// the quotation starts a sentence of its own, not a statement woven into the one before; a
// medium described by a web address runs through its dots ("dikutip dari situs
// www.contoh.go.id").

#[test]
fn glued_quotations_and_web_addresses() {
    let q = quote(
        &["Budi lalu menceritakan kerusakan dermaga.\"Perahu nelayan tidak bisa bersandar sejak pekan lalu,\" kata dia."],
        "Perahu nelayan",
    );
    assert!(!q.text.contains("menceritakan"), "{q:#?}");
    assert!(q.direct, "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Budi"), "{q:#?}");
    let q = quote(
        &["Seperti dikutip dari situs www.sukamaju.go.id, perbaikan dermaga selesai bulan depan."],
        "perbaikan dermaga",
    );
    assert!(q.text.starts_with("perbaikan"), "{q:#?}");
    let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
    assert_eq!(via, ["situs www.sukamaju.go.id"], "{q:#?}");
}

// Rule 101: a verb of speech ends a lowercase speaker ("officers announced"); a network's
// acronym opening a station's name makes it a medium ("BBC Harbourton"), which no later "he"
// stands for.

#[test]
fn speech_verbs_end_speakers_and_stations_are_media() {
    check(&[Case {
        paras: &["\"The pier is open!\" officers announced on their radios."],
        want: &[w("The pier is open", Some("officers"), Some("announced"), &[])],
    }]);
    let got = run(&[
        "BBC Harbourton reports the ferry captain was fined for sailing in the storm.",
        "Later, he admitted that he had ignored the warning.",
    ]);
    let admitted = got.iter().find(|q| q.text.contains("ignored the warning")).expect("the admission");
    assert_ne!(admitted.speaker.as_deref(), Some("BBC Harbourton"), "{got:#?}");
}

// Rule 102: a medium that says something "citing" a source passes on the source's statement
// (the source speaks, the medium is the first hop), as a fronted "Mengutip X, M …" does; a
// person citing a reason still speaks for themself.

#[test]
fn media_citing_a_source_after_the_statement() {
    check(&[
        Case {
            paras: &["Ferry fares will rise in May, the Harbour Herald reported, citing the port authority."],
            want: &[w(
                "Ferry fares will rise",
                Some("the port authority"),
                Some("reported"),
                &["Harbour Herald"],
            )],
        },
        Case {
            paras: &["Tom Reed backed the plan, citing rising costs at the pier."],
            want: &[w("rising costs at the pier", Some("Tom Reed"), Some("citing"), &[])],
        },
    ]);
    let got = run(&["Ferry fares will rise in May, the Harbour Herald reported, citing the port authority."]);
    assert_eq!(got.len(), 1, "the source is no statement of its own: {got:#?}");
}

// Rule 103: "told <whom> <clause>": whom it was told to is no part of what was told, when the
// clause opens with its subject ("told harbour workers he wants …", "told the council the
// forecast was …") or after "that" past a relative clause on them ("told the workers who
// filled the hall that …"); "his repeated claims" are a thing, no speech.

#[test]
fn addressees_before_what_was_told() {
    check(&[
        Case {
            paras: &["Tom Reed told harbour workers he wants the ferry line to turn a profit next year."],
            want: &[w("he wants the ferry line", Some("Tom Reed"), Some("told"), &[])],
        },
        Case {
            paras: &["Ann Porter told the crowd at the pier they would have their ferry back by May."],
            want: &[w("they would have their ferry back", Some("Ann Porter"), Some("told"), &[])],
        },
        Case {
            paras: &["Ann Porter told the council the forecast was based on ferry surveys."],
            want: &[w("the forecast was based on ferry surveys", Some("Ann Porter"), Some("told"), &[])],
        },
        Case {
            paras: &[
                "Tom Reed told the ferry workers who filled the hall that the pier would reopen in May.",
            ],
            want: &[w("the pier would reopen in May", Some("Tom Reed"), Some("told"), &[])],
        },
    ]);
    let q = quote(
        &["Tom Reed told harbour workers he wants the ferry line to turn a profit next year."],
        "ferry line",
    );
    assert!(q.text.starts_with("he wants"), "{q:#?}");
    let q = quote(
        &["Tom Reed told the ferry workers who filled the hall that the pier would reopen in May."],
        "reopen",
    );
    assert!(q.text.starts_with("the pier"), "{q:#?}");
    let got = run(&["Tom Reed told a sailor who warned that the pier was unsafe to stay calm."]);
    assert!(
        got.iter()
            .all(|q| !q.text.starts_with("the pier was unsafe") || q.speaker.as_deref() != Some("Tom Reed")),
        "{got:#?}"
    );
    let q = quote(&["Ann Porter told the council the forecast was based on ferry surveys."], "forecast");
    assert!(q.text.starts_with("the forecast"), "{q:#?}");
}

// Rule 104: an ampersand joins capitals into one word of a name or role ("R&D"); the head of
// a regional office names the region before the person ("Kajari Sukamaju Teuku Rahmat").

#[test]
fn ampersands_and_regional_offices() {
    check(&[
        Case {
            paras: &["\"Ban ini aman di medan basah,\" jelas manajer R&D Ann Porter."],
            want: &[w("Ban ini aman", Some("Ann Porter"), Some("jelas"), &[])],
        },
        Case {
            paras: &["\"Berkas perkara sudah diterima,\" kata Kajari Sukamaju Teuku Rahmat."],
            want: &[w("Berkas perkara sudah diterima", Some("Teuku Rahmat"), Some("kata"), &[])],
        },
    ]);
}

// Rule 105: a connective opening a sentence is never part of a name ("Sebaliknya", "Makanya",
// "Indeed", "Instead"), nor is a passive verb ("Diketahui Dana Desa …" names no one a
// pronoun could point back to).

#[test]
fn sentence_connectives_are_no_names() {
    check(&[
        Case {
            paras: &["Padahal diakui Budi, perahu nelayan belum bisa bersandar di dermaga."],
            want: &[w("perahu nelayan belum bisa bersandar", Some("Budi"), Some("diakui"), &[])],
        },
        Case {
            paras: &["Indeed, harbour surveys indicate the pier is older than the quay."],
            want: &[w("the pier is older than the quay", Some("harbour surveys"), Some("indicate"), &[])],
        },
    ]);
    check_none(&["Sebaliknya menyatakan bahwa dermaga itu rusak adalah kritik berdasarkan fakta."]);
    check(&[Case {
        paras: &[
            "Rudi Hartono meninjau dermaga pada pagi hari. Diketahui Dana Desa sudah cair sejak bulan lalu.",
            "Menurutnya , nelayan akan terbantu.",
        ],
        want: &[w("nelayan akan terbantu", Some("Rudi Hartono"), Some("Menurutnya"), &[])],
    }]);
}

// Rule 106: a quote that runs on into the next paragraph after its attribution (`“A,” she
// said.` then `“B.”`) reads A, then B, without the attribution in its words.

#[test]
fn quotes_running_on_leave_their_attribution_out() {
    let q = quote(
        &["\"I just want the ferry back,\" Ann Porter said.", "\"That is all. We have waited long enough.\""],
        "ferry back",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    assert_eq!(q.text, "I just want the ferry back\n\nThat is all. We have waited long enough.", "{q:#?}");
}

// Rule 107: an acronym in brackets inside a role leaves the name after it the speaker's
// ("Kepala Badan … (BPBD) Kabupaten Contoh Rudi Hartono"), and "dia" after it means him; an
// opening phrase of the speaker's doing ("Menanggapi hal itu, …") is no statement, and a
// comma after an Indonesian cue hands over what was said.

#[test]
fn bracketed_acronyms_openers_and_handed_over_statements() {
    check(&[
        Case {
            paras: &["Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Contoh Rudi Hartono mengaku sudah menerima laporan itu. Menurut dia, tim gabungan sedang memeriksa kondisi dermaga."],
            want: &[
                w("sudah menerima laporan itu", Some("Rudi Hartono"), Some("mengaku"), &[]),
                w("tim gabungan sedang memeriksa", Some("Rudi Hartono"), Some("Menurut"), &[]),
            ],
        },
        Case {
            paras: &["Melihat ucapan bupati itu, Ketua Koperasi Rina Wati menjelaskan, sebenarnya dermaga tidak rusak parah."],
            want: &[w("sebenarnya dermaga tidak rusak parah", Some("Rina Wati"), Some("menjelaskan"), &[])],
        },
    ]);
    let got = run(&["Melihat ucapan bupati itu, Ketua Koperasi Rina Wati menjelaskan, sebenarnya dermaga tidak rusak parah."]);
    assert!(got.iter().all(|q| !q.text.contains("Melihat")), "{got:#?}");
}

// Rule 108: a venue runs through the dots of an abbreviation ("past 10 p.m.").

#[test]
fn venues_through_abbreviations() {
    let q = quote(
        &["\"The pier stays shut,\" Tom Reed said during a debate that ran past 10 p.m. \"We need a plan.\""],
        "pier stays shut",
    );
    assert_eq!(q.venue.as_deref(), Some("during a debate that ran past 10 p.m."), "{q:#?}");
}

// Rule 109: a name opening the sentence, then what the person does and where, then a place,
// all set off by commas, is the speaker ("Rina Wati (45), pedagang beras di Pasar Baru,
// Sukamaju, mengatakan"); a role opening the sentence still names the person after it.

#[test]
fn opening_names_described_with_a_place() {
    check(&[
        Case {
            paras: &["Rina Wati (45), pedagang beras eceran di Pasar Baru, Sukamaju, mengatakan pembeli mulai mengurangi belanja."],
            want: &[w("pembeli mulai mengurangi belanja", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Pengamat dari Universitas Contoh, Dedi, menyebut harga beras akan turun bulan depan."],
            want: &[w("harga beras akan turun", Some("Dedi"), Some("menyebut"), &[])],
        },
    ]);
}

// Rule 110: a number keeps its commas ("5,000 riders", "1,3 juta"): no clause starts inside
// it, and "at least" a figure is what was said, not where.

#[test]
fn numbers_with_commas() {
    check(&[
        Case {
            paras: &["The harbour board reported at least 5,000 riders used the ferry on Sunday, but it gave no figure for Monday."],
            want: &[w("at least 5,000 riders used the ferry", Some("The harbour board"), Some("reported"), &[])],
        },
        Case {
            paras: &["Tom Reed said the repairs would cost $1,250,000 and take a year."],
            want: &[w("the repairs would cost $1,250,000 and take a year", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
}

#[test]
fn claims_after_a_possessive_and_an_adjective_are_things() {
    check_none(&[
        "His repeated claims of having no memory of the crash were contrasted with his memory of the pier.",
    ]);
}

// Rule 111: a pair of single marks typed for a double one closes a quote (`“…,’’ Reed
// said`); "To" opens no name; a label before a colon with a list of counted things after it
// is no headline ("Containers: 1 Green, 1 Red, 1 tsp").

#[test]
fn doubled_single_marks_labels_and_infinitives() {
    check(&[Case {
        paras: &["“The pier was never safe,’’ Tom Reed, chief executive of the Harbour Trust, told the Harbour Herald."],
        want: &[w("The pier was never safe", Some("Tom Reed"), Some("told"), &["Harbour Herald"])],
    }]);
    check_none(&[
        "Ferry Kit Contents: 1 Rope, 2 Buoys, 1 Lamp.",
        "To claim your berth at the pier, you must file a form with the harbour office.",
    ]);
}

// Rule 112: the clause before a colon names the quote's speaker also when it opens with an
// article and a name ("The Harbour Trust was blunt: “…”") or with a role and the name after
// it ("The harbour columnist Tom Reed went so far as to say: “…”"); "The Harbour Trust
// campaign" is no name followed by its verb.

#[test]
fn colon_clauses_with_an_article_before_the_name() {
    check(&[
        Case {
            paras: &["The Harbour Trust was blunt in its findings: “The pier is unsafe for ferries.”"],
            want: &[w("The pier is unsafe", Some("The Harbour Trust"), Some("was"), &[])],
        },
        Case {
            paras: &["The harbour columnist Tom Reed went so far as to say: “The pier is a ruin.”"],
            want: &[w("The pier is a ruin", Some("Tom Reed"), Some("say"), &[])],
        },
    ]);
}

// Rule 113: a closing mark typed for the opening one still opens a paragraph's quote when a
// text-direction mark copied from the page comes first; after the cue, a word for what
// someone does and a surname name the speaker ("said ferryman Reed").

#[test]
fn invisible_marks_and_occupations_before_a_surname() {
    check(&[
        Case {
            paras: &["\u{202a}”The pier has to be rebuilt before winter,” wrote Carl Dunn."],
            want: &[w("The pier has to be rebuilt", Some("Carl Dunn"), Some("wrote"), &[])],
        },
        Case {
            paras: &["“Check the tide tables twice before you cast off,” advises ferryman Dunn."],
            want: &[w("Check the tide tables twice", Some("Dunn"), Some("advises"), &[])],
        },
        Case {
            paras: &["“The quay is sinking a little every year,” said geologist Porter."],
            want: &[w("The quay is sinking", Some("Porter"), Some("said"), &[])],
        },
    ]);
}

// Rule 114: after a quote handed over with its own comma or mark, a speaker and a verb
// that ends the clause make the attribution whatever the verb ("“…,” he scoffs."); a verb
// that goes on ("aims for a berth") is the headline's own.

#[test]
fn any_verb_after_a_handed_over_quote() {
    check(&[
        Case {
            paras: &["“Nobody rides that ferry in winter,” Ann Reed scoffed. “Nobody ever did.”"],
            want: &[w("Nobody ever did", Some("Ann Reed"), Some("scoffed"), &[])],
        },
        Case {
            paras: &["“Who needs a pier?” a tired Porter retorts."],
            want: &[w("Who needs a pier?", Some("Porter"), Some("retorts"), &[])],
        },
    ]);
    check_none(&["By 'late spring,' Tom Reed aims for a berth at the harbour."]);
}

// Rule 115: a "she" or "he" points back to the nearest named person it fits, as a title, a
// role or a common given name shows (a woman named last leaves a "he" to the man before
// her); a verb before a named speaker attributes a quote handed over with a comma
// ("“…,” recalled Carl Dunn"); a party and state in brackets may follow a described name.

#[test]
fn pronouns_fit_their_antecedents() {
    check(&[
        Case {
            paras: &[
                "“The pier must close,” Ann Porter said on Monday.",
                "“It will not close,” said Tom Reed, the harbour master.",
                "“We will see about that,” she added.",
            ],
            want: &[w("We will see about that", Some("Ann Porter"), Some("added"), &[])],
        },
        Case {
            paras: &[
                "“The ferry runs late,” said Carl Dunn.",
                "“It runs on time,” the Harbour Trust spokeswoman, Joan Miller, said.",
                "“Not on Sundays,” he said.",
            ],
            want: &[w("Not on Sundays", Some("Carl Dunn"), Some("said"), &[])],
        },
        Case {
            paras: &["“We built the first quay with our own hands,” reminisced Carl Dunn, the ferry line's founder."],
            want: &[w("We built the first quay", Some("Carl Dunn"), Some("reminisced"), &[])],
        },
        Case {
            paras: &["“The mooring fees go up in May,” harbour Chairman Tom Reed (R-Harb.) said on Friday."],
            want: &[w("The mooring fees go up", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
}

// Rule 116: quotations joined by an ellipsis alone are one quote with words left out
// (`“When does the pier reopen?” . . . “Who checked it?”`); a named owner after a modifier or two
// opens a described speaker ("harbour Rep. Tom Reed's chief of staff, Carl Dunn, told").

#[test]
fn ellipsis_joined_quotes_and_modified_owners() {
    check(&[
        Case {
            paras: &["Reporters pressed the mayor: \"When does the pier reopen?\" . . . \"Who checked it last year?\" . . . \"What do the divers say?\""],
            want: &[w("Who checked it last year?", Some("Reporters"), Some("pressed"), &[])],
        },
        Case {
            paras: &["“The night ferry will be back by June,” harbour Rep. Tom Reed’s chief of staff, Carl Dunn, told the Herald. “The crews are ready.”"],
            want: &[w("The crews are ready", Some("Carl Dunn"), Some("told"), &["the Herald"])],
        },
    ]);
    let got = run(&[
        "Reporters pressed the mayor: \"When does the pier reopen?\" . . . \"Who checked it last year?\"",
    ]);
    assert_eq!(got.iter().filter(|q| q.direct).count(), 1, "one quote across the ellipsis; got {got:#?}");
}

// Rule 117: a pronoun points back to a person, not to an organisation named since
// ("Dinas Perhubungan", "Pemkab Sukamaju", an acronym such as "HNSI").

#[test]
fn pronouns_skip_organisations() {
    check(&[Case {
        paras: &[
            "Kepala Dinas Perhubungan Budi Santoso mengatakan dermaga akan ditutup.",
            "Pemkab Sukamaju menyiapkan anggaran perbaikan. HNSI mendukung rencana itu.",
            "Menurutnya, perbaikan dermaga selesai dalam dua bulan.",
        ],
        want: &[w("perbaikan dermaga selesai", Some("Budi Santoso"), Some("Menurutnya"), &[])],
    }]);
}

// Rule 118: an apposition whose last word is quoted closes its comma inside the marks and
// still sets off the speaker ("Reed, who named the pier “the wreck,” said …"); a pronoun
// that goes on with a verb after the cue is what was said, not the speaker.

#[test]
fn quoted_words_closing_an_apposition() {
    check(&[Case {
        paras: &[
            "Tom Reed, who once named the old pier “the wreck,” said the new planks had arrived on time.",
        ],
        want: &[w("the new planks had arrived on time", Some("Tom Reed"), Some("said"), &[])],
    }]);
}

// Rule 119: a "he" or "she" may point back to anyone a sentence shows to be a person (by a
// title or a given name), not only to speakers, while a sentence's speaker, or the person
// a "he" opening it stands for, stays the nearest; names in quotation marks and owners
// ("Tom Reed's son") are no antecedents.

#[test]
fn people_named_outside_statements_are_antecedents() {
    check(&[
        Case {
            paras: &[
                "“The pier is a disgrace,” said Carl Dunn, a harbour pilot.",
                "Ms. Porter came down to the slipway after lunch to count the boats. She said the tide had carried two of them off.",
            ],
            want: &[w("the tide had carried two of them off", Some("Ms. Porter"), Some("said"), &[])],
        },
        Case {
            paras: &[
                "“We learned a lot this week,” Tom Reed said.",
                "He nodded only briefly to his second place behind Carl Dunn.",
                "“The ferry crews will decide,” he said.",
            ],
            want: &[w("The ferry crews will decide", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
}

// Rule 120: a signature after a dash keeps its initials and drops the sentence's full stop
// ("― Joan A. Miller."); a source in brackets after a quote, as news digests cite one,
// attributes it when nothing before the quote names a speaker ("PIER CLOSES “…” [Herald.]",
// but "Tom Reed: “…” [Herald.]" is Reed's).

#[test]
fn signatures_and_bracketed_sources() {
    check(&[
        Case {
            paras: &["“You should never sail alone on the bay.” ― Joan A. Miller."],
            want: &[w("never sail alone", Some("Joan A. Miller"), Some("―"), &[])],
        },
        Case {
            paras: &["HARBOUR TRUST SHUTS THE OLD PIER “Storm damage will keep the old pier closed until the spring tides.” [Herald.]"],
            want: &[w("Storm damage will keep", Some("Herald"), Some("[Herald.]"), &[])],
        },
        Case {
            paras: &["Tom Reed: “The pier will close for good this winter.” [Herald.]"],
            want: &[w("The pier will close", Some("Tom Reed"), Some(":"), &[])],
        },
    ]);
    // (a dash with no name after it signs nothing: "— “Why keep the pier at all?” —.")
    let got = run(&["— “Why keep the pier at all?” —."]);
    assert!(got.iter().all(|q| q.cue.as_deref() != Some("—")), "{got:#?}");
}

// Rule 121: a person noun opening the sentence before where the person studies or works,
// pointed back to, is the person named last ("Alumni SMA Negeri 1 Sukamaju itu juga
// mengatakan" after "Rina Wati …").

#[test]
fn alumni_pointed_back() {
    check(&[Case {
        paras: &[
            "Rina Wati meraih juara lomba dayung di dermaga Sukamaju.",
            "Alumni SMA Negeri 1 Sukamaju itu juga mengatakan, dermaga itu adalah yang tertua di pesisir.",
        ],
        want: &[w("dermaga itu adalah yang tertua", Some("Rina Wati"), Some("mengatakan"), &[])],
    }]);
}

// Rule 122: a surname opening a sentence as its subject is an antecedent when the person
// was named in full before ("Tom Reed said … Reed sent … he said").

#[test]
fn known_surnames_open_sentences() {
    check(&[Case {
        paras: &[
            "“The pier is fine,” Tom Reed said last week.",
            "“We need a new quay,” said Joan Miller of the Harbour Trust.",
            "Reed wrote to the ferry crews before the harbour vote. “Bring your families to the quay,” he said.",
        ],
        // (named in full, as the article named him first: rule 328)
        want: &[w("Bring your families to the quay", Some("Tom Reed"), Some("said"), &[])],
    }]);
}

// Rule 123: after a question or exclamation, the next sentence may attribute it with a word
// or two of its own in quotation marks; a year opens a sentence's time phrase ("Back in
// 2004, Reed …"); a verb alone after a quoted phrase in the subject's apposition takes the
// subject before it (`Dunn, noting the "small piers," added: “…”`).

#[test]
fn questions_years_and_lone_cues() {
    check(&[
        Case {
            paras: &["\"Who moved my boat again?\" Mr. Dunn snapped, with a pointed look at the \"harbour office.\""],
            want: &[w("Who moved my boat again?", Some("Mr. Dunn"), Some("snapped"), &[])],
        },
        Case {
            paras: &["Back in 2004, Mr. Reed praised the new quay, telling the Harbour Herald: \"Every town should have one.\""],
            want: &[w("Every town should have one", Some("Mr. Reed"), Some("telling"), &["Harbour Herald"])],
        },
        Case {
            paras: &["Carl Dunn, noting that the harbour's \"north slipway needs new timber,\" added: \"We will start the repairs on Monday.\""],
            want: &[w("We will start the repairs", Some("Carl Dunn"), Some("added"), &[])],
        },
    ]);
}

// Rule 124: a description after a preposition of place is where it was said, not who said
// it: the clause's subject is ("Crews marching along the quay chanted “…”"); a "he" after a
// quote points back to whoever introduced it in the same sentence ("Reed answered: “…,”
// he wrote").

#[test]
fn places_are_no_speakers_and_introducers_are_antecedents() {
    check(&[
        Case {
            paras: &["Crews marching along the quay chanted \"Open the pier!\" and kept going until dawn."],
            want: &[w("Open the pier!", Some("Crews"), Some("chanted"), &[])],
        },
        Case {
            paras: &[
                "“It was a fine summer,” said Carl Dunn.",
                "Tom Reed answered at once: “Speaking for the crews,” he wrote, “the pier must stay open.”",
            ],
            want: &[w("Speaking for the crews", Some("Tom Reed"), Some("wrote"), &[])],
        },
    ]);
}

// Rule 125: after an Indonesian cue, a circumstance followed by a clause with a verb of its
// own is the statement ("berharap melalui kegiatan ini para nelayan memperoleh …"), while
// a circumstance alone reports nothing.

#[test]
fn indonesian_circumstance_then_clause() {
    check(&[Case {
        paras: &["Budi Santoso berharap melalui kegiatan ini para nelayan memperoleh motivasi baru."],
        want: &[w("para nelayan memperoleh motivasi", Some("Budi Santoso"), Some("berharap"), &[])],
    }]);
    check_none(&["Budi Santoso mengatakan di Sukamaju pada Senin."]);
}

// Rule 126: a pronoun right after the time it spoke opens its clause ("On Monday he said
// …", "Later she said …"), and so does a subject after "why" ("That is why skippers say …").

#[test]
fn pronouns_after_times_and_subjects_after_why() {
    check(&[
        Case {
            paras: &[
                "“The pier is shut,” Tom Reed said.",
                "On Monday he said the night ferry would run twice a week.",
            ],
            want: &[w("the night ferry would run twice a week", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["That is why skippers say the harbour board wants to sell the slipway."],
            want: &[w("the harbour board wants to sell the slipway", Some("skippers"), Some("say"), &[])],
        },
    ]);
}

// Rule 127: a full name, then after a comma its capitalised role up to the cue, is the
// speaker with that role ("Rudi Hartono , Direktur Utama PT Contoh Jaya menambahkan"), not
// the last capitals before the cue; a title after the comma opens a name, not a role.

#[test]
fn names_then_their_roles() {
    check(&[Case {
        paras: &["Rudi Hartono , Direktur Utama PT Contoh Jaya menambahkan , langkah ini menandai babak baru bagi dermaga."],
        want: &[w("langkah ini menandai babak baru", Some("Rudi Hartono"), Some("menambahkan"), &[])],
    }]);
    let got = run(&["Running Harbour Ferries, Mr. Reed said, would tie the trust to the pier for good."]);
    assert!(got.iter().all(|q| q.speaker.as_deref() == Some("Mr. Reed")), "{got:#?}");
}

// Rule 128: "Pj.", "Plt." and "Plh." (acting office holders) are abbreviations, not sentence
// ends: "Menurut Pj. Bupati Rudi Hartono, …".

#[test]
fn acting_office_abbreviations() {
    check(&[
        Case {
            paras: &["Menurut Pj. Bupati Rudi Hartono , perbaikan dermaga memiliki tiga tahap."],
            want: &[w("perbaikan dermaga memiliki tiga tahap", Some("Rudi Hartono"), Some("Menurut"), &[])],
        },
        Case {
            paras: &["Plt. Kepala Dinas Perhubungan Budi Santoso mengatakan dermaga akan ditutup sepekan."],
            want: &[w("dermaga akan ditutup sepekan", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 129: a name may come before its capitalised role and place ("Rina Wati Pengamat
// Maritim Sulsel"): the name is the words before the role, and a known place (a province, by
// any of its names) is never part of the speaker's name, also right after an acronym.

#[test]
fn names_before_roles_and_places() {
    check(&[
        Case {
            paras: &["Rina Wati Pengamat Maritim Sulsel menilai dermaga perlu diperluas."],
            want: &[w("dermaga perlu diperluas", Some("Rina Wati"), Some("menilai"), &[])],
        },
        Case {
            paras: &["Kepala Dinas Perhubungan Sulsel Budi Santoso mengatakan dermaga akan dibuka."],
            want: &[w("dermaga akan dibuka", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
        // (also after the office's acronym, for a pronoun that points back to the name)
        Case {
            paras: &["Kepala Balai Pelabuhan ( BPP ) Sulsel Rudi Hartono meninjau dermaga baru. Dia mengatakan , kapal feri mulai bersandar bulan depan."],
            want: &[w("kapal feri mulai bersandar", Some("Rudi Hartono"), Some("mengatakan"), &[])],
        },
    ]);
    // (a possessive or a pronoun before a role names no one: "His lawyer")
    let got = run(&["His lawyer said the pier would stay open."]);
    assert!(got.iter().all(|q| q.speaker.as_deref() != Some("His")), "{got:#?}");
}

// Rule 130: a quote handed over by a verb of speech after "to", the purpose of the clause
// before it ("Reed rose to announce, “…”"), is the clause subject's, with that verb as the cue.

#[test]
fn purpose_of_the_clause_speaks() {
    check(&[
        Case {
            paras: &["Tom Reed rose from his chair to announce, “The pier is closed for the whole season.”"],
            want: &[w("closed for the whole season", Some("Tom Reed"), Some("announce"), &[])],
        },
        Case {
            paras: &[
                "Ann Porter then took the microphone to tell the crowd: “The ferry will sail again in May.”",
            ],
            want: &[w("will sail again in May", Some("Ann Porter"), Some("tell"), &[])],
        },
    ]);
}

// Rule 131: a speech participle with when or where after it still hands the quote over
// ("a clip of Reed saying at the harbour meeting on Monday, “…”"), and so does one in what a
// described clause subject sent ("The campaign sent an email stating, “…”").

#[test]
fn participles_with_circumstances_and_senders() {
    check(&[
        Case {
            paras: &["The harbour ad ends with a clip of Carl Dunn saying at the harbour meeting on Monday, “That makes me the best pilot,” before the credits."],
            want: &[w("makes me the best pilot", Some("Carl Dunn"), Some("saying"), &[])],
        },
        Case {
            paras: &["The ferry company quickly sent out an email to passengers stating, “The harbour board has ordered all sailings to stop.”"],
            want: &[w("ordered all sailings to stop", Some("The ferry company"), Some("stating"), &[])],
        },
    ]);
}

// Rule 132: a question put to someone ("Reed was asked, “…?”") is not theirs: its asker is
// unnamed, or named after "by" ("was asked by host Ann Porter, “…?”"); "in the words of X,
// “…”" names the speaker; and a recording names one with "can be heard saying".

#[test]
fn questions_put_words_of_and_recordings() {
    check(&[
        Case {
            paras: &["Tom Reed was asked, “Would you have closed the pier if you had known?” He answered, “Not a clue.”"],
            want: &[w("closed the pier if you had known", None, Some("asked"), &[])],
        },
        Case {
            paras: &["Tom Reed was asked by host Ann Porter, “Did you not say the quay was safe?”"],
            want: &[w("say the quay was safe", Some("Ann Porter"), Some("asked"), &[])],
        },
        Case {
            paras: &["The old ferry was, in the words of Ellen Brook, “the last honest boat on the coast.”"],
            want: &[w("last honest boat", Some("Ellen Brook"), Some("in the words of"), &[])],
        },
        Case {
            paras: &["“Should every boat at the pier be registered?” a deckhand can be heard asking Carl Dunn after the meeting."],
            want: &[w("every boat at the pier", Some("a deckhand"), Some("asking"), &[])],
        },
    ]);
}

// Rule 133: a participle with words of its own after a quote's attribution has said them
// ("“A,” Reed said, adding that the fares will rise."): the quote of the next sentence goes on
// with A, and is no part of what the participle reported.

#[test]
fn a_participle_with_its_own_words_hands_nothing_over() {
    let paras = ["“The pier is the heart of this town,” Tom Reed said, adding that the ferry line plans extra sailings for the spring festival. “I think the riders will come back.”"];
    let got = run(&paras);
    let added = got.iter().find(|q| q.text.contains("extra sailings")).expect("the participle's statement");
    assert!(!added.text.contains("riders will come back"), "{got:#?}");
    let quoted = got.iter().find(|q| q.text.contains("riders will come back")).expect("the next quote");
    assert_eq!(quoted.speaker.as_deref(), Some("Tom Reed"));
    assert!(quoted.text.contains("heart of this town"), "it goes on with the first quote: {got:#?}");
    // (a quote woven into the participle's own sentence is the participle's)
    let paras = ["“The harbour is busy,” harbour analyst Carl Dunn wrote on Monday, adding that should the ferry lose more riders than it did in 2021, “keeping the pier open will be hard for the town.”"];
    let got = run(&paras);
    let woven = got.iter().find(|q| q.text.contains("keeping the pier open")).expect("the woven quote");
    assert!(!woven.text.contains("harbour is busy"), "{got:#?}");
    assert_eq!(woven.cue.as_deref(), Some("adding"));
}

// Rule 134: the subject's second verb of speech after an aside ("backed the crews throughout
// the strike, which ended in the spring, and said …") reports a statement of its own.

#[test]
fn a_second_verb_of_speech_past_an_aside() {
    check(&[
        Case {
            paras: &["Tom Reed backed the ferry crews throughout the long strike, which ended in the spring, and said the new pier would open in June."],
            want: &[w("the new pier would open in June", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
}

// Rule 135: a statement in a clause opened by "after", "before", "once" (as by "while" or
// "when") ends where the main clause begins with a subject of its own ("After Reed said A, the
// board objected").

#[test]
fn subordinate_statements_end_at_the_main_clause() {
    check(&[
        Case {
            paras: &["After Tom Reed said that pilots without a licence might do better at smaller ports, the harbour board objected."],
            want: &[w("pilots without a licence might do better at smaller ports", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["While Ann Porter said the pier was safe, the inspectors found cracks in the quay."],
            want: &[w("the pier was safe", Some("Ann Porter"), Some("said"), &[])],
        },
    ]);
    let got = run(&["After Tom Reed said that pilots without a licence might do better at smaller ports, the harbour board objected."]);
    assert!(got.iter().all(|q| !q.text.contains("board objected")), "{got:#?}");
    let got = run(&["While Ann Porter said the pier was safe, the inspectors found cracks in the quay."]);
    assert!(got.iter().all(|q| !q.text.contains("found cracks")), "{got:#?}");
}

// Rule 136: a participle set off between the subject and its verb of speech ("Ann Porter,
// citing board figures, said that …") says what the statement rests on: the statement is the
// verb's, and its speaker the subject.

#[test]
fn a_participle_aside_before_the_verb_of_speech() {
    check(&[Case {
        paras: &["Ann Porter, citing figures from the harbour board, said that about four million people ride the ferry each year."],
        want: &[w("four million people ride the ferry", Some("Ann Porter"), Some("said"), &[])],
    }]);
}

// Rule 137: a spaced hyphen or an en dash opens a clause as an em dash does ("… well liked -
// most skippers said …", "… a planner – a former pilot said …").

#[test]
fn hyphens_and_en_dashes_open_clauses() {
    check(&[
        Case {
            paras: &["Ann Porter is well liked - most skippers said she would be better at running the pier."],
            want: &[w("she would be better at running the pier", Some("most skippers"), Some("said"), &[])],
        },
        Case {
            paras: &["Reed was a careful planner – a former pilot said he checked every tide table before a crossing."],
            want: &[w("he checked every tide table", Some("a former pilot"), Some("said"), &[])],
        },
    ]);
}

// Rule 138: what a crowd chanted or a sign read is a quote however short ("chants of “Close
// the pier!”", "a banner that read “No tolls!”"), voiced by the subject of its clause when one is
// written there, else by no one named.

#[test]
fn chants_and_signs() {
    check(&[
        Case {
            paras: &["Harbour master Ann Porter led the skippers in loud chants of “Close the pier!”"],
            want: &[w("Close the pier!", Some("Ann Porter"), Some("chants"), &[])],
        },
        Case {
            paras: &["Skippers marched past the ferry office chanting “Fair fares” for an hour."],
            want: &[w("Fair fares", Some("Skippers"), Some("chanting"), &[])],
        },
        Case {
            paras: &["It was loud. Ellen Brook waved a banner that read “No tolls!” at the ferry."],
            want: &[w("No tolls!", Some("Ellen Brook"), Some("read"), &[])],
        },
    ]);
}

// Rule 139: a transition that frames the act of saying ("In closing,", "At the same time,")
// leaves the lowercase quote after it the speaker's own words, a direct quote; an opening
// phrase that the quote goes on ("In the harbour towns, she said, “fares rise …”") is woven into
// one indirect statement.

#[test]
fn transitions_before_the_speaker_frame_the_saying() {
    for (para, framed) in [
        ("In closing, the harbour master repeated, “the pier will stay shut until the spring tides.”", true),
        ("At the same time, the skipper warned, “fares will rise again in March for every crossing.”", true),
        (
            "In the harbour towns, the skipper warned, “fares will rise again in March for every crossing.”",
            false,
        ),
    ] {
        let got = run(&[para]);
        let q = got.iter().find(|q| q.text.contains("spring") || q.text.contains("March"));
        let q = q.unwrap_or_else(|| panic!("a quote in {para:?}: {got:#?}"));
        assert_eq!(q.direct, framed, "{q:#?}");
        assert_eq!(q.text.starts_with("the pier") || q.text.starts_with("fares"), framed, "{q:#?}");
    }
}

// Rule 140: a woven quote whose words open with their own subject ("“we will …”") and that a
// second quote goes on is the speaker's clause, a direct quote from its opening mark; the
// phrase before it is the reporter's.

#[test]
fn a_woven_quote_that_goes_on_is_direct() {
    let got = run(&["Now that the harbour toll has passed, “we will lose the night crossing by winter,” Ann Porter says. “Nobody on the island can pay that much.”"]);
    let q = got.iter().find(|q| q.text.contains("night crossing")).unwrap_or_else(|| panic!("{got:#?}"));
    assert!(q.direct && q.text.starts_with("we will") && q.text.contains("Nobody"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"));
    // (without a second quote it stays woven with its phrase)
    let got = run(&[
        "Now that the harbour toll has passed, “we will lose the night crossing by winter,” Ann Porter says.",
    ]);
    let q = got.iter().find(|q| q.text.contains("night crossing")).unwrap_or_else(|| panic!("{got:#?}"));
    assert!(!q.direct && q.text.starts_with("Now that"), "{q:#?}");
}

// Rule 141: an attribution may hold a few quoted words of its own, a leaflet's slogan or a
// title ("Tom Reed, holding a “Save the Quay” leaflet, said", "argued the writers of the
// “Harbour Plan,”"): they do not end it, and are no quote of their own.

#[test]
fn quoted_words_inside_an_attribution() {
    const LEAFLET: &str = "“The ferry runs late every Friday and nobody tells us why,” Ohio delegate Tom Reed, holding up a “Save the Quay” leaflet, told reporters.";
    check(&[
        Case { paras: &[LEAFLET], want: &[w("runs late every Friday", Some("Tom Reed"), Some("told"), &[])] },
        Case {
            paras: &["“Without more ferries the north quay will be empty in ten years,” argued the writers of the “Harbour Plan,” citing the old pier."],
            want: &[w("the north quay will be empty", Some("the writers of the “Harbour Plan,”"), Some("argued"), &[])],
        },
    ]);
    let got = run(&[LEAFLET]);
    assert_eq!(got.len(), 1, "the leaflet's slogan is no quote: {got:#?}");
}

// Rule 142: "bercerita" and "berkisah" (to tell of) report what was told; a resident named
// between commas with an age in brackets ("warga Desa Cikupa, Budi Santoso (52),") is the
// speaker, and the "tuturnya" after his quote points back to him.

#[test]
fn telling_verbs_and_an_age_in_brackets() {
    let paras = [
        "Bupati Sukamaju Rina Wati menetapkan status tanggap darurat selama 14 hari.",
        "Salah seorang warga Desa Cikupa, Budi Santoso (52), bercerita guncangan datang ketika ia bersiap ke dermaga. \"Listrik langsung padam. Saya gendong cucu keluar lewat pintu belakang,\" tuturnya.",
    ];
    let told = quote(&paras, "guncangan datang");
    assert_eq!((told.speaker.as_deref(), told.cue.as_deref()), (Some("Budi Santoso"), Some("bercerita")));
    let quoted = quote(&paras, "Listrik langsung padam");
    assert_eq!(quoted.speaker.as_deref(), Some("Budi Santoso"));
}

// Rule 143: a verb of saying followed by "tentang", "mengenai", "soal" only names what was
// talked about, not what was said: no statement.

#[test]
fn a_topic_is_no_statement() {
    check_none(&[
        "Budi Santoso bercerita tentang pengalamannya melaut bersama ayahnya di dermaga lama.",
        "Rina Wati menjelaskan mengenai jadwal kapal penyeberangan di Kabupaten Sukamaju.",
    ]);
}

// Rule 144: the adverb between a record and the verb by which it states something is no part
// of the source ("Survei itu juga menunjukkan bahwa …" is the survey's).

#[test]
fn adverbs_after_an_evidence_source() {
    let q = quote(
        &["Survei itu juga menunjukkan bahwa sebagian besar nelayan ingin dermaga dibuka kembali."],
        "sebagian besar nelayan",
    );
    assert_eq!(q.speaker.as_deref(), Some("Survei itu"));
}

// Rule 145: a sentence that only says someone spoke ("Ann Porter agreed.") hands the bare quote
// after it to that person, not to the speaker of the quote before.

#[test]
fn an_announcing_sentence_wins_over_the_previous_speaker() {
    let paras = [
        "“The pier will not last the winter,” said Carl Dunn, editor of the Harbour Review.",
        "Ann Porter, a harbour pilot, agreed. “The skippers need a new pier before the autumn storms arrive.”",
    ];
    assert_eq!(quote(&paras, "autumn storms").speaker.as_deref(), Some("Ann Porter"));
    // (a sentence that says nothing leaves the quote with the speaker before)
    let paras = [
        "“The pier will not last the winter,” said Carl Dunn, editor of the Harbour Review.",
        "The storms came early that year. “The skippers need a new pier before the autumn storms arrive.”",
    ];
    assert_eq!(quote(&paras, "autumn storms").speaker.as_deref(), Some("Carl Dunn"));
}

// Rule 146: a party and state, or an age, in brackets between a name and the comma before its
// verb ("Gov. Tom Reed (R-Ohio), said") leave the name the speaker.

#[test]
fn brackets_before_the_comma_of_a_speaker() {
    check(&[Case {
        paras: &["After the vote on the pier, Gov. Tom Reed (R-Ohio), said, “We will hire a ferry for the whole crew next spring.”"],
        want: &[w("hire a ferry", Some("Tom Reed"), Some("said"), &[])],
    }]);
}

// Rule 147: a modal between the speaker after a quote and the verb ("…,” the mayor will say)
// is no part of the speaker; "whispered" hands over a quote as "said" does, and the nearest
// clause before the colon speaks ("…, the Herald reported, his daughter whispered: “…”").

#[test]
fn modals_and_whispers() {
    check(&[
        Case {
            paras: &["“No one is ready for a winter on the quay,” the two-term mayor will say at the opening of the pier."],
            want: &[w("winter on the quay", Some("the two-term mayor"), Some("say"), &[])],
        },
        Case {
            paras: &["As the skippers cheered, the Herald’s Tom Reed reported, his daughter whispered to him: “The boats are still yours.”"],
            want: &[w("The boats are still yours", Some("his daughter"), Some("whispered"), &[])],
        },
    ]);
}

// Rule 148: title-case words chanted are a chant, not a title ("chants of “Tom! Tom! Tom!”");
// a subject met with the chants did not voice them ("Reed was welcomed with chants of …").

#[test]
fn chanted_names_and_chants_met() {
    let q = quote(
        &["The skippers’ chants of “Tom! Tom! Tom! Tom” faded as the ferry horn sounded."],
        "Tom! Tom!",
    );
    assert!(q.direct && q.cue.as_deref() == Some("chants"), "{q:#?}");
    let q = quote(
        &["At the quay, Tom Reed was welcomed with chants of “Tommy!” from the night crews."],
        "Tommy!",
    );
    assert_eq!(q.speaker, None, "{q:#?}");
}

// Rule 149: quotations listed after one verb in a sentence, joined by "and" or "or" alone, are
// one statement however short the second ("chanting “Open the pier” and “Fair fares”"); a crowd
// named after "with" voices the participle after it. A clause opening with "and" after a quote
// is no attribution of that quote.

#[test]
fn listed_quotations_are_one_statement() {
    let paras = ["The ferries stayed in port, with many skippers and their families chanting “Open the pier” and “Fair fares.” Only a few boats left Dover."];
    let got = run(&paras);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(
        got[0].direct && got[0].text.contains("Open the pier") && got[0].text.contains("Fair fares"),
        "{got:#?}"
    );
    assert_eq!(got[0].speaker.as_deref(), Some("many skippers and their families"));
    // (a second quote with a verb of its own is a statement of its own, and a clause that opens
    // with "and" after a quote is no attribution of it)
    for para in [
        "Reed shouted “Open the pier” and Porter answered “Not tonight, Tom.”",
        "Reed shouted, “Open the pier,” and Porter answered, “Not tonight, Tom.”",
    ] {
        let got = run(&[para]);
        let said: Vec<_> = got.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
        assert_eq!(said, [("Open the pier", Some("Reed")), ("Not tonight, Tom", Some("Porter"))], "{para}");
    }
}

// Rule 150: the named subject of an Indonesian verb of speech is the person a later "dia"
// points back to even when the sentence reports nothing ("Ketua SNS Sunarto menyatakan
// penolakan. Dia menjelaskan, …").

#[test]
fn a_speaker_who_reported_nothing_is_still_an_antecedent() {
    let paras = ["Bupati Rina Wati menetapkan tarif baru penyeberangan. Ketua Umum Serikat Nelayan Sukamaju ( SNS ) Sunarto menyatakan penolakan. Dia menjelaskan , tarif itu terlalu berat bagi keluarga nelayan di dermaga."];
    assert_eq!(quote(&paras, "terlalu berat").speaker.as_deref(), Some("Sunarto"));
}

// Rule 151: "Orang yang memimpin Sukamaju itu" is a person described and pointed back to, the
// one named last; a building or compound named in a dateline ("Kompleks Istana", "Gedung
// Serbaguna") is no person to point back to.

#[test]
fn a_described_person_points_past_a_building() {
    let paras = [
        "Bupati Rina Wati berbicara di Gedung Serbaguna Sukamaju , Selasa ( 3 / 12 ) . Hari itu dermaga baru diresmikan.",
        "Orang yang memimpin Sukamaju sejak 2020 itu mengatakan dermaga ini akan melayani ribuan nelayan setiap hari.",
    ];
    assert_eq!(quote(&paras, "ribuan nelayan").speaker.as_deref(), Some("Rina Wati"));
}

// Rule 152: one list of English past forms marks the finite verb after a subject wherever a
// rule looks for one: a described office that "held a briefing, saying: …" hands over the
// quote, and "the adviser on the ferry plans met reporters and said …" is one speaker.

#[test]
fn an_irregular_past_after_a_subject_is_its_verb() {
    let paras = ["The harbour office held a briefing on Monday, saying: “The pier will reopen in May.”"];
    assert_eq!(quote(&paras, "reopen in May").speaker.as_deref(), Some("The harbour office"));
    let paras = ["The longtime adviser on the ferry plans met reporters and said the quay was safe."];
    assert_eq!(
        quote(&paras, "the quay was safe").speaker.as_deref(),
        Some("The longtime adviser on the ferry plans")
    );
}

// Rule 153: a participle alone after a short quotation woven into the sentence hands the next
// quote over for the subject before both ("Porter called the pier “a gift,” adding: “…”").

#[test]
fn a_participle_after_a_woven_quotation_hands_over() {
    for para in [
        "Ann Porter praised the new “gift to the town,” adding: “We waited twenty years for this.”",
        "Ann Porter called the new pier “a gift to the town,” adding, “We waited twenty years for this.”",
    ] {
        let got = quote(&[para], "twenty years");
        assert_eq!(
            (got.speaker.as_deref(), got.cue.as_deref()),
            (Some("Ann Porter"), Some("adding")),
            "{para}"
        );
    }
}

// Rule 154: a role alone ("Bupati mengatakan", "the mayor said") stands for the newest person
// named with that role, even in a sentence that reported nothing; a deputy's role is not the
// role ("Wakil Bupati" holds no "Bupati"), and a description with more than the role
// ("the harbour mayor") is left as written.

#[test]
fn a_role_alone_is_the_person_last_named_with_it() {
    let paras = [
        "Bupati Sukamaju Rina Wati meresmikan dermaga baru pada Selasa ( 3 / 12 ) . Wakil Bupati Sukamaju Budi Santoso ikut hadir.",
        "Bupati mengatakan dermaga itu akan melayani ribuan nelayan setiap hari.",
    ];
    assert_eq!(quote(&paras, "ribuan nelayan").speaker.as_deref(), Some("Rina Wati"));
    let paras = [
        "Pj. Bupati Sukamaju Budi Santoso membuka rapat nelayan di dermaga.",
        "Pj. Bupati menjelaskan , tarif penyeberangan tidak akan naik tahun ini.",
    ];
    let got = quote(&paras, "tidak akan naik");
    assert_eq!(
        (got.speaker.as_deref(), got.speaker_role.as_deref()),
        (Some("Budi Santoso"), Some("Pj. Bupati"))
    );
    let paras = [
        "Mayor Ellen Brook opened the new pier on Tuesday. Deputy Mayor Tom Reed stayed away.",
        "“It will serve every ferry on the coast,” the mayor said.",
        "A spokesman said the fares would not rise.",
    ];
    assert_eq!(quote(&paras, "every ferry").speaker.as_deref(), Some("Ellen Brook"));
    assert_eq!(quote(&paras, "fares would not rise").speaker.as_deref(), Some("A spokesman"));
    // (a title runs to the name, not into the next sentence its degree left unsplit)
    let paras = [
        "Rapat dipimpin Rektor Universitas Sukamaju Prof. Dr. Budi Santoso , M.Si. Sementara itu para nelayan menunggu di dermaga.",
        "Rektor mengatakan lulusan harus siap bekerja di pelabuhan.",
    ];
    assert_eq!(quote(&paras, "siap bekerja").speaker.as_deref(), Some("Budi Santoso"));
}

// Rule 155: an office's short name points back to a person named with its long one and the
// other way round ("Menbud" after "Menteri Kebudayaan …", "Kepala Negara" after "Presiden
// …"), and an office pointed back to ("Kepala Dinas Perhubungan Jawa Barat tersebut") is
// the person last named with it.

#[test]
fn an_office_by_another_name_is_its_holder() {
    let paras = [
        "Menteri Kebudayaan Budi Santoso membuka pameran perahu nelayan di dermaga.",
        "Menbud menilai dermaga baru itu cocok untuk festival perahu.",
        "Presiden Sunarto Wijaya juga datang ke dermaga.",
        "Kepala Negara mengatakan dermaga itu penting bagi nelayan.",
    ];
    assert_eq!(quote(&paras, "festival perahu").speaker.as_deref(), Some("Budi Santoso"));
    assert_eq!(quote(&paras, "penting bagi nelayan").speaker.as_deref(), Some("Sunarto Wijaya"));
    let paras = [
        "Kepala Dinas Perhubungan Jawa Barat Rina Wati ikut hadir.",
        "Kepala Dinas Perhubungan Jawa Barat tersebut menegaskan bahwa tarif kapal tidak naik.",
    ];
    assert_eq!(quote(&paras, "tarif kapal").speaker.as_deref(), Some("Rina Wati"));
}

// Rule 156: verbs of manner hand over a quote with the speaker after them ("“…,” cautioned
// the harbour master, Ann Porter"), and an English "he" or "she" skips a name in capitals
// alone, more often a company's than a person's.

#[test]
fn manner_verbs_and_pronouns_past_initials() {
    let paras = ["“Keep the pier open for the ferries,” cautioned the harbour master, Ann Porter."];
    assert_eq!(quote(&paras, "Keep the pier").speaker.as_deref(), Some("Ann Porter"));
    let paras = [
        "Ann Porter, the harbour master, spoke first. “Profits rose this year,” HBC said in a statement. “We will see about that,” she added.",
    ];
    assert_eq!(quote(&paras, "We will see").speaker.as_deref(), Some("Ann Porter"));
}

// Rule 157: a nickname in quotation marks inside a name ("Ann “Annie” Porter", "Carl "Big
// Carl" Dunn") is part of the name, not a quotation that cuts the attribution in two.

#[test]
fn a_nickname_inside_a_name_is_part_of_it() {
    let paras = ["“The pier will open in May,” Ann “Annie” Porter said. “We are ready for the ferries.”"];
    let got = run(&paras);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker.as_deref(), Some("Ann “Annie” Porter"));
    assert!(got[0].text.contains("open in May") && got[0].text.contains("ready for the ferries"), "{got:#?}");
    let paras = ["Carl \"Big Carl\" Dunn said: \"The quay needs a new crane.\""];
    assert_eq!(quote(&paras, "new crane").speaker.as_deref(), Some("Carl \"Big Carl\" Dunn"));
}

// Rule 158: a verb of speech joined by "and" or "but" to the attribution just before ("“…,”
// he said, and added that …", "said the crew “went into rescue mode” and said …") reports
// a statement of the same speaker, with no subject of its own.

#[test]
fn a_joined_verb_of_speech_reports_a_second_statement() {
    check(&[
        Case {
            paras: &[
                "Tom Reed runs the ferry line.",
                "He said, “We are ready,” and added that the ferries would run on Sunday.",
            ],
            want: &[w("the ferries would run on Sunday", Some("Tom Reed"), Some("added"), &[])],
        },
        Case {
            paras: &[
                "Ann Porter met the crews at dawn.",
                "She said the crew “went into rescue mode at once” and said the skipper's safety was always the priority.",
            ],
            want: &[
                w("went into rescue mode", Some("Ann Porter"), Some("said"), &[]),
                w("the skipper's safety was always the priority", Some("Ann Porter"), Some("said"), &[]),
            ],
        },
    ]);
    // (a verb that hands over a quotation reports nothing of its own)
    let got = run(&["“We are ready,” Porter said, and added, “The ferries will run.”"]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(got.iter().all(|q| q.direct), "{got:#?}");
}

// Rule 159: a relative clause that reports ("Tom Reed, who said A, repeated …", "Tom Reed -
// who has said A - told …") ends where the main clause takes over, and its "who" is the
// person it follows, past an apposition but not past a clause ("Lately, the row brought an
// answer from Mayor Ann Porter, who …" is Ann Porter's).

#[test]
fn a_relative_clause_reports_for_the_one_it_follows() {
    check(&[
        Case {
            paras: &["Tom Reed, who said the pier was unsafe in 2019, repeated the claim on local radio."],
            want: &[w("the pier was unsafe in 2019", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Tom Reed - who has often said the pier was unsafe - said on Monday that the ferries should stop."],
            want: &[
                w("the pier was unsafe", Some("Tom Reed"), Some("said"), &[]),
                w("the ferries should stop", Some("Tom Reed"), Some("said"), &[]),
            ],
        },
        Case {
            paras: &[
                "The plan was derided by Ann Porter, the leader of the ferry union in North Harbour, who suggested that the pier should close.",
            ],
            want: &[w("the pier should close", Some("Ann Porter"), Some("suggested"), &[])],
        },
        Case {
            paras: &[
                "Lately, the row over the pier brought an angry answer from Mayor Ann Porter, who called it a mistake and said the pier should close.",
            ],
            want: &[w("the pier should close", Some("Ann Porter"), Some("said"), &[])],
        },
    ]);
    let got = run(&["Tom Reed, who said the pier was unsafe in 2019, repeated the claim on local radio."]);
    assert!(got.iter().all(|q| !q.text.contains("repeated")), "{got:#?}");
}

// Rule 160: an English "he" or "she" is not two people named together ("Tom Reed and Carl
// Dunn").

#[test]
fn a_pronoun_is_not_two_people() {
    let paras = [
        "Ann Porter spoke to the skippers.",
        "She praised the crews, particularly Tom Reed and Carl Dunn, who say the pier must close.",
        "She added that the ferries should stop.",
    ];
    assert_eq!(quote(&paras, "the pier must close").speaker.as_deref(), Some("Tom Reed and Carl Dunn"));
    assert_eq!(quote(&paras, "the ferries should stop").speaker.as_deref(), Some("Ann Porter"));
}

// Rule 161: after "of" or "for" inside an office come the words of its field, no person's
// name ("the Secretary of State for Harbours", "the High Commissioner for Refugees"); a
// person named after the field starts at a given name or is its last two words.

#[test]
fn an_office_for_a_field_names_no_person() {
    check(&[
        Case {
            paras: &["The Secretary of State for Harbours said the ferry deal was fair."],
            want: &[w("ferry deal", Some("The Secretary of State for Harbours"), Some("said"), &[])],
        },
        Case {
            paras: &["The Harbour Commissioner for Refugees said the quay was full."],
            want: &[w("quay was full", Some("The Harbour Commissioner for Refugees"), Some("said"), &[])],
        },
        Case {
            paras: &["Minister for Ports and Harbours Tom Reed said the ferry deal was fair."],
            want: &[w("ferry deal", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Minister for Ports Ellen Brook said the ferry deal was fair."],
            want: &[w("ferry deal", Some("Ellen Brook"), Some("said"), &[])],
        },
    ]);
    // (the role is the office with its field)
    let got = run(&["Minister for Ports Ellen Brook said the ferry deal was fair."]);
    assert_eq!(got[0].speaker_role.as_deref(), Some("Minister for Ports"), "{got:#?}");
}

// Rule 162: right after the cue and before a verb, "that" is the statement's subject, part
// of what was said ("Porter said that was the wrong pier"); a cue with "with" and a thing
// that a relative clause describes reports nothing ("replied with a remark that was the
// board's own").

#[test]
fn that_as_a_subject_and_a_thing_answered_with() {
    let got = run(&["Porter said that was the wrong pier for the ferries."]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].text, "that was the wrong pier for the ferries");
    let got = run(&["Porter said that the pier was the wrong one for the ferries."]);
    assert_eq!(got[0].text, "the pier was the wrong one for the ferries");
    check_none(&["Porter replied with a remark that was the harbour board's own, word for word."]);
    check(&[Case {
        paras: &["Porter replied with a warning that the pier would close in May."],
        want: &[w("the pier would close in May", Some("Porter"), Some("replied"), &[])],
    }]);
}

// Rule 163: "long" between an auxiliary and the cue is an adverb ("Reed has long said that
// …", "who has long denied …"), and nothing before the one a relative clause is about is
// that person's statement ("The ferry line lost its licence, a blow to the harbour master,
// Tom Reed, who denied the charge").

#[test]
fn has_long_said_and_nothing_before_a_relative() {
    check(&[
        Case {
            paras: &["Tom Reed has long said that the pier needs a new crane."],
            want: &[w("the pier needs a new crane", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Tom Reed - who has long said the pier was unsafe - said on Monday that the ferries should stop."],
            want: &[w("the pier was unsafe", Some("Tom Reed"), Some("said"), &[])],
        },
    ]);
    let got = run(&["The ferry line lost its licence in May, a blow to the harbour master, Tom Reed, who denied the charge."]);
    assert!(got.iter().all(|q| !q.text.contains("lost its licence")), "{got:#?}");
}

// Rule 164: a phrase of time or place may open the sentence without a comma before the
// subject ("In March the harbour master said …", "At noon she said …"), and the month or day
// in it is no part of a name after it ("In March Tom Reed said" is Tom Reed's).

#[test]
fn opening_time_or_place_without_a_comma() {
    check(&[
        Case {
            paras: &["In March the harbour master said the crane was too old."],
            want: &[w("the crane was too old", Some("the harbour master"), Some("said"), &[])],
        },
        Case {
            paras: &["At noon the ferry union said the strike would go on."],
            want: &[w("the strike would go on", Some("the ferry union"), Some("said"), &[])],
        },
        Case {
            paras: &["Ann Porter runs the quay.", "In the spring she said the pier was too short."],
            want: &[w("the pier was too short", Some("Ann Porter"), Some("said"), &[])],
        },
        Case {
            paras: &["In March Tom Reed said the crane was too old."],
            want: &[w("the crane was too old", Some("Tom Reed"), Some("said"), &[])],
        },
        Case {
            paras: &["Pada Maret Budi Santoso mengatakan dermaga itu rusak parah."],
            want: &[w("dermaga itu rusak parah", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
    ]);
    // (a clause before the subject is no such phrase: its subject is not the speaker)
    let got = run(&["After Reed left the harbour master said the crane was too old."]);
    assert!(got.iter().all(|q| q.speaker.as_deref() != Some("Reed left the harbour master")), "{got:#?}");
}

// Rule 165: one person picked out by a restrictive relative clause speaks it, as a group
// does ("critics who say …"): "a captain who said …", "an engineer who says …".

#[test]
fn one_person_picked_out_by_who() {
    check(&[
        Case {
            paras: &["The dock workers met a captain who said the port owed him two months of wages."],
            want: &[w("the port owed him two months of wages", Some("a captain"), Some("said"), &[])],
        },
        Case {
            paras: &["Porter met a young engineer who says the crane is safe."],
            want: &[w("the crane is safe", Some("a young engineer"), Some("says"), &[])],
        },
    ]);
    // (a word before "who" that is no noun picks out no one)
    check_none(&["It is the pier that was closed, and who said so is unclear."]);
}

// Rule 166: an academic title opening the name after a role and a comma is the person's,
// not a role whose holder is the words before the comma ("Direktur Pelabuhan Sukamaju , Dr.
// Sunarto menyebut" was spoken by "Pelabuhan Sukamaju").

#[test]
fn title_after_role_and_comma_opens_the_name() {
    check(&[
        Case {
            paras: &["Direktur Pelabuhan Sukamaju , Dr. Sunarto menyebut kapal itu akan tiba besok pagi."],
            want: &[w("kapal itu akan tiba besok", Some("Sunarto"), Some("menyebut"), &[])],
        },
        Case {
            paras: &["Direktur Pelabuhan Sukamaju , Dr. Sunarto , M.T menyebut kapal itu akan tiba besok pagi."],
            want: &[w("kapal itu akan tiba besok", Some("Sunarto"), Some("menyebut"), &[])],
        },
        // (a role after degrees still names its organisation as the role's)
        Case {
            paras: &["Rina Wati , SE. , MM. , Ketua Koperasi Nelayan Sukamaju mengatakan kapal itu akan tiba besok."],
            want: &[w("kapal itu akan tiba besok", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 167: names inside the occasion between a speaker and the cue follow a word that
// says by, through or with whom ("Sunarto saat dihubungi lewat Telegram mengatakan"
// was spoken by "Telegram").

#[test]
fn names_inside_an_occasion_before_the_cue() {
    check(&[
        Case {
            paras: &["Kepala Sekolah Sunarto saat dihubungi lewat Telegram mengatakan kapal itu akan tiba besok."],
            want: &[w("kapal itu akan tiba besok", Some("Sunarto"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Kepala Sekolah Sunarto ketika ditemui oleh wartawan Harian Sukamaju di kantornya mengatakan kapal itu akan tiba besok."],
            want: &[w("kapal itu akan tiba besok", Some("Sunarto"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 168: a phrase opening the sentence may start with how long before or after ("Shortly
// after the vote, the dock workers walked out, saying …" was spoken by "Shortly").

#[test]
fn how_long_before_an_opening_phrase() {
    check(&[
        Case {
            paras: &["Shortly after the vote, the dock workers walked out, saying the new rota was unfair."],
            want: &[w("the new rota was unfair", Some("the dock workers"), Some("saying"), &[])],
        },
        Case {
            paras: &[
                "Hours before the ferry sailed, Ann Porter went to the quay, saying the ship was unsafe.",
            ],
            want: &[w("the ship was unsafe", Some("Ann Porter"), Some("saying"), &[])],
        },
    ]);
}

// Rule 169: people named by what they do speak on their own, like "officials" and "the
// mayor" ("The pilot looked at the clouds and said …" gave nothing).

#[test]
fn people_named_by_what_they_do() {
    check(&[
        Case {
            paras: &["The pilot looked at the clouds and said the ferry would leave late."],
            want: &[w("the ferry would leave late", Some("The pilot"), Some("said"), &[])],
        },
        Case {
            paras: &["The captain checked the ropes twice and said the quay was too crowded."],
            want: &[w("the quay was too crowded", Some("The captain"), Some("said"), &[])],
        },
    ]);
}

// Rule 170: an apostrophe closing a name is part of it, not a quotation mark ("Prof Rafi’
// mengatakan" gave nothing); who runs, owns or curates something holds a role after a name
// ("Budi Santoso , pengelola dermaga mengatakan" gave nothing).

#[test]
fn apostrophe_closing_a_name_and_roles_of_running_things() {
    check(&[
        Case {
            paras: &[
                "Prof Rafi’ mengatakan kepada para nelayan bahwa dermaga baru itu akan dibuka tahun depan.",
            ],
            want: &[w("dermaga baru itu akan dibuka tahun depan", Some("Rafi"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &[
                "Budi Santoso , pengelola dermaga mengatakan , kapal nelayan tua akan dipamerkan di sana.",
            ],
            want: &[w("kapal nelayan tua akan dipamerkan", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 171: the comma before a tail of place and day may close the name the tail follows
// ("Kepala BPBD … Budi Santoso , di Cilacap , Selasa , menjelaskan" was spoken by
// "Cilacap").

#[test]
fn name_closed_by_the_comma_before_a_place_and_day() {
    check(&[Case {
        paras: &["Kepala Badan Penanggulangan Bencana Daerah ( BPBD ) Jawa Tengah Budi Santoso , di Cilacap , Selasa , menjelaskan dermaga timur akan diperbaiki lebih dulu."],
        want: &[w("dermaga timur akan diperbaiki", Some("Budi Santoso"), Some("menjelaskan"), &[])],
    }]);
}

// Rule 172: a capitalised pronoun inside a sentence starts one after a missing full stop
// ("“…, ” ujarnya Dia menambahkan bahwa …" gave no second statement).

#[test]
fn capitalised_pronoun_after_a_missing_full_stop() {
    check(&[Case {
        paras: &["Budi Santoso memimpin koperasi nelayan. “Hasil tangkapan naik tajam , ” ujarnya Dia menambahkan bahwa dermaga baru itu mampu menampung seratus kapal."],
        want: &[
            w("Hasil tangkapan naik tajam", Some("Budi Santoso"), Some("ujarnya"), &[]),
            w("dermaga baru itu mampu menampung seratus kapal", Some("Budi Santoso"), Some("menambahkan"), &[]),
        ],
    }]);
}

// Rule 173: a name after an opening phrase opens its clause as one at the start does, and
// a long apposition may follow it ("Dalam kunjungan itu , Budi Santoso , kepala seksi …
// yang datang bersama …, menyampaikan" gave nothing).

#[test]
fn long_apposition_after_an_opening_phrase() {
    check(&[Case {
        paras: &["Dalam kunjungan itu , Budi Santoso , kepala seksi pelayanan yang datang bersama rombongan Bupati Sukamaju dan jajarannya , menyampaikan bahwa dermaga baru segera dibuka."],
        want: &[w("dermaga baru segera dibuka", Some("Budi Santoso"), Some("menyampaikan"), &[])],
    }]);
}

// Rule 174: "Menurut" or "According" capitalised after a word starts a sentence after a
// missing full stop ("… hadir Menurut dia , …" gave nothing).

#[test]
fn capitalised_according_after_a_missing_full_stop() {
    check(&[
        Case {
            paras: &["Budi Santoso memimpin koperasi nelayan. Pagi itu ia meninjau dermaga baru Menurut dia , para nelayan sudah lama menunggu kapal baru."],
            want: &[w("para nelayan sudah lama menunggu", Some("Budi Santoso"), Some("Menurut"), &[])],
        },
        Case {
            paras: &["The ferry was late again According to Ann Porter , the crew was sick."],
            want: &[w("the crew was sick", Some("Ann Porter"), Some("according to"), &[])],
        },
    ]);
}

// Rule 175: the agent of an Indonesian passive verb of speech is someone a later "dia" may
// be ("Hal ini diakui oleh Budi Santoso. Menurut dia , …" left "dia" unresolved).

#[test]
fn passive_agent_is_an_antecedent() {
    check(&[Case {
        paras: &[
            "Hal ini diakui oleh Budi Santoso. Menurut dia , para nelayan sudah lama menunggu kapal baru.",
        ],
        want: &[w("para nelayan sudah lama menunggu", Some("Budi Santoso"), Some("Menurut"), &[])],
    }]);
}

// Rule 176: people an Indonesian restrictive clause picks out speak it ("ada pula nelayan
// yang menilai …" gave nothing), and a relative clause giving a role may run to
// sixteen words between the speaker and the cue.

#[test]
fn people_picked_out_by_yang_and_long_role_clauses() {
    check(&[
        Case {
            paras: &["Di pasar ikan itu ada pula nelayan yang menilai dermaga baru terlalu sempit untuk kapal besar."],
            want: &[w("dermaga baru terlalu sempit", Some("nelayan"), Some("menilai"), &[])],
        },
        Case {
            paras: &["Rina Wati yang kini menjabat ketua Koperasi Nelayan Sukamaju di pesisir utara Kabupaten Sukamaju berharap dermaga baru segera dibuka."],
            want: &[w("dermaga baru segera dibuka", Some("Rina Wati"), Some("berharap"), &[])],
        },
    ]);
}

// Rule 177: a pronoun right after the cue, set off by a comma, stands for words said
// before and reports nothing new ("the crew cheered when the captain said it, and …").

#[test]
fn pronoun_for_words_said_before() {
    check_none(&["The crew cheered when the captain said it, and nobody left the deck."]);
    check(&[Case {
        paras: &["Tom Reed said it was late."],
        want: &[w("it was late", Some("Tom Reed"), Some("said"), &[])],
    }]);
}

// Rule 178: after whom it was told to, a "that" before a verb is a relative pronoun, not the
// start of what was told ("Reed told the fishermen of the north quay that gathered before dawn"
// reported "gathered before dawn").

#[test]
fn relative_that_after_the_addressee() {
    check_none(&["Reed told the fishermen of the north quay that gathered before dawn."]);
    check(&[
        Case {
            paras: &[
                "Reed told the fishermen of the north quay that gathered before dawn that the storm had passed.",
            ],
            want: &[w("the storm had passed", Some("Reed"), Some("told"), &[])],
        },
        Case {
            paras: &["Reed told the crowd that was waiting that the ferry was late."],
            want: &[w("the ferry was late", Some("Reed"), Some("told"), &[])],
        },
    ]);
}

// Rule 179: "even" may open a phrase of time as "shortly" does ("Even before the storm, the
// harbour master rang the crews, saying: “…”" had no speaker).

#[test]
fn even_before_an_opening_phrase() {
    let got =
        run(&["Even before the storm, the harbour master rang the crews, saying: “Stay in port tonight.”"]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].speaker.as_deref(), Some("the harbour master"), "{got:#?}");
}

// Rule 180: "saying" right before a quotation, after the written thing that carried it, is
// the cue of the clause's subject ("Tom Reed pinned a letter on the quay gate saying “…”"
// lost the quotation).

#[test]
fn written_thing_saying_a_quotation() {
    check(&[Case {
        paras: &["Tom Reed pinned a letter on the quay gate saying “The ferry is cancelled.”"],
        want: &[w("The ferry is cancelled", Some("Tom Reed"), Some("saying"), &[])],
    }]);
}

// Rule 181: a "where" clause after "according to X," is about the source's subject, not
// part of the statement ("Ferry fares will rise this winter, according to the port
// office, where the figures were drawn up").

#[test]
fn where_clause_after_according_to() {
    check(&[Case {
        paras: &["Ferry fares will rise by a tenth this winter, according to the port office, where the figures were drawn up last week."],
        want: &[w("Ferry fares will rise by a tenth this winter", Some("the port office"), Some("according to"), &[])],
    }]);
    let got = run(&["Ferry fares will rise by a tenth this winter, according to the port office, where the figures were drawn up last week."]);
    assert!(got.iter().all(|q| !q.text.contains("figures")), "{got:#?}");
}

// Rule 182: the state after a town a description ends in is part of where the speaker is
// from ("when a fisherman from Lewes, Delaware, told her …" gave nothing), but a
// description set off as an apposition leaves the name before it the speaker.

#[test]
fn town_and_state_after_a_description() {
    check(&[
        Case {
            paras: &["The mayor changed the plan when a fisherman from Lewes, Delaware, told her the quay floods every spring."],
            want: &[w("the quay floods every spring", Some("a fisherman from Lewes"), Some("told"), &[])],
        },
        Case {
            paras: &["Carl Dunn, a ferry pilot from Dover, Delaware, said the pier was unsafe."],
            want: &[w("the pier was unsafe", Some("Carl Dunn"), Some("said"), &[])],
        },
    ]);
}

// Rule 183: a next sentence is a quotation's attribution alone only when nothing but when,
// where or to whom follows its cue ("“We are ready.” Reed says the crew will sail" made
// the first sentence Reed's and lost his statement).

#[test]
fn next_sentence_with_a_statement_is_no_attribution() {
    check(&[Case {
        paras: &["Ann Porter said “We are ready.” Reed says the crew will sail for Lewes at dawn."],
        want: &[
            w("We are ready", Some("Ann Porter"), Some("said"), &[]),
            w("the crew will sail for Lewes at dawn", Some("Reed"), Some("says"), &[]),
        ],
    }]);
    // (an attribution alone still is one)
    check(&[Case {
        paras: &["“Why is the pier shut?” Mayor Ellen Brook asked reporters on Monday."],
        want: &[w("Why is the pier shut?", Some("Ellen Brook"), Some("asked"), &[])],
    }]);
}

// Rule 184: an owner's name opens a description as an article does, so the name set off
// after it speaks ("Lewes’s harbour master, Ann Porter, walked the pier, saying …" was
// spoken by "Lewes").

#[test]
fn owner_opening_a_description() {
    check(&[Case {
        paras: &["Lewes’s harbour master, Ann Porter, walked the length of the pier, saying it would reopen in May."],
        want: &[w("it would reopen in May", Some("Ann Porter"), Some("saying"), &[])],
    }]);
}

// Rule 185: a lowercase role and the organisation it is held in, after a person's name and
// a comma, are that person's ("Budi Santoso , ketua Koperasi Nelayan Sukamaju mengatakan"
// was spoken by the cooperative).

#[test]
fn lowercase_role_after_a_name_and_comma() {
    check(&[
        Case {
            paras: &["Budi Santoso , ketua Koperasi Nelayan Sukamaju mengatakan , dermaga itu sudah lama rusak."],
            want: &[w("dermaga itu sudah lama rusak", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Rina Wati , juga pengurus Koperasi Nelayan Sukamaju mengatakan , dermaga itu sudah lama rusak."],
            want: &[w("dermaga itu sudah lama rusak", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
    ]);
    let got =
        run(&["Budi Santoso , ketua Koperasi Nelayan Sukamaju mengatakan , dermaga itu sudah lama rusak."]);
    assert_eq!(got[0].speaker_role.as_deref(), Some("ketua Koperasi Nelayan Sukamaju"), "{got:#?}");
}

// Rule 186: a statement with quoted words in it that a second verb goes on from ("Reed said
// the toll was “too high,” and added that …") is reported as well as the second one;
// the first was lost because its scare quote is no quotation of its own.

#[test]
fn statement_before_a_second_woven_one() {
    check(&[Case {
        paras: &["Harbour master Tom Reed said the queue at the ferry ramp this summer was “too long,” and added that the new ramp “will halve the wait” by July."],
        want: &[
            w("the queue at the ferry ramp this summer", Some("Tom Reed"), Some("said"), &[]),
            w("will halve the wait", Some("Tom Reed"), Some("added"), &[]),
        ],
    }]);
    let got = run(&["Harbour master Tom Reed said the queue at the ferry ramp this summer was “too long,” and added that the new ramp “will halve the wait” by July."]);
    assert!(!got.iter().any(|q| q.text.contains("added")), "{got:#?}");
}

// Rule 187: "that," before a quotation makes it reported speech running on after the
// quotation, not a direct quote cut at its closing mark.

#[test]
fn that_and_a_comma_before_a_quotation() {
    let q = quote(
        &["A spokeswoman, Ellen Brook, wrote in a text message that, “the night ferry will sail again” once the new lights are fitted."],
        "night ferry",
    );
    assert!(!q.direct, "{q:#?}");
    assert!(q.text.contains("once the new lights are fitted"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Ellen Brook"));
}

// Rule 188: a quotation whose speaker is named inside someone else's statement ("Dunn
// recalled a skipper who always warned “…”") is that statement's too: the outer speaker
// reports the whole, the inner one says the quotation.

#[test]
fn quotation_inside_a_statement() {
    let got = run(&[
        "Carl Dunn recalled that the old ferry had a skipper who always warned “no sea is calm for long.”",
    ]);
    let inner = got.iter().find(|q| q.direct).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(inner.text, "no sea is calm for long");
    let outer = got.iter().find(|q| !q.direct).unwrap_or_else(|| panic!("{got:#?}"));
    assert!(
        outer.text.starts_with("the old ferry had a skipper") && outer.text.contains("calm for long"),
        "{outer:#?}"
    );
    assert_eq!(outer.speaker.as_deref(), Some("Carl Dunn"));
    // (not when the quotation's speaker opens a clause of their own after a conjunction)
    let got =
        run(&["Carl Dunn said the ramp was old, but Ann Porter replied: “It will last another ten years.”"]);
    assert!(
        got.iter().all(|q| !q.text.contains("the ramp was old") || !q.text.contains("ten years")),
        "{got:#?}"
    );
}

// Rule 189: "according to X," after a conjunction inside a sentence attributes the clause
// that follows it, not the whole sentence ("… since, according to Reed, the crew …").

#[test]
fn according_to_after_a_conjunction() {
    check(&[Case {
        paras: &[
            "Crews will load the ferry tonight since, according to Ann Porter, the tide turns before six.",
        ],
        want: &[w("the tide turns before six", Some("Ann Porter"), Some("according to"), &[])],
    }]);
    let q = quote(
        &["Crews will load the ferry tonight since, according to Ann Porter, the tide turns before six."],
        "tide",
    );
    assert!(!q.text.contains("load the ferry"), "{q:#?}");
    // (a verb after it goes on with the subject before: the whole sentence)
    let q = quote(
        &["The harbour board has, according to Ann Porter, sold the old ferry to a yard in Lewes."],
        "sold",
    );
    assert!(q.text.contains("harbour board"), "{q:#?}");
}

// Rule 190: a relative "who" after people described, not named, speaks for them ("its
// regular riders, who complained …" was spoken by "who"), and is no antecedent for a later
// "he"; a restrictive "who" picks out the one or the people who warned, argued, claimed or
// insisted as it did those who said.

#[test]
fn who_after_people_described() {
    let paras = [
        "Tom Reed, who runs the ferry line, wrote that the crossing was quieter than usual among its regular riders, who complained that “the fares are far too high.”",
        "“We will look at the fares again,” he said.",
    ];
    check(&[Case {
        paras: &paras,
        want: &[
            w("the fares are far too high", Some("its regular riders"), Some("complained"), &[]),
            w("We will look at the fares again", Some("Tom Reed"), Some("said"), &[]),
        ],
    }]);
    check(&[
        Case {
            paras: &[
                "The harbour board heard from a skipper who warned that the new ramp floods at high tide.",
            ],
            want: &[w("the new ramp floods at high tide", Some("a skipper"), Some("warned"), &[])],
        },
        Case {
            paras: &["The board later met ferry skippers who insisted that the ramp was safe."],
            want: &[w("the ramp was safe", Some("skippers"), Some("insisted"), &[])],
        },
    ]);
}

// Rule 191: the agent right after an Indonesian passive verb of speech, without "oleh", is
// a person a later "dia" points back to ("Hal ini diungkapkan Budi Santoso. Dia menyatakan
// …" left "Dia" unresolved).

#[test]
fn passive_agent_without_oleh_is_an_antecedent() {
    check(&[Case {
        paras: &["Keluhan itu disampaikan Budi Santoso di dermaga. Dia menyatakan bahwa kapal nelayan kini jarang melaut."],
        want: &[w("kapal nelayan kini jarang melaut", Some("Budi Santoso"), Some("menyatakan"), &[])],
    }]);
}

// Rule 192: a participle alone opening the sentence after a statement hands its quote to
// that statement's speaker (`Reed said the pier would reopen. Adding, “…”` had no speaker);
// and a verb of speech closing a clause of when ("after the tour concluded,") is no cue of
// the sentence's statement.

#[test]
fn opening_participle_and_a_clause_of_when() {
    check(&[Case {
        paras: &["Ellen Brook told the board on Friday that the night ferry would be cut. Adding, “Nobody rides it after ten.”"],
        want: &[
            w("the night ferry would be cut", Some("Ellen Brook"), Some("told"), &[]),
            w("Nobody rides it after ten", Some("Ellen Brook"), Some("Adding"), &[]),
        ],
    }]);
    // (after nothing attributed, it stays unattributed)
    let q = quote(&["The ferry left at noon. Adding, “Nobody rides it after ten.”"], "Nobody rides");
    assert_eq!(q.speaker, None, "{q:#?}");
    check(&[Case {
        paras: &["Once the harbour meeting concluded, Tom Reed declared in a long speech to the ferry crews that next year’s toll “will not rise at all.”"],
        want: &[w("will not rise at all", Some("Tom Reed"), Some("declared"), &[])],
    }]);
}

// Rule 193: a quotation a participle hands over inside the attribution ("posted a notice
// saying “…”", "held a sign reading “…”") is direct, not woven into reported speech; a verb
// in progress ("were calling “…”") is no such participle.

#[test]
fn quotation_handed_over_by_a_participle() {
    let q =
        quote(&["Ann Porter posted a notice saying “the quay is closed until Monday.”"], "quay is closed");
    assert!(q.direct, "{q:#?}");
    assert_eq!(q.text, "the quay is closed until Monday");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"));
    let q = quote(&["Tom Reed said the ferry crews were calling “every single hour.”"], "every single hour");
    assert!(!q.direct, "{q:#?}");
}

// Rule 194: a back-reference whose speaker goes on in a relative clause without a comma
// ("Hal ini diungkapkan Budi Santoso dari Dinas Perikanan yang menyatakan …") reports that
// clause too; and a slash joins an office to its acronym inside a role ("Kepala Kantor
// Syahbandar Sukamaju / KSOP Budi Santoso" is Budi Santoso, not "KSOP Budi Santoso" nor
// "Syahbandar Sukamaju").

#[test]
fn back_reference_relative_and_slashed_office() {
    check(&[Case {
        paras: &["Ongkos sandar di dermaga lama naik dua kali lipat. Hal ini diungkapkan Sunarto dari Koperasi Nelayan Sukamaju yang menyatakan banyak perahu kini memilih bersandar di pantai."],
        want: &[
            w("Ongkos sandar di dermaga lama", Some("Sunarto"), Some("diungkapkan"), &[]),
            w("banyak perahu kini memilih bersandar", Some("Sunarto"), Some("menyatakan"), &[]),
        ],
    }]);
    check(&[
        Case {
            paras: &["Kepala Kantor Syahbandar Sukamaju / KSOP Rina Wati menegaskan kapal tanpa izin berlayar akan ditahan."],
            want: &[w("kapal tanpa izin berlayar", Some("Rina Wati"), Some("menegaskan"), &[])],
        },
        Case {
            paras: &["Jadwal kapal sudah dipasang di loket, kata Kepala Kantor Syahbandar Sukamaju / KSOP Rina Wati."],
            want: &[w("Jadwal kapal sudah dipasang", Some("Rina Wati"), Some("kata"), &[])],
        },
        Case {
            paras: &[
                "Pemeriksaan dilakukan oleh Kepala Kantor Syahbandar Sukamaju / KSOP Rina Wati.",
                "Ia mengatakan , semua kapal penumpang wajib membawa pelampung.",
            ],
            want: &[w("semua kapal penumpang wajib", Some("Rina Wati"), Some("mengatakan"), &[])],
        },
    ]);
}

// Rule 195: "write" after people in the plural attributes the quote before it as "writes"
// does after one ("“…,” the two write" had no speaker).

#[test]
fn plural_write_after_a_quote() {
    check(&[Case {
        paras: &["Two harbour pilots sent the board a letter. “The new buoys sit too close to the rocks,” the two write."],
        want: &[w("The new buoys sit too close to the rocks", Some("the two"), Some("write"), &[])],
    }]);
}

// Rule 196: a quantifier for people ("one", "others", "both", "some") before a cue after a
// quote is its speaker, as in a round of voices from a quay ("“…,” one said." had none).

#[test]
fn quantifier_speaker_after_a_quote() {
    check(&[Case {
        paras: &[
            "Fishermen on the quay were split over the new ramp. “It floods at every spring tide,” one said. “We have asked for it for years,” others added.",
        ],
        want: &[
            w("It floods at every spring tide", Some("one"), Some("said"), &[]),
            w("We have asked for it for years", Some("others"), Some("added"), &[]),
        ],
    }]);
}

// Rule 197: a compass word after a place closes the region's name inside a role, and the
// person's name follows it ("Kepala Dinas Perikanan Sukamaju Selatan Budi Santoso" is Budi
// Santoso, not "Sukamaju Selatan Budi Santoso"); a compass word opening a name stays in it.

#[test]
fn compass_word_ends_the_region_before_a_name() {
    check(&[
        Case {
            paras: &["Kepala Dinas Perikanan Sukamaju Selatan Budi Santoso mengatakan bahwa dermaga baru dibuka pekan depan."],
            want: &[w("dermaga baru dibuka pekan depan", Some("Budi Santoso"), Some("mengatakan"), &[])],
        },
        Case {
            paras: &["Jadwal feri ke pulau ditunda, kata Kepala Bidang Pelabuhan SKM Tengah Rina Wati."],
            want: &[w("Jadwal feri ke pulau ditunda", Some("Rina Wati"), Some("kata"), &[])],
        },
        Case {
            paras: &["Timur Sunarto menjelaskan bahwa perahu nelayan sudah kembali ke dermaga."],
            want: &[w("perahu nelayan sudah kembali", Some("Timur Sunarto"), Some("menjelaskan"), &[])],
        },
    ]);
}

// Rule 198: a role alone as the speaker ("Bupati kemudian mengatakan …", "Wali Kota
// menegaskan …", with the words that go on a title after its head) stands for the person
// named with it before, and that person is the nearest antecedent of a "dia" or "-nya"
// after it, not someone named in between.

#[test]
fn role_alone_speaker_is_the_next_antecedent() {
    check(&[
        Case {
            paras: &["Bupati Sukamaju Budi Santoso meresmikan dermaga baru. Sunarto Hadi memimpin doa bersama. Bupati kemudian mengatakan bahwa dermaga ini dibangun selama dua tahun. Ia menambahkan bahwa nelayan boleh bersandar tanpa biaya."],
            want: &[
                w("dermaga ini dibangun selama dua tahun", Some("Budi Santoso"), Some("mengatakan"), &[]),
                w("nelayan boleh bersandar tanpa biaya", Some("Budi Santoso"), Some("menambahkan"), &[]),
            ],
        },
        Case {
            paras: &["Pelelangan ikan dibuka oleh Pj Camat Sukamaju , Rina Wati. Peran Koperasi Nelayan sangat besar bagi desa. Pj Camat juga menegaskan pentingnya pelampung di setiap perahu. Menurutnya , keselamatan nelayan harus didahulukan."],
            want: &[
                w("pentingnya pelampung di setiap perahu", Some("Rina Wati"), Some("menegaskan"), &[]),
                w("keselamatan nelayan harus didahulukan", Some("Rina Wati"), Some("Menurutnya"), &[]),
            ],
        },
        Case {
            paras: &["Wali Kota Sukamaju Budi Santoso meninjau dermaga feri pagi ini. Wali Kota menegaskan bahwa tiket feri tidak akan naik tahun depan."],
            want: &[w("tiket feri tidak akan naik", Some("Budi Santoso"), Some("menegaskan"), &[])],
        },
    ]);
}

// Rule 199: a person described by where they work and pointed back to ("mantan wartawan
// televisi ini") is the person named last, not a medium pointed back to as "stasiun
// televisi itu" would be.

#[test]
fn person_described_by_a_medium_they_worked_for() {
    check(&[Case {
        paras: &["“Kapal feri pagi sudah dua kali batal,” kata Rina Wati. Mantan wartawan televisi ini menyebutkan bahwa penumpang terpaksa menyewa perahu nelayan."],
        want: &[
            w("Kapal feri pagi sudah dua kali batal", Some("Rina Wati"), Some("kata"), &[]),
            w("penumpang terpaksa menyewa perahu nelayan", Some("Rina Wati"), Some("menyebutkan"), &[]),
        ],
    }]);
}

// Rule 200: a crowd that opens the clause without an article voices the chant after it
// ("Dozens of skippers blocked …, shouting “…”" had no speaker), and a capitalised word
// before a noun for people opens a description, not a name ("Angry fishermen …, chanting
// “…”" was "Angry").

#[test]
fn crowds_and_described_people_at_the_clause_start() {
    check(&[
        Case {
            paras: &["Dozens of skippers blocked the harbour mouth at dawn, shouting \"No new tolls\"."],
            want: &[w("No new tolls", Some("Dozens of skippers"), Some("shouting"), &[])],
        },
        Case {
            paras: &["Angry fishermen lined the quay on Tuesday, chanting “Open the old pier!”"],
            want: &[w("Open the old pier!", Some("Angry fishermen"), Some("chanting"), &[])],
        },
    ]);
}

// Rule 201: after a subordinate clause that holds the cue ("While … has said …,"), a main
// clause with a verb in the present or a modal ("her board keeps …", "Dunn must …") is the
// reporter's own, and the statement ends at the comma before it.

#[test]
fn main_clause_after_a_subordinate_statement() {
    let cases = [
        (
            "While the harbour master has often said she wants a longer pier, her board keeps cutting the budget for it.",
            "she wants a longer pier",
            "the harbour master",
        ),
        ("Though Tom Reed has said the ferry will run all winter, Carl Dunn must still find a crew.", "the ferry will run all winter", "Tom Reed"),
    ];
    for (para, statement, speaker) in cases {
        let q = quote(&[para], statement);
        assert_eq!(q.text, statement, "{para:?}");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{para:?}");
    }
}

// Rule 202: a capitalised noun for people after the head of a title belongs to the name of
// the office's organisation ("Ketua Koperasi Nelayan Budi Santoso" is Budi Santoso, head of the
// fishermen's cooperative, not "Nelayan Budi Santoso").

#[test]
fn noun_for_people_inside_an_office_name() {
    check(&[
        Case {
            paras: &[
                "Ketua Koperasi Nelayan Rina Wati , berharap dermaga baru selesai sebelum musim angin barat.",
            ],
            want: &[w("dermaga baru selesai", Some("Rina Wati"), Some("berharap"), &[])],
        },
        Case {
            paras: &[
                "Ongkos sandar perahu akan turun tahun depan, kata Bendahara Koperasi Pedagang Budi Santoso.",
            ],
            want: &[w("Ongkos sandar perahu akan turun", Some("Budi Santoso"), Some("kata"), &[])],
        },
    ]);
}

// Rule 203: a nursing or pharmacy degree written with a space after its stop ("M. Kep.")
// is a degree after the name like "M.Pd.", so the person before it speaks, not the role in
// the apposition after it.

#[test]
fn spaced_degree_after_a_name() {
    check(&[Case {
        paras: &["Rina Wati , M. Kep. , Ketua Panitia Lomba Perahu , menjelaskan bahwa lomba diikuti empat puluh perahu dari tiga desa."],
        want: &[w("lomba diikuti empat puluh perahu", Some("Rina Wati"), Some("menjelaskan"), &[])],
    }]);
}

// Rule 204: two people named with their offices and joined ("Ketua Koperasi Nelayan Budi
// Santoso dan Ketua Koperasi Pedagang Rina Wati mengatakan") speak together as "Budi Santoso
// dan Rina Wati", without the second office inside the name.

#[test]
fn two_titled_people_joined() {
    check(&[Case {
        paras: &["Ketua Koperasi Nelayan Budi Santoso dan Ketua Koperasi Pedagang Rina Wati mengatakan bahwa harga ikan di dermaga naik sejak pekan lalu."],
        want: &[w("harga ikan di dermaga naik", Some("Budi Santoso dan Rina Wati"), Some("mengatakan"), &[])],
    }]);
}

// Rule 205: two office-holders named together in a sentence without statements ("Bupati …
// Budi Santoso dan Wakil Bupati Rina Wati meresmikan …") are two people, and a singular "ia"
// after them stands for the first, whom the sentence is about (it was the pair, with the
// region inside the first name).

#[test]
fn singular_pronoun_after_two_office_holders() {
    check(&[Case {
        paras: &["Bupati Sukamaju Budi Santoso dan Wakil Bupati Rina Wati meresmikan dermaga feri yang baru. Ia mengatakan bahwa dermaga itu dibangun selama dua tahun."],
        want: &[w("dermaga itu dibangun selama dua tahun", Some("Budi Santoso"), Some("mengatakan"), &[])],
    }]);
}

// Rule 206: a person named with "others" and a restrictive "who" clause before the cue
// ("Brook and others who fish off the quay said …") speak together; "others" is people like
// the officials or residents a description names.

#[test]
fn a_name_and_others_picked_out_by_a_who_clause() {
    check(&[Case {
        paras: &[
            "Brook and others who fish off the quay said the ferry fares will rise again in the spring.",
        ],
        want: &[w("the ferry fares will rise again", Some("Brook and others"), Some("said"), &[])],
    }]);
}

// Rule 207: a hyphen set off by spaces is a dash, so the noun phrase after it opens a clause
// of its own and speaks ("… than Reed - 60 percent of the riders said …"); a hyphen inside a
// word joins it ("pro-Reed").

#[test]
fn noun_phrase_after_a_spaced_hyphen() {
    check(&[Case {
        paras: &["Porter is seen as far more able to run the harbour than Reed - 60 percent of the ferry riders said Porter would handle the pier repairs better."],
        want: &[w("Porter would handle the pier repairs better", Some("60 percent of the ferry riders"), Some("said"), &[])],
    }]);
}

// Rule 208: a transcript's turn — a paragraph opened by a speaker's label in capitals and a
// colon — is one statement of that speaker however many sentences it holds; a label that
// names no speaker ("UPDATE:", "CATATAN:") opens no turn.

#[test]
fn transcript_turn_is_one_statement() {
    let paras = &[
        "PORTER: Well, look, the old pier has stood there for forty years. The ferries need a new berth before the winter storms.",
        "REED: The board will vote on it in May.",
    ];
    let turn = quote(paras, "the old pier has stood there");
    assert!(turn.text.contains("before the winter storms"), "one statement for the turn: {turn:#?}");
    assert_eq!(turn.speaker.as_deref(), Some("PORTER"));
    assert_eq!(quote(paras, "vote on it in May").speaker.as_deref(), Some("REED"));
    let note = run(&["UPDATE: The harbour board moved its pier vote to June after this report first ran. The ferry timetable stays as it was."]);
    assert!(note.iter().all(|q| q.speaker.as_deref() != Some("UPDATE")), "{note:#?}");
}

// Rule 209: a clause of contrast with an attribution of its own between two quotes (`“A,”
// Reed said last week, though he said, “B.”`) hands the second quote over: two quotes, not
// one interrupted by its attribution.

#[test]
fn contrast_clause_between_quotes_starts_a_second_quote() {
    let paras = &["\"The board is not ready to vote on the pier,\" Reed said on Monday at the quay, though he said, \"We hope to.\""];
    let first = quote(paras, "not ready to vote");
    assert!(!first.text.contains("We hope to"), "{first:#?}");
    check(&[Case { paras, want: &[w("We hope to", Some("Reed"), Some("said"), &[])] }]);
}

// Rule 210: an as-clause right before a quote after a comma names its speaker as one that
// opens the sentence does ("… from being seen, as the Harbour Herald put it in a long
// profile, “the operator.”").

#[test]
fn as_clause_inside_the_sentence_names_the_speaker() {
    check(&[Case {
        paras: &["The new harbour master has not escaped being seen, as the Harbour Herald put it in a long profile, “the man who sold the pier.”"],
        want: &[w("the man who sold the pier", Some("Harbour Herald"), Some("put it"), &[])],
    }]);
}

// Rule 211: a speaker named with a relative clause right after an opening bracket opens a
// clause of its own (`… the cause (Ann Porter, who founded the line, once said, “…”)`), as
// one at the sentence start does.

#[test]
fn speaker_with_a_relative_clause_in_brackets() {
    check(&[Case {
        paras: &["The town knows why the pier fell (Ann Porter, who founded the ferry line, once said, “It happened many times before the storm”). The board disagrees."],
        want: &[w("It happened many times before the storm", Some("Ann Porter"), Some("said"), &[])],
    }]);
}

// Rule 212: a transcript's turn quoted whole (`“PORTER: If I may, …”`) names its speaker by
// the label, and the quote's words start after it.

#[test]
fn quoted_transcript_turn_names_its_speaker() {
    let q =
        quote(&["“PORTER: If I may, the ferry will run on Sunday. The pier is safe.”"], "the ferry will run");
    assert_eq!(q.speaker.as_deref(), Some("PORTER"), "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some(":"), "{q:#?}");
    assert!(q.text.starts_with("If I may"), "{q:#?}");
}

// Rule 213: a statement of a clause of its own before the clause that announces a quote
// with a colon is reported with its own subject ("Porter said A, but she put it plainly:
// “…”"), as a statement of the announcing clause itself is.

#[test]
fn statement_before_the_clause_announcing_a_quote() {
    let paras = &["Ann Porter said the ferry and the pier are “both past saving,” but she ended on a kinder note: “The crews did all they could.”"];
    let stated = quote(paras, "past saving");
    assert_eq!(stated.speaker.as_deref(), Some("Ann Porter"), "{stated:#?}");
    assert!(!stated.direct && stated.text.starts_with("the ferry and the pier"), "{stated:#?}");
    assert!(!stated.text.contains("kinder"), "{stated:#?}");
    let quoted = quote(paras, "crews did all");
    assert!(quoted.direct, "{quoted:#?}");
}

#[test]
fn statement_before_the_clause_announcing_a_quote_id() {
    let paras = &["Budi Santoso mengatakan dermaga itu sudah lama rusak, namun ia menutup sambutannya dengan pesan: “Kami akan terus bekerja untuk nelayan.”"];
    let stated = quote(paras, "sudah lama rusak");
    assert_eq!(stated.speaker.as_deref(), Some("Budi Santoso"), "{stated:#?}");
    assert!(!stated.text.contains("namun"), "{stated:#?}");
    assert!(quote(paras, "terus bekerja").direct);
}

#[test]
fn statement_before_a_clause_handing_a_quote_over_with_a_comma() {
    let paras = &["The ferry captain argued the old slipway was beyond repair, and once pressed on the cost of a new one, she said, \"Nobody has priced it yet.\""];
    let stated = quote(paras, "beyond repair");
    assert!(!stated.direct && stated.text.ends_with("was beyond repair"), "{stated:#?}");
    assert_eq!(stated.cue.as_deref(), Some("argued"), "{stated:#?}");
}

// Rule 214: a statement reported in a clause opened by "when", "while", "after" … ends at
// the comma before the main clause even when the comma closes a quotation inside it.

#[test]
fn subordinate_statement_ends_at_a_comma_inside_closing_quote() {
    let paras = &["When the port director, Ann Porter, said on Tuesday that her crews had found no \"direct evidence\" that the pier had been \"deliberately damaged,\" the town council moved on."];
    let stated = quote(paras, "direct evidence");
    assert_eq!(stated.speaker.as_deref(), Some("Ann Porter"), "{stated:#?}");
    assert!(!stated.text.contains("council"), "{stated:#?}");
}

// Rule 215: a regency or city after a regional head's title is the office's, not a name:
// "Wali Kota Surabaya mengatakan" is the mayor of Surabaya speaking, unnamed, and in "Bupati
// Bantul Budi Santoso" the name starts after the regency.

#[test]
fn a_regency_after_a_regional_head_is_no_name() {
    let mayor =
        quote(&["Wali Kota Surabaya mengatakan dermaga baru itu dibuka pekan depan."], "dermaga baru");
    assert_eq!(mayor.speaker.as_deref(), Some("Wali Kota Surabaya"), "{mayor:#?}");
    let head = quote(
        &["Bupati Bantul Budi Santoso mengatakan dermaga baru itu dibuka pekan depan."],
        "dermaga baru",
    );
    assert_eq!(head.speaker.as_deref(), Some("Budi Santoso"), "{head:#?}");
    let two_words = quote(
        &["Bupati Bandung Barat meminta nelayan menjaga dermaga yang baru dibangun."],
        "nelayan menjaga",
    );
    assert_eq!(two_words.speaker.as_deref(), Some("Bupati Bandung Barat"), "{two_words:#?}");
    // (after a body's acronym too)
    let member =
        quote(&["Anggota DPRD Banyuwangi Sunarto meminta pemerintah segera memperbaiki dermaga."], "segera");
    assert_eq!(member.speaker.as_deref(), Some("Sunarto"), "{member:#?}");
    // (an office set off before the name by commas opens a long apposition as a name does)
    let q = quote(&["Dalam sambutannya , Bupati Banyuwangi , H. Budi Santoso , S.E. , M.Si. , yang hadir bersama Sekretaris Daerah , menekankan pentingnya menjaga dermaga."], "pentingnya menjaga");
    assert_eq!(q.speaker.as_deref(), Some("H. Budi Santoso"), "{q:#?}");
    // (and closing an organisation's name, with a rank after it)
    for (para, name) in [
        ("Kepala Dinas Perikanan Banyuwangi Budi Santoso mengatakan dermaga itu rusak.", "Budi Santoso"),
        ("Ketua Koperasi Nelayan Bantul Rina Wati mengatakan dermaga itu rusak.", "Rina Wati"),
        ("Kasat Reskrim Polresta Malang Kota Kompol Sunarto mengatakan dermaga itu dijaga.", "Sunarto"),
    ] {
        let q = quote(&[para], "dermaga itu");
        assert_eq!(q.speaker.as_deref(), Some(name), "{q:#?}");
    }
}

// Rule 216: the source after "according to" is the whole description up to its comma ("a
// report released Monday by the harbour board"), not the words before its first modifier.

#[test]
fn according_to_takes_the_whole_described_source() {
    let q = quote(
        &["According to a report released Monday by the harbour board, traffic at the pier fell 12 percent."],
        "traffic at the pier",
    );
    assert_eq!(q.speaker.as_deref(), Some("a report released Monday by the harbour board"), "{q:#?}");
    let q = quote(
        &["Traffic at the pier fell last year, according to skippers close to the board's accounts."],
        "Traffic at the pier",
    );
    assert_eq!(q.speaker.as_deref(), Some("skippers close to the board's accounts"), "{q:#?}");
}

// Rule 217: the day a medium carried a statement, set off after the relay ("Seperti dilansir
// Harbour Herald, Senin (2/12/2024), …", "As reported by the Herald on Monday, …"), is no
// part of the statement; "mengutip laporan M" relays M as "mengutip M" does.

#[test]
fn the_day_after_a_relay_is_not_the_statement() {
    let q = quote(&["Seperti dilansir Harbour Herald, Senin (2/12/2024), pemerintah kota berencana menutup dermaga lama."], "pemerintah kota");
    assert!(q.text.starts_with("pemerintah kota"), "{q:#?}");
    assert_eq!(q.via.first().map(|r| r.medium.as_str()), Some("Harbour Herald"), "{q:#?}");
    let q = quote(
        &["As reported by the Harbour Herald on Monday, the town plans to close the old pier."],
        "close the old pier",
    );
    assert!(q.text.starts_with("the town plans"), "{q:#?}");
    let q = quote(
        &["Mengutip laporan Harbour Herald, sebanyak 300 nelayan terdampak penutupan dermaga."],
        "300 nelayan",
    );
    assert_eq!(q.via.first().map(|r| r.medium.as_str()), Some("Harbour Herald"), "{q:#?}");
}

// Rule 218: what a passive report hands over with "bahwa" or "that" is the statement itself
// ("Dalam laporan itu disebutkan bahwa A", "It is reported that A"): A. With nobody named it
// is unattributed hearsay; the document it was written in is its source (rule 550).

#[test]
fn passive_report_hands_over_its_content() {
    let q = quote(
        &["Dalam laporan itu disebutkan bahwa kerusakan dermaga mencapai 40 persen."],
        "kerusakan dermaga",
    );
    assert!(q.text.starts_with("kerusakan dermaga") && q.speaker.as_deref() == Some("laporan itu"), "{q:#?}");
    let q = quote(&["It is reported that the old pier will close next week."], "old pier");
    assert!(q.text.starts_with("the old pier") && q.speaker.is_none(), "{q:#?}");
}

// Rule 219: a participle and its agent between the subject and the cue ("Several fishermen
// interviewed by the Harbour Herald said …") leave the subject the speaker, not the agent.

#[test]
fn the_agent_of_a_participle_before_the_cue_is_no_speaker() {
    let q = quote(&["Several fishermen interviewed by the Harbour Herald said they would move their boats to Eastvale."], "move their boats");
    assert_eq!(q.speaker.as_deref(), Some("Several fishermen"), "{q:#?}");
    let q = quote(&["Skippers reached by phone on Sunday said the pier was still closed."], "still closed");
    assert_eq!(q.speaker.as_deref(), Some("Skippers"), "{q:#?}");
}

// Rule 220: a manner phrase with "dengan" between the subject and the cue ("Rina Wati
// dengan tegas mengatakan …") is read past, as "secara resmi" is.

#[test]
fn manner_phrase_with_dengan_before_the_cue() {
    let q = quote(
        &["Budi Santoso dengan tegas mengatakan bahwa dermaga itu aman untuk nelayan."],
        "dermaga itu aman",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 221: a party and state set off by commas after a legislator's name ("Rep. Tom Reed,
// R-Ohio, told …") is no speaker: the name before it is.

#[test]
fn party_and_state_after_a_name_is_no_speaker() {
    let q = quote(&["Rep. Tom Reed, R-Ohio, told reporters the pier bill was dead."], "pier bill");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 222: "Ann Porter of the Harbour Trust said" is Ann Porter, of the Harbour Trust (the
// run of capitals stopped at "the" and gave the organisation); "The Department of the
// Interior said" stays one name; "who asked not to be named" is a condition of speaking,
// not a statement.

#[test]
fn person_of_the_organisation_and_asked_not_to_be_named() {
    let q = quote(&["Ann Porter of the Eastvale Harbour Trust said the pier was unsafe."], "pier was unsafe");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    let q = quote(&["The Department of the Interior said the pier was unsafe."], "pier was unsafe");
    assert_eq!(q.speaker.as_deref(), Some("Department of the Interior"), "{q:#?}");
    let paras = &[
        "The harbour master, who asked not to be named while the inquiry goes on, said the pier would close.",
    ];
    let q = quote(paras, "pier would close");
    assert_eq!((q.cue.as_deref(), q.text.as_str()), (Some("said"), "the pier would close"), "{q:#?}");
}

// Rule 223: a colon before an attribution inside or after the statement ends the reporter's
// lead-in ("Reed was blunt: the pier, he said, is finished."): the statement starts after it.

#[test]
fn a_colon_ends_the_lead_in_before_a_statement() {
    let q = quote(&["Tom Reed was blunt: the pier, he said, is finished."], "is finished");
    assert!(q.text.starts_with("the pier"), "{q:#?}");
    let q = quote(&["Tom Reed was blunt: the pier is finished, he said."], "is finished");
    assert!(q.text.starts_with("the pier"), "{q:#?}");
}

// Rule 224: a clause about the source after "menurut" or "according to" ("Menurut Budi
// Santoso yang juga Ketua Koperasi Nelayan, …", "According to Tom Reed, who chairs the
// ferry board, …") is no part of the statement.

#[test]
fn a_clause_about_the_source_is_not_the_statement() {
    let q = quote(
        &["Menurut Budi Santoso yang juga Ketua Koperasi Nelayan, dermaga itu milik bersama."],
        "milik bersama",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("Budi Santoso"), "dermaga itu milik bersama"),
        "{q:#?}"
    );
    let q = quote(
        &["According to Tom Reed, who chairs the ferry board, the pier will close in May."],
        "pier will close",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("Tom Reed"), "the pier will close in May"),
        "{q:#?}"
    );
}

// Rule 225: "Demikian dikatakan X" closes the statement before it as "Hal ini disampaikan
// X" does, and a back-reference naming an office and then the name set off by commas
// ("… Manajer Koperasi Nelayan, Rina Wati, kepada wartawan") names that person.

#[test]
fn demikian_back_reference_and_the_name_after_an_office() {
    let q = quote(
        &["Nelayan diminta tidak melaut saat gelombang tinggi. Demikian dikatakan Sunarto kepada wartawan."],
        "tidak melaut",
    );
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Sunarto"), Some("dikatakan")), "{q:#?}");
    let q = quote(&["Beberapa kegiatan dilakukan di dermaga. Demikian diungkapkan Manajer Koperasi Nelayan Sukamaju, Rina Wati, kepada awak media."], "Beberapa kegiatan");
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
}

// Rule 226: a bare day after the cue ("said Tuesday it would …", "said Monday night that
// …") is no part of the statement, and a comma after it does not start one when a clause
// came before it; a reporter's comment closing the sentence (", a move critics called
// overdue") is none either; a cue whose circumstance runs into the sentence's own "said" is a
// participle of the subject ("A statement posted at the quay said …").

#[test]
fn a_day_after_the_cue_and_a_comment_closing_the_sentence() {
    let q = quote(
        &["The ferry line said Tuesday it would cut fares, a move skippers called overdue."],
        "cut fares",
    );
    assert_eq!(q.text, "it would cut fares", "{q:#?}");
    let q = quote(&["Ann Porter said Monday night that the pier would close."], "pier would close");
    assert_eq!(q.text, "the pier would close", "{q:#?}");
    let q = quote(
        &["A statement posted at the quay on Monday said fares are set by the board."],
        "fares are set",
    );
    assert_eq!((q.cue.as_deref(), q.text.as_str()), (Some("said"), "fares are set by the board"), "{q:#?}");
}

// Rule 227: a relative clause of the speaker's after a quote may hold words quoted in it
// ("“…,” said one captain, who added that the quay seemed “quiet” and “tired”"); a
// concession opens a clause as "but" does (", though she added that …", ", meski dia
// mengatakan …"); a statement in a subordinate clause inside the sentence ends where the
// main clause begins (", and though Reed has said A, the captains are still angry").

#[test]
fn relative_with_quoted_words_and_statements_in_concessions() {
    let q = quote(
        &["“It was a hard winter,” said one captain, who added that the quay seemed “quiet” and “tired” after the storms."],
        "seemed",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("one captain"), "the quay seemed “quiet” and “tired” after the storms"),
        "{q:#?}"
    );
    let q =
        quote(&["The repairs are slow, though she added that she expected them to finish soon."], "expected");
    assert_eq!(
        (q.cue.as_deref(), q.text.as_str()),
        (Some("added"), "she expected them to finish soon"),
        "{q:#?}"
    );
    let q =
        quote(&["Harga ikan turun, meski dia mengatakan nelayan tetap melaut setiap hari."], "tetap melaut");
    assert_eq!(
        (q.cue.as_deref(), q.text.as_str()),
        (Some("mengatakan"), "nelayan tetap melaut setiap hari"),
        "{q:#?}"
    );
    let q = quote(
        &["The council met, and though Reed has said he will accept the plan, the captains are still angry."],
        "accept the plan",
    );
    assert_eq!(q.text, "he will accept the plan", "{q:#?}");
}

// Rule 228: a role after a capitalised party or nation word names the person after it
// ("said Conservative party boss Tom Reed", "said Labour councillor Ann Porter"); "said as
// much" and "has said so publicly" point back to words told before and report nothing.

#[test]
fn party_word_before_a_role_and_said_as_much() {
    let q = quote(&["“Fares will rise in May,” said Conservative party boss Tom Reed."], "Fares will rise");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    let q = quote(&["“The pier is old,” said Labour councillor Ann Porter."], "pier is old");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    check_none(&["Reed said as much at a meeting of the ferry board.", "Porter has said so publicly."]);
}

// Rule 229: a participle after "with" has its own subject ("…, with most skippers saying
// …", "with four in 10 saying …"), and a dash introduces a participle as a comma does
// ("The board dismissed the charge — saying …"); not "met with him in July, saying …".

#[test]
fn participle_with_its_own_subject_after_with() {
    let q = quote(&["Ferry fares rose again, with most skippers saying the summer would be busy."], "summer");
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("most skippers"), "the summer would be busy"),
        "{q:#?}"
    );
    let q = quote(
        &["Riders shrugged off the new timetable, with four in 10 saying it would not change their trips."],
        "change their trips",
    );
    assert_eq!(q.speaker.as_deref(), Some("four in 10"), "{q:#?}");
    let q = quote(
        &["The harbour board dismissed the charge — saying the captains turned down the same offer."],
        "turned down",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("The harbour board"), Some("saying")),
        "{q:#?}"
    );
}

// Rule 230: a participle after a quotation closing with its comma inside the marks reports
// as one after a plain comma does (`Reed called the plan “reckless,” saying …`).

#[test]
fn participle_after_a_comma_inside_the_closing_mark() {
    let q = quote(
        &["Tom Reed called the ferry plan “reckless,” saying the board had acted alone."],
        "acted alone",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref(), q.text.as_str()),
        (Some("Tom Reed"), Some("saying"), "the board had acted alone"),
        "{q:#?}"
    );
    let q = quote(
        &["Ann Porter described the new toll as a “breach of faith with every skipper,” adding that the quay stays open."],
        "quay stays open",
    );
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Ann Porter"), Some("adding")), "{q:#?}");
}

// Rule 231: a statement with a quotation woven in ends before a participle after the
// quotation, which reports a statement of its own (`said the toll was “far too high,”
// adding that …`), with the comma inside or outside the closing mark.

#[test]
fn woven_statement_ends_before_a_participle() {
    for paragraph in [
        "Ann Porter said the new toll was “far too high for the island,” adding that the ferry board had acted alone.",
        "Ann Porter said the new toll was “far too high for the island”, adding that the ferry board had acted alone.",
    ] {
        let quotes = run(&[paragraph]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{quotes:#?}");
        assert!(texts[0].starts_with("the new toll was") && texts[0].contains("for the island"), "{texts:?}");
        assert!(!texts[0].contains("adding"), "{texts:?}");
        assert_eq!(texts[1], "the ferry board had acted alone", "{texts:?}");
        assert_eq!(quotes[1].cue.as_deref(), Some("adding"), "{quotes:#?}");
    }
}

// Rule 232: Indonesian puts the people first and what describes them after: "Pihak
// kepolisian mengatakan …", "Petugas pemadam kebakaran menjelaskan …" are described
// speakers (not "media sosial yang menyebutkan …", a relative clause's verb).

#[test]
fn indonesian_described_speaker_head_first() {
    let q = quote(
        &["Sementara itu, pihak kepolisian mengatakan kasus di dermaga masih diselidiki."],
        "masih diselidiki",
    );
    assert_eq!(q.cue.as_deref(), Some("mengatakan"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("pihak kepolisian"), "{q:#?}");
    let q = quote(
        &["Petugas pemadam kebakaran menjelaskan api berasal dari gudang koperasi nelayan."],
        "api berasal",
    );
    assert_eq!(q.speaker_role.as_deref(), Some("Petugas pemadam kebakaran"), "{q:#?}");
}

// Rule 233: a relative clause giving a capitalised office past a linking word ("Sunarto
// yang juga Ketua Koperasi Nelayan mengungkapkan, …") stands between the speaker and the
// cue; the office's last word is no speaker.

#[test]
fn yang_juga_capitalised_office_between_speaker_and_cue() {
    let q = quote(
        &["Sunarto yang juga Ketua Koperasi Nelayan mengungkapkan, harga ikan di dermaga turun."],
        "harga ikan",
    );
    assert_eq!(q.speaker.as_deref(), Some("Sunarto"), "{q:#?}");
    let q =
        quote(&["Rina Wati yang merupakan Kepala Dinas Perikanan mengatakan stok solar aman."], "stok solar");
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
}

// Rule 234: a citing phrase opening the sentence is no name a role after its comma can
// belong to ("Mengutip BBC, juru bicara kepolisian menyatakan …": the spokesman speaks,
// BBC relays).

#[test]
fn citing_phrase_is_no_name_before_a_role() {
    let q = quote(
        &["Mengutip Harbour Herald, juru bicara kepolisian menyatakan pelaku sudah ditangkap di dermaga."],
        "pelaku",
    );
    assert_eq!(q.speaker.as_deref(), Some("juru bicara kepolisian"), "{q:#?}");
    let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
    assert_eq!(via, ["Harbour Herald"], "{q:#?}");
}

// Rule 235: a word describing a source by its relation takes its own preposition ("close
// to", "familiar with"): "The pier will close in May, Reed said." is Reed's statement, not
// one by "(people) close in May, Reed".

#[test]
fn relation_words_take_their_own_preposition() {
    let q = quote(&["The pier will close in May, Tom Reed said."], "pier will close");
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("Tom Reed"), "The pier will close in May"),
        "{q:#?}"
    );
    let q = quote(&["People close to the harbour master said the pier would close."], "pier would close");
    assert_eq!(q.speaker_role.as_deref(), Some("People close to the harbour master"), "{q:#?}");
}

// Rule 236: Indonesian conjunctions join a second speaker's statement as English ones do
// ("…, sedangkan Rina mengatakan …", "…, namun Rina menyebut …"); "sedangkan" with no
// speaker of its own goes on with the first statement ("A, sedangkan B" is all said).

#[test]
fn indonesian_conjunction_before_a_second_speaker() {
    let got = run(&["Budi mengatakan dermaga akan ditutup, sedangkan Rina mengatakan dermaga tetap dibuka."]);
    let said: Vec<(Option<&str>, &str)> =
        got.iter().map(|q| (q.speaker.as_deref(), q.text.as_str())).collect();
    assert_eq!(
        said,
        [(Some("Budi"), "dermaga akan ditutup"), (Some("Rina"), "dermaga tetap dibuka")],
        "{got:#?}"
    );
    let q =
        quote(&["Budi mengatakan dermaga akan ditutup, sedangkan kapal nelayan tetap berlayar."], "ditutup");
    assert_eq!(q.text, "dermaga akan ditutup, sedangkan kapal nelayan tetap berlayar", "{q:#?}");
}

// Rule 237: an attribution followed only by its source ("…, Reed said, according to
// Reuters.", "…, Reed told the Herald, according to a report by Reuters.") closes the
// statement; it does not sit inside one that runs to the sentence end.

#[test]
fn attribution_followed_by_its_source_closes_the_statement() {
    for paragraph in [
        "The ferry sank near the pier, Tom Reed said, according to Reuters.",
        "The ferry sank near the pier, Tom Reed told the Harbour Herald, according to a report by Reuters.",
    ] {
        let q = quote(&[paragraph], "ferry sank");
        assert_eq!(
            (q.speaker.as_deref(), q.text.as_str()),
            (Some("Tom Reed"), "The ferry sank near the pier"),
            "{q:#?}"
        );
        assert!(q.via.iter().any(|r| r.medium == "Reuters"), "{q:#?}");
    }
}

// Rule 238: a source that passes on another's words names the origin: "according to a
// Harbour Herald report citing port officials", "menurut laporan Harbour Herald yang
// mengutip pejabat pelabuhan", "…, lapor Harbour Herald mengutip pejabat pelabuhan" are
// the officials' words relayed by the paper; "tulis" and "lapor" are a medium's cues.

#[test]
fn a_source_citing_another_names_the_origin() {
    for (paragraph, origin) in [
        ("The ferry sank near the pier, according to a Harbour Herald report citing port officials.", "port officials"),
        ("Kapal itu tenggelam di dekat dermaga, menurut laporan Harbour Herald yang mengutip pejabat pelabuhan.", "pejabat pelabuhan"),
        ("Kapal itu tenggelam di dekat dermaga, lapor Harbour Herald mengutip pejabat pelabuhan.", "pejabat pelabuhan"),
    ] {
        let got = run(&[paragraph]);
        let q = got.first().unwrap_or_else(|| panic!("nothing in {paragraph:?}"));
        assert_eq!(q.speaker.as_deref(), Some(origin), "{q:#?}");
        let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
        assert_eq!(via, ["Harbour Herald"], "{q:#?}");
    }
    let q = quote(
        &["“Dermaga siap dipakai nelayan,” tulis Koperasi Nelayan Sukamaju di laman resminya."],
        "siap dipakai",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Koperasi Nelayan Sukamaju"), Some("tulis")),
        "{q:#?}"
    );
}

// Rule 239: relay chains of more than one medium. Relays one after another opening the
// sentence are all cut from the statement ("Sebagaimana dilansir CNN yang mengutip Reuters,
// …": Reuters → CNN), and a cited medium they hold is no speaker; "dilansir The
// Independent dari Reuters" and "…, which cited Reuters" name the earlier hop; a medium
// citing a source set off before its verb ("Reuters, mengutip Yonhap, melaporkan …", "The
// Harbour Herald, citing two port officials, reported …") passes on the source's words.

#[test]
fn relay_chains_of_several_media() {
    let chain = |q: &Quote| q.via.iter().map(|r| r.medium.clone()).collect::<Vec<_>>();
    for (paragraph, speaker, via) in [
        (
            "Sebagaimana dilansir CNN yang mengutip Reuters, kapal itu tenggelam di dekat dermaga.",
            None,
            vec!["Reuters", "CNN"],
        ),
        (
            "Kapal itu tenggelam di dekat dermaga, sebagaimana dilansir CNN yang mengutip Reuters.",
            None,
            vec!["Reuters", "CNN"],
        ),
        (
            "Kapal itu tenggelam di dekat dermaga, sebagaimana dilansir The Independent dari Reuters.",
            None,
            vec!["Reuters", "The Independent"],
        ),
        (
            "The ferry sank near the pier, as reported by the Harbour Herald, which cited Reuters.",
            None,
            vec!["Reuters", "the Harbour Herald"],
        ),
        (
            "Reuters, mengutip Yonhap, melaporkan bahwa kapal itu tenggelam di dekat dermaga.",
            Some("Yonhap"),
            vec!["Reuters"],
        ),
        (
            "The Harbour Herald, citing two port officials, reported that the ferry sank near the pier.",
            Some("two port officials"),
            vec!["Harbour Herald"],
        ),
    ] {
        let got = run(&[paragraph]);
        let q = got.first().unwrap_or_else(|| panic!("nothing in {paragraph:?}"));
        assert_eq!(
            (q.speaker.as_deref(), chain(q)),
            (speaker, via.iter().map(|m| m.to_string()).collect()),
            "{paragraph:?}: {q:#?}"
        );
    }
}

// Rule 240: Indonesian verbs of answering, asking, requesting, recalling and appealing
// attribute a quote after it as "kata" does ("“Tidak tahu,” jawab Rina", "“Kapan dibuka?”
// tanya seorang nelayan", "kenangnya").

#[test]
fn indonesian_answers_questions_and_requests_after_a_quote() {
    check(&[
        Case {
            paras: &["“Saya belum tahu soal dermaga itu,” jawab Rina Wati singkat."],
            want: &[w("belum tahu", Some("Rina Wati"), Some("jawab"), &[])],
        },
        Case {
            paras: &["“Kapan dermaga itu dibuka lagi?” tanya seorang nelayan."],
            want: &[w("dibuka lagi", Some("seorang nelayan"), Some("tanya"), &[])],
        },
        Case {
            paras: &["“Kami minta pemerintah turun tangan,” pinta Sunarto."],
            want: &[w("turun tangan", Some("Sunarto"), Some("pinta"), &[])],
        },
    ]);
}

// Rule 241: more Indonesian verbs after a quote (a joke, a shout, a promise, a denial, a
// jab, a demand: "seloroh", "teriak", "janji", "bantah", "sindir", "desak"); after a plain
// comma a cue is in lower case ("…, Bantah Tuduhan Nelayan" in a headline-cased list is no
// cue), after a quotation a capital is a slip ("…,” Ucap Budi").

#[test]
fn more_indonesian_verbs_after_a_quote_and_their_case() {
    check(&[
        Case {
            paras: &["“Dermaga itu sudah lebih tua dari saya,” seloroh Sunarto."],
            want: &[w("lebih tua", Some("Sunarto"), Some("seloroh"), &[])],
        },
        Case {
            paras: &["“Kami tidak pernah menutup dermaga,” bantah Rina Wati."],
            want: &[w("menutup dermaga", Some("Rina Wati"), Some("bantah"), &[])],
        },
        Case {
            paras: &["“Perbaikan selesai bulan depan,” janji Budi Santoso."],
            want: &[w("Perbaikan selesai", Some("Budi Santoso"), Some("janji"), &[])],
        },
        Case {
            paras: &["“Dermaga itu milik nelayan,” Ucap Budi."],
            want: &[w("milik nelayan", Some("Budi"), Some("Ucap"), &[])],
        },
    ]);
    let got = run(&["Baca juga: Koperasi Nelayan Sukamaju Tutup Dermaga, Bantah Tuduhan Nelayan Namun, kata Budi, dermaga akan dibuka lagi bulan depan."]);
    assert!(got.iter().all(|q| q.cue.as_deref() != Some("Bantah")), "{got:#?}");
}

// Rule 242: "optimistis" and "pesimistis" take a stance on what comes, as "yakin" does
// ("Budi optimistis dermaga akan dibuka kembali"); as an adjective ("Sikap optimistis itu
// …") they report nothing.

#[test]
fn indonesian_optimism_is_a_stance() {
    let q = quote(&["Budi Santoso optimistis dermaga akan dibuka kembali bulan depan."], "dibuka kembali");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Budi Santoso"), Some("optimistis")),
        "{q:#?}"
    );
    check_none(&["Sikap optimistis itu perlu dijaga oleh para nelayan."]);
}

// Rule 243: a position taken in a phrase rather than a verb reports what follows it: "made
// (it) clear that …", "expressed confidence that …", "voiced concern that …", "is confident
// (that) …", "has been adamant that …"; not "It is clear that …" (no one), "was certain of
// the route" or "clear that morning" (no clause).

#[test]
fn stance_phrases_report_a_position() {
    for (paragraph, cue) in [
        ("Tom Reed made it clear that no pier will be sold.", "made it clear"),
        ("Ann Porter expressed confidence that the ferry would sail on time.", "expressed confidence"),
        ("Tom Reed is confident the pier will reopen in May.", "is confident"),
        ("The harbour board has been adamant that fares will not rise.", "has been adamant"),
    ] {
        let got = run(&[paragraph]);
        let q = got.first().unwrap_or_else(|| panic!("nothing in {paragraph:?}"));
        assert_eq!(q.cue.as_deref(), Some(cue), "{q:#?}");
    }
    check_none(&[
        "It is clear that every pier is old.",
        "The captain was certain of the route.",
        "The water was clear that morning.",
    ]);
}

// Rule 244: a claim named as a noun after its owner, as the object of a verb or a
// preposition, reports its content as the owner's ("Ann Porter questioned Tom Reed's
// argument that …" is Reed's argument; "…, repeating her warning that …"); not as the
// subject of a reported clause ("said Reed's claim that A was false").

#[test]
fn an_owned_claim_as_an_object_is_the_owners() {
    let q = quote(
        &["Ann Porter questioned Tom Reed's argument that fares must rise to pay for the pier."],
        "fares must rise",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref(), q.text.as_str()),
        (Some("Tom Reed"), Some("argument"), "fares must rise to pay for the pier"),
        "{q:#?}"
    );
    let q = quote(&["Ann Porter rejected Tom Reed's claim that the pier was unsafe."], "pier was unsafe");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    let q = quote(&["Ann Porter said Tom Reed's claim that the pier was unsafe was false."], "unsafe");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// (found by the quotes fuzz target: a stance word second in its sentence, with no verb
// before it, is no statement and no arithmetic below the sentence start)
#[test]
fn a_stance_word_near_the_sentence_start_is_no_statement() {
    check_none(&["Skies clear over the harbour by noon.", "Confident skippers left the quay early."]);
}

// Rule 245: "demikian" ("thus") between a statement and its postposed cue adds nothing:
// "…,” demikian kata Budi", "…, demikian ujar Kepala Dinas …, Budi Santoso".

#[test]
fn thus_before_a_postposed_cue() {
    check(&[
        Case {
            paras: &["“Dermaga ditutup sampai Mei,” demikian kata Budi Santoso."],
            want: &[w("ditutup sampai Mei", Some("Budi Santoso"), Some("kata"), &[])],
        },
        Case {
            paras: &["Dermaga itu ditutup sejak Mei, demikian ujar Kepala Dinas Perhubungan Kabupaten Sukamaju, Rina Wati."],
            want: &[w("ditutup sejak Mei", Some("Rina Wati"), Some("ujar"), &[])],
        },
    ]);
}

// Rule 246: a prefixed verb with "-nya" after a comma has the words before it as its
// subject and "-nya" as its object ("X, membantahnya": X denied it), not a postposed cue;
// only the bare cue takes "-nya" as its speaker ("…, ujarnya").

#[test]
fn a_prefixed_verb_with_its_object_is_no_postposed_cue() {
    let got = run(&[
        "Menanggapi kabar tersebut, Kepala Dinas Perhubungan Kabupaten Sukamaju, Budi Santoso, membantahnya.",
    ]);
    assert!(got.is_empty(), "{got:#?}");
    let q = quote(&["Dermaga itu ditutup sejak Mei, ujarnya."], "ditutup sejak Mei");
    assert_eq!(q.cue.as_deref(), Some("ujarnya"), "{q:#?}");
}

// Rule 247: a cue that names only whom it told, up to the sentence end, reports nothing
// ("segera melaporkan kepada kepala sekolah."); a longer run of words after "kepada" may
// hold the statement.

#[test]
fn a_cue_with_only_its_recipient_reports_nothing() {
    check_none(&[
        "Beberapa nelayan yang melihat kejadian itu segera melaporkan kepada Budi.",
        "Warga segera melaporkan kepada kepala desa.",
    ]);
    let q = quote(&["Budi mengatakan kepada wartawan dermaga ditutup."], "dermaga ditutup");
    assert_eq!(q.speaker.as_deref(), Some("Budi"), "{q:#?}");
}

// Rule 248: "pula" or "juga" and its comma right after a cue are no part of what was said
// ("Budi menerangkan pula, pendapatan …").

#[test]
fn also_after_a_cue_is_no_part_of_the_statement() {
    let q = quote(&["Budi menerangkan pula, pendapatan koperasi nelayan naik tahun ini."], "pendapatan");
    assert_eq!(q.text, "pendapatan koperasi nelayan naik tahun ini", "{q:#?}");
}

// Rule 249: a "who" clause on the person a statement names last, running to the sentence
// end, is the reporter's aside, not part of what was said ("…, Ann Porter, who has run the
// line since 2009."); with a comma after it the clause may be parenthetical and the
// statement goes on.

#[test]
fn an_aside_on_the_last_name_is_no_part_of_the_statement() {
    let q =
        quote(&["Reed said the board had hired Ann Porter, who has run the ferry line since 2009."], "hired");
    assert_eq!(q.text, "the board had hired Ann Porter", "{q:#?}");
    let q = quote(
        &["Reed said Ann Porter, who runs the ferry line, has asked for a new pier."],
        "asked for a new pier",
    );
    assert_eq!(q.text, "Ann Porter, who runs the ferry line, has asked for a new pier", "{q:#?}");
}

// Rule 250: a source named by "according to" at the sentence end tells the whole sentence
// before it, a statement inside it included ("Forty skippers said …, according to an
// organizer" is the organizer's); a medium there is a relay of the statement inside.

#[test]
fn a_source_closing_the_sentence_tells_all_of_it() {
    check(&[
        Case {
            paras: &["About 40 skippers have said that they will join the protest at the pier, according to an organizer."],
            want: &[w("About 40 skippers have said", Some("an organizer"), Some("according to"), &[])],
        },
        Case {
            paras: &["Reed said the pier will close in May, according to the Harbour Herald."],
            want: &[w("the pier will close", Some("Reed"), Some("said"), &["the Harbour Herald"])],
        },
    ]);
    let q =
        quote(&["Reed said the pier will close in May, according to the Harbour Herald."], "pier will close");
    assert_eq!(q.text, "the pier will close in May", "{q:#?}");
    // (the person in the sentence, not the data, is whom a pronoun next points back to)
    let q = quote(
        &[
            "Harbour Secretary Sunarto Wibowo announced Thursday that guards stopped over 2,000 boats in July, according to Harbour Board data.",
            "The count rose again in August. He acknowledged that the pier is full.",
        ],
        "pier is full",
    );
    assert_eq!(q.speaker.as_deref(), Some("Sunarto Wibowo"), "{q:#?}");
}

// Rule 251: a participle of speech after a comma opens a second statement of the same
// speaker with an adverb before it too (", even suggesting …"), and "reiterating",
// "musing", "admitting", "joking" and "boasting" are such participles.

#[test]
fn a_participle_after_an_adverb_opens_a_second_statement() {
    let paragraph = "Reed complained about the ferry the morning after the storm, even suggesting the engine may have been sabotaged.";
    let q = quote(&[paragraph], "sabotaged");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref(), q.text.as_str()),
        (Some("Reed"), Some("suggesting"), "the engine may have been sabotaged"),
        "{q:#?}"
    );
    let q = quote(&["Porter defended the fare rise, musing that nobody had complained before."], "nobody");
    assert_eq!(
        (q.cue.as_deref(), q.text.as_str()),
        (Some("musing"), "nobody had complained before"),
        "{q:#?}"
    );
}

// Rule 252: a verb of speech whose preposition belongs to it ("called for", "called on",
// "complained about", "warned of") has the preposition in its cue and what was said after
// it; a time after the preposition is a circumstance ("called on Tuesday for calm").

#[test]
fn a_cue_keeps_its_preposition() {
    for (paragraph, cue, text) in [
        ("Reed called for a new pier to be built by May.", "called for", "a new pier to be built by May"),
        ("Porter called on the harbour board to resign.", "called on", "the harbour board to resign"),
        ("Porter complained about the fares at the pier.", "complained about", "the fares at the pier"),
        ("Reed warned of higher fares next year.", "warned of", "higher fares next year"),
    ] {
        let got = run(&[paragraph]);
        let q = got.first().unwrap_or_else(|| panic!("nothing in {paragraph:?}"));
        assert_eq!((q.cue.as_deref(), q.text.as_str()), (Some(cue), text), "{q:#?}");
    }
    let got = run(&["Reed called on Tuesday for calm at the pier."]);
    assert!(got.iter().all(|q| q.cue.as_deref() != Some("called on")), "{got:#?}");
}

// Rule 253: a clause of its own after a comma and a conjunction opens with a pronoun
// joined to its verb too ("…, and he's even paying for …").

#[test]
fn a_pronoun_with_its_verb_opens_a_clause_of_its_own() {
    let q = quote(
        &["Reed agreed to cover the fuel for the ferry this week, and he's even paying for the crew's lunch."],
        "cover the fuel",
    );
    assert_eq!(q.text, "to cover the fuel for the ferry this week", "{q:#?}");
}

// Rule 254: after "A, X told …", people told ("his closest advisers", "reporters on a
// Tuesday call") and a clause of circumstance right after the cue or them ("said as he
// left the quay") leave A as what was said; a thing told ("told one joke") does not.

#[test]
fn whom_it_was_told_and_when_follow_the_statement() {
    for paragraph in [
        "The pier is not about me, Mayor Porter told his closest advisers.",
        "The pier is not about me, Mayor Porter told his closest advisers on Monday.",
        "The pier is not about me, Mayor Porter said as he wrote the speech.",
        "The pier is not about me, Mayor Porter told his aides as he wrote the speech.",
    ] {
        let q = quote(&[paragraph], "about me");
        assert_eq!(
            (q.speaker.as_deref(), q.text.as_str()),
            (Some("Porter"), "The pier is not about me"),
            "{q:#?}"
        );
    }
    let got = run(&["At the pier, with the crowd laughing, Reed told one joke about the ferry."]);
    assert!(got.iter().all(|q| !q.text.starts_with("At the pier")), "{got:#?}");
}

// Rule 255: "X had this to say (of Y):" before a quotation names its speaker, X.

#[test]
fn had_this_to_say_names_the_speaker() {
    for (paragraph, speaker) in [
        ("Tom Reed had this to say of the plan: “The pier pays for itself.”", "Tom Reed"),
        ("The Harbour Herald had the following to say: “The pier pays for itself.”", "Harbour Herald"),
    ] {
        let q = quote(&[paragraph], "pays for itself");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{q:#?}");
    }
}

// Rule 256: "Ever since …," opens a sentence as "Since …," does: the clause's subject comes
// after it, and is who speaks the quotation the sentence announces.

#[test]
fn ever_since_opens_a_clause_before_its_subject() {
    let q = quote(
        &["Ever since she endorsed Reed this month, Ann Porter has toured the quay with one short plea: “Keep the ferry running!”"],
        "ferry running",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// Rule 257: a share of people may open with "At least" ("At least a third of skippers at
// each pier say …"); "At" is no preposition there.

#[test]
fn at_least_opens_a_share_of_people() {
    let q = quote(
        &["At least a third of skippers at each pier say the new fares are about right."],
        "fares are about",
    );
    assert_eq!(q.speaker.as_deref(), Some("At least a third of skippers at each pier"), "{q:#?}");
}

// Rule 258: a concession with a clause of its own after a comma ("…, though riders are
// split on the pier") is the reporter's, and ends the statement; not a bare adjective
// ("…, though old"), nor inside an aside a dash closes later.

#[test]
fn a_concession_with_its_own_clause_ends_the_statement() {
    let q = quote(
        &["Half of the riders say the fares are about right, though riders are split on the pier."],
        "fares",
    );
    assert_eq!(q.text, "the fares are about right", "{q:#?}");
    let q = quote(&["Reed said the pier is safe, though old."], "safe");
    assert_eq!(q.text, "the pier is safe, though old", "{q:#?}");
}

// Rule 259: a relay set off by commas inside a sentence is an aside: after an opening word
// the statement is what follows it ("Sementara itu, seperti dilansir Reuters, harga …");
// after the statement's first words the statement runs around it ("The harbour plan, first
// reported by the Harbour Herald, is …"); a day after it is no statement.

#[test]
fn a_relay_set_off_by_commas_is_an_aside() {
    check(&[
        Case {
            paras: &["Sementara itu, seperti dilansir Reuters, harga solar untuk kapal nelayan naik tajam pekan ini."],
            want: &[w("harga solar untuk kapal nelayan naik tajam", None, Some("seperti dilansir"), &["Reuters"])],
        },
        Case {
            paras: &["The harbour plan, first reported by the Harbour Herald, is a key part of the town's answer to the storms."],
            want: &[w("is a key part", None, Some("reported by"), &["the Harbour Herald"])],
        },
    ]);
    let q = quote(&["Meanwhile, as reported by Reuters, ferry fares rose sharply this week."], "fares rose");
    assert_eq!(q.text, "ferry fares rose sharply this week", "{q:#?}");
}

// Rule 260: a position taken on something ("endorsed", "rejected") holds a list of names
// with their party and state in brackets, and an apposition set off by commas, whole.

#[test]
fn a_position_holds_its_whole_object() {
    for (paragraph, has, text) in [
        (
            "The board backed a second term for harbour master Tom Reed (R-Harb.), Ann Porter (D-Harb.), and Carl Dunn.",
            "second term",
            "a second term for harbour master Tom Reed (R-Harb.), Ann Porter (D-Harb.), and Carl Dunn",
        ),
        (
            "The board rejected a push by Ann Porter, the harbour master, to close the pier.",
            "a push",
            "a push by Ann Porter, the harbour master, to close the pier",
        ),
    ] {
        let q = quote(&[paragraph], has);
        assert_eq!(q.text, text, "{q:#?}");
    }
}

// Rule 261: a participle's speaker is the subject before the sentence's first verb outside
// an aside between dashes ("Ann Porter -- whose brother founded the ferry line -- has mocked
// the toll, suggesting …"); "--" is one dash, and a lone dash opens no aside.

#[test]
fn a_verb_inside_a_dashed_aside_is_not_the_subjects() {
    let q = quote(
        &["Ann Porter -- whose brother founded the ferry line -- has openly mocked the new toll, suggesting that the board will scrap it by spring."],
        "scrap it",
    );
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Ann Porter"), Some("suggesting")), "{q:#?}");
}

// Rule 262: a phrase of place or time that opens the sentence and ends in a capitalised word
// ("In a letter to Porter,", "In a letter on Monday,") is no part of the speaker named after
// its comma.

#[test]
fn an_opening_phrase_is_no_part_of_the_speaker() {
    for paragraph in [
        "In a letter to Porter, Tom Reed said, “The toll is wrong.”",
        "In a letter on Monday, Tom Reed said the toll is wrong.",
    ] {
        let q = quote(&[paragraph], "toll is wrong");
        assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    }
}

// Rule 263: "according to" after a colon or semicolon opens a clause of its own, and its
// statement follows the source ("Nobody expected it: according to a harbour survey, …").

#[test]
fn according_to_after_a_colon_opens_its_statement() {
    for paragraph in [
        "Nobody expected it: according to a harbour survey, the night ferry carries 300 riders a week.",
        "Nobody expected it; according to a harbour survey, the night ferry carries 300 riders a week.",
    ] {
        let q = quote(&[paragraph], "night ferry");
        assert_eq!(q.text, "the night ferry carries 300 riders a week", "{q:#?}");
        assert_eq!(q.cue.as_deref(), Some("according to"), "{q:#?}");
    }
}

// Rule 264: a source named after its statement without a comma may end a clause a
// conjunction joins to another ("Fares rose by a third according to figures kept by the
// union, but the board has promised …"): the first clause is the source's, and the second is
// read as a sentence of its own.

#[test]
fn a_source_after_its_statement_may_close_a_clause() {
    let paragraph = "Ferry fares rose by a third according to figures kept by the union, but the harbour board has promised to cut them next spring.";
    let first = quote(&[paragraph], "by a third");
    assert_eq!(first.text, "Ferry fares rose by a third", "{first:#?}");
    assert_eq!(first.cue.as_deref(), Some("according to"), "{first:#?}");
    let second = quote(&[paragraph], "cut them");
    assert_eq!(
        (second.speaker.as_deref(), second.cue.as_deref()),
        (Some("the harbour board"), Some("promised")),
        "{second:#?}"
    );
}

// Rule 265: a noun phrase of people may run past eight words before its cue ("Experts in
// harbour law and advocates of ferry riders say …"); other phrases stop at eight.

#[test]
fn a_phrase_of_people_may_run_long() {
    let q = quote(
        &["Experts in harbour law and advocates of ferry riders say the new toll breaks the harbour charter."],
        "new toll",
    );
    assert_eq!(q.speaker.as_deref(), Some("Experts in harbour law and advocates of ferry riders"), "{q:#?}");
}

// Rule 266: a participle after people modifies them ("Skippers heading out at dawn say …"),
// and is part of the speaker; a preposition ending in "-ing" ("during") is not.

#[test]
fn a_participle_after_people_is_part_of_the_speaker() {
    let q = quote(
        &["Skippers heading out at dawn say the harbour lights have been dark for a week."],
        "harbour lights",
    );
    assert_eq!(q.speaker.as_deref(), Some("Skippers heading out at dawn"), "{q:#?}");
}

// Rule 267: a name right after an infinitive is its object, not the speaker ("Fishermen
// hoping to unseat Tom Reed say …").

#[test]
fn a_name_after_an_infinitive_is_its_object() {
    let q = quote(
        &["Fishermen hoping to unseat Tom Reed at the next vote say the harbour board has ignored them."],
        "ignored them",
    );
    assert_eq!(q.speaker.as_deref(), Some("Fishermen hoping to unseat Tom Reed at the next vote"), "{q:#?}");
}

// Rule 268: a share between commas after a share of people ("About two-thirds, 64 percent,
// say …") stands between the speaker and the cue, whatever word opens the share.

#[test]
fn a_share_between_commas_after_people_is_read_past() {
    let q =
        quote(&["About two-thirds, 64 percent, say the night ferry should run on Sundays."], "night ferry");
    assert_eq!(q.speaker.as_deref(), Some("About two-thirds"), "{q:#?}");
}

// Rule 269: a share of people picked out by "who" speaks the relative clause ("set against
// 31 percent who said …", "including 12% who say …", "three in 10 who said …"), with its
// number.

#[test]
fn a_share_picked_out_by_who_speaks() {
    for (paragraph, speaker) in [
        (
            "Most riders backed the toll, set against 31 percent who said the night ferry should be free.",
            "31 percent",
        ),
        ("Many riders disliked the toll, including 12% who say the night ferry should be free.", "12%"),
        (
            "Most riders backed the toll, unlike three in 10 who said the night ferry should be free.",
            "three in 10",
        ),
    ] {
        let q = quote(&[paragraph], "night ferry");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{q:#?}");
    }
}

// Rule 270: an aside of up to four words set off by commas ("on the other hand", "for their
// part", "by contrast") stands between a speaker and the cue, a described one too.

#[test]
fn a_longer_aside_stands_between_speaker_and_cue() {
    for paragraph in [
        "Owners of the old pier, on the other hand, insisted the new toll will drive the ferries away.",
        "Tom Reed, for his part, said the new toll will drive the ferries away.",
        "Night skippers, by contrast, warned that the new toll will drive the ferries away.",
    ] {
        let q = quote(&[paragraph], "drive the ferries");
        assert!(q.speaker.is_some() && !q.text.contains("hand"), "{q:#?}");
    }
    let q = quote(
        &["Owners of the old pier, on the other hand, insisted the new toll will drive the ferries away."],
        "drive the ferries",
    );
    assert_eq!(q.speaker.as_deref(), Some("Owners of the old pier"), "{q:#?}");
}

// Rule 271: a pronoun for people picked out by "who" after a preposition speaks the relative
// clause ("including some who warned …", "Among those who said …, most …", the statement
// ending with the opening phrase); as a subject ("Those who said A split evenly") or after
// "of" its clause runs on into the main verb, and nothing is read.

#[test]
fn people_picked_out_by_who_after_a_preposition() {
    let q = quote(
        &["The toll drew rebukes from all sides, including some who warned the night ferry would be empty by May."],
        "be empty by May",
    );
    assert_eq!(q.speaker.as_deref(), Some("some"), "{q:#?}");
    let q = quote(&["Among those who say the night ferry runs late, most backed the toll."], "runs late");
    assert_eq!(q.text, "the night ferry runs late", "{q:#?}");
    let got = run(&["Those who said they ride the ferry daily split evenly on the toll."]);
    assert!(got.iter().all(|q| !q.text.contains("split evenly")), "{got:#?}");
}

// Rule 272: a year after "in" or "from" stands between a subject and its cue ("a harbour
// survey from 2014 noted", "Reed in 2014 said").

#[test]
fn a_year_stands_between_subject_and_cue() {
    let q =
        quote(&["As a harbour survey from 2014 noted, most night riders work on the quay."], "night riders");
    assert_eq!(q.speaker.as_deref(), Some("a harbour survey"), "{q:#?}");
}

// Rule 273: a plural description opening its clause speaks with a past-tense verb of saying
// too ("Owners of ferry licences argued …", "Night skippers warned …").

#[test]
fn a_plural_description_speaks_in_the_past_tense() {
    let q = quote(
        &["Owners of ferry licences argued that the toll breaks the harbour charter."],
        "harbour charter",
    );
    assert_eq!(q.speaker.as_deref(), Some("Owners of ferry licences"), "{q:#?}");
}

// Rule 274: two people with their offices, the second office after its place ("Harbour Sen.
// Ann Brook and Dover Rep. Carl Dunn"), or an association's ("Ketua Paguyuban Nelayan Rina
// Wati"), are both named, without the offices; a second speaker more than ten words after
// "while" is still found.

#[test]
fn two_people_with_offices_after_their_places() {
    let q =
        quote(&["Harbour Sen. Ann Brook and Dover Rep. Carl Dunn said the toll is wrong."], "toll is wrong");
    assert_eq!(q.speaker.as_deref(), Some("Ann Brook and Carl Dunn"), "{q:#?}");
    let q = quote(
        &["Ketua Koperasi Budi Santoso dan Ketua Paguyuban Nelayan Rina Wati mengatakan harga solar naik."],
        "harga solar",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso dan Rina Wati"), "{q:#?}");
    let q = quote(
        &["Porter said she would back the pier, while Harbour Sen. Ann Brook and Dover Rep. Carl Dunn suggested the night ferry should wait a year."],
        "wait a year",
    );
    assert_eq!(q.cue.as_deref(), Some("suggested"), "{q:#?}");
}

// Rule 275: a country, province or known body closing an organisation's name after a role
// ends it, and the person's name follows ("Ketua Perkumpulan Nelayan Indonesia Rina Wati").

#[test]
fn a_country_closing_an_organisations_name_ends_it() {
    let q =
        quote(&["Ketua Perkumpulan Nelayan Indonesia Rina Wati mengatakan harga solar naik."], "harga solar");
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
}

// Rule 276: more nouns name people by what they do ("regulators", "leaders", "members",
// "executives"), a clause's speaker without an article ("Since regulators announced a fine
// for the ferry line in May, …").

#[test]
fn more_nouns_name_people() {
    let q = quote(
        &["Since regulators announced a fine for the ferry line in May, the harbour has been quiet."],
        "a fine",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("regulators"), "a fine for the ferry line in May"),
        "{q:#?}"
    );
}

// Rule 277: an English participle's phrase opening the sentence, with no verb of its own,
// is no statement before the attribution after its comma ("Meeting at the quay on Monday,
// the harbour board agreed as one that …"; "Speaking at the quay, Reed said.").

#[test]
fn an_opening_participle_phrase_is_no_statement() {
    let got = run(&[
        "Meeting at the quay on Monday, the harbour board agreed as one that fares were too high.",
        "Speaking at the quay on Monday, Reed said.",
    ]);
    assert!(got.iter().all(|q| !q.text.contains("at the quay")), "{got:#?}");
    assert!(got.iter().any(|q| q.text == "fares were too high"), "{got:#?}");
    let q = quote(&["Raising the toll would ruin us, Reed said."], "ruin us");
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
}

// Rule 278: capitalised words naming a body, with "of" and their acronym in brackets, belong
// to the people after them ("Council of Ports (CoP) leaders called for …").

#[test]
fn a_body_with_its_acronym_before_people_is_theirs() {
    let q = quote(
        &["Council of Ports (CoP) leaders on Sunday called for a new inquiry into the ferry fire."],
        "new inquiry",
    );
    assert_eq!(q.speaker.as_deref(), Some("Council of Ports (CoP) leaders"), "{q:#?}");
}

// Rule 279: a question reported as asked after an adverb ("when she was first asked
// whether …") or by someone unnamed opening the sentence ("Then someone asked how …").

#[test]
fn questions_asked_after_an_adverb_or_by_someone() {
    for (paragraph, text) in [
        (
            "Porter gave the same answer in May, when she was first asked whether she would run the night ferry.",
            "whether she would run the night ferry",
        ),
        ("Then someone asked how the harbour could pay for a second pier.", "how the harbour could pay for a second pier"),
    ] {
        let q = quote(&[paragraph], text);
        assert_eq!((q.text.as_str(), q.cue.as_deref()), (text, Some("asked")), "{q:#?}");
    }
}

// Rule 280: a past verb with an object after "and", with no comma, is the speaker's next
// verb when the statement before it is in the present ("said she trusts the crews and
// praised their work"); in a past statement it goes on ("said the crews fixed the pier and
// painted the hull").

#[test]
fn a_past_verb_after_a_present_statement_is_the_speakers() {
    let q =
        quote(&["Porter said she trusts the night crews and praised their work on the old pier."], "trusts");
    assert_eq!(q.text, "she trusts the night crews", "{q:#?}");
    let q = quote(&["Reed said the crews fixed the old pier and painted the hull."], "fixed");
    assert_eq!(q.text, "the crews fixed the old pier and painted the hull", "{q:#?}");
}

// Rule 281: after a comma, the reporter's comparison ("…, as have other captains") or
// contrast ("…, even as he admits the fares are high") ends the statement; "even as" before
// a role does not ("…, even as a captain, had …").

#[test]
fn the_reporters_comparison_or_contrast_ends_a_statement() {
    for paragraph in [
        "Porter said she wants a new inquiry into the fire, as have other captains on the quay.",
        "Porter said she wants a new inquiry into the fire, even as she admits the board has little money.",
    ] {
        let q = quote(&[paragraph], "new inquiry");
        assert_eq!(q.text, "she wants a new inquiry into the fire", "{q:#?}");
    }
    let q =
        quote(&["Porter said Tom Reed, even as a captain, had raised the fares twice."], "raised the fares");
    assert_eq!(q.text, "Tom Reed, even as a captain, had raised the fares twice", "{q:#?}");
}

// Rule 282: a participle after words quoted with the comma inside their closing mark
// (`were “overdone,” adding that …`) reports a second statement; the first keeps the mark.

#[test]
fn a_participle_after_a_quoted_comma_splits_the_statement() {
    let paragraph = "Ann Porter told the board that worries about the night ferry were “overdone,” adding that the line had room to grow.";
    let first = quote(&[paragraph], "worries");
    assert_eq!(first.text, "worries about the night ferry were “overdone,”", "{first:#?}");
    let second = quote(&[paragraph], "room to grow");
    assert_eq!(
        (second.text.as_str(), second.cue.as_deref()),
        ("the line had room to grow", Some("adding")),
        "{second:#?}"
    );
}

// Rule 283: "compared to" a share of people who say otherwise ends a statement even without a
// comma ("… are settled compared to three in 10 who say …"); a comparison inside the
// statement stays ("… by 20 percent compared to 9 percent for Porter").

#[test]
fn a_comparison_with_people_saying_otherwise_ends_a_statement() {
    let q = quote(
        &["Most riders, 58 percent, say their votes are settled compared to nearly three in 10 who say they may yet switch."],
        "are settled",
    );
    assert_eq!(q.text, "their votes are settled", "{q:#?}");
    let q = quote(
        &["A harbour survey found Reed ahead among night riders by 20 percent compared to 9 percent for Porter."],
        "20 percent",
    );
    assert!(q.text.ends_with("9 percent for Porter"), "{q:#?}");
}

// Rule 284: a determiner of a group before a capitalised plural ("those Democrats", "some
// Republicans") belongs to the speaker's mention, so an attribution set off by commas inside
// the statement is read as one ("In a vote split by fear, those Democrats argued, day riders
// would …").

#[test]
fn a_group_determiner_belongs_to_the_speaker() {
    let q = quote(
        &["In a harbour vote split by fear of the toll, those Democrats argued, day riders would turn out to defeat it."],
        "day riders",
    );
    assert_eq!(
        q.text, "In a harbour vote split by fear of the toll … day riders would turn out to defeat it",
        "{q:#?}"
    );
}

// Rule 285: after a subordinate clause with its statement, a share of people opening the main
// clause speaks its own ("While just 9 percent said the ferry was late, 31 percent of night
// riders said …"); the first statement ends at the comma.

#[test]
fn a_share_opening_the_main_clause_speaks_its_own() {
    let paragraph =
        "While just 9 percent said the ferry was late, 31 percent of night riders said they could switch to the bus.";
    let first = quote(&[paragraph], "was late");
    assert_eq!(first.text, "the ferry was late", "{first:#?}");
    let second = quote(&[paragraph], "switch to the bus");
    assert_eq!(second.speaker.as_deref(), Some("31 percent of night riders"), "{second:#?}");
}

// Rule 286: a name inside a participle's phrase set off by commas is that phrase's object, and
// the speaker stands before it ("Sen. Tom Reed, facing a challenge in Dover, a harbour town,
// said …").

#[test]
fn a_name_inside_a_participle_phrase_is_not_the_speaker() {
    let q = quote(
        &["Sen. Tom Reed, facing a stiff challenge in Dover, a harbour town, said he would welcome the new ferry."],
        "welcome",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 287: a dateline may carry its date before the agency ("DOVER, Aug. 31 (Harbour Wire)
// -"), and is no part of the speaker.

#[test]
fn a_dateline_with_its_date_is_no_speaker() {
    for paragraph in [
        "DOVER, Aug 31 (Harbour Wire) - The harbour party leader, Ann Porter, backed the night ferry on Wednesday, saying the toll would ruin the port.",
        "DOVER, August 31 - The harbour party leader, Ann Porter, backed the night ferry on Wednesday, saying the toll would ruin the port.",
    ] {
        let q = quote(&[paragraph], "ruin the port");
        assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    }
}

// Rule 288: a participle's phrase opening the sentence may start with an adverb ("Hastily
// blaming the crews, Reed …") or end in an aside between dashes ("Hastily blaming the crews
// ― a habit of his since the flood ― Reed …"); the subject follows it.

#[test]
fn an_opening_participle_phrase_after_an_adverb_or_with_a_dashed_aside() {
    for paragraph in [
        "Hastily blaming the night crews, Reed cut the ferry budget, and stressed the threat that the toll poses to the port.",
        "Hastily blaming the night crews ― a habit of his since the flood last year ― Reed cut the ferry budget, and stressed the threat that the toll poses to the port.",
    ] {
        let q = quote(&[paragraph], "poses to the port");
        assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
    }
}

// Rule 289: a relay's cue starts a word ("was reported by" holds no "as reported by"), and
// "reported by" after a verb of being is a passive, the news a medium broke, which passes on
// no statement ("Her bid was originally reported by the Harbour Herald.").

#[test]
fn a_passive_report_is_no_relay() {
    let got = run(&["Porter said the line will bid for the night route. Her bid was originally reported by the Harbour Herald."]);
    assert!(got.iter().all(|q| !q.text.starts_with("Her bid")), "{got:#?}");
    let q = quote(&["Porter said the line will bid for the night route."], "night route");
    assert_eq!(q.speaker.as_deref(), Some("Porter"), "{q:#?}");
    let q =
        quote(&["The night ferry will run late all week, as reported by the Harbour Herald."], "run late");
    assert_eq!(q.via.first().map(|r| r.cue.as_str()), Some("as reported by"), "{q:#?}");
}

// Rule 290: after an opening phrase of place ("In Dover,"), a name with its description and a
// participle's aside set off by commas is the speaker, not the place ("In Dover, the
// journalist Ann Porter, writing in the Herald, said …").

#[test]
fn a_named_subject_after_an_opening_place_is_the_speaker() {
    let q = quote(
        &["In Dover, the journalist Ann Porter, writing in the Harbour Herald, said the toll was wrong."],
        "toll",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// Rule 291: a participle after clauses joined by "and" or "but" is the last clause's subject's
// ("inspectors fined the line and Reed fired his chief, acknowledging …" is Reed's); a
// subject of two names joined by "and" is still one subject.

#[test]
fn a_participle_after_joined_clauses_is_the_last_subjects() {
    let q = quote(
        &["Over the past week, inspectors fined the ferry line and Reed fired his harbour chief, acknowledging that many riders no longer trust the port."],
        "no longer trust",
    );
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
}

// Rule 292: a subheading run into the sentence where the page's line breaks were lost
// ("Jadwal Kapal Malam Diubah Sunarto menambahkan") is no part of the speaker's name: the
// person named before is, when the words the name gives up hold one the paragraph writes in
// lower case; given names before a surname and an organisation's name stay.

#[test]
fn a_subheading_run_into_a_sentence_is_no_part_of_the_name() {
    let para = "Sunarto, kepala dermaga, mengatakan jumlah penumpang naik. Jadwal Kapal Malam Diubah Sunarto menambahkan, jadwal kapal malam akan diubah bulan depan. Ia menyebut, tarif tidak naik.";
    let q = quote(&[para], "bulan depan");
    assert_eq!(q.speaker.as_deref(), Some("Sunarto"), "{q:#?}");
    let q = quote(&[para], "tarif tidak naik");
    assert_eq!(q.speaker.as_deref(), Some("Sunarto"), "{q:#?}");
    let q = quote(
        &["Wijaya meninjau jadwal kapal malam. Hendro Dwi Wijaya mengatakan jadwal kapal malam tetap."],
        "tetap",
    );
    assert_eq!(q.speaker.as_deref(), Some("Hendro Dwi Wijaya"), "{q:#?}");
    let q = quote(
        &["The harbour board met on Friday. The Harbour Board of Dover said the night ferry would run until the board meets again."],
        "night ferry",
    );
    assert_ne!(q.speaker.as_deref(), Some("Dover"), "{q:#?}");
}

// Rule 293: a contrast after ", while" is still the speaker's when no one else reports it
// ("said riders rose 6 percent, while the pier saw fewer boats"); it is not when it has a
// verb of saying or a verb with a clause of its own ("while critics charge they …"), a
// participle ("while admitting …") or, after a share of people, another share's answer.

#[test]
fn a_contrast_after_while_stays_in_the_statement_unless_someone_else_reports_it() {
    let q = quote(&["The skipper said the ferry expects 6 percent more riders this winter, while the pier will see fewer boats."], "more riders");
    assert!(q.text.ends_with("fewer boats"), "{q:#?}");
    let q = quote(
        &["Reed said the fees pay for the pier, while critics charge they drive riders away."],
        "pay for the pier",
    );
    assert!(q.text.ends_with("the pier"), "{q:#?}");
    let q = quote(
        &["Forty percent of riders said the toll is fair, while 31 percent call it too high."],
        "toll is fair",
    );
    assert!(q.text.ends_with("is fair"), "{q:#?}");
    let q = quote(
        &["Porter said the line will keep the night ferry, while admitting that few ride it."],
        "night ferry",
    );
    assert!(q.text.ends_with("night ferry"), "{q:#?}");
}

// Rule 294: an inverted attribution set between a subject and its verb ("Any reading of the
// accounts, said Tom Reed, an expert on ports, would find …") leaves the statement the whole
// sentence, as "The toll, he said, is too high" does; closing a sentence it stays outside.

#[test]
fn an_inverted_attribution_inside_the_sentence_keeps_the_whole_sentence() {
    let q = quote(
        &["Any fair reading of the harbour accounts, said Tom Reed, an expert on ports at a Dover institute, would find that the ferry line is losing money."],
        "fair reading",
    );
    assert!(q.text.ends_with("losing money"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    let q = quote(&["The night ferry is losing money, said Tom Reed, who runs the quay."], "losing money");
    assert!(q.text.ends_with("losing money"), "{q:#?}");
}

// Rule 295: a participle's speaker is the main clause's subject past an opening clause led by
// "Even as", "Even though" or "Even when", and past the person's age set off by commas ("Even
// as inspectors looked into the toll, Mr. Reed, 56, stood by the ferry, telling …").

#[test]
fn a_participle_after_an_even_as_clause_is_the_main_subjects() {
    let q = quote(
        &["Even as inspectors were looking into the toll this summer, Mr. Reed, 56, stood by the night ferry, telling a reporter in June that the route would not change."],
        "route would not change",
    );
    assert_eq!(q.speaker.as_deref(), Some("Mr. Reed"), "{q:#?}");
}

// Rule 296: a claim named as a noun may be a statement or remark and carry when it was made
// before its "that" ("a jab at Reed's remark last month that …"); a participle after
// it is the sentence subject's, not the claim owner's ("Riders were angered by Reed's
// announcement that …, saying …").

#[test]
fn a_claim_named_as_a_noun_keeps_its_time_and_leaves_the_participle_to_the_subject() {
    let q = quote(
        &["The post was a jab at Reed’s remark last month that riders who skip the toll should be fined."],
        "skip the toll",
    );
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some("remark"), "{q:#?}");
    let q = quote(
        &["Riders were angered by Reed’s announcement that the line would cut the night ferry, saying that he gave them little notice."],
        "little notice",
    );
    assert_eq!(q.speaker.as_deref(), Some("Riders"), "{q:#?}");
}

// Rule 297: a claim named as a noun ("rejected Reed's claim that …") makes its owner a
// speaker but not the one the sentence is about: a "she" in the next sentence still points
// back to the sentence's subject.

#[test]
fn a_pronoun_after_a_claim_named_as_a_noun_is_the_sentence_subjects() {
    let q = quote(
        &["Carl Dunn spoke at the quay on Monday. Ellen Brook rejected Reed’s claim that the pier is unsafe. She told riders that the ferry would keep running."],
        "keep running",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ellen Brook"), "{q:#?}");
    let q = quote(
        &["Carl Dunn spoke at the quay on Monday. Ellen Brook rejected Reed’s claim that the pier is unsafe."],
        "pier is unsafe",
    );
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
}

// Rule 298: an Indonesian verb of saying right after a comma that closes a clause with a verb
// of its own is that clause's subject's ("Budi Santoso meresmikan dermaga di Kabupaten
// Sukamaju, menegaskan bahwa …"), not the place or title named last.

#[test]
fn an_indonesian_cue_after_a_clause_of_its_own_is_the_clause_subjects() {
    let q = quote(
        &["Budi Santoso meresmikan dermaga baru di Kabupaten Sukamaju, menegaskan bahwa kapal feri akan berlayar setiap hari."],
        "berlayar setiap hari",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(
        &["Pada 2023, Budi Santoso menjadi nakhoda pertama yang menerima penghargaan Pelaut Terbaik di Festival Bahari Sukamaju, menegaskan statusnya sebagai pelaut paling dihormati di pelabuhan itu."],
        "paling dihormati",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 299: the speaker's second verb of speech keeps its own words. A "that" after "but
// added" opens what was added, not what was said first ("said the pier needs work but
// added that …"); a clause in the present before "but added, “…”" is still a statement
// ("said the ferry waits for the tide but added, “…”"); and the participle that hands
// over a quotation ("…, adding: “…”") is no part of the statement before it.

#[test]
fn a_second_verb_of_speech_keeps_its_own_words() {
    let got = run(&["Tom Reed said the pier needs work but added that it was safe for the ferry."]);
    let said = got.iter().find(|q| q.cue.as_deref() == Some("said")).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(said.text, "the pier needs work", "{got:#?}");
    let added = got.iter().find(|q| q.cue.as_deref() == Some("added")).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(added.text, "it was safe for the ferry", "{got:#?}");
    let q = quote(
        &["Tom Reed said the ferry waits for the tide but added, “We will check the quay again.”"],
        "tide",
    );
    assert_eq!(
        (q.text.as_str(), q.speaker.as_deref()),
        ("the ferry waits for the tide", Some("Tom Reed")),
        "{q:#?}"
    );
    let q = quote(
        &["Ann Porter said the pier was safe, adding: “We will check it again next week.”"],
        "pier was safe",
    );
    assert_eq!(q.text, "the pier was safe", "{q:#?}");
}

// Rule 300: an answer after the cue is what was said ("Asked if the fee was fair, Tom Reed
// said yes."): the question before it is no statement of his, nor is the whole sentence
// around a "said no, compared with …".

#[test]
fn a_yes_or_no_answer_leaves_the_question_before_it_to_the_asker() {
    for sentence in [
        "Asked if the ferry fee was fair, Tom Reed said yes.",
        "Asked if the ferry fee was fair, 41 percent of riders said no, compared with 17 percent of them who said it was too high.",
    ] {
        let got = run(&[sentence]);
        assert!(got.iter().all(|q| !q.text.contains("fee was fair") || q.speaker.is_none()), "{got:#?}");
    }
}

// Rule 301: the way a statement was made, closing its words, is its venue, not part of what
// was said ("said the pier was safe in a tweet on Monday", "… dalam keterangan tertulis,
// Senin").

#[test]
fn a_venue_closing_the_words_is_the_venue() {
    let q = quote(
        &["Tom Reed said the pier was safe for the night ferry in a tweet on Monday."],
        "pier was safe",
    );
    assert_eq!(q.text, "the pier was safe for the night ferry", "{q:#?}");
    assert_eq!(q.venue.as_deref(), Some("in a tweet on Monday"), "{q:#?}");
    let q = quote(
        &["Budi Santoso mengatakan bahwa kapal feri akan berlayar setiap hari dalam keterangan tertulis, Senin."],
        "kapal feri",
    );
    assert_eq!(q.text, "kapal feri akan berlayar setiap hari", "{q:#?}");
    assert_eq!(q.venue.as_deref(), Some("dalam keterangan tertulis, Senin"), "{q:#?}");
}

// Rule 302: a noun phrase after a comma or a dash closing the sentence is the reporter's
// comment, not the speaker's words ("said the toll would rise, a swipe at the harbour
// board"); but not the next item of a list, a clause of its own, an aside a second dash
// closes, what a naming verb names, or the rest of a clause an aside broke.

#[test]
fn a_noun_phrase_closing_the_sentence_is_the_reporters_comment() {
    for (sentence, has, said) in [
        ("Tom Reed said the toll would rise, a swipe at the harbour board.", "toll", "the toll would rise"),
        ("Tom Reed said the toll would rise — a swipe at the harbour board.", "toll", "the toll would rise"),
        (
            "Tom Reed said the town needs a new pier, a ferry and a quay.",
            "town",
            "the town needs a new pier, a ferry and a quay",
        ),
        (
            "Tom Reed said the ferry had a big lead, a narrower win at the quay would raise doubts.",
            "ferry",
            "the ferry had a big lead, a narrower win at the quay would raise doubts",
        ),
        ("Tom Reed said his plan was, in fact, a fraud.", "plan", "his plan was, in fact, a fraud"),
    ] {
        let q = quote(&[sentence], has);
        assert_eq!(q.text, said, "{q:#?}");
    }
    let q =
        quote(&["Tom Reed called the report, which is due on Friday, a bombshell for the quay."], "report");
    assert!(q.text.ends_with("a bombshell for the quay"), "{q:#?}");
}

// Rule 303: "and called …" after what the speaker said is the speaker's next statement
// ("said he found the ferry charming and called the new pier a triumph"), unless what was
// said has a subject of its own, who may be the one calling ("said the board met and
// called a vote").

#[test]
fn calling_something_after_a_statement_is_the_speakers_next_statement() {
    let got =
        run(&["Tom Reed said he found the new ferry very charming and called the rebuilt pier a triumph."]);
    let said = got.iter().find(|q| q.cue.as_deref() == Some("said")).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(said.text, "he found the new ferry very charming", "{got:#?}");
    let called =
        got.iter().find(|q| q.cue.as_deref() == Some("called")).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(
        (called.text.as_str(), called.speaker.as_deref()),
        ("the rebuilt pier a triumph", Some("Tom Reed"))
    );
    let q =
        quote(&["Tom Reed said the harbour board met on Monday and called a vote on the toll."], "board met");
    assert_eq!(q.text, "the harbour board met on Monday and called a vote on the toll", "{q:#?}");
}

// Rule 304: when and where it was said may run long before the "that" that opens what was
// said ("said in a radio interview on the Harbour Herald morning show with Ann Porter that …").

#[test]
fn a_long_occasion_before_that_is_not_what_was_said() {
    let q = quote(
        &["Tom Reed said in a radio interview on the Harbour Herald morning show with Ann Porter that the pier was safe."],
        "pier was safe",
    );
    assert_eq!(q.text, "the pier was safe", "{q:#?}");
    assert!(q.venue.as_deref().is_some_and(|v| v.starts_with("in a radio interview")), "{q:#?}");
}

// Rule 305: responding to something names what was answered, not what was said ("has not
// responded to the Herald's calls"); the words come after "by saying" or "that".

#[test]
fn responding_to_something_is_no_statement() {
    check_none(&[
        "Since Monday, no one at the harbour board has responded to the Herald's calls about the quay.",
    ]);
    let q = quote(
        &["Tom Reed responded to the criticism of the ferry by saying the pier was safe."],
        "pier was safe",
    );
    assert_eq!((q.text.as_str(), q.speaker.as_deref()), ("the pier was safe", Some("Tom Reed")), "{q:#?}");
    let q = quote(&["Tom Reed replied to reporters that the pier was safe."], "pier was safe");
    assert_eq!(q.text, "the pier was safe", "{q:#?}");
}

// Rule 306: a relay written with a capital inside a sentence opens a sentence the text ran
// into (a headline or caption with no full stop); what it relays comes after it.

#[test]
fn a_capitalised_relay_inside_a_sentence_relays_what_follows() {
    let q = quote(
        &["Festival Perahu Sukamaju Ramai Pengunjung Dilansir dari Harbour Herald, lomba perahu itu akan digelar pada 22 September mendatang."],
        "lomba perahu",
    );
    assert_eq!(q.text, "lomba perahu itu akan digelar pada 22 September mendatang", "{q:#?}");
    let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
    assert_eq!(via, ["Harbour Herald"], "{q:#?}");
    check_none(&["Festival Perahu Sukamaju Ramai Pengunjung Dilansir dari Harbour Herald"]);
}

// Rule 307: a participle after "…, X said," is the reporter's ("…, Tom Reed said, underscoring
// the need for new piers"), unless the sentence opened with an adjunct and the participle
// starts its main clause ("While the pier is shut, Ann Porter said, raising the toll would
// be wrong").

#[test]
fn a_participle_after_the_attribution_is_the_reporters() {
    for para in [
        "Ferries are late twice as often as buses, Tom Reed said, underscoring the need for new piers.",
        "Ferries are late twice as often as buses, a harbour report suggests, underscoring the need for new piers and for more crews on the night shifts.",
    ] {
        let q = quote(&[para], "Ferries are late");
        assert_eq!(q.text, "Ferries are late twice as often as buses", "{q:#?}");
    }
    let q = quote(&["While the pier is shut, Ann Porter said, raising the toll would be wrong."], "toll");
    assert_eq!(q.text, "While the pier is shut … raising the toll would be wrong", "{q:#?}");
    let q = quote(&["Five ferries, Tom Reed said, including the old one, were late."], "Five ferries");
    assert_eq!(q.text, "Five ferries … including the old one, were late", "{q:#?}");
}

// Rule 308: "to" before a verb after the cue is what was promised, not to whom it was said:
// "After the storm, Tom Reed vowed to rebuild the old pier by June" reports the vow, not
// the opening phrase.

#[test]
fn an_infinitive_after_the_cue_is_what_was_said() {
    let q = quote(&["After the storm, Tom Reed vowed to rebuild the old pier by June."], "rebuild");
    assert_eq!(
        (q.text.as_str(), q.speaker.as_deref()),
        ("to rebuild the old pier by June", Some("Tom Reed")),
        "{q:#?}"
    );
    // (nor the opening phrase when what was pledged is too short to report)
    check_none(&["As the harbour faces storms, the board has pledged to rebuild the pier."]);
    let q = quote(&["The pier is safe, Tom Reed said to reporters."], "pier is safe");
    assert_eq!(q.text, "The pier is safe", "{q:#?}");
}

// Rule 309: the reporter's participle also follows "according to X," and an adverb may come
// before it ("…, the harbour board said on Friday, likely setting up a fight"); a number
// after a preposition opens a quantity, not an adjunct ("Over 1.8 million passengers …").

#[test]
fn a_participle_after_according_to_is_the_reporters() {
    let q = quote(
        &["Over 1.8 million passengers crossed in 2020, according to the harbour board, surpassing the tally of the year before."],
        "passengers",
    );
    assert_eq!(q.text, "Over 1.8 million passengers crossed in 2020", "{q:#?}");
    let q = quote(
        &["The ferry will sail again in June, the harbour board said on Friday, likely setting up a fight with the unions."],
        "ferry will sail",
    );
    assert_eq!(q.text, "The ferry will sail again in June", "{q:#?}");
    let q = quote(
        &["In the storm, according to Tom Reed, rebuilding the pier would cost twice as much."],
        "rebuilding",
    );
    assert_eq!(q.text, "In the storm … rebuilding the pier would cost twice as much", "{q:#?}");
}

// Rule 310: after "according to X," an indefinite article says what the source is, and the
// statement is the words before it; "add" with a number after it counts, not speaks.

#[test]
fn what_the_source_is_and_adding_numbers() {
    let q = quote(
        &["8.5% of piers in Dover had no ferry, according to outage figures reported by Harbour Herald, an app that tracks ferry times."],
        "piers in Dover",
    );
    assert_eq!(q.text, "8.5% of piers in Dover had no ferry", "{q:#?}");
    let q = quote(
        &["Ferry traffic was a huge disappointment, with the harbour adding just 235 sailings, the harbour board reported Friday."],
        "Ferry traffic",
    );
    assert_eq!(q.cue.as_deref(), Some("reported"), "{q:#?}");
    let q = quote(&["Tom Reed added that 235 sailings were cancelled."], "235 sailings");
    assert_eq!(q.text, "235 sailings were cancelled", "{q:#?}");
    let q = quote(&["The pier is safe, Tom Reed said, adding 20 more crews would help."], "20 more crews");
    assert_eq!(q.text, "20 more crews would help", "{q:#?}");
}

// Rule 311: a subordinate clause alone before "X cue" is no statement; the main clause after
// the cue completes it ("Meskipun baru menjabat satu bulan, Budi Santoso yakin …").

#[test]
fn a_subordinate_clause_alone_is_not_what_was_said() {
    let q = quote(
        &["Meskipun baru menjabat satu bulan, Budi Santoso yakin pada masa jabatannya nasib nelayan Sukamaju akan membaik."],
        "nelayan",
    );
    assert_eq!(q.text, "pada masa jabatannya nasib nelayan Sukamaju akan membaik", "{q:#?}");
    check_none(&["Although the pier is old, Tom Reed said on Monday."]);
    let q =
        quote(&["Meskipun dermaga itu sudah tua, kapal tetap berlabuh di sana, kata Budi Santoso."], "kapal");
    assert_eq!(q.text, "Meskipun dermaga itu sudah tua, kapal tetap berlabuh di sana", "{q:#?}");
}

// Rule 312: a relative clause's second verb speaks for the one the clause is about ("Ann
// Porter, who toured the quay in May and said …"), and the clause ends before the main
// clause's verb after an adverb ("…, eventually did not come").

#[test]
fn a_relative_clause_with_two_verbs_and_its_end() {
    let q = quote(
        &["Ann Porter, who toured the quay in May and said it was unsafe for the ferries, eventually stayed away from the vote."],
        "unsafe",
    );
    assert_eq!(
        (q.text.as_str(), q.speaker.as_deref()),
        ("it was unsafe for the ferries", Some("Ann Porter")),
        "{q:#?}"
    );
    let q = quote(
        &["Ann Porter, who said she would sail with the night crews, eventually did not come to the quay."],
        "night crews",
    );
    assert_eq!(q.text, "she would sail with the night crews", "{q:#?}");
}

// Rule 313: an opening phrase is no part of the evidence that states something ("After
// almost 100 days, polling shows …" is polling's).

#[test]
fn evidence_named_after_an_opening_phrase() {
    let q = quote(
        &["After almost 100 days, polling shows the ferry is more popular with riders than the bus."],
        "ferry",
    );
    assert_eq!(q.speaker.as_deref(), Some("polling"), "{q:#?}");
    let q = quote(&["In Dover, new polls show the ferry is more popular with riders than the bus."], "ferry");
    assert_eq!(q.speaker.as_deref(), Some("new polls"), "{q:#?}");
}

// Rule 314: a signature after a quotation may carry where and when after a comma, and a
// name with its title there ("― Dover Harbour Board Chair Ann Porter, in a post, April 26,
// 2021"); a hyphen typed with a space before it is a dash.

#[test]
fn a_signature_with_details_after_it() {
    for (para, cue) in [
        ("“The pier is safe and the ferries will sail on Monday.” — Dover Harbour Board Chair Ann Porter, in a post, April 26, 2021", "—"),
        ("\"The pier is safe and the ferries will sail on Monday.\" - Tom Reed, harbour master", "-"),
    ] {
        let q = quote(&[para], "pier is safe");
        assert!(q.direct, "{q:#?}");
        assert_eq!(q.cue.as_deref(), Some(cue), "{q:#?}");
        assert!(q.speaker.as_deref().is_some_and(|s| s == "Ann Porter" || s == "Tom Reed"), "{q:#?}");
    }
}

// Rule 315: media that passed a statement on, however they are named: after it with their
// verb ("…, the Harbour Herald reported, citing the Dover Post"), citing people described
// by what they know ("citing people familiar with the matter"), and the Indonesian
// "melansir" ("Melansir Harbour Herald, …", "dikutip dari Harbour Herald yang melansir
// laporan Dover Post").

#[test]
fn media_that_passed_a_statement_on() {
    let via =
        |q: &Quote| q.via.iter().map(|r| r.medium.trim_start_matches("the ").to_string()).collect::<Vec<_>>();
    let q = quote(
        &["Tom Reed said the pier was safe, the Harbour Herald reported, citing the Dover Post."],
        "pier",
    );
    assert_eq!((q.text.as_str(), q.speaker.as_deref()), ("the pier was safe", Some("Tom Reed")), "{q:#?}");
    assert_eq!(via(&q), ["Dover Post", "Harbour Herald"], "{q:#?}");
    let q = quote(
        &["The crew had been warned twice, the Harbour Herald reported, citing people familiar with the matter."],
        "crew",
    );
    assert_eq!(q.speaker.as_deref(), Some("people familiar with the matter"), "{q:#?}");
    assert_eq!(via(&q), ["Harbour Herald"], "{q:#?}");
    let q = quote(
        &["Melansir Harbour Herald, kapal feri itu tenggelam pada Senin pagi di dekat dermaga Sukamaju."],
        "kapal",
    );
    assert_eq!(q.text, "kapal feri itu tenggelam pada Senin pagi di dekat dermaga Sukamaju", "{q:#?}");
    assert_eq!(via(&q), ["Harbour Herald"], "{q:#?}");
    let q = quote(
        &["Kapal feri itu tenggelam pada Senin pagi di dekat dermaga Sukamaju, melansir Harbour Herald, belum lama ini."],
        "Kapal",
    );
    assert_eq!(q.text, "Kapal feri itu tenggelam pada Senin pagi di dekat dermaga Sukamaju", "{q:#?}");
    let q = quote(
        &["Budi Santoso mengatakan dermaga itu aman, seperti dikutip dari Harbour Herald yang melansir laporan Dover Post."],
        "dermaga",
    );
    assert_eq!(via(&q), ["Dover Post", "Harbour Herald"], "{q:#?}");
}

// Rule 316: a medium reporting that someone said something relays that person's statement
// ("The Harbour Herald reported that Tom Reed said …"); what it found or described on its
// own stays its report.

#[test]
fn a_medium_reporting_what_someone_said_relays_it() {
    for (para, speaker, text) in [
        (
            "The Harbour Herald reported that Tom Reed said the pier was safe for the ferries.",
            "Tom Reed",
            "the pier was safe for the ferries",
        ),
        (
            "Harbour Herald melaporkan bahwa Budi Santoso mengatakan dermaga itu aman bagi kapal feri.",
            "Budi Santoso",
            "dermaga itu aman bagi kapal feri",
        ),
    ] {
        let q = quote(&[para], text);
        assert_eq!((q.text.as_str(), q.speaker.as_deref()), (text, Some(speaker)), "{q:#?}");
        let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
        assert_eq!(via, ["Harbour Herald"], "{q:#?}");
    }
    let q = quote(&["The Harbour Herald reported that the pier was unsafe for the ferries."], "unsafe");
    assert_eq!(q.speaker.as_deref(), Some("Harbour Herald"), "{q:#?}");
}

// Rule 317: after an inverted cue, the description that closes the sentence after the name is
// the speaker's role ("…,” said Tom Reed, a retired ferry captain."; "…, kata Budi Santoso,
// Kepala Dinas Perhubungan Sukamaju."); a clause there is not ("…, who runs the board").

#[test]
fn a_role_closing_the_sentence_after_an_inverted_cue() {
    for (para, has, role) in [
        ("“The pier is safe,” said Tom Reed, a retired ferry captain.", "pier", "a retired ferry captain"),
        ("The pier is safe, said Tom Reed, the harbour master.", "pier", "the harbour master"),
        (
            "“Dermaga itu aman,” kata Budi Santoso, Kepala Dinas Perhubungan Sukamaju.",
            "Dermaga",
            "Kepala Dinas Perhubungan Sukamaju",
        ),
        (
            "Dermaga itu aman, kata Budi Santoso, Kepala Dinas Perhubungan Sukamaju.",
            "Dermaga",
            "Kepala Dinas Perhubungan Sukamaju",
        ),
    ] {
        let q = quote(&[para], has);
        assert_eq!(q.speaker_role.as_deref(), Some(role), "{q:#?}");
    }
    let q = quote(&["“The pier is safe,” said Tom Reed, who runs the harbour board."], "pier");
    assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some("Tom Reed"), None), "{q:#?}");
}

// Rule 318: between an Indonesian subject and its cue, "sendiri" and a phrase of the occasion
// ("dalam menanggapi isu itu") are no part of the speaker.

#[test]
fn the_occasion_between_an_indonesian_subject_and_its_cue() {
    let q = quote(
        &["Budi Santoso sendiri dalam menanggapi keluhan nelayan sudah memastikan bahwa dermaga lama akan diperbaiki bulan depan."],
        "dermaga lama",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(
        &["Rina Wati saat meresmikan dermaga baru menegaskan bahwa kapal feri akan berlayar lagi pekan depan."],
        "kapal feri",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
}

// Rule 319: an interview with a medium is a relay in Indonesian too ("dalam wawancara dengan
// Harbour Herald"), and the names after a venue's comma are the speaker's when a verb follows
// them, not part of the venue.

#[test]
fn an_interview_with_a_medium_and_the_speaker_after_the_venue() {
    let q = quote(
        &["Dalam wawancara dengan Harbour Herald, Rina Wati menyebut dermaga itu aman bagi kapal feri."],
        "dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
    assert_eq!(q.venue.as_deref(), Some("Dalam wawancara dengan Harbour Herald"), "{q:#?}");
    let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
    assert_eq!(via, ["Harbour Herald"], "{q:#?}");
}

// Rule 320: a venue stops before what was said and before the speaker's next verb ("in a
// phone interview with the Harbour Herald and said …"), and a relative clause in it is not the
// statement ("said in a speech that aired Monday that the pier was safe").

#[test]
fn a_venue_stops_where_the_statement_or_the_next_verb_starts() {
    let q = quote(&["Tom Reed said in a speech that aired Monday that the pier was safe."], "pier");
    assert_eq!(q.text, "the pier was safe", "{q:#?}");
    assert_eq!(q.venue.as_deref(), Some("in a speech that aired Monday"), "{q:#?}");
    let q = quote(&["Tom Reed sat down for an hour in a phone interview with the crew and said the pier was safe for ferries."], "pier");
    assert_eq!(q.venue.as_deref(), Some("in a phone interview with the crew"), "{q:#?}");
}

// Rule 321: an office named again stands for the person who holds it: "the mayor" and "the
// mayor of Dover" after "Dover Mayor Tom Reed" (an English office's place comes before it),
// not after "Deputy Mayor"; "kata Bupati Sukamaju" after "Bupati Sukamaju Hendro Wijaya" (the
// place is not a name).

#[test]
fn an_office_named_again_is_its_holder() {
    let paras = [
        "Dover Mayor Tom Reed said the pier was safe for the ferries.",
        "“The pier is very old,” the Dover mayor said.",
        "“The pier will be repaired,” the mayor said.",
        "“The work starts in May,” said the mayor of Dover.",
    ];
    for has in ["very old", "repaired", "in May"] {
        let q = quote(&paras, has);
        assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    }
    let paras =
        ["Deputy Mayor Ann Porter said the pier was safe.", "“The pier will be repaired,” the mayor said."];
    let q = quote(&paras, "repaired");
    assert_ne!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    let paras = [
        "Bupati Sukamaju Hendro Wijaya mengatakan dermaga akan ditutup selama dua pekan.",
        "“Kami sudah memeriksa kapal itu,” ujar Bupati Sukamaju.",
    ];
    let q = quote(&paras, "memeriksa");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Hendro Wijaya"), Some("Bupati Sukamaju")),
        "{q:#?}"
    );
}

// Rule 322: a phrase of time or occasion set off after the speaker's name says when, not who:
// no role.

#[test]
fn a_phrase_of_occasion_after_the_name_is_no_role() {
    for para in [
        "Tom Reed, in a statement, said the pier was safe for ferries.",
        "Tom Reed, after the vote, said the pier was safe for ferries.",
    ] {
        let q = quote(&[para], "pier");
        assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some("Tom Reed"), None), "{q:#?}");
    }
    let q = quote(&["Ann Porter, with the Harbour Trust, said the pier was safe for ferries."], "pier");
    assert_eq!(q.speaker_role.as_deref(), Some("with the Harbour Trust"), "{q:#?}");
}

// Rule 323: "…, demikian dilaporkan/dilansir R" closing a sentence relays it through R, as
// "seperti dilaporkan R" does, and is no part of the statement.

#[test]
fn demikian_relays_a_closing_report() {
    let q = quote(
        &["Pemerintah akan memperbaiki dermaga tahun depan, demikian dilansir Harbour Herald."],
        "dermaga",
    );
    assert_eq!(q.text, "Pemerintah akan memperbaiki dermaga tahun depan", "{q:#?}");
    let via: Vec<&str> = q.via.iter().map(|r| r.medium.as_str()).collect();
    assert_eq!(via, ["Harbour Herald"], "{q:#?}");
}

// Rule 324: an attribution closing the sentence after a comma holds the whole sentence before
// it, a verb of saying inside included ("The board asked riders not to panic, Reed said");
// an Indonesian "ia" saying it inside is the speaker named last, said twice. Not over a
// clause after the cue ("…, they said they would") nor over a cue that closes an
// attribution of its own.

#[test]
fn a_closing_attribution_holds_the_sentence_before_it() {
    let q = quote(&["The board also asked riders not to panic, Tom Reed said."], "riders");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.text, "The board also asked riders not to panic", "{q:#?}");
    let q = quote(&["Pihaknya juga meminta warga tidak panik, kata Budi Santoso."], "warga");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.text, "Pihaknya juga meminta warga tidak panik", "{q:#?}");
    let q = quote(&["Ia juga mengatakan dermaga itu aman, tutur Budi Santoso."], "dermaga");
    assert_eq!((q.speaker.as_deref(), q.text.as_str()), (Some("Budi Santoso"), "dermaga itu aman"), "{q:#?}");
    let quotes = run(&[
        "On the quay, riders held up flags, the Dover Post reported, while at the pier the ferry waited, the Harbour Herald reported.",
    ]);
    assert!(quotes.iter().all(|q| !q.text.contains("flags, the Dover Post reported")), "{quotes:#?}");
}

// Rule 325: an age in brackets after a name set off by commas leaves the name the role's
// before it: "Seorang nelayan, Sunarto (45), mengaku …", "A fisherman, Carl Dunn (45), said".

#[test]
fn an_age_after_a_name_keeps_the_role_before_it() {
    let q = quote(&["Seorang nelayan, Sunarto (45), mengaku kecewa dengan penutupan dermaga."], "kecewa");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Sunarto"), Some("Seorang nelayan")),
        "{q:#?}"
    );
    let q = quote(&["A fisherman, Carl Dunn (45), said the closure of the pier hurt."], "closure");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Carl Dunn"), Some("A fisherman")),
        "{q:#?}"
    );
}

// Rule 326: after a venue without "that", the statement opens with its subject pronoun
// ("warned in a speech it would …"), and the venue stops before it (not before a pronoun of a
// clause of when inside the venue).

#[test]
fn a_statement_after_a_venue_without_that() {
    let q =
        quote(&["The ferry line warned in a speech to the crews it would sell the old pier."], "old pier");
    assert_eq!(q.text, "it would sell the old pier", "{q:#?}");
    assert_eq!(q.venue.as_deref(), Some("in a speech to the crews"), "{q:#?}");
}

// Rule 327: an attribution set off by commas inside a statement that runs on past it is cut
// from the statement's text ("…, union leaders said, in a dispute over pay"), not a subject
// set off with its apposition.

#[test]
fn an_attribution_inside_a_statement_is_cut_from_its_text() {
    let q = quote(
        &["Ferry crews walked out on Monday, union leaders said, in a dispute over pay."],
        "Ferry crews",
    );
    assert_eq!(q.text, "Ferry crews walked out on Monday … in a dispute over pay", "{q:#?}");
    let q = quote(&["The pier, said Tom Reed, would close in May for repairs."], "pier");
    assert_eq!(q.text, "The pier … would close in May for repairs", "{q:#?}");
}

// Rule 328: a speaker named short is named in full, with the role given them, when one full
// name in the article fits ("kata Budi" after "Kepala Dinas Perhubungan Budi Santoso
// mengatakan"); not where the text names someone else so ("Reed" beside Tom and Ann Reed),
// nor an organisation's initials.

#[test]
fn a_speaker_named_short_is_named_in_full() {
    let quotes = run(&[
        "Kepala Dinas Perhubungan Budi Santoso mengatakan dermaga akan ditutup selama dua pekan.",
        "“Kami tidak ingin ada korban,” kata Budi saat ditemui di kantornya.",
    ]);
    let last = quotes.last().expect("a quote");
    assert_eq!(
        (last.speaker.as_deref(), last.speaker_role.as_deref()),
        (Some("Budi Santoso"), Some("Kepala Dinas Perhubungan")),
        "{quotes:#?}"
    );
    let quotes = run(&[
        "Tom Reed said the pier was safe for the ferries.",
        "His sister Ann Reed runs the ferry line.",
        "“The pier will close in May,” Reed said.",
    ]);
    let last = quotes.last().expect("a quote");
    assert_eq!(last.speaker.as_deref(), Some("Reed"), "{quotes:#?}");
}

// Rule 329: an institution named after an office names no person ("Kepala UPT Balai
// Pelabuhan Sukamaju mengatakan": the office is the speaker); a person named after the
// institution is its last two words ("Kepala Balai Pelabuhan Sukamaju Budi Santoso"); the
// police's word after a rank is the rank's ("Irjen Pol Rina Wati"). Not a body without an
// office before it, which speaks for itself.

#[test]
fn an_institution_after_an_office_is_no_name() {
    let said = |sentence: &str| {
        let q = quote(&[sentence], "dermaga");
        (q.speaker, q.speaker_role)
    };
    let office = "Kepala UPT Balai Pelabuhan Sukamaju";
    assert_eq!(
        said("Kepala UPT Balai Pelabuhan Sukamaju mengatakan dermaga itu dibuka untuk umum."),
        (Some(office.into()), Some(office.into()))
    );
    assert_eq!(
        said("Kepala Balai Pelabuhan Sukamaju Budi Santoso mengatakan dermaga itu dibuka untuk umum."),
        (Some("Budi Santoso".into()), Some("Kepala Balai Pelabuhan Sukamaju".into()))
    );
    assert_eq!(
        said("Dosen Fakultas Hukum Universitas Sukamaju Hendro Wijaya menilai dermaga itu terlalu kecil."),
        (Some("Hendro Wijaya".into()), Some("Dosen Fakultas Hukum Universitas Sukamaju".into()))
    );
    assert_eq!(
        said("Kapolres Sukamaju AKBP Rina Wati mengatakan dermaga itu dijaga ketat."),
        (Some("Rina Wati".into()), Some("Kapolres Sukamaju AKBP".into()))
    );
    assert_eq!(
        said("Kapolda Irjen Pol Rina Wati mengatakan dermaga itu dijaga ketat.").0,
        Some("Rina Wati".into())
    );
    let q = quote(
        &["The pier will reopen in May, according to the county's Department of Public Works."],
        "pier",
    );
    assert_eq!(q.speaker.as_deref(), Some("Department of Public Works"), "{q:#?}");
}

// Rule 330: after a cue, an office, a comma and its holder's name, where or when they spoke
// may follow the name without a comma of its own ("kata Kepala Dinas Sukamaju, Budi Santoso
// dalam keterangan pers").

#[test]
fn a_name_after_a_role_may_run_into_the_occasion() {
    let q = quote(
        &["“Dermaga itu sudah tua,” kata Kepala Dinas Sukamaju, Dr. Budi Santoso dalam keterangan pers, Senin."],
        "Dermaga",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref(), q.venue.as_deref()),
        (Some("Budi Santoso"), Some("Kepala Dinas Sukamaju"), Some("dalam keterangan pers, Senin")),
        "{q:#?}"
    );
    let q = quote(&["“The pier is old,” said the harbour master, Tom Reed in a statement."], "pier");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Tom Reed"), Some("the harbour master"))
    );
}

// Rule 331: an office named without its holder, set off by a comma alone before a cue that
// frames a statement, is its speaker ("Kepala Dinas Perhubungan, mengatakan bahwa …"), as a
// name is.

#[test]
fn an_office_before_a_comma_and_a_framing_cue_speaks() {
    let q = quote(
        &["Kepala Dinas Perhubungan, mengatakan bahwa jalan itu akan diperbaiki bulan depan."],
        "jalan",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("Kepala Dinas Perhubungan"), Some("mengatakan")),
        "{q:#?}"
    );
}

// Rule 332: a statement with its attribution inside ("Dermaga itu, kata Budi, sudah tua";
// "Anggaran itu, ujarnya, belum disetujui") keeps what it is about, named before the
// attribution, and the attribution is cut from its text; a connective or adverb before it
// is no part of it ("Selain itu, kata dia, …").

#[test]
fn an_indonesian_attribution_inside_a_statement_keeps_its_subject() {
    let said = |sentence: &str, has: &str| quote(&[sentence], has).text;
    assert_eq!(
        said("Pembangunan dermaga baru, kata Budi Santoso, akan dimulai tahun depan.", "dimulai"),
        "Pembangunan dermaga baru … akan dimulai tahun depan"
    );
    assert_eq!(
        said("Anggaran perbaikan itu, ujarnya, belum disetujui DPRD.", "disetujui"),
        "Anggaran perbaikan itu … belum disetujui DPRD"
    );
    assert_eq!(
        said("Selain itu, kata dia, pihaknya sudah mengajukan anggaran sejak tahun lalu.", "anggaran"),
        "pihaknya sudah mengajukan anggaran sejak tahun lalu"
    );
    assert_eq!(
        said("Sebelumnya, lanjut Budi, dermaga itu pernah ditutup selama sebulan.", "ditutup"),
        "dermaga itu pernah ditutup selama sebulan"
    );
}

// Rule 333: a speaker named in full without a role where they speak is given the role the
// article introduced them with outside any quote: before the name ("Harbour master Ann
// Porter toured …"), or set off by commas before or after it ("The board chairman, Carl
// Dunn, disagreed", "Carl Dunn, the board chairman, disagreed"); an owner alone is no role.

#[test]
fn a_role_given_where_a_speaker_is_introduced_is_kept() {
    let role_of = |paras: &[&str]| quote(paras, "cracks").speaker_role;
    assert_eq!(
        role_of(&["Harbour master Ann Porter toured the pier on Monday.", "She said the cracks were deep."]),
        Some("Harbour master".into())
    );
    assert_eq!(
        role_of(&[
            "The board chairman, Carl Dunn, disagreed.",
            "He said the cracks were old and posed no danger."
        ]),
        Some("The board chairman".into())
    );
    assert_eq!(
        role_of(&[
            "Carl Dunn, the board chairman, disagreed.",
            "He said the cracks were old and posed no danger."
        ]),
        Some("the board chairman".into())
    );
    assert_eq!(
        role_of(&["Harbour Herald's Ann Porter toured the pier.", "She said the cracks were deep."]),
        None
    );
}

// Rule 334: a speaker named short is named in full when the article names them in full only
// outside any quote ("Carl Dunn, the board chairman, disagreed. … Dunn said"), with the role
// it gave them; not when two people of that name are named, nor from a capitalised run that
// opens with a common word.

#[test]
fn a_speaker_named_short_takes_a_full_name_given_outside_quotes() {
    let q = quote(
        &["Carl Dunn, the board chairman, disagreed.", "Dunn said the cracks were old and posed no danger."],
        "cracks",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Carl Dunn"), Some("the board chairman")),
        "{q:#?}"
    );
    let q = quote(
        &[
            "Carl Dunn and his brother Tom Dunn run the ferry line.",
            "Dunn said the cracks were old and posed no danger.",
        ],
        "cracks",
    );
    assert_eq!(q.speaker.as_deref(), Some("Dunn"), "{q:#?}");
    let q = quote(
        &[
            "The pier was closed on Monday.",
            "The Dunn report was published late.",
            "Dunn said the cracks were old.",
        ],
        "cracks",
    );
    assert_eq!(q.speaker.as_deref(), Some("Dunn"), "{q:#?}");
}

// Rule 335: ", as X reported," after a clause attributes that clause to X even when the
// reporter goes on with a clause of their own after the aside ("Brook sold two boats, as the
// Gazette reported, but the sale is not final"); when the sentence's own clause follows the
// aside, the statement goes on past it ("In June, as the Gazette reported, Brook sold …").

#[test]
fn an_as_aside_before_the_reporters_own_clause_attributes_the_clause_before_it() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "Ellen Brook sold two of her boats in June, as the Dover Gazette reported last week, but the sale to the ferry line on the north quay is not final.",
        ],
        "boats",
    );
    assert_eq!(q.text, "Ellen Brook sold two of her boats in June", "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some("reported"), "{q:#?}");
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "In June, as the Dover Gazette reported, Ellen Brook sold two of her boats.",
        ],
        "boats",
    );
    assert!(q.text.contains("Ellen Brook sold two of her boats"), "{q:#?}");
}

// Rule 336: a statement inside a subordinate clause ends where the main clause begins, when
// the clause opens with "Even as" or "Even if", and when the main clause's subject is a word
// such as "nobody" or "everyone".

#[test]
fn a_statement_in_a_subordinate_clause_ends_before_the_main_clause() {
    let text_of = |para: &str| quote(&["The harbour board met on Sunday.", para], "tolls").text;
    assert_eq!(
        text_of("Even as Tom Reed insisted that the tolls would fall, the port office raised them again."),
        "the tolls would fall"
    );
    assert_eq!(
        text_of("When Ellen Brook said the tolls were fair, nobody believed her."),
        "the tolls were fair"
    );
    assert_eq!(
        text_of("When Ellen Brook said the tolls were fair, everyone laughed."),
        "the tolls were fair"
    );
}

// Rule 337: a cue joined by "and" to another verb inside a subordinate clause takes that
// clause's subject ("After Reed waved to the crews and said A, the quay cheered"), and a
// clause of the reporter's after the subordinate clause's comma is no attribution of what came
// before it ("The quay went quiet, but when Reed said A, a fisherman shouted at him").

#[test]
fn a_cue_inside_a_subordinate_clause_keeps_its_own_subject() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "After Carl Dunn waved to the crews and said the pier was safe again, the quay cheered.",
        ],
        "pier",
    );
    assert_eq!(
        (q.text.as_str(), q.speaker.as_deref()),
        ("the pier was safe again", Some("Carl Dunn")),
        "{q:#?}"
    );
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "The quay went quiet, but when Carl Dunn waved to the crews and said the pier was safe again, a fisherman shouted at him.",
        ],
        "pier",
    );
    assert_eq!(
        (q.text.as_str(), q.speaker.as_deref()),
        ("the pier was safe again", Some("Carl Dunn")),
        "{q:#?}"
    );
    assert!(run(&[
        "The harbour board met on Sunday.",
        "The quay went quiet, but when Carl Dunn waved, a fisherman shouted at him."
    ])
    .iter()
    .all(|q| q.cue.as_deref() != Some("shouted")),);
}

// Rule 338: a clause before "and" is no part of the next speaker ("The crews met early and
// critics said A" is the critics'), a quantity alone speaks for the people just named ("…;
// most said A", "… and most said A"), and a participle that describes its noun ("two clerks
// charged with fraud", "a skipper accused of smuggling") is no cue.

#[test]
fn speakers_after_a_clause_and_describing_participles() {
    let said = |para: &str| {
        let q = quote(&["The harbour board met on Sunday.", para], "unsafe");
        (q.text, q.speaker)
    };
    assert_eq!(
        said("The crews met early and critics said the pier was unsafe."),
        ("the pier was unsafe".into(), Some("critics".into()))
    );
    assert_eq!(
        said("Forty skippers came to the meeting; most said the pier was unsafe."),
        ("the pier was unsafe".into(), Some("most".into()))
    );
    assert_eq!(
        said("The crews gathered at dawn and most said the pier was unsafe."),
        ("the pier was unsafe".into(), Some("most".into()))
    );
    assert_eq!(
        said("The retired captain and former mayor said the pier was unsafe.").1.as_deref(),
        Some("The retired captain and former mayor")
    );
    check_none(&["Two clerks charged with fraud left the port office in March."]);
    check_none(&["Ann Porter, a skipper accused of smuggling, left Dover last year."]);
}

// Rule 339: an Indonesian subject opening the clause, then an occasion ("saat meresmikan …",
// "ketika ditemui …") that names places, firms or projects of its own up to the cue, is the
// speaker, not the last name inside the occasion.

#[test]
fn a_subject_before_a_long_occasion_speaks() {
    let q = quote(
        &[
            "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
            "Kepala Balai Pelabuhan ketika meninjau dermaga yang dibiayai Bank Pelabuhan Nusantara, Kamis (14/3), menegaskan dermaga itu siap dipakai nelayan.",
        ],
        "siap dipakai",
    );
    assert_eq!(q.speaker.as_deref(), Some("Kepala Balai Pelabuhan"), "{q:#?}");
    let q = quote(
        &[
            "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
            "Sukmawati seusai memeriksa gudang milik Koperasi Nelayan Samudra Jaya di Kabupaten Sukamaju, Kamis (14/3), menjelaskan bahwa gudang itu sudah penuh.",
        ],
        "gudang itu",
    );
    assert_eq!(q.speaker.as_deref(), Some("Sukmawati"), "{q:#?}");
}

// Rule 340: a cue joined to the subject's earlier verb takes that subject past the time it
// was said ("but on Friday wrote", "but last week said") and after ", then".

#[test]
fn a_joined_cue_takes_its_subject_past_a_time_and_then() {
    let speaker_of = |para: &str, has: &str| quote(&["The harbour board met on Sunday.", para], has).speaker;
    assert_eq!(
        speaker_of("Tom Reed inspected the pier, then said it was safe again.", "safe again").as_deref(),
        Some("Tom Reed")
    );
    assert_eq!(
        speaker_of(
            "Ellen Brook signed the petition but on Friday wrote that the fee was fair.",
            "fee was fair"
        )
        .as_deref(),
        Some("Ellen Brook")
    );
    assert_eq!(
        speaker_of(
            "Ann Porter has long opposed the tolls but last week said she could accept a smaller fee.",
            "smaller fee"
        )
        .as_deref(),
        Some("Ann Porter")
    );
}

// Rule 341: names alone opening an Indonesian clause, a stray comma, then the sentence's only
// cue: the names speak ("Sunarto dan Rina Wati , berharap …"); a clause before the comma
// does not ("Banjir rob kerap melanda dermaga itu , berharap …" gives no speaker).

#[test]
fn names_before_a_stray_comma_speak() {
    let q = quote(
        &[
            "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
            "Sunarto dan Rina Wati , berharap harga ikan di dermaga segera pulih.",
        ],
        "harga ikan",
    );
    assert!(q.speaker.as_deref().is_some_and(|s| s.contains("Sunarto")), "{q:#?}");
    assert!(run(&[
        "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
        "Banjir rob kerap melanda dermaga itu , berharap kapal tetap berlabuh.",
    ])
    .iter()
    .all(|q| q.speaker.is_none() || q.cue.as_deref() != Some("berharap")),);
}

// Rule 342: an office naming an institution, then two people joined by "dan": the office is
// the role and both people speak ("Kepala Balai Pelabuhan Hendro Wijaya dan Rina Wati").

#[test]
fn an_office_before_two_joined_names_is_the_role() {
    let q = quote(
        &[
            "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
            "Kepala Balai Pelabuhan Hendro Wijaya dan Rina Wati berharap harga ikan di dermaga segera pulih.",
        ],
        "harga ikan",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Hendro Wijaya dan Rina Wati"), Some("Kepala Balai Pelabuhan")),
        "{q:#?}"
    );
}

// Rule 343: a region's kind ("Kabupaten", "Kota", "Desa") is always followed by the region's
// name: one word after it may be the person's ("Kepala Dinas Perhubungan Kabupaten Sukamaju
// Sunarto"), and the region's name alone names no one ("Kepala Desa Sukamaju").

#[test]
fn a_regions_name_after_its_kind_is_no_person() {
    let who = |para: &str| {
        let q = quote(&["Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.", para], "dermaga itu tua");
        (q.speaker, q.speaker_role)
    };
    assert_eq!(
        who("Kepala Dinas Perhubungan Kabupaten Sukamaju Sunarto mengatakan dermaga itu tua."),
        (Some("Sunarto".into()), Some("Kepala Dinas Perhubungan Kabupaten Sukamaju".into()))
    );
    assert_eq!(
        who("Kepala Desa Sukamaju mengatakan dermaga itu tua.").1.as_deref(),
        Some("Kepala Desa Sukamaju")
    );
    assert_eq!(
        who("Kepala Dinas Perhubungan Kabupaten Sukamaju mengatakan dermaga itu tua.").1.as_deref(),
        Some("Kepala Dinas Perhubungan Kabupaten Sukamaju")
    );
}

// Rule 344: a horizontal bar ("―") sets off an aside between the subject and its cue as the
// other dashes do.

#[test]
fn a_horizontal_bar_sets_off_an_aside() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "Carl Dunn ― a former harbour board member ― has also said he is backing Reed.",
        ],
        "backing Reed",
    );
    assert_eq!(q.speaker.as_deref(), Some("Carl Dunn"), "{q:#?}");
}

// Rule 345: a person named in full with a role before an Indonesian verb that is no cue (the
// role in lower case before the name, or set off by commas) is the one a later "dia" points
// back to.

#[test]
fn a_person_named_before_any_verb_is_a_later_pronouns_antecedent() {
    let who = |subject: &str| {
        let para = format!(
            "{subject} menyambut dermaga baru itu. Menurut dia, kapal nelayan kini bisa bersandar lebih lama."
        );
        quote(&["Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.", &para], "bersandar").speaker
    };
    assert_eq!(who("Kepala sekolah Budi Santoso").as_deref(), Some("Budi Santoso"));
    assert_eq!(who("Pedagang ikan, Rina Wati,").as_deref(), Some("Rina Wati"));
}

// Rule 346: one noun before an attribution set off by commas is the statement's subject and
// part of it ("Money, Reed added, was tight"); a word of time or manner there is not ("Now,
// Reed said, …").

#[test]
fn one_noun_before_a_set_off_attribution_opens_the_statement() {
    let text = |para: &str| quote(&["The harbour board met on Sunday.", para], "winter").text;
    assert_eq!(text("Money, Tom Reed added, was tight all winter."), "Money … was tight all winter");
    assert_eq!(
        text("Now, Tom Reed said, the ferries will run all winter."),
        "the ferries will run all winter"
    );
}

// Rule 347: a statement inside a clause opened by "As" ends with that clause ("As Reed
// accused the board of A, the captains …"); after "As X said," or "As X reported on Monday,"
// the statement is the main clause.

#[test]
fn a_statement_in_an_as_clause_ends_with_it() {
    let text = |para: &str, has: &str| quote(&["The harbour board met on Sunday.", para], has).text;
    assert_eq!(
        text(
            "As Tom Reed accused the board of favouring the ferry line, the captains left the hall.",
            "ferry"
        ),
        "the board of favouring the ferry line"
    );
    assert_eq!(
        text("As the Dover Gazette reported on Monday, the ferries will run late all week.", "ferries"),
        "the ferries will run late all week"
    );
}

// Rule 348: after "kata X" inside a sentence the statement goes on past when the speaker said
// it, or at once with no comma, and the attribution (with a role before the name) is cut from
// it; after whom it was told, the sentence ends the statement.

#[test]
fn an_indonesian_statement_goes_on_past_kata_and_its_occasion() {
    let text = |para: &str, has: &str| {
        quote(&["Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.", para], has).text
    };
    assert_eq!(
        text("Terkait jadwal kapal, kata Budi akan diperbarui setiap pekan.", "jadwal"),
        "Terkait jadwal kapal … akan diperbarui setiap pekan"
    );
    assert_eq!(
        text(
            "Terkait perbaikan dermaga, kata Sunarto pada rapat itu, memang mulai dibahas pemerintah daerah.",
            "dermaga"
        ),
        "Terkait perbaikan dermaga … memang mulai dibahas pemerintah daerah"
    );
    assert_eq!(
        text("Hal ini, kata Kepala Balai Pelabuhan Hendro Wijaya, sejalan dengan rencana daerah.", "sejalan"),
        "Hal ini … sejalan dengan rencana daerah"
    );
    assert_eq!(
        text("Jadwal kapal akan diperbarui, kata Budi kepada wartawan.", "Jadwal"),
        "Jadwal kapal akan diperbarui"
    );
}

// Rule 349: a list of names before "kata X" ("Dinas, Balai, dan Bupati, kata Budi, …") is
// what the statement is about, commas and all.

#[test]
fn a_list_before_kata_opens_the_statement() {
    let q = quote(
        &[
            "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
            "Dinas, Balai, dan Bupati, kata Budi, tidak menanggapi keluhan nelayan.",
        ],
        "keluhan",
    );
    assert_eq!(q.text, "Dinas, Balai, dan Bupati … tidak menanggapi keluhan nelayan");
}

// Rule 350: an Indonesian cue joined by "dan" to the subject's first verb is that subject's
// ("Sunarto meninjau dermaga dan menegaskan …"), past an opening phrase too; not the last of
// a list of verbs, nor a verb of an errand's purpose ("untuk …").

#[test]
fn an_indonesian_cue_after_dan_is_the_subjects() {
    let lead = "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.";
    let q = quote(&[lead, "Sunarto meninjau dermaga dan menegaskan tidak ada kapal yang rusak."], "kapal");
    assert_eq!((q.speaker.as_deref(), q.text.as_str()), (Some("Sunarto"), "tidak ada kapal yang rusak"));
    let q = quote(
        &[
            lead,
            "Sore harinya, Budi Santoso datang lagi ke dermaga dan menegaskan tidak ada kapal yang rusak.",
        ],
        "kapal",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"));
    let none =
        |para: &str| run(&[lead, para]).into_iter().filter(|q| q.text.contains("dermaga lama")).count();
    assert_eq!(none("Petugas itu bertugas mengawasi, menjaga, dan menilai kondisi dermaga lama."), 0);
    assert_eq!(
        none("Rina Wati ditugasi untuk mengantar surat dan meminta Bupati memperbaiki dermaga lama."),
        0
    );
}

// Rule 351: a quotation woven into Indonesian reported speech starts after "bahwa", past to
// whom it was said; a quotation alone after it is the statement without its marks.

#[test]
fn a_woven_indonesian_quotation_starts_after_bahwa() {
    let text =
        |para: &str| quote(&["Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.", para], "rusak").text;
    assert_eq!(
        text("Sunarto mengatakan kepada nelayan bahwa “kapal itu rusak, tetapi dermaga aman.”"),
        "kapal itu rusak, tetapi dermaga aman"
    );
    assert_eq!(
        text("Sunarto mengatakan bahwa kapal itu “rusak parah” kemarin."),
        "kapal itu “rusak parah” kemarin"
    );
}

// Rule 352: when a statement was made, right after the cue ("on Tuesday", "last week",
// "earlier this month", "on March 3"), is no part of it when a clause follows.

#[test]
fn the_time_after_the_cue_is_no_part_of_the_statement() {
    let text = |para: &str| quote(&["The harbour board met on Sunday.", para], "run late").text;
    assert_eq!(text("Reed said on Tuesday the ferry would run late."), "the ferry would run late");
    assert_eq!(text("Reed said last week the ferry would run late."), "the ferry would run late");
    assert_eq!(text("Reed said earlier this month the ferry would run late."), "the ferry would run late");
    assert_eq!(text("Reed said on March 3 the ferry would run late."), "the ferry would run late");
}

// Rule 353: a subordinate clause may open with when or where ("Although in May Reed said
// A, …"), and so may the main clause after it ("…, at the quay Brook said B"): each statement
// ends with its clause. A verb denied ("do not believe") is no cue of a quotation after it.

#[test]
fn statements_in_clauses_that_open_with_when_or_where() {
    let texts = |para: &str| -> Vec<(String, Option<String>)> {
        run(&["The harbour board met on Sunday.", para]).into_iter().map(|q| (q.text, q.speaker)).collect()
    };
    let said = |text: &str, who: &str| (text.to_string(), Some(who.to_string()));
    assert_eq!(
        texts("Although in May Tom Reed said the old pier was safe, the crews left."),
        [said("the old pier was safe", "Tom Reed")]
    );
    assert_eq!(
        texts("While Tom Reed said the pier was safe, at the quay Ellen Brook said it was not safe."),
        [said("the pier was safe", "Tom Reed"), said("it was not safe", "Ellen Brook")]
    );
    assert_eq!(
        texts("At the quay Ellen Brook said the crews do not believe the ferry is “ready to sail.”"),
        [said("the crews do not believe the ferry is “ready to sail.”", "Ellen Brook")]
    );
}

// Rule 354: the word opening a subordinate clause is no part of the role set off before a
// name ("When the harbour director, Tom Reed, said …").

#[test]
fn a_subordinator_is_no_part_of_a_role() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "When the harbour director, Tom Reed, said the pier was unsafe, the board met.",
        ],
        "unsafe",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Tom Reed"), Some("the harbour director"))
    );
}

// Rule 355: after whom a statement was told, when it was told is no part of it either
// ("told reporters on Tuesday the ferry would run late").

#[test]
fn the_time_after_the_addressee_is_no_part_of_the_statement() {
    let q = quote(
        &["The harbour board met on Sunday.", "Reed told reporters on Tuesday the ferry would run late."],
        "late",
    );
    assert_eq!(q.text, "the ferry would run late");
}

// Rule 356: a statement inside an Indonesian subordinate clause ends with the clause, at its
// first comma past any list ("Meskipun X mengatakan A, nelayan …"); "Meski begitu, X
// mengatakan A, …" holds no subordinate clause; the subordinator is no part of the role.

#[test]
fn a_statement_in_an_indonesian_subordinate_clause_ends_with_it() {
    let said = |para: &str| {
        let q = quote(&["Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.", para], "aman");
        (q.text, q.speaker_role)
    };
    assert_eq!(
        said(
            "Meskipun Kepala Balai Pelabuhan Hendro Wijaya mengatakan dermaga aman, nelayan tetap khawatir."
        ),
        ("dermaga aman".to_string(), Some("Kepala Balai Pelabuhan".to_string()))
    );
    assert_eq!(
        said("Ketika Budi mengatakan kapal, perahu, dan dermaga aman, nelayan bertepuk tangan.").0,
        "kapal, perahu, dan dermaga aman"
    );
    assert_eq!(
        said("Meski begitu, Budi mengatakan dermaga aman, tetapi nelayan tetap khawatir.").0,
        "dermaga aman, tetapi nelayan tetap khawatir"
    );
}

// Rule 357: the source after "according to" that closes a quote is read as everywhere else,
// the whole phrase up to a comma or a relative clause, a phrase naming no one is no source,
// and a name still comes before its description.

#[test]
fn according_to_after_a_quote_reads_the_whole_source() {
    let speaker = |para: &str, has: &str| quote(&["The harbour board met on Sunday.", para], has).speaker;
    assert_eq!(
        speaker(
            "Ferries will not carry lorries that break \"harbour load rules,\" according to a memo from the council's ferry team.",
            "lorries"
        )
        .as_deref(),
        Some("a memo from the council's ferry team")
    );
    assert_eq!(
        speaker(
            "\"The pier is closed,\" according to a report by two harbour committees that lists the repairs.",
            "pier"
        )
        .as_deref(),
        Some("a report by two harbour committees")
    );
    assert_eq!(
        speaker("\"The pier is closed,\" according to harbour master Tom Reed.", "pier").as_deref(),
        Some("Tom Reed")
    );
    let got = run(&["Ferries leave at \"six\" or \"seven,\" according to the weather."]);
    assert!(got.iter().all(|q| q.speaker.as_deref() != Some("the weather")), "{got:#?}");
}

// Rule 358: the auxiliary of a perfect belongs to the verb, not to the evidence that
// speaks ("…, a new survey has found."), "have shown" is a verb of evidence, and a
// document's time of issue is no part of it ("a report released Wednesday said").

#[test]
fn evidence_and_documents_speak_without_their_verb_phrase() {
    let said = |para: &str, has: &str| {
        let q = quote(&["The harbour board met on Sunday.", para], has);
        (q.speaker.unwrap_or_default(), q.cue.unwrap_or_default())
    };
    assert_eq!(
        said("The harbour wall is weaker than thought, a new survey has found.", "weaker"),
        ("a new survey".to_string(), "found".to_string())
    );
    assert_eq!(
        said("Harbour surveys have shown the wall is weak.", "weak"),
        ("Harbour surveys".to_string(), "shown".to_string())
    );
    assert_eq!(
        said("The cranes were never inspected, a council report released Wednesday concluded.", "cranes").0,
        "a council report"
    );
    assert_eq!(
        said("It is the fifth month that the harbour survey has shown ferry use is falling.", "falling"),
        ("the harbour survey".to_string(), "shown".to_string())
    );
}

// Rule 359: a cue word after a preposition or an article is a noun ("the fall in claims
// shows …" is no claim by "the fall in"), unless what was claimed follows it; a source
// after "according to" is described without its relative clause, and a phrase cut at its
// length ends on a word, not on "and" or "the".

#[test]
fn a_cue_word_used_as_a_noun_and_a_source_described_without_its_clause() {
    let got = run(&["The fall in claims shows the harbour is busy again."]);
    assert!(got.iter().all(|q| q.cue.as_deref() != Some("claims")), "{got:#?}");
    let speaker = |para: &str| quote(&["The harbour board met on Sunday.", para], "Ferry use").speaker;
    assert_eq!(
        speaker("Ferry use rose, according to harbour officials familiar with the count who asked not to be named in the town paper.")
            .as_deref(),
        Some("harbour officials familiar with the count")
    );
    assert_eq!(
        speaker("Ferry use rose, according to data released on Tuesday by the harbour board and the council of the town in its count.")
            .as_deref(),
        Some("data released on Tuesday by the harbour board and the council")
    );
    assert_eq!(
        speaker("Ferry use rose, according to a statement from the Department of Ports and Harbour Services and other offices of the town.")
            .as_deref(),
        Some("a statement from the Department of Ports and Harbour Services")
    );
}

// Rule 360: a relative pronoun before the cue belongs to the cue ("sejumlah nelayan yang
// percaya …" is said by "sejumlah nelayan"), and "concludes" reports like "concluded".

#[test]
fn a_relative_pronoun_is_no_part_of_the_speaker() {
    let q = quote(
        &[
            "Dermaga baru di Kabupaten Sukamaju dibuka pekan ini.",
            "Kapal kecil masih ditambatkan oleh sejumlah nelayan yang percaya dermaga lama lebih aman.",
        ],
        "lebih aman",
    );
    assert_eq!(q.speaker.as_deref(), Some("sejumlah nelayan"));
    let q = quote(
        &["The harbour board met on Sunday.", "The harbour report concludes that the pier is unsafe."],
        "unsafe",
    );
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("The harbour report"), Some("concludes")));
}

// Rule 361: a participle set off by commas between the sentence's subject and its verb
// reports for that subject, up to the closing comma ("Reed, by saying A, calmed the crews").

#[test]
fn a_participle_between_subject_and_verb_reports_for_the_subject() {
    for para in [
        "Tom Reed, by saying the pier is safe, calmed the crews.",
        "Tom Reed, saying the pier is safe, reopened it.",
    ] {
        let q = quote(&["The harbour board met on Sunday.", para], "safe");
        assert_eq!((q.text.as_str(), q.speaker.as_deref()), ("the pier is safe", Some("Tom Reed")), "{para}");
    }
}

// Rule 362: a conjunction opening the clause is no part of its speaker ("…, and skippers say
// it will double" is said by "skippers").

#[test]
fn a_conjunction_is_no_part_of_the_speaker() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "The ferry line is expected to grow once the pier opens, and skippers say it will almost double by spring.",
        ],
        "double",
    );
    assert_eq!(q.speaker.as_deref(), Some("skippers"));
}

// Rule 363: a month or weekday after a preposition is no part of the name after it ("and in
// September Ann Porter said"), and whom and when it was told, with nothing more, is no
// statement ("Reed told reporters on Tuesday.").

#[test]
fn a_time_before_a_name_and_a_telling_that_says_nothing() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "The board met, and in September Ann Porter said the pier would reopen.",
        ],
        "reopen",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"));
    let got = run(&["The harbour board met on Sunday.", "Tom Reed told reporters on Tuesday."]);
    assert!(got.is_empty(), "{got:#?}");
    let q = quote(
        &["The harbour board met on Sunday.", "The pier is safe, Tom Reed told reporters on Tuesday."],
        "safe",
    );
    assert_eq!((q.text.as_str(), q.speaker.as_deref()), ("The pier is safe", Some("Tom Reed")));
}

// Rule 364: a document's author named in lower case is its voice, as a capitalised one is
// ("a report by the harbour board said", "a statement released last week by the harbour
// board said").

#[test]
fn a_document_speaks_for_its_author_in_lower_case() {
    for para in [
        "The wall is weak, a new report by the harbour board said.",
        "A statement released last week by the harbour board said the wall is weak.",
    ] {
        let q = quote(&["The harbour board met on Sunday.", para], "wall is weak");
        assert_eq!(q.speaker.as_deref(), Some("the harbour board"), "{para}");
    }
}

// Rule 365: the press a statement was told to is where it was said, not what ("mengatakan
// kepada wartawan dermaga ditutup"), and "told reporters" runs on into the outlet, place and
// time, never into what was told; whom it was told to, put first, is no part of the
// speaker ("Kepada wartawan Rina Wati menyebut …").

#[test]
fn the_press_told_is_a_venue_not_a_statement() {
    let q = quote(&["Budi mengatakan kepada wartawan dermaga ditutup karena ombak."], "dermaga");
    assert_eq!(
        (q.text.as_str(), q.venue.as_deref()),
        ("dermaga ditutup karena ombak", Some("kepada wartawan"))
    );
    let q = quote(
        &["Budi mengatakan kepada wartawan dermaga ditutup karena ombak, dan nelayan aman."],
        "dermaga",
    );
    assert_eq!(q.text, "dermaga ditutup karena ombak, dan nelayan aman", "{q:#?}");
    let q = quote(&["Budi mengatakan kepada para wartawan Harian Pelabuhan dermaga ditutup."], "dermaga");
    assert_eq!(q.venue.as_deref(), Some("kepada para wartawan Harian Pelabuhan"), "{q:#?}");
    let q = quote(&["Kepada wartawan Rina Wati menyebut dermaga akan ditutup selama sepekan."], "dermaga");
    assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some("Rina Wati"), None), "{q:#?}");
    let paras = [
        "The harbour board met on Sunday.",
        "Ann Porter told reporters the harbour would reopen, noting that repairs were done.",
    ];
    let q = quote(&paras, "repairs");
    assert_eq!(q.venue.as_deref(), Some("told reporters"), "{q:#?}");
    let paras = [
        "The harbour board met on Sunday.",
        "Ann Porter told reporters in Dover on Monday that the harbour would reopen.",
    ];
    assert_eq!(quote(&paras, "reopen").venue.as_deref(), Some("told reporters in Dover on Monday"));
}

// Rule 366: "sambil", "seraya" or "dan" before the same speaker's next verb of saying ends
// the first statement, and the verb reports a second one, also after an attribution set
// inside the sentence ("A, kata Budi, seraya menegaskan B"); other verbs so joined go on
// with what was said.

#[test]
fn a_second_verb_of_saying_joined_by_sambil_or_dan() {
    for (para, first, cue) in [
        (
            "Budi mengatakan kepada wartawan bahwa dermaga ditutup karena ombak, sambil menambahkan bahwa nelayan diminta tidak melaut.",
            "dermaga ditutup karena ombak",
            "menambahkan",
        ),
        (
            "Dermaga ditutup karena ombak, kata Budi, seraya menegaskan nelayan diminta tidak melaut.",
            "Dermaga ditutup karena ombak",
            "menegaskan",
        ),
    ] {
        let got = run(&[para]);
        let texts: Vec<_> = got.iter().map(|q| (q.text.as_str(), q.cue.as_deref(), q.speaker.as_deref())).collect();
        assert_eq!(texts[0].0, first, "{para}: {got:#?}");
        assert_eq!(texts[1], ("nelayan diminta tidak melaut", Some(cue), Some("Budi")), "{para}");
    }
    let q = quote(
        &["Budi mengatakan pemerintah akan memperbaiki dermaga, dan memastikan nelayan tetap bisa melaut."],
        "memperbaiki",
    );
    assert_eq!(q.text, "pemerintah akan memperbaiki dermaga, dan memastikan nelayan tetap bisa melaut");
}

// Rule 367: an attribution set inside a sentence after words that only frame it, a
// connective or when ("But still, Tom Reed says, …", "Last winter, Ann Porter said, …"),
// leaves what was said after it; one set inside a relative clause leaves the clause from its
// pronoun on ("the fish market, which, Carl Dunn said, opens …").

#[test]
fn framing_words_before_an_attribution_inside_are_not_said() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "But still, Tom Reed says, the ferry will keep its Sunday run."], "ferry");
    assert_eq!(q.text, "the ferry will keep its Sunday run", "{q:#?}");
    let q =
        quote(&[intro, "Last winter, Ann Porter said, the crews had to bail out the hull twice."], "hull");
    assert_eq!(q.text, "the crews had to bail out the hull twice", "{q:#?}");
    let q = quote(
        &[
            intro,
            "The new berth lies past the fish market, which, Carl Dunn said, opens at dawn on weekdays.",
        ],
        "dawn",
    );
    assert_eq!(q.text, "which … opens at dawn on weekdays", "{q:#?}");
    // (a phrase of its own stays: the words before are part of what was said)
    let q = quote(&[intro, "The cheapest fix, Ellen Brook says, would be a second gangway."], "gangway");
    assert_eq!(q.text, "The cheapest fix … would be a second gangway", "{q:#?}");
}

// Rule 368: a cue after a quotation woven into a statement, then "that" and a clause, is
// no attribution of the quotation (`said that the notice “in so many words” warns that
// Dover owns …` is one statement of the first speaker's).

#[test]
fn a_cue_then_that_after_a_woven_quotation_attributes_nothing() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "Ann Porter said that the ferry notice “in so many words” warns that Dover owns the pier.",
        ],
        "owns the pier",
    );
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Ann Porter"), Some("said")), "{q:#?}");
}

// Rule 369: "and" with a pronoun and a past verb of saying or of a stance after a statement
// is the speaker's next act, no part of what was said ("said the pier was shut and she
// accused the board of …").

#[test]
fn and_a_pronoun_with_a_stance_verb_ends_the_statement() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "Ann Porter said the pier was closed by the storm and she accused the harbour board of neglect.",
        ],
        "storm",
    );
    assert_eq!(q.text, "the pier was closed by the storm", "{q:#?}");
}

// Rule 370: a semicolon between the items of a list of what the subject of the statement
// did, the next item opening with its verb, does not end what was said; one before a clause
// with its own subject does.

#[test]
fn a_list_of_acts_runs_on_past_its_semicolons() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[intro, "Ann Porter said the crews had cleared the quay; mended the nets on the beach; and put up new lamps along the wall."],
        "quay",
    );
    assert_eq!(
        q.text,
        "the crews had cleared the quay; mended the nets on the beach; and put up new lamps along the wall"
    );
    let q = quote(&[intro, "Ann Porter said the crews had cleared the quay; the board paid for it."], "quay");
    assert_eq!(q.text, "the crews had cleared the quay");
}

// Rule 371: a second "that" joined by "and" to words said without one says both ("said
// the crew heard a bang and that the engine room had flooded"); the statement starts after
// the cue.

#[test]
fn and_that_joins_a_second_clause_of_what_was_said() {
    let q = quote(
        &[
            "The harbour board met on Sunday.",
            "Ann Porter said the crew heard a bang and that the engine room had flooded.",
        ],
        "engine",
    );
    assert_eq!(q.text, "the crew heard a bang and that the engine room had flooded", "{q:#?}");
}

// Rule 372: after a comma, a named speaker with a past verb of saying and "that" opens a
// statement of their own ("…, Ellen R. Brook noted that …"), ending the one before; a
// quantifier floated after a plural subject ("the skippers all agreed", "They both said")
// is no part of it and does not hide it.

#[test]
fn a_named_speaker_after_a_comma_and_a_floated_quantifier() {
    let got = run(&[
        "The harbour board met on Sunday.",
        "The skippers all agreed the harbour was calmer this year, Ellen R. Brook noted that new lamps had gone up along the wall.",
    ]);
    let found: Vec<_> = got.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
    assert_eq!(
        found,
        [
            ("the harbour was calmer this year", Some("The skippers")),
            ("new lamps had gone up along the wall", Some("Ellen R. Brook"))
        ]
    );
    let q = quote(&["The harbour board met on Sunday.", "They both said the pier was safe."], "pier");
    assert_eq!(q.cue.as_deref(), Some("said"));
}

// Rule 373: after a statement, ", but" and a clause past an opening phrase of its own ("…,
// but for the skippers, the cost will …") is no part of it; nor is the reporter's comment,
// a noun phrase with an adjective before its noun (", a bold claim she has made …").

#[test]
fn a_clause_after_an_opening_phrase_and_a_comment_with_an_adjective() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "Ann Porter said the ferry fares would double in May, a bold claim she has made twice on the radio."], "fares");
    assert_eq!(q.text, "the ferry fares would double in May", "{q:#?}");
    let q = quote(
        &[intro, "Ann Porter says the new toll is modest, but for the skippers, the cost will still hurt."],
        "toll",
    );
    assert_eq!(q.text, "the new toll is modest", "{q:#?}");
}

// Rule 374: the particle of a phrasal verb with its preposition after a cue is no
// statement ("backed out of their lease", "added up to a loss"), while "up to" a figure is
// what was said; nor is a second relative clause after a cue ("which Reed has disputed and
// which …").

#[test]
fn a_phrasal_particle_after_a_cue_reports_nothing() {
    let intro = "The harbour board met on Sunday.";
    check_none(&[intro, "The two skippers backed out of their pier lease in March."]);
    check_none(&[intro, "By Friday the repairs had added up to a costly month for the ferry line."]);
    let q = quote(&[intro, "Ann Porter said up to 300 skippers would lose their berths."], "skippers");
    assert_eq!(q.text, "up to 300 skippers would lose their berths");
    let got = run(&[
        intro,
        "The harbour board raised the fee, which Tom Reed has disputed and which the crews resented.",
    ]);
    assert!(got.iter().all(|q| !q.text.starts_with("and which")), "{got:#?}");
}

// Rule 375: after an inverted cue, an unnamed person or a group from a named place or party
// is the speaker, up to the phrase's end ("…, said Dover officials.", "said one Harbour
// Party source at the quay"); a document after a name stays what it was ("a new Harbour
// Herald poll").

#[test]
fn a_group_from_a_named_place_after_an_inverted_cue() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "The vote on the pier went badly for the mayor, said Dover officials."], "vote");
    assert_eq!(q.speaker.as_deref(), Some("Dover officials"), "{q:#?}");
    let q = quote(
        &[intro, "Two skippers walked out before the vote, said one Harbour Party source at the quay."],
        "skippers",
    );
    assert_eq!(q.speaker.as_deref(), Some("Harbour Party source"), "{q:#?}");
    let q =
        quote(&[intro, "Most of the town backs the pier, according to a new Harbour Herald poll."], "town");
    assert_eq!(q.speaker.as_deref(), Some("a new Harbour Herald poll"), "{q:#?}");
}

// Rule 376: "already" between the auxiliary and the cue ("have already said") leaves the
// subject its speaker; a capitalised "May" inside a subject is the month, not the verb ("A
// skipper who fished through the May storms said").

#[test]
fn already_before_a_cue_and_the_month_may_inside_a_subject() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "The ferry crews have already said the new toll was fair."], "toll");
    assert_eq!(q.speaker.as_deref(), Some("The ferry crews"), "{q:#?}");
    let q =
        quote(&[intro, "Tom Reed, a skipper through the May storms, said the north pier had held."], "pier");
    assert_eq!(q.text, "the north pier had held", "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"));
}

// Rule 377: a programme's title in quotation marks, its words capitalised, is part of the
// venue, not a quote ("in a radio interview with “Harbour Morning”"), and a "that" after it
// opens the statement.

#[test]
fn a_quoted_programme_title_is_part_of_the_venue() {
    let intro = "The harbour board met on Sunday.";
    let got = run(&[
        intro,
        "“The north pier is unsafe,” Ann Porter added in a radio interview with “Harbour Morning Show.”",
    ]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["The north pier is unsafe"], "{got:#?}");
    assert_eq!(got[0].venue.as_deref(), Some("in a radio interview with “Harbour Morning Show”"));
    let q = quote(
        &[intro, "Ann Porter argued in a radio interview with “Harbour Morning” that the ferry was safe."],
        "ferry",
    );
    assert_eq!(q.text, "the ferry was safe", "{q:#?}");
    assert_eq!(q.venue.as_deref(), Some("in a radio interview with “Harbour Morning”"));
}

// Rule 378: a participle after a quoted word that hands over a quotation of its own ends
// the statement before it (`said the toll was “costly,” adding, “…”`).

#[test]
fn a_participle_handing_over_a_quotation_ends_the_statement() {
    let intro = "The harbour board met on Sunday.";
    let got = run(&[
        intro,
        "Ann Porter said the new toll was “costly,” adding, “Nobody on the quay asked for it.”",
    ]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the new toll was “costly,”", "Nobody on the quay asked for it"], "{got:#?}");
}

// Rule 379: a venue may name which one in up to three words before its noun ("in a joint
// statement", "in a Harbour Herald interview"), and a name with a description after
// its comma is the speaker, not part of the venue.

#[test]
fn a_venue_with_words_before_its_noun_and_a_described_speaker_after_it() {
    let intro = "The harbour board met on Sunday.";
    let q =
        quote(&[intro, "Ann Porter wrote in a joint statement that the ferry fares would rise."], "fares");
    assert_eq!(q.venue.as_deref(), Some("in a joint statement"), "{q:#?}");
    let q = quote(
        &[
            intro,
            "In a letter sent to the Harbour Herald, Porter, a veteran skipper, said she would run for the board.",
        ],
        "run for",
    );
    assert_eq!(q.venue.as_deref(), Some("In a letter sent to the Harbour Herald"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Porter"));
}

// Rule 380: an aside between two dashes that opens with "which" goes on with the statement
// ("the patrols - which cost the town little - have cut thefts"); a relative clause set off
// by commas says only what lies up to its closing comma ("The toll, which the mayor says
// should rise, is …").

#[test]
fn a_dash_aside_stays_and_a_relative_clause_ends_at_its_comma() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[
            intro,
            "Tom Reed said the night patrols - which cost the town little - have cut thefts on the quay.",
        ],
        "patrols",
    );
    assert_eq!(q.text, "the night patrols - which cost the town little - have cut thefts on the quay");
    let q = quote(
        &[intro, "The berth toll, which the mayor says should rise by a third, is the highest on the coast."],
        "rise",
    );
    assert_eq!(q.text, "should rise by a third", "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("the mayor"));
}

// Rule 381: a stance verb joined after a first statement, with a pronoun of its own or none
// (", and she praised the crews for …"), is the speaker's second statement, its object what
// was said.

#[test]
fn a_joined_stance_verb_is_a_second_statement() {
    let intro = "The harbour board met on Sunday.";
    let got = run(&[intro, "Ann Porter called the storm season the worst in years, and she praised the ferry crews for their night rescues."]);
    let found: Vec<_> =
        got.iter().map(|q| (q.text.as_str(), q.speaker.as_deref(), q.cue.as_deref())).collect();
    assert_eq!(
        found.last(),
        Some(&("the ferry crews for their night rescues", Some("Ann Porter"), Some("praised"))),
        "{got:#?}"
    );
}

// Rule 382: people named by their part in a story speak as other people nouns do: "attorneys
// for a widow argued", "a relative told" (the lexicon's PEOPLE).

#[test]
fn people_by_their_part_in_a_story_are_speakers() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "The pier lease was never signed, attorneys for the widow argued."], "lease");
    assert_eq!(q.speaker.as_deref(), Some("attorneys for the widow"), "{q:#?}");
    let q =
        quote(&[intro, "A relative told the Harbour Herald that the skipper had sailed alone."], "sailed");
    assert_eq!(q.speaker.as_deref(), Some("A relative"), "{q:#?}");
}

// Rule 383: an interview a medium held is speaking to it, no report by itself: a sentence
// after "In an interview with Harbour Radio" with no verb of saying reports nothing
// (before, the whole sentence went out unattributed); verbs of blame and praise with their
// reason are stance cues ("castigated the board over …", "lauded the crews for …").

#[test]
fn an_interview_with_a_medium_and_verbs_of_blame_and_praise() {
    let intro = "The harbour board met on Sunday.";
    check_none(&["In an interview with Harbour Radio, Reed stayed silent on the future of the north pier."]);
    let q = quote(&[intro, "Ann Porter castigated the harbour board over the late repairs."], "repairs");
    assert_eq!(q.text, "the harbour board over the late repairs", "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some("castigated"));
    let q = quote(&[intro, "Tom Reed lauded the ferry crews for their night rescues."], "rescues");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 384: agreeing with a report is a stance on its claim ("concurred with earlier
// press reports that …", as "agreed" is); and a named subject's verb with its object ends a
// description before a cue ("Porter sided with local media reports that …" gives no
// statement to "Porter sided with local media"), while a participle after a noun stays
// in it ("videos filmed by harbour pilots showed").

#[test]
fn agreeing_with_reports_and_a_subjects_verb_before_a_described_speaker() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[intro, "Tom Reed concurred with earlier press reports that the north pier was unsafe."],
        "unsafe",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some("concurred"));
    let got = run(&[intro, "Ann Porter sided with local media reports that the north pier was unsafe."]);
    assert!(got.iter().all(|q| q.speaker.as_deref().is_none_or(|s| !s.contains("sided"))), "{got:#?}");
    let q = quote(&[intro, "The ferry sailed an hour late, videos filmed by harbour pilots showed."], "late");
    assert_eq!(q.speaker.as_deref(), Some("videos filmed by harbour pilots"), "{q:#?}");
}

// Rule 385: a cue that is also a plural noun ("claims", "reports", "notes", "estimates"),
// after a lowercase word and before "of", "have" or a modal, is the noun and reports nothing
// ("toll refund claims have doubled", "struck notes of calm"); after a name it is the verb.

#[test]
fn a_cue_that_is_a_plural_noun_reports_nothing() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[intro, "Toll refund claims have doubled since the pier closed, the harbour board said."],
        "doubled",
    );
    assert_eq!(q.speaker.as_deref(), Some("the harbour board"), "{q:#?}");
    check_none(&[
        "The mayor's speech struck notes of calm, and the crowd on the quay cheered.",
        "The ferry line fought claims of unfair fares in court on Monday.",
    ]);
    let q = quote(&[intro, "Reed claims the fares have risen every week since the storm."], "risen");
    assert_eq!(q.cue.as_deref(), Some("claims"), "{q:#?}");
}

// Rule 386: the level of a body named by its acronym closes the body's name, not opens the
// person's: "Wakil Ketua KPD Pusat Budi Santoso" is Budi Santoso, deputy chair of the
// central KPD, and a branch's place follows its level ("KPN Cabang Banyuwangi").

#[test]
fn the_level_after_a_bodys_acronym_belongs_to_the_body() {
    let intro = "Jalan utama di Kabupaten Sukamaju rusak parah.";
    let q = quote(
        &[intro, "Wakil Ketua KPD Pusat Budi Santoso mengatakan dermaga itu siap dipakai nelayan."],
        "dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Wakil Ketua KPD Pusat"));
    let q = quote(
        &[intro, "Ketua KPN Cabang Banyuwangi Rina Wati mengatakan dermaga itu siap dipakai nelayan."],
        "dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
}

// Rule 387: a "that" before a verb, after a noun phrase the cue's object opens, is a
// relative pronoun on that noun, and what was said starts at the cue: "said the crews that
// had struck would return" (not "had struck would return"), "agreed to lift the ban that had
// kept trawlers in port"; after whom it was told it stays a relative clause before the
// statement's own "that".

#[test]
fn a_relative_that_after_the_object_does_not_open_the_statement() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "Reed said the crews that had struck would return on Monday."], "struck");
    assert_eq!(q.text, "the crews that had struck would return on Monday", "{q:#?}");
    let q = quote(
        &[intro, "The harbour board agreed to lift the ban that had kept trawlers in port."],
        "trawlers",
    );
    assert_eq!(q.text, "to lift the ban that had kept trawlers in port", "{q:#?}");
    let q = quote(&[intro, "Reed told the crews that had gathered that the pier was safe."], "pier");
    assert_eq!(q.text, "the pier was safe", "{q:#?}");
}

// Rule 388: a time between a cue and the preposition that belongs to it is when it was said:
// "called on Wednesday for a halt to night ferries" calls for a halt (cue "called for"),
// as "called for a halt" does.

#[test]
fn a_time_before_the_cues_preposition_is_read_past() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "The harbour board called on Wednesday for a halt to night ferries."], "halt");
    assert_eq!(q.text, "a halt to night ferries", "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some("called for"));
}

// Rule 389: a capitalised head that closes a longer name is that name's word, not a
// description the speaker's name is set off from: "After a visit to the Harbour Board of
// Marine Justice in Dover, Reed said" is Reed's ("Justice" is also a judge's title), while
// "A nurse in Dover, Kent, told" stays the nurse's.

#[test]
fn a_role_word_closing_a_name_describes_no_speaker() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[intro, "After a visit to the Harbour Board of Marine Justice in Dover, Reed said the pier would reopen in May."],
        "reopen",
    );
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
    let q = quote(&[intro, "A nurse in Dover, Kent, told the Harbour Herald the pier was unsafe."], "unsafe");
    assert_eq!(q.speaker.as_deref(), Some("A nurse in Dover"), "{q:#?}");
}

// Rule 390: an Indonesian office names its fields, joined by "dan" and shaped ke-…-an or
// pe-…-an past the lexicon's ("Menteri Kelautan dan Perikanan", "Dinas Ketahanan Pangan"),
// and the person's name follows them; a short name stands for the full one the text gives
// after an office ("House Speaker Tom Reed") or before a possessive ("Tom Reed’s plan").

#[test]
fn names_past_an_offices_fields_and_full_names_past_an_office() {
    for (para, speaker) in [
        (
            "Menteri Kelautan dan Perikanan Sunarto mengatakan dermaga baru akan dibuka bulan depan.",
            "Sunarto",
        ),
        (
            "Menurut Kepala Dinas Kelautan dan Perikanan Budi Santoso, nelayan akan mendapat bantuan.",
            "Budi Santoso",
        ),
        ("Kepala Badan Pusat Statistik Rina Wati mengatakan harga ikan naik dua persen.", "Rina Wati"),
        ("Kepala Dinas Ketahanan Pangan Budi Santoso mengatakan stok ikan cukup.", "Budi Santoso"),
    ] {
        assert_eq!(first_speaker(para).0.as_deref(), Some(speaker), "{para:?}");
    }
    for intro in [
        "The pier was opened by House Speaker Tom Reed on Monday.",
        "Crews cheered Tom Reed’s plan for the pier on Monday.",
    ] {
        let q = quote(&[intro, "Reed said the ferries would return in May."], "ferries");
        assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{intro:?}: {q:#?}");
    }
}

// Rule 391: a military or police rank before a name is the role's, with the corps or force
// after it ("Mayor Jenderal", "Irjen Pol", "Kolonel Laut"), and the name follows it.

#[test]
fn a_rank_before_a_name_is_the_roles() {
    for (para, speaker, role) in [
        (
            "Panglima Kodam Mayor Jenderal Budi Santoso mengatakan dermaga aman.",
            "Budi Santoso",
            "Panglima Kodam Mayor Jenderal",
        ),
        (
            "Kapolda Sukamaju Irjen Pol Rina Wati mengatakan dermaga dijaga ketat.",
            "Rina Wati",
            "Kapolda Sukamaju Irjen Pol",
        ),
        (
            "Komandan Pangkalan Kolonel Laut Sunarto mengatakan kapal itu ditahan.",
            "Sunarto",
            "Komandan Pangkalan Kolonel Laut",
        ),
        ("Kolonel Laut Sunarto mengatakan kapal itu ditahan.", "Sunarto", "Kolonel Laut"),
    ] {
        assert_eq!(first_speaker(para), (Some(speaker.into()), Some(role.into())), "{para:?}");
    }
}

// Rule 392: Indonesian offices past the words they take: an envoy's office runs on through
// "untuk" and the country ("Duta Besar Korea Selatan untuk Malaysia"), a party's name after a
// short office is the office's ("Wasekjen Gerindra"), an acronym alone after an office is
// the body, no one's name ("Kepala BPBD"), a name after an office may have a relative clause
// before its cue, and a person's middle initials are no body's acronym ("Budi XP Santoso").

#[test]
fn indonesian_offices_past_the_words_they_take() {
    for (para, speaker, role) in [
        (
            "Duta Besar Korea Selatan untuk Malaysia Budi Santoso menyebut kapal latih itu berlabuh sore ini.",
            "Budi Santoso",
            "Duta Besar Korea Selatan untuk Malaysia",
        ),
        ("Wasekjen Gerindra Rina Wati mengatakan dermaga itu penting.", "Rina Wati", "Wasekjen Gerindra"),
        ("Menurut Kepala BPBD, dermaga itu rusak.", "Kepala BPBD", "Kepala BPBD"),
        (
            "Kepala Dinas Sunarto yang datang ke dermaga pagi itu berharap kapal bisa berlabuh.",
            "Sunarto",
            "Kepala Dinas",
        ),
        (
            "Kepala Dinas Perikanan Budi XP Santoso mengatakan dermaga itu rusak.",
            "Budi XP Santoso",
            "Kepala Dinas Perikanan",
        ),
    ] {
        assert_eq!(first_speaker(para), (Some(speaker.into()), Some(role.into())), "{para:?}");
    }
}

// Rule 393: a photo credit run into the text ("Harbour Herald / Carl Dunn", "FOTO DERMAGA /
// Carl Dunn") is no part of the speaker: the name is the last word, or an office after the
// photographer's name and the name after it; a name after a slash is no one's full name.

#[test]
fn a_photo_credit_run_into_the_text_is_no_speaker() {
    for (para, speaker, role) in [
        ("Harbour Herald / Carl Dunn Rina mengatakan dermaga itu rusak.", "Rina", None),
        (
            "FOTO DERMAGA / Carl Dunn Ketua Koperasi Nelayan Rina Wati mengatakan dermaga itu rusak.",
            "Rina Wati",
            Some("Ketua Koperasi Nelayan"),
        ),
    ] {
        assert_eq!(first_speaker(para), (Some(speaker.into()), role.map(Into::into)), "{para:?}");
    }
}

// Rule 394: speech held back is no statement ("tidak mau menyebutkan", "belum mau
// mengatakan"); how often someone spoke stands between them and the cue ("dua kali
// menyebut", "berkali-kali menegaskan"); a word linking the sentence to the one before is no
// part of the speaker ("Justru para nelayan").

#[test]
fn withheld_speech_and_words_around_the_speaker() {
    check_none(&["Bupati tidak mau menyebutkan kapan kapal feri kembali berlayar."]);
    check_none(&["Camat belum mau menyebutkan siapa kontraktor dermaga itu."]);
    for (para, speaker) in [
        ("Rina Wati dua kali menyebut tarif dermaga terlalu mahal.", "Rina Wati"),
        ("Sunarto berkali-kali menegaskan bahwa kapal itu tidak layak berlayar.", "Sunarto"),
        ("Justru para nelayan sudah menyampaikan bahwa tarif itu terlalu tinggi.", "para nelayan"),
    ] {
        assert_eq!(first_speaker(para).0.as_deref(), Some(speaker), "{para:?}");
    }
}

// Rule 395: the subject of the clause a participle of speech hangs on: a noun for people
// after capitalised words makes them a role, and the name after it speaks ("Harbour Herald
// columnist Tom Reed"); when it spoke and how is no part of a description ("The chief
// engineer on duty last week openly backed").

#[test]
fn the_subject_a_participle_of_speech_hangs_on() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[
            intro,
            "Harbour Herald columnist Tom Reed toured the pier on Friday, saying the planks were rotten.",
        ],
        "planks",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Tom Reed"), Some("Harbour Herald columnist")),
        "{q:#?}"
    );
    let q = quote(
        &[
            intro,
            "The port’s chief engineer on Monday firmly backed the closure, saying the planks were rotten.",
        ],
        "planks",
    );
    assert_eq!(q.speaker.as_deref(), Some("The port’s chief engineer"), "{q:#?}");
}

// Rule 396: a relative clause after a name gives a role by its own verb of being ("who is
// also a former harbour master"), not by one deeper in it ("who came back because he was
// due to …").

#[test]
fn a_relative_clause_gives_a_role_by_its_own_verb() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "Reed, who is also a former harbour master, said the pier was unsafe."], "unsafe");
    assert_eq!(q.speaker_role.as_deref(), Some("former harbour master"), "{q:#?}");
    let q = quote(
        &[intro, "Reed, who came back on Monday because he was due to question Porter about the fees, alleged that the pier was unsafe."],
        "unsafe",
    );
    assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some("Reed"), None), "{q:#?}");
}

// Rule 397: "called" with a person after it and then when or why is a call made, no words
// ("Reed called the harbour master after the storm", "called Porter on Tuesday to
// apologise"); "called Porter a liar" and "called the plan reckless" still say something.

#[test]
fn a_call_made_says_nothing() {
    check_none(&["Reed called the harbour master after the storm to check on the ferries."]);
    check_none(&["Reed called Porter on Tuesday to apologise for the delay."]);
    for (para, statement) in [
        ("Reed called Porter a liar on Tuesday.", "Porter a liar"),
        ("Reed called the plan reckless.", "the plan reckless"),
    ] {
        let got = run(&[para]);
        assert!(got.first().is_some_and(|q| q.text.starts_with(statement)), "{para:?}: {got:#?}");
    }
}

// Rule 398: "hanya" (only) between a speaker and the cue, alone or after a negation ("tidak
// hanya menyebut …, tetapi juga …"), and "Hanya" opening the sentence, leave the speaker
// as named.

#[test]
fn only_before_the_cue_or_the_speaker() {
    for (para, speaker) in [
        ("Sunarto hanya mengatakan tarif itu sementara.", "Sunarto"),
        ("Rina tidak hanya menyebut dermaga itu rusak, tetapi juga kapal itu tua.", "Rina"),
        ("Hanya Sunarto yang menyebut tarif itu terlalu tinggi.", "Sunarto"),
    ] {
        assert_eq!(first_speaker(para).0.as_deref(), Some(speaker), "{para:?}");
    }
}

// Rule 399: a name opening the sentence keeps the cue when more than one part set off by
// commas describes it, a relative clause among them: a description read from those parts
// is the name's, not the speaker ("Carl Dunn, a skipper for forty years, the oldest captain
// on the quay, said").

#[test]
fn a_name_described_by_several_parts_keeps_the_cue() {
    for para in [
        "Carl Dunn, a skipper for forty years, the oldest captain on the quay, said the levy was unfair.",
        "Carl Dunn, who has fished here for years, the oldest captain on the quay, said the levy was unfair.",
    ] {
        assert_eq!(first_speaker(para).0.as_deref(), Some("Carl Dunn"), "{para:?}");
    }
    let para = "When the gale passed, a clerk at the port office said the quay was shut.";
    assert_eq!(first_speaker(para).0.as_deref(), Some("a clerk at the port office"));
}

// Rule 400: an abbreviation with dots inside it ends the sentence when a word that only
// opens sentences follows it ("… to a buyer in the U.K. She said …").

#[test]
fn a_dotted_abbreviation_ends_the_sentence_before_an_opening_word() {
    let got =
        run(&["Rina Wati said the trawler was sold to a buyer in the U.K. She said the crew would stay."]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the trawler was sold to a buyer in the U.K", "the crew would stay"], "{got:#?}");
    let got =
        run(&["The old ferry went to a yard in the U.K. The papers were signed in June, the clerk said."]);
    assert_eq!(got.first().map(|q| q.text.as_str()), Some("The papers were signed in June"), "{got:#?}");
}

// Rule 401: "on (the) condition of anonymity" after a statement gives the terms the source
// spoke on, not what it said; a condition of the statement's own stays.

#[test]
fn the_terms_of_anonymity_are_no_part_of_the_statement() {
    for (para, statement) in [
        ("A port clerk described the new timetable on condition of anonymity.", "the new timetable"),
        ("The trawlers would stay in port, one skipper said, on condition of anonymity, fearing the owners.", "The trawlers would stay in port"),
        ("Carl Dunn said the quay would open again on condition that the levy is paid.", "the quay would open again on condition that the levy is paid"),
    ] {
        first_statement_is(&[para], statement);
    }
}

// Rule 402: a name called or a charge laid ("called the levy a scandal", "accused the board
// of …") is a claim of its own, which a participle of speech after it leaves standing; a
// "that" after such a verb's object belongs to the object ("called the claim that … a
// joke"), and one after ", adding" to the participle.

#[test]
fn a_name_called_stands_beside_the_statement_after_it() {
    let texts = |para: &str| {
        run(&[para]).into_iter().map(|q| (q.cue.unwrap_or_default(), q.text)).collect::<Vec<_>>()
    };
    assert_eq!(
        texts("Rina Wati called the levy a scandal, adding that the skippers would protest."),
        [
            ("called".into(), "the levy a scandal".into()),
            ("adding".into(), "the skippers would protest".into())
        ]
    );
    assert_eq!(
        texts("Rina Wati called the claim that the quay is safe a bad joke."),
        [("called".into(), "the claim that the quay is safe a bad joke".into())]
    );
    assert_eq!(
        texts("Rina Wati said the quay needs repairs, adding that the skippers would protest."),
        [
            ("said".into(), "the quay needs repairs".into()),
            ("adding".into(), "the skippers would protest".into())
        ]
    );
    // (a position taken still gives way to the reasons said for it)
    assert_eq!(
        texts("Carl Dunn defended the levy, saying it pays for the harbour lights."),
        [("saying".into(), "it pays for the harbour lights".into())]
    );
}

// Rule 403: when it was said may stand between the parts set off after a subject and the
// cue ("Carl Dunn, a skipper, on Monday said", "The Harbour Herald, citing port officials,
// later that week reported"); a medium pointed back to keeps its citing aside ("The paper,
// citing …, reported"); "first" before the cue is no part of the subject.

#[test]
fn when_it_was_said_between_the_asides_and_the_cue() {
    let q = quote(&["Carl Dunn, a skipper, on Monday said that the levy would rise."], "levy");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Carl Dunn"), Some("a skipper")),
        "{q:#?}"
    );
    let q = quote(
        &["The Harbour Herald, citing two port officials, later that week reported that the levy would rise."],
        "levy",
    );
    assert_eq!(q.speaker.as_deref(), Some("two port officials"), "{q:#?}");
    assert!(q.via.first().is_some_and(|v| v.medium.ends_with("Harbour Herald")), "{q:#?}");
    let q = quote(
        &[
            "The Harbour Herald reported on Friday that the quay was shut.",
            "The paper, citing port officials, reported that the levy would rise.",
        ],
        "levy",
    );
    assert_eq!(q.speaker.as_deref(), Some("port officials"), "{q:#?}");
    let q = quote(&["The Harbour Herald first reported on Friday that the levy would rise."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Harbour Herald"), "{q:#?}");
}

// Rule 404: the role of a named author of a document leaves the document out: "a memo from
// engineer Tom Reed" is an engineer's, "a letter written by Port Director Dr. Ann Porter"
// the Port Director's.

#[test]
fn the_role_of_a_document_author_leaves_the_document_out() {
    for (para, speaker, role) in [
        ("The levy will rise in June, according to a memo from engineer Tom Reed.", "Tom Reed", "engineer"),
        (
            "The levy will rise in June, according to a letter written by Port Director Dr. Ann Porter and two clerks.",
            "Ann Porter",
            "Port Director",
        ),
        ("Tarif dermaga naik pada Juni, menurut catatan dari petugas Budi Santoso.", "Budi Santoso", "petugas"),
    ] {
        let got = run(&[para]);
        let q = got.first().unwrap_or_else(|| panic!("{para:?}: no quote"));
        assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some(speaker), Some(role)), "{para:?}");
    }
}

// Rule 405: "told X about Y" says what the telling was about, not to whom: the statement
// starts at "about".

#[test]
fn what_a_telling_was_about_leaves_out_whom_it_was_told() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(&[intro, "Rina Wati told the skippers about the new timetable at the quay."], "timetable");
    assert_eq!(q.text, "about the new timetable at the quay", "{q:#?}");
}

// Rule 406: a "that" before a verb after a bare noun the cue takes as its object is a
// relative pronoun on that noun, and what was said starts at the cue: "rejected repair
// plans that would …".

#[test]
fn a_relative_that_after_a_bare_noun_object() {
    let intro = "The harbour board met on Sunday.";
    let q = quote(
        &[intro, "The port office rejected repair plans that would close the quay for a month."],
        "quay",
    );
    assert_eq!(q.text, "repair plans that would close the quay for a month", "{q:#?}");
    let q = quote(&[intro, "Tom Reed said earlier that the quay was shut."], "shut");
    assert_eq!(q.text, "the quay was shut", "{q:#?}");
}

// Rule 407: a day or a month set off by commas after a role says when, and names no one:
// "kata petugas pelabuhan, Senin, 3 Juni" is the harbour officer's.

#[test]
fn a_day_after_a_role_names_no_one() {
    let q =
        quote(&["“Tarif dermaga naik bulan depan,” kata petugas pelabuhan, Senin, 3 Juni 2024."], "Tarif");
    assert_eq!(q.speaker.as_deref(), Some("petugas pelabuhan"), "{q:#?}");
}

// Rule 408: a bare day after a cue of intention, then "to" and a verb: the intention is what
// was said ("promised Friday to repair the quay", "agreed on Friday to lower the levy").

#[test]
fn a_day_then_an_intention() {
    let intro = "The harbour board met on Sunday.";
    for (para, statement) in [
        (
            "Ann Porter promised Friday to repair the quay before the winter.",
            "to repair the quay before the winter",
        ),
        (
            "The port board agreed on Friday to lower the levy for small boats.",
            "to lower the levy for small boats",
        ),
    ] {
        first_statement_is(&[intro, para], statement);
    }
}

// Rule 409: the body an office is of names no speaker: "the chair of the Port Board told
// skippers" is the chair's, unnamed.

#[test]
fn the_body_an_office_is_of_names_no_speaker() {
    let q = quote(&["The chair of the Port Board told skippers on Monday that the levy would rise."], "levy");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("The chair of the Port Board"), Some("chair of the Port Board")),
        "{q:#?}"
    );
}

// Rule 410: a "that" after the reporter's comment on the object ("declared the old quay
// unsafe, a finding that …") does not open what was said.

#[test]
fn a_comment_on_the_object_opens_no_statement() {
    let q = quote(
        &["The port board declared the old quay unsafe, a finding that follows a row with the skippers."],
        "unsafe",
    );
    assert_eq!(q.text, "the old quay unsafe", "{q:#?}");
}

// Rule 411: a name after a preposition inside the parts set off after an opening name is
// where that person is from, not the speaker: "Carl Dunn, a skipper from Dover, the oldest
// captain on the quay, said" is Carl Dunn's.

#[test]
fn a_place_in_a_description_is_not_the_speaker() {
    for para in [
        "Carl Dunn, a skipper from Dover, the oldest captain on the quay, said the levy was unfair.",
        "Carl Dunn, a skipper from Dover, said the levy was unfair.",
    ] {
        assert_eq!(first_speaker(para).0.as_deref(), Some("Carl Dunn"), "{para:?}");
    }
}

// Rule 412: "they" and "mereka" stand for the last speaker that was several people, a few
// sentences back at most: skippers described, officials, two people named together.

#[test]
fn they_stands_for_the_group_that_spoke_last() {
    for (paras, has, group) in [
        (
            &["Skippers at the quay said the new levy was too high. Ann Porter said she agreed. \"We cannot pay it,\" they said."][..],
            "We cannot pay",
            "Skippers at the quay",
        ),
        (
            &["Budi Santoso dan Rina Wati menyebut dermaga itu akan ditutup.", "Mereka mengatakan kapal nelayan akan pindah ke Dover."][..],
            "kapal nelayan akan pindah",
            "Budi Santoso dan Rina Wati",
        ),
    ] {
        let got = run(paras);
        let q = got.iter().find(|q| q.text.contains(has)).unwrap_or_else(|| panic!("{paras:?}: {got:#?}"));
        assert_eq!(q.speaker.as_deref(), Some(group), "{q:#?}");
    }
    // (with no group before, or one too far back, "they" stays unknown)
    let got = run(&[
        "Harbour officials said the levy would rise.",
        "The quay was closed on Monday.",
        "Boats waited at sea.",
        "The ferry was late again.",
        "Tom Reed was at the quay.",
        "They said the boats would come in on Tuesday.",
    ]);
    let q = got.iter().find(|q| q.text.contains("come in on Tuesday")).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(q.speaker, None, "{q:#?}");
}

// Rule 413: a capital letter joined to a word by a hyphen before a full stop is no initial:
// the sentence ends there ("… run by Dock-B. Later, …").

#[test]
fn a_hyphened_letter_ends_the_sentence() {
    let q = quote(
        &["Tom Reed said the ferry would leave from the berth run by Dock-B. Later, they said nothing more."],
        "ferry",
    );
    assert_eq!(q.text, "the ferry would leave from the berth run by Dock-B", "{q:#?}");
}

// Rule 414: a place after a person's name, joined by "of", is where they hold office and no
// part of the name: "Mayor Ann Porter of Dover". With no office before it, only a name that
// opens with a given name is cut ("Bank of Dover" stays whole).

#[test]
fn a_place_after_the_name_goes_with_the_office() {
    for (para, speaker, role) in [
        (
            "Mayor Ann Porter of Dover told skippers on Monday that the levy would rise.",
            "Ann Porter",
            Some("Mayor of Dover"),
        ),
        (
            "Tom Reed of Dover, a skipper for thirty years, said the levy would ruin him.",
            "Tom Reed",
            Some("a skipper for thirty years"),
        ),
        ("The Bank of Dover said the levy would rise in May.", "Bank of Dover", None),
    ] {
        assert_eq!(first_speaker(para), (Some(speaker.to_string()), role.map(String::from)), "{para:?}");
    }
}

// Rule 415: thinking about or of something takes no stance on it: "they think of the old
// quay" says nothing.

#[test]
fn thinking_about_a_topic_is_no_statement() {
    let got = run(&["Ann Porter and her crew often think of the old quay and its boats."]);
    assert!(got.is_empty(), "{got:#?}");
    let q = quote(
        &["Skippers at the quay think the levy will rise in May, Ann Porter said on Monday."],
        "levy will rise",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// Rule 416: a cue word that is a plural noun, followed by its verb, is the subject of a
// sentence and no cue: "Insurance claims rose by a third", "the reports were wrong".

#[test]
fn a_plural_noun_before_its_verb_is_no_cue() {
    for para in [
        "Insurance claims rose by a third after the storm at the harbour last week.",
        "Evening calls poured in from skippers after the storm at the harbour.",
    ] {
        let got = run(&[para]);
        assert!(got.is_empty(), "{para:?}: {got:#?}");
    }
    let q = quote(&["Tom Reed claims rigged ballots were cast in Dover last week."], "ballots");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Tom Reed"), Some("claims")), "{q:#?}");
}

// Rule 417: "Later" opening a sentence without a comma says when, and is no part of who
// speaks.

#[test]
fn later_is_no_part_of_the_speaker() {
    assert_eq!(
        first_speaker("Later the port board said it would reopen the quay on Friday.").0.as_deref(),
        Some("the port board")
    );
}

// Rule 418: an honorific that closes the words of an office belongs to the name after it:
// "Dover Ferry Trust chair Dr. Ann Porter" holds the office "Dover Ferry Trust chair".

#[test]
fn a_closing_honorific_is_the_names() {
    assert_eq!(
        first_speaker("Dover Ferry Trust chair Dr. Ann Porter told skippers the quay would reopen in June."),
        (Some("Ann Porter".to_string()), Some("Dover Ferry Trust chair".to_string()))
    );
}

// Rule 419: a participle after the object of the phrase that opens a sentence describes
// that object and reports nothing: "In a FAQ posted online, …" is no one's statement.

#[test]
fn a_participle_in_an_opening_phrase_is_no_cue() {
    let q = quote(
        &["In a FAQ posted online, the Harbour Trust said the old quay is closed for good."],
        "old quay",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref(), q.text.as_str()),
        (Some("Harbour Trust"), Some("said"), "the old quay is closed for good"),
        "{q:#?}"
    );
}

// Rule 420: a thing named after the closing comma, with a clause about it ("…, a plan
// skippers fear"), is no attribution of what comes before.

#[test]
fn a_thing_and_its_clause_after_the_comma_is_no_attribution() {
    for para in [
        "The harbour board raised the levy on small boats, a plan skippers fear.",
        "The harbour board announced it would raise the levy on small boats, a plan skippers fear.",
    ] {
        let got = run(&[para]);
        assert!(got.iter().all(|q| q.cue.as_deref() != Some("fear")), "{para:?}: {got:#?}");
    }
    let q = quote(&["The levy on small boats will rise in May, a harbour spokesman said."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("a harbour spokesman"), "{q:#?}");
}

// Rule 421: a noun with a participle after a cue opens what was said, no aside of when and
// to whom: "…, the board said crews fixing boats, …" goes on.

#[test]
fn a_participle_after_the_cue_is_no_aside() {
    let q = quote(
        &["At a meeting held at the quay, Ann Porter said crews fixing nets, sails and engines would pay no levy."],
        "crews fixing",
    );
    assert_eq!(q.text, "crews fixing nets, sails and engines would pay no levy", "{q:#?}");
}

// Rule 422: a noun that ends like a participle ("meeting", "hearing") goes on the phrase
// describing the people who speak: "Fishermen leaving a late meeting at the quay said" is
// theirs, and a "they" after it stands for them.

#[test]
fn people_leaving_a_meeting_speak() {
    let got = run(&["Fishermen leaving a late meeting at the quay said the board had reached a deal. They said the levy would fall in May."]);
    let speakers: Vec<Option<&str>> = got.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Fishermen leaving a late meeting at the quay"); 2], "{got:#?}");
}

// Rule 423: verbs that name whom they were said to, as "told" does ("assured", "promised",
// "warned"), start what was said at the clause after that person: "assured the
// crews they …" is "they …". A "her" before a noun is whose, not whom.

#[test]
fn whom_an_assurance_was_given_to_is_not_what_was_said() {
    for (para, statement) in [
        (
            "Ann Porter assured the crews they would keep their berths through the winter.",
            "they would keep their berths through the winter",
        ),
        ("Tom Reed warned him the quay closes at dusk on Sundays.", "the quay closes at dusk on Sundays"),
        (
            "Ann Porter promised her new harbour plan would cost skippers nothing.",
            "her new harbour plan would cost skippers nothing",
        ),
    ] {
        first_statement_is(&[para], statement);
    }
}

// Rule 424: the short form of a place or a company ends the sentence when a word that only
// opens one follows ("… in Harbourton, Calif. The board said …"); a title before a name
// does not.

#[test]
fn a_place_abbreviation_ends_the_sentence() {
    let got = run(&[
        "Ann Porter called for a levy in March after a storm wrecked boats in Harbourton, Calif. The port board said the quay was safe.",
    ]);
    let q = got.iter().find(|q| q.text.contains("quay was safe")).unwrap_or_else(|| panic!("{got:#?}"));
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("The port board"), "the quay was safe"),
        "{q:#?}"
    );
    assert_eq!(
        first_speaker("Gov. Tom Reed said the quay was safe for ferries."),
        (Some("Tom Reed".into()), Some("Gov.".into()))
    );
}

// Rule 425: a statement made inside a clause that opens the sentence ends with the clause:
// "After Porter said the levy would rise, skippers left" reports only the rise.

#[test]
fn a_statement_ends_with_the_clause_it_opens() {
    for (para, statement) in [
        (
            "After Ann Porter said that the levy would rise in May, skippers moved their boats to Dover.",
            "the levy would rise in May",
        ),
        (
            "When the harbour master said on Tuesday that the quay was unsafe, skippers left.",
            "the quay was unsafe",
        ),
    ] {
        first_statement_is(&[para], statement);
    }
}

// Rule 426: "reports" after the press that made them is a noun, no cue: "media reports and
// port sources described …" is their statement; "Harbour News reports …" still reports.

#[test]
fn reports_by_the_press_are_a_noun() {
    let q = quote(
        &["Although media reports and port sources described the levy as doomed, skippers kept their boats in Dover."],
        "doomed",
    );
    assert_eq!((q.cue.as_deref(), q.text.as_str()), (Some("described"), "the levy as doomed"), "{q:#?}");
    let q = quote(&["Harbour News reports the quay will close in May."], "quay");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Harbour News"), Some("reports")), "{q:#?}");
}

// Rule 427: "a Tory", "a senior Liberal": one of a party or a people, described and not
// named, after a quote or closing a sentence.

#[test]
fn one_of_a_party_is_described_not_named() {
    for (para, speaker, role) in [
        (
            "“The levy will sink the small boats,” a senior Liberal said on Monday.",
            "a senior Liberal",
            "senior Liberal",
        ),
        ("The levy will sink the small boats, a Tory said on Monday.", "a Tory", "Tory"),
    ] {
        let q = quote(&[para], "levy will sink");
        assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some(speaker), Some(role)), "{q:#?}");
    }
}

// Rule 428: an office written out and pointed back to ("Kepala Dinas Perhubungan Sukamaju
// tersebut", "Kepala dinas itu") is the person named before, though the place in it reads as
// a name.

#[test]
fn an_office_pointed_back_to_is_the_person_named_before() {
    for second in [
        "Kepala Dinas Perikanan Sukamaju tersebut juga menegaskan pentingnya menjaga dermaga bersama.",
        "Kepala dinas itu juga menegaskan pentingnya menjaga dermaga bersama.",
    ] {
        let q = quote(
            &["Rina Wati meninjau dermaga nelayan di Sukamaju, Sabtu pagi.", second],
            "dermaga bersama",
        );
        assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{second:?}: {q:#?}");
    }
}

// Rule 429: "a few" people closing a sentence speak with their article: "…, a few skippers
// said" is theirs.

#[test]
fn a_few_people_after_the_comma_speak() {
    let q = quote(&["The new levy will drive small boats out of Dover, a few skippers said."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("a few skippers"), "{q:#?}");
}

// Rule 430: "news reports" and "press reports" are a noun phrase that speaks: "News reports
// say …", "…, press reports said".

#[test]
fn reports_of_the_press_speak() {
    for (para, speaker) in [
        ("News reports say the quay will close in May.", "News reports"),
        ("The quay will close in May, press reports said.", "press reports"),
    ] {
        let q = quote(&[para], "quay");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{para:?}: {q:#?}");
    }
}

// Rule 431: what someone was asked to do is the request, not a clause after the comma that
// closes it: "asked the council on Monday to scrap the levy, as …".

#[test]
fn what_was_asked_is_the_request_before_the_comma() {
    let q = quote(
        &["Two skippers asked the council on Monday to scrap the levy, as harbour towns raise fees on boats."],
        "levy",
    );
    assert!(q.text.contains("to scrap the levy"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Two skippers"), "{q:#?}");
}

// Rule 432: a party's member described with "the" ("the Dover Democrat", "The Republican") is
// the person named last, as a "he" would be.

#[test]
fn a_party_member_pointed_back_to_is_the_person_named_before() {
    for second in
        ["The Dover Democrat said the levy was unfair.", "The Republican argued that the levy was unfair."]
    {
        let q = quote(&["Harbour Master Carl Dunn spoke at the quay on Monday.", second], "levy");
        assert_eq!(q.speaker.as_deref(), Some("Carl Dunn"), "{second:?}: {q:#?}");
    }
}

// Rule 433: the subject of a verb a cue completes, read as an owner's name, is what the owner
// has: "Reed's lawsuit is the latest to claim …" is the lawsuit's claim ("it's hard to say"
// has no owner).

#[test]
fn an_owners_thing_speaks_not_the_owner() {
    let q = quote(&["Tom Reed's lawsuit is the latest to claim that the council hid the levy."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed's lawsuit"), "{q:#?}");
}

// Rule 434: a relative "who" after the comma that closes a circumstance tells of someone in
// it, and the speaker's words are not there: "responded on Monday to a letter from the mayor,
// who demanded …".

#[test]
fn a_relative_clause_after_a_circumstance_is_no_statement_of_the_subject() {
    let got = run(&[
        "Ann Porter responded Wednesday to a letter from Mayor Tom Reed, who demanded she help or get out of the way of the quay repairs.",
    ]);
    assert!(got.iter().all(|q| q.speaker.as_deref() != Some("Ann Porter")), "{got:#?}");
}

// Rule 435: a cue word that is also a plural noun is the noun after a preposition: "after
// reports surfaced that …" has no speaker before "reports".

#[test]
fn a_plural_noun_after_a_preposition_is_no_cue() {
    check_none(&["Crowds gathered, capping an hour of confusion after reports surfaced that she had done so at a closed meeting."]);
}

// Rule 436: an "ada" that says people exist is not part of who they are: "Ada juga nelayan
// yang mengatakan …" is the fishermen's.

#[test]
fn an_existential_ada_is_not_part_of_the_speaker() {
    for para in [
        "Ada juga nelayan yang mengatakan bahwa dermaga itu sudah rusak sejak lama.",
        "Ada nelayan mengatakan bahwa dermaga itu sudah rusak sejak lama.",
    ] {
        let q = quote(&[para], "dermaga");
        assert_eq!(q.speaker.as_deref(), Some("nelayan"), "{para:?}: {q:#?}");
    }
}

// Rule 437: a clause of circumstance after when a trailing attribution was said is not what
// was said: "…, Mayor Ann Porter said Sunday night as the town celebrated …" says the words
// before the comma.

#[test]
fn a_circumstance_after_the_day_of_a_trailing_attribution_is_not_the_statement() {
    for para in [
        "The quay will not bow to pressure and nobody can force it to close, Mayor Ann Porter said Sunday as the town celebrated its Harbour Day amid tensions with the council.",
        "The quay will not close, Mayor Ann Porter said on Sunday night as the town celebrated its Harbour Day.",
    ] {
        first_statement_is(&[para], &para[..para.find(", Mayor").unwrap()]);
    }
}

// Rule 438: single straight marks open a quotation at a paragraph's start when words follow
// the close ("'The quay is closed,' Reed said"); a line wholly in them stays a subheading.

#[test]
fn single_straight_marks_open_a_paragraph_quote() {
    let q = quote(&["'The quay is closed for the winter,' Tom Reed said on Monday."], "quay");
    assert!(q.direct, "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.text, "The quay is closed for the winter");
    check_none(&["'Back to the harbour.'"]);
}

// Rule 439: after the object of a stance or of a request to act, a "that" with a subject of
// its own is a relative pronoun on the object: what was hailed or asked starts at the cue.

#[test]
fn a_that_after_the_object_of_a_stance_or_a_request_is_the_objects() {
    for (para, statement) in [
        (
            "Mayor Ann Porter hailed the shared sense of purpose that the crews felt after the storm.",
            "the shared sense of purpose that the crews felt after the storm",
        ),
        (
            "The guild asked the court to step into a lawsuit that the port filed against the town.",
            "the court to step into a lawsuit that the port filed against the town",
        ),
    ] {
        first_statement_is(&[para], statement);
    }
}

// Rule 440: "found" after "to" or "helped" is to set something up, not to find: "worked
// with the guild to found The Harbour Trust" reports nothing.

#[test]
fn to_found_something_is_no_finding() {
    check_none(&[
        "Ann Porter joins us to discuss how she worked with the guild to found The Harbour Trust and encourage towns to rebuild their piers.",
    ]);
}

// Rule 441: when a source after "menurut" is from is no part of it, nor of what it says:
// "Menurut data Badan Pengelola Pelabuhan Sukamaju pada 2017, …".

#[test]
fn when_a_source_is_from_is_not_part_of_it() {
    for (para, speaker) in [
        (
            "Menurut data Badan Pengelola Pelabuhan Sukamaju pada 2017, kerugian akibat antrean kapal mencapai Rp 100 miliar per tahun.",
            "Badan Pengelola Pelabuhan Sukamaju",
        ),
        (
            "Menurut Budi Santoso pada Senin (12/3), kerugian akibat antrean kapal mencapai Rp 100 miliar per tahun.",
            "Budi Santoso",
        ),
    ] {
        let q = quote(&[para], "kerugian");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{para:?}: {q:#?}");
        assert!(q.text.starts_with("kerugian"), "{para:?}: {q:#?}");
    }
}

// Rule 442: a figure's comparison after when a trailing attribution was made is the
// reporter's: "…, the harbour board reported Tuesday, down from 12 percent" says the words
// before it.

#[test]
fn a_comparison_after_a_trailing_attribution_is_the_reporters() {
    first_statement_is(
        &["About 9 percent of the boats were idle last year, the harbour board reported Tuesday, down from 12 percent in 2019."],
        "About 9 percent of the boats were idle last year",
    );
}

// Rule 443: a person named earlier in the same sentence is a pronoun's nearest antecedent:
// "Tom Reed visited the quay, where he said …"; a trailing "she announced" after a sentence
// about a named woman is hers (the whole sentence tells whether a given name is English).

#[test]
fn a_pronoun_reaches_back_to_a_name_earlier_in_its_sentence() {
    for (para, speaker) in [
        ("Tom Reed visited the quay on Monday, where he said the levy was unfair.", "Tom Reed"),
        (
            "Mayor Ann Porter is sending two tugs to Dover to help clear the quay, she announced Tuesday.",
            "Ann Porter",
        ),
        (
            "Tom Reed has hailed Dover’s vote as “fantastic,” telling reporters on Friday that he thinks the levy is “a great thing.”",
            "Tom Reed",
        ),
    ] {
        let got = run(&[para]);
        let q = got.first().unwrap_or_else(|| panic!("{para:?}: no quote"));
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{para:?}: {q:#?}");
    }
}

// Rule 444: the given name that tells a person's sex may stand after a party or other word
// opening the name: "Democrat Ann Porter" is a woman, so a later "he" is not her.

#[test]
fn a_given_name_after_a_party_tells_the_persons_sex() {
    let q = quote(
        &[
            "Mayor Tom Reed spoke at the quay on Monday.",
            "Democrat Ann Porter has taken a swipe at the mayor over the levy.",
            "He said the levy was a great thing for the town.",
        ],
        "great thing",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 445: "maintained" with an object and no clause kept something, it reported nothing:
// "Dover maintained a similar levy"; "maintained the pier was safe" says what was claimed.

#[test]
fn maintaining_a_thing_is_no_claim() {
    check_none(&["Dover maintained a similar levy amid rising fees at the quay."]);
    first_statement_is(&["Tom Reed maintained the pier was safe."], "the pier was safe");
}

// Rule 446: an article and a word of mood before a name are no role: "a defiant Tom Reed";
// "harbour spokesman Tom Reed" holds one.

#[test]
fn a_word_of_mood_before_a_name_is_no_role() {
    let q = quote(&["“Let me be clear, the quay stays open,” a defiant Tom Reed said on Monday."], "quay");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(&["“The quay stays open,” harbour spokesman Tom Reed said on Monday."], "quay");
    assert_eq!(q.speaker_role.as_deref(), Some("harbour spokesman"), "{q:#?}");
}

// Rule 447: a role no one was named with stands for its unnamed holder, for a later "ia" or
// "he" to point back to: "Bupati menegaskan … Ia juga menyebut" is the Bupati.

#[test]
fn an_unnamed_role_is_the_antecedent_of_a_pronoun() {
    let q = quote(
        &["Bupati menegaskan dermaga harus tetap bersih. \
           Ia juga menyebut pungutan dermaga harus dihitung ulang agar adil."],
        "dihitung ulang",
    );
    assert_eq!(q.speaker.as_deref(), Some("Bupati"), "{q:#?}");
    let q = quote(
        &[
            "Tom Reed, a skipper, said the quay was too short.",
            "The mayor said the levy would rise next year.",
            "He added that the harbour would stay open.",
        ],
        "stay open",
    );
    assert_eq!(q.speaker.as_deref(), Some("The mayor"), "{q:#?}");
}

// Rule 448: between the speaker of a quote and the quote it hands over, someone else's
// statement is reported too: "Reed was curt about a builder who said …, saying, “…”".

#[test]
fn a_statement_between_the_announcer_and_the_quote_is_kept() {
    let q = quote(
        &["Reed was curt about a builder who said he was owed money for a shed, saying, “The shed leaks.”"],
        "owed money",
    );
    assert_eq!(q.speaker.as_deref(), Some("a builder"), "{q:#?}");
    assert!(!q.direct, "{q:#?}");
}

// Rule 449: the clause that announces a quote reports a statement of its own when it opens
// with a pronoun ("said it will take a year …, but added, “…”"), when the quote's speaker
// was read with a word more ("Van Dam"), and when the quote names its speaker again after a
// colon ("he said A: “…,” he said").

#[test]
fn a_clause_announcing_a_quote_reports_its_own_statement() {
    let q = quote(
        &["Porter said it will take a year to mend the slipway but added, “I trust the crews.”"],
        "slipway",
    );
    assert_eq!(q.text, "it will take a year to mend the slipway", "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Porter"), "{q:#?}");
    let q = quote(
        &["De Vries said the order came from the harbour master and said, “Ask him yourself.”"],
        "order",
    );
    assert_eq!(q.text, "the order came from the harbour master", "{q:#?}");
    let q = quote(
        &[
            "Tom Reed spoke at the quay on Monday.",
            "But he said the crew had no time for a survey: “We are stretched thin,” he said.",
        ],
        "survey",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 450: a clause of result opens with its speaker after "so" or "so … that": "The quay
// was full, so he said …", "Reed was so angry that he said …"; not after "did so" nor in a
// relative clause on a thing ("the levy that he said was fair").

#[test]
fn a_speaker_opens_a_clause_of_result() {
    let q = quote(
        &["Tom Reed was so angry about the new levy that he said the harbour should close."],
        "harbour",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    let q = quote(
        &["Tom Reed spoke on Monday.", "The quay was full, so he said the harbour should close."],
        "harbour",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    check_none(&["He did so to protect the levy that he said was fair."]);
}

// Rule 451: a statement with a quotation woven in starts after its "that", as one without
// does: "Reed said that the levy was “far too high” for skippers".

#[test]
fn a_woven_statement_starts_after_that() {
    let q = quote(&["Reed said that the levy was “far too high” for skippers."], "levy");
    assert_eq!(q.text, "the levy was “far too high” for skippers", "{q:#?}");
    assert!(!q.direct, "{q:#?}");
}

// Rule 452: after what a verb goes to and a comma, the subject's participle is no content:
// "The two unions agreed to a new rota in March, ending the strike" reports nothing.

#[test]
fn a_participle_after_the_circumstance_comma_is_no_content() {
    check_none(&["The two unions agreed to a new rota in March, ending the strike at the quay."]);
    first_statement_is(&["Reed said on Tuesday, the levy would rise."], "the levy would rise");
}

// Rule 453: a cue after one word opening the sentence, with a finite verb right after it, is
// a noun, that verb's subject: "Insurance claims can take months"; inside a relative clause
// the verb is the statement's ("the levy, which Reed says will rise").

#[test]
fn a_cue_before_a_finite_verb_after_one_opening_word_is_a_noun() {
    check_none(&["Insurance claims can take months to settle after a storm at the quay."]);
    first_statement_is(&["The levy, which Reed says will rise, is high."], "will rise");
}

// Rule 454: a past participle after people, with a phrase of its own, is part of who spoke:
// "Skippers questioned on the quay said …"; a past verb with its object is not ("Skippers
// issued a report …"). A cue's "within" opens a circumstance as "in" does: "Fees proposed
// within the plan include …" reports nothing.

#[test]
fn a_past_participle_after_people_is_part_of_the_speaker() {
    let q = quote(&["Skippers questioned on the quay said the levy was too high."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Skippers questioned on the quay"), "{q:#?}");
    check_none(&["Fees proposed within the harbour plan include a levy on night moorings."]);
}

// Rule 455: function words alone before the comma are a connective, not the statement of an
// attribution after it: "Oleh karena itu, Budi meminta kepada syahbandar …".

#[test]
fn a_connective_before_the_speaker_is_no_statement() {
    let q =
        quote(&["Oleh karena itu, Budi meminta kepada syahbandar memeriksa ulang izin kapal."], "izin kapal");
    assert_eq!(q.speaker.as_deref(), Some("Budi"), "{q:#?}");
    assert!(!q.text.contains("Oleh"), "{q:#?}");
}

// Rule 456: whom a quote was told to is never its speaker ("“…,” told the Herald" names
// none); an aside a participle opens between the speaker and the cue is skipped ("a harbour
// clerk, speaking after the meeting, told"); and someone described in a few lowercase words,
// then an apposition, speaks ("“…,” the 58-year-old, a deckhand since 1990, told …").

#[test]
fn the_addressee_is_no_speaker_and_asides_are_skipped() {
    let got = run(&["“The ramp is finished,” told the Harbour Herald."]);
    assert!(got.iter().all(|q| q.speaker.as_deref() != Some("the Harbour Herald")), "{got:#?}");
    let q = quote(
        &["The ramp will open in May, a harbour clerk, speaking after the meeting, told the Harbour Herald."],
        "ramp",
    );
    assert_eq!(q.speaker.as_deref(), Some("a harbour clerk"), "{q:#?}");
    let q = quote(
        &["“The ramp is finished,” the 58-year-old, a deckhand since 1990, told the Harbour Herald."],
        "ramp",
    );
    assert_eq!(q.speaker.as_deref(), Some("the 58-year-old"), "{q:#?}");
    assert_eq!(q.text, "The ramp is finished", "{q:#?}");
}

// Rule 457: initials written with stops are part of a described speaker: "…, a U.K. official
// said", "…, U.K. officials said"; a title's stop is not ("the Rev. Tom Reed began …"), nor
// are a negated verb's helpers ("The port board does not believe …").

#[test]
fn initials_with_stops_are_part_of_a_described_speaker() {
    let q = quote(&["The ramp will open in May, a U.K. official said."], "ramp");
    assert_eq!(q.speaker.as_deref(), Some("a U.K. official"), "{q:#?}");
    let q = quote(&["The ramp will open in May, U.K. officials said."], "ramp");
    assert_eq!(q.speaker.as_deref(), Some("U.K. officials"), "{q:#?}");
    let got = run(&["The U.K. port board does not believe it can settle the row over the levy."]);
    assert!(got.iter().all(|q| !q.speaker.as_deref().is_some_and(|s| s.contains("not"))), "{got:#?}");
}

// Rule 458: the day said before where it was said keeps the "that" in reach ("stated
// Thursday in a letter published in the Harbour Herald that …"); a comma kept inside a
// closing quotation mark ends a name or charge set off in a relative clause (`which Reed
// called "a tax on skippers," will rise`); an age set off after a name is no role; and a
// participle set off after an evidence source opening the sentence is no part of what it
// shows ("In the study, funded by the ferry line, …").

#[test]
fn day_venue_that_closing_comma_age_and_source_aside() {
    let q = quote(
        &["Ann Porter stated Thursday in a letter published in the Harbour Herald that the quay needs a new ramp."],
        "ramp",
    );
    assert_eq!(q.text, "the quay needs a new ramp", "{q:#?}");
    let q = quote(&["The levy, which Reed called “a tax on skippers,” will rise in May."], "tax");
    assert_eq!(q.text, "a tax on skippers", "{q:#?}");
    let q = quote(&["“The ramp is finished,” Mr. Dunn, 23, said on Sunday."], "ramp");
    assert_eq!(q.speaker.as_deref(), Some("Mr. Dunn"), "{q:#?}");
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(
        &[
            "The port board published a new study on Monday.",
            "In the study, funded by the ferry line, researchers counted the boats moored at the quay.",
        ],
        "counted",
    );
    assert_eq!(q.text, "researchers counted the boats moored at the quay", "{q:#?}");
}

// Rule 459: a lowercase "dan" joins the fields of an office after its title ("kata Menteri
// Kelautan dan Perikanan Budi Santoso", "Lingkungan Hidup" a field too), and that office
// written out again with the place it serves is its holder named before ("kata Kepala Dinas
// Kelautan dan Perikanan Kota Sukamaju"); two people joined stay two ("kata Menteri Budi
// dan Wakil Menteri Rina").

#[test]
fn fields_of_an_office_joined_by_dan() {
    let q = quote(&["“Dermaga itu sudah tua,” kata Menteri Kelautan dan Perikanan Budi Santoso."], "tua");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Menteri Kelautan dan Perikanan"), "{q:#?}");
    let q = quote(
        &["Menurut Menteri Lingkungan Hidup dan Kehutanan Rina Wati, kebakaran di dermaga berkurang."],
        "kebakaran",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
    assert_eq!(q.text, "kebakaran di dermaga berkurang", "{q:#?}");
    let q = quote(
        &[
            "Kepala Dinas Kelautan dan Perikanan Kota Sukamaju Budi Santoso membuka rapat nelayan di dermaga.",
            "“Dermaga akan diperbaiki tahun depan,” kata Kepala Dinas Kelautan dan Perikanan Kota Sukamaju.",
        ],
        "diperbaiki",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(&["“Dermaga itu sudah tua,” kata Menteri Budi dan Wakil Menteri Rina."], "tua");
    assert_eq!(q.speaker.as_deref(), Some("Budi"), "{q:#?}");
}

// Rule 460: lowercase words that modify a role opening the phrase before a name are part of
// the role ("…, Harbour Board press secretary Ann Porter said"); a lowercase role noun after
// an organisation's capitalised words is the role even when one of those words heads roles
// elsewhere ("Media Watch Center news analyst Tom Reed"); and an opening phrase that only
// says when, with no verb, is no statement before the attribution ("On Friday morning, the
// third day of his tour, Tom Reed told a joke.").

#[test]
fn role_modifiers_organisation_words_and_time_openings() {
    let q = quote(&["The quay is safe, Harbour Board press secretary Ann Porter said on Monday."], "quay");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Harbour Board press secretary"), "{q:#?}");
    let q = quote(&["The quay is safe, press secretary Ann Porter said."], "quay");
    assert_eq!(q.speaker_role.as_deref(), Some("press secretary"), "{q:#?}");
    let q = quote(
        &["Media Watch Center news analyst Tom Reed called out the Herald for cutting a call: “Play all of it!”"],
        "Play",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Media Watch Center news analyst"), "{q:#?}");
    let got = run(&[
        "On Friday morning, the third day of his tour of the coast, harbour master Tom Reed told a joke.",
    ]);
    assert!(got.iter().all(|q| !q.text.contains("Friday")), "{got:#?}");
}

// Rule 461: an apposition after the speaker of a quote that says what they wear or do, a
// participle with its phrase, is no role ("“…,” the 33-year-old, clad in oilskins and holding
// a rope, told the Herald"); a participle before a noun still is ("Reed, retired deckhand,").

#[test]
fn what_a_speaker_wears_or_does_is_no_role() {
    let q = quote(
        &["“The ramp is finished,” the 33-year-old, clad in oilskins and holding a rope, told the Harbour Herald."],
        "ramp",
    );
    assert_eq!(q.speaker.as_deref(), Some("the 33-year-old"), "{q:#?}");
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(&["“The ramp is finished,” Reed, retired deckhand, said."], "ramp");
    assert_eq!(q.speaker_role.as_deref(), Some("retired deckhand"), "{q:#?}");
}

// Rule 462: a company named after an office ending in its form ("PT", "CV") belongs to the
// role, up to its legal suffix ("Direktur PT Dermaga Sukamaju Tbk Budi Santoso") or, with
// none, up to a two-word name and the initials before it.

#[test]
fn a_company_after_an_office_is_the_role() {
    let q = quote(&["“Kami siap bersaing,” kata Direktur PT Dermaga Sukamaju Tbk Budi Santoso."], "siap");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Direktur PT Dermaga Sukamaju Tbk"), "{q:#?}");
    let q = quote(&["“Kami siap bersaing,” kata Direktur Utama PT Dermaga Benua B S Rina Wati."], "siap");
    assert_eq!(q.speaker.as_deref(), Some("B S Rina Wati"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Direktur Utama PT Dermaga Benua"), "{q:#?}");
}

// Rule 463: a lowercase particle opens a surname written alone ("…, de Vries said", "“…,”
// de Vries said"), which points back to the full name given before; a place name that opens
// with one keeps it in a role ("Del Mar Mayor Tom Reed").

#[test]
fn a_particle_opens_a_surname() {
    let q = quote(
        &["Harbour master Ann de Vries said the quay was safe.", "The ramp was finished, de Vries said."],
        "ramp",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann de Vries"), "{q:#?}");
    assert_eq!(q.text, "The ramp was finished", "{q:#?}");
    let q = quote(&["“The ramp is finished,” de Vries said."], "ramp");
    assert_eq!(q.speaker.as_deref(), Some("de Vries"), "{q:#?}");
    let q = quote(&["The quay is safe, Del Mar Mayor Tom Reed said."], "quay");
    assert_eq!(q.speaker_role.as_deref(), Some("Del Mar Mayor"), "{q:#?}");
}

// Rule 464: after two or three capitalised words that name a body (a medium, an office, a
// known organisation), a role noun and a name are the speaker's role and name ("said Dover
// Council spokesman Tom Reed"); after a person's name the name may still come first, as
// Indonesian puts it ("kata Budi Santoso pimpinan Teater Sukamaju").

#[test]
fn a_body_then_a_role_then_the_speaker() {
    let q = quote(&["“The quay is closed,” said Dover Council spokesman Tom Reed."], "quay");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Dover Council spokesman"), "{q:#?}");
    let q = quote(&["“The quay is closed,” tweeted Harbour Herald reporter Tom Reed."], "quay");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Harbour Herald reporter"), "{q:#?}");
    let q = quote(&["“Dermaga ditutup,” kata Budi Santoso pimpinan Teater Sukamaju."], "Dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 465: full names listed before a pair joined by "and"/"dan", from the sentence's start
// or after a connective opening it, speak with the pair ("Ann Porter, Tom Reed and Carl Dunn
// said"); a place opening the sentence stays out ("Dover, Tom Reed and Carl Dunn said").

#[test]
fn names_listed_before_a_pair_speak_with_it() {
    let q = quote(&["Ann Porter, Tom Reed and Carl Dunn said the levy was reckless."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter, Tom Reed and Carl Dunn"), "{q:#?}");
    let q = quote(&["Meanwhile, Ann Porter, Tom Reed, and Carl Dunn said the levy was reckless."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter, Tom Reed, and Carl Dunn"), "{q:#?}");
    let q = quote(
        &["Sementara itu, Budi Santoso, Rina Wati dan Agus Salim mengatakan dermaga ditutup."],
        "dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso, Rina Wati dan Agus Salim"), "{q:#?}");
    let q = quote(&["In Dover, Tom Reed and Carl Dunn said the levy was reckless."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed and Carl Dunn"), "{q:#?}");
}

// Rule 466: the "v." of a case's name ends no sentence ("Dover v. Reed").

#[test]
fn a_case_name_ends_no_sentence() {
    let q = quote(&["Ann Porter said Dover v. Reed was wrongly decided."], "Dover");
    assert_eq!(q.text, "Dover v. Reed was wrongly decided", "{q:#?}");
}

// Rule 467: a participle of speech opening the sentence hands over the quotation after it,
// with the subject of the clause after the comma its speaker, and that clause reports a
// statement of its own ("Calling the levy “a travesty,” Porter said the board …").

#[test]
fn an_opening_participle_hands_over_its_quotation() {
    let paras = &["Calling the levy “a travesty,” Ann Porter said the board should scrap it."];
    let q = quote(paras, "travesty");
    assert_eq!(q.cue.as_deref(), Some("Calling"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    assert_eq!(q.text, "the levy “a travesty", "{q:#?}");
    let q = quote(paras, "scrap");
    assert_eq!(q.cue.as_deref(), Some("said"), "{q:#?}");
    assert_eq!(q.text, "the board should scrap it", "{q:#?}");
    let q = quote(&["Citing “storm damage,” the ferry line said the ramp will stay shut."], "storm");
    assert_eq!(q.cue.as_deref(), Some("Citing"), "{q:#?}");
    assert_eq!(q.text, "storm damage", "{q:#?}");
}

// Rule 468: a statement a participle handed over ends before a second participle joined by
// "and", which reports a statement of its own when it is one of speech ("calling it B and
// asserting that C"); a name given after "calling" may be two words ("it “reckless”").

#[test]
fn a_second_participle_ends_the_first_statement() {
    let paras =
        &["Porter criticised the board, calling it “reckless” and asserting that skippers were misled."];
    let q = quote(paras, "reckless");
    assert_eq!(q.cue.as_deref(), Some("calling"), "{q:#?}");
    assert_eq!(q.text, "it “reckless”", "{q:#?}");
    let q = quote(paras, "misled");
    assert_eq!(q.cue.as_deref(), Some("asserting"), "{q:#?}");
    assert_eq!(q.speaker.as_deref(), Some("Porter"), "{q:#?}");
    assert_eq!(q.text, "skippers were misled", "{q:#?}");
    let q = quote(
        &["Porter spoke at the quay, calling the levy a disgrace and threatening to block the ramp."],
        "levy",
    );
    assert_eq!(q.text, "the levy a disgrace", "{q:#?}");
    let q = quote(
        &["Porter spoke at the quay, saying the levy was a burden and a nuisance and nothing else."],
        "burden",
    );
    assert_eq!(q.text, "the levy was a burden and a nuisance and nothing else", "{q:#?}");
}

// Rule 469: a slash after a body's acronym joins a second name of the body, or a second
// office with its body, to the role ("Menteri PDL / Kepala Badan Dermaga Budi Santoso").

#[test]
fn a_slash_joins_a_second_name_of_the_body() {
    let q = quote(&["Menteri PDL/Dermaganas Budi Santoso memastikan bahwa dermaga ditutup."], "dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Menteri PDL/Dermaganas"), "{q:#?}");
    let q = quote(
        &["Menurut Menteri PDL / Kepala Badan Dermaga Budi Santoso ada beberapa alasan dermaga ditutup."],
        "alasan",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Menteri PDL / Kepala Badan Dermaga"), "{q:#?}");
}

// Rule 470: a verb of seeming opening an Indonesian sentence is no part of the name after it
// ("Tampak Budi Santoso memimpin rapat. Ia mengatakan …" is Budi Santoso's).

#[test]
fn a_verb_of_seeming_opens_no_name() {
    let q =
        quote(&["Tampak Budi Santoso memimpin rapat itu. Ia mengatakan bahwa dermaga ditutup."], "dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 471: the reporter's aside after a comma ends a statement: a comparison with a form of
// "be" ("…, as was the case last year") and what happens on a date the statement named
// ("… on June 9, when the ferries return").

#[test]
fn a_reporters_aside_on_a_date_or_a_case_ends_the_statement() {
    let q =
        quote(&["Reed said the new ramp opens on June 9, when the ferries return from the yard."], "ramp");
    assert_eq!(q.text, "the new ramp opens on June 9", "{q:#?}");
    let q = quote(&["Reed said the levy stays at ten pounds, as was the case last year."], "levy");
    assert_eq!(q.text, "the levy stays at ten pounds", "{q:#?}");
}

// Rule 472: a cue that is also a plural noun, with a phrase after it and then the clause's
// own verb, heads the subject ("Weekly claims for ferry refunds climbed …"); with "that"
// after the phrase it is still a cue ("Reed claims in a letter that …").

#[test]
fn a_cue_read_as_a_plural_noun_heads_the_subject() {
    let paras = &["Weekly claims for ferry refunds climbed to 400 last month, harbour board figures showed."];
    assert!(run(paras).iter().all(|q| q.cue.as_deref() != Some("claims")), "{:#?}", run(paras));
    let q = quote(&["Reed claims in a letter that the levy rose."], "levy");
    assert_eq!(q.cue.as_deref(), Some("claims"), "{q:#?}");
}

// Rule 473: evidence named after the statement may be followed by when it showed it ("…,
// harbour board figures showed on Tuesday.").

#[test]
fn trailing_evidence_with_its_day() {
    let q = quote(&["Ferry bookings fell sharply in May, harbour board data showed Tuesday."], "bookings");
    assert_eq!(q.speaker.as_deref(), Some("harbour board data"), "{q:#?}");
    assert_eq!(q.cue.as_deref(), Some("showed"), "{q:#?}");
    let q =
        quote(&["Ferry bookings fell sharply in May, harbour board figures showed on Tuesday."], "bookings");
    assert_eq!(q.text, "Ferry bookings fell sharply in May", "{q:#?}");
}

// Rule 474: a role word that is also a common given name opens the holder's name of two
// words after an office ("Menteri Perikanan Imam Santoso").

#[test]
fn a_role_word_that_is_a_given_name_opens_the_name() {
    let q =
        quote(&["Menteri Kelautan dan Perikanan Imam Santoso mengatakan bahwa dermaga ditutup."], "dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Imam Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Menteri Kelautan dan Perikanan"), "{q:#?}");
}

// Rule 475: a surname opened by a lowercase particle after an inverted cue is the speaker
// ("“…,” said de Vries."), and points back to the full name given before.

#[test]
fn a_particle_surname_after_an_inverted_cue() {
    let q = quote(&["The ramp was finished, said de Vries."], "ramp");
    assert_eq!(q.speaker.as_deref(), Some("de Vries"), "{q:#?}");
    let q = quote(
        &["Harbour master Ann de Vries said the quay was safe.", "“The ramp is finished,” said de Vries."],
        "ramp",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ann de Vries"), "{q:#?}");
}

// Rule 476: a sentence is read as English by more of its function words ("a", "in", "which",
// "she", …), so that a given name in it shows a person a later "she" in it stands for ("Ann
// Porter gave a speech in which she told skippers: “…”").

#[test]
fn a_short_english_sentence_shows_its_people() {
    let q = quote(&["Ann Porter gave a speech in which she told skippers: “Stay home.”"], "Stay");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// Rule 477: the parts of an Indonesian place phrase after a comma name wider regions
// ("di Kabupaten Sukamaju , Provinsi Contoh"); a name there, or a pronoun closing it, is the
// speaker ("Ditemui di Balai Desa , Budi Santoso mengatakan").

#[test]
fn a_name_after_a_place_and_a_comma_is_the_speaker() {
    let q = quote(&["Ditemui di Balai Desa , Budi Santoso mengatakan bahwa dermaga ditutup."], "dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(
        &["Rahmat di Kabupaten Sukamaju , Provinsi Contoh , Senin , mengatakan bahwa dermaga ditutup."],
        "dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rahmat"), "{q:#?}");
    let paras = &["Budi Santoso mengatakan bahwa dermaga ditutup. Kabar Nelayan di Teluk Dia menambahkan , harga solar naik."];
    assert!(run(paras).iter().all(|q| q.speaker.as_deref() != Some("Kabar Nelayan")), "{:#?}", run(paras));
}

// Rule 478: an Indonesian office's title opening the clause, a comma, then the holder's name
// right before the cue gives the name its role ("Kepala Dinas Perikanan Sukamaju , Budi
// Santoso mengatakan"); a plain noun before the comma gives none ("Warga , …").

#[test]
fn an_office_then_a_comma_then_the_name_before_the_cue() {
    let q = quote(
        &["Kepala Dinas Perikanan Sukamaju , Budi Santoso mengatakan bahwa dermaga ditutup."],
        "dermaga",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Kepala Dinas Perikanan Sukamaju"), "{q:#?}");
    let q = quote(&["Nelayan , Budi Santoso mengatakan bahwa dermaga ditutup."], "dermaga");
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(&["The ramp, Reed said, was finished in May."], "finished");
    assert_eq!(q.speaker_role, None, "{q:#?}");
}

// Rule 479: a person described by a role and pointed back to ("mantan ketua koperasi itu")
// is the newest person named with that role, not a relative named since.

#[test]
fn a_described_role_pointed_back_is_its_holder() {
    let q = quote(
        &["Ketua Koperasi Nelayan Budi Santoso tiba di dermaga pagi itu. Ia disambut putri nya , Rina Wati . Mantan ketua koperasi itu mengatakan bahwa dermaga harus dibuka."],
        "dermaga harus",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 480: "Menurut nya", the pronoun written apart as in text split into words, points
// back as "Menurutnya" does, with or without a comma after it.

#[test]
fn menurut_with_nya_written_apart() {
    let q = quote(&["Budi Santoso tiba di dermaga. Menurut nya , harga solar akan naik."], "solar");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(&["Budi Santoso tiba di dermaga. Menurut nya harga solar akan naik."], "solar");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.text, "harga solar akan naik", "{q:#?}");
}

// Rule 481: a programme or paper named by its title after "told the" is whom it was told,
// when what was said opens without an article ("told the Morning Tide programme most of …").

#[test]
fn told_a_programme_by_its_title() {
    let q = quote(&["Reed told the Morning Tide programme most of the delay was the storm."], "delay");
    assert_eq!(q.text, "most of the delay was the storm", "{q:#?}");
}

// Rule 482: an owner before a body's name is part of that name ("Dover's Harbour Board
// said" is the board's), while before a person's name it says where they work.

#[test]
fn an_owner_before_a_body_is_part_of_its_name() {
    let q = quote(&["Dover's Harbour Board said the levy was void."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Dover's Harbour Board"), "{q:#?}");
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(&["Harbour Herald's Ann Porter said the levy was void."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// Rule 483: people a sentence opens with as its subject, described or named together, are
// whom a later "they" or "mereka" stands for though they have not spoken; things are not.

#[test]
fn they_points_back_to_people_who_opened_a_sentence() {
    let q = quote(&["The harbour pilots voted on the levy. They said it was unfair."], "unfair");
    assert_eq!(q.speaker.as_deref(), Some("The harbour pilots"), "{q:#?}");
    let q = quote(&["The harbour pilots voted for the levy, though they said it was unfair."], "unfair");
    assert_eq!(q.speaker.as_deref(), Some("The harbour pilots"), "{q:#?}");
    let q =
        quote(&["Para nelayan akan bertemu bupati. Mereka mengatakan pungutan itu tidak adil."], "pungutan");
    assert_eq!(q.speaker.as_deref(), Some("Para nelayan"), "{q:#?}");
    let q = quote(&["The ferries will be late on Monday. They said the levy was unfair."], "levy");
    assert_eq!(q.speaker, None, "{q:#?}");
}

// Rule 484: a time opening the sentence is no part of the subject after it ("Last week the
// harbour board said …" is the board's).

#[test]
fn a_time_opening_the_sentence_is_not_the_subject() {
    let q = quote(&["Last week the harbour board said the levy was void."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("the harbour board"), "{q:#?}");
    let q = quote(&["Yesterday the harbour board said the levy was void."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("the harbour board"), "{q:#?}");
}

// Rule 485: after "menurut", a name and its role after "selaku" are the source, and the
// statement follows the comma ("Menurut Budi Santoso selaku Direktur PT. Ikan Sukamaju ,
// …"); "PT." is a company's abbreviation, no sentence end.

#[test]
fn menurut_a_name_and_its_role_after_selaku() {
    let q = quote(
        &["Menurut Budi Santoso selaku Direktur Produksi PT. Ikan Sukamaju , pengasinan ikan tidak berubah sejak dulu."],
        "pengasinan",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Direktur Produksi PT. Ikan Sukamaju"), "{q:#?}");
    assert_eq!(q.text, "pengasinan ikan tidak berubah sejak dulu", "{q:#?}");
}

// Rule 486: "Speaker", the chair of a house, heads a role ("House Speaker Ann Porter said").

#[test]
fn a_speaker_of_a_house_is_a_role() {
    let q = quote(&["House Speaker Ann Porter said the ramp was unsafe."], "ramp");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("House Speaker"), "{q:#?}");
}

// Rule 487: after a cue and a bare day, a noun phrase with no article and then its verb is
// the statement ("warned Thursday ferry delays are …"); the day is when, not what.

#[test]
fn a_bare_day_then_a_noun_phrase_without_article() {
    let q = quote(&["Ann Porter warned Thursday ferry delays are a threat to the island."], "delays");
    assert_eq!(q.text, "ferry delays are a threat to the island", "{q:#?}");
    let q = quote(&["Ann Porter said Monday fares will rise."], "fares");
    assert_eq!(q.text, "fares will rise", "{q:#?}");
}

// Rule 488: a participle and its agent after a people noun ("analysts polled by the Harbour
// Herald") are no role of the agent: after "according to" the whole phrase is the source,
// after "said" the people are.

#[test]
fn people_polled_by_a_medium_are_the_source_not_the_medium() {
    let q = quote(&["Fares will rise, according to analysts polled by the Harbour Herald."], "rise");
    assert_eq!(q.speaker.as_deref(), Some("analysts polled by the Harbour Herald"), "{q:#?}");
    assert_eq!(q.speaker_role, None, "{q:#?}");
    let q = quote(&["Fares will rise, said analysts polled by the Harbour Herald."], "rise");
    assert_eq!(q.speaker.as_deref(), Some("analysts"), "{q:#?}");
    assert_eq!(q.text, "Fares will rise", "{q:#?}");
}

// Rule 489: a phrase of circumstance right after a closing attribution ("…, the board has
// announced, amid calls to mend the ramp", "…, Reed said Monday, with hopes the quay
// reopens") is the reporter's; the statement is the clause before the attribution.

#[test]
fn a_circumstance_after_a_closing_attribution_is_not_the_statement() {
    for para in [
        "The quay will close for a month, the harbour board has announced, amid growing calls for it to mend the ramp.",
        "The quay will close for a month, the harbour board announced Thursday, with hopes the ramp reopens by spring.",
        "The quay will close for a month, Mayor Reed announced Tuesday amid calls to mend the ramp.",
    ] {
        first_statement_is(&[para], "The quay will close for a month");
    }
}

// Rule 490: "In raw numbers, …" measures; no poll or record is its source.

#[test]
fn in_raw_numbers_is_a_measure_not_a_source() {
    let got = run(&["In raw numbers, 2020 saw more sailings than any year since 1995."]);
    assert!(got.is_empty(), "{got:#?}");
    first_statement_is(&["In exit polls, most skippers backed the levy."], "most skippers backed the levy");
}

// Rule 491: a refusal to speak ("declined to comment on the levy", "refused to say whether
// …", "enggan berkomentar …") is the speaker's answer, reported by the refusal with what they
// would not speak of; "refused to say that …" still hands over what follows "that".

#[test]
fn a_refusal_to_speak_is_reported_by_the_refusal() {
    let q = quote(&["The harbour board declined to comment on the levy."], "levy");
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("The harbour board"), Some("declined")),
        "{q:#?}"
    );
    assert_eq!(q.text, "to comment on the levy", "{q:#?}");
    let q = quote(&["Reed, who chairs the board, refused to say whether the quay would reopen."], "quay");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Reed"), Some("refused")), "{q:#?}");
    assert_eq!(q.text, "to say whether the quay would reopen", "{q:#?}");
    // (up to a clause of the reporter's, or the comma that closes a relative clause)
    let got = run(&["The board declined to comment, but a spokesman said the levy would stay."]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["to comment", "the levy would stay"], "{got:#?}");
    first_statement_is(&["Reed, who declined to comment for this article, chairs the board."], "to comment");
    let q = quote(&["Budi enggan berkomentar soal tarif dermaga."], "tarif");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Budi"), Some("enggan")), "{q:#?}");
    // (not a refusal to act, nor a refusal to deny what follows "that")
    assert!(run(&["Reed declined to take part in the vote."]).is_empty());
    let q = quote(&["Porter refused to say in an interview that the quay was safe."], "safe");
    assert_eq!((q.cue.as_deref(), q.text.as_str()), (Some("say"), "the quay was safe"), "{q:#?}");
}

// Rule 492: a second statement joined to the first goes on to a speech participle of its own
// ("refused to answer questions but said A, adding that B"): A and B are read apart.

#[test]
fn a_second_statement_splits_at_its_own_participle() {
    let got = run(&["The spokesman refused to answer questions on the levy but said there was no meeting planned with Reed, adding that one may come soon."]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["to answer questions on the levy", "there was no meeting planned with Reed", "one may come soon"],
        "{got:#?}"
    );
}

// Rule 493: "said in her view the quay needs work": whose view it is opens the statement; it
// is no circumstance of the telling.

#[test]
fn in_her_view_opens_the_statement() {
    first_statement_is(&["Porter said in her view the quay needs work."], "in her view the quay needs work");
    first_statement_is(
        &["Reed argued in his opinion the levy was too high."],
        "in his opinion the levy was too high",
    );
}

// Rule 494: where something was said, alone after the cue, is no statement ("hinted at that
// in a news conference Monday"); with a clause after it, the clause is.

#[test]
fn a_venue_alone_is_no_statement() {
    let got = run(&["Reed, the mayor, hinted at that in a news conference Monday."]);
    assert!(got.is_empty(), "{got:#?}");
    first_statement_is(
        &["Reed hinted in a news conference Monday that the levy would stay."],
        "the levy would stay",
    );
}

// Rule 495: "answered her door", "answered the phone": a door opened, no reply.

#[test]
fn answering_the_door_is_no_reply() {
    let got = run(&["Ann Porter, who answered her door Sunday afternoon, said she planned to vote."]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["she planned to vote"], "{got:#?}");
}

// Rule 496: a relative clause set off right before a closing source is what the source tells
// ("raised the toll again, which now stands at five dollars a car, according to the port
// authority"); one set off earlier leaves the whole sentence the source's.

#[test]
fn a_relative_clause_right_before_a_closing_source_is_what_it_tells() {
    first_statement_is(
        &["The board raised the toll again, which now stands at five dollars a car, according to the port authority."],
        "which now stands at five dollars a car",
    );
    first_statement_is(
        &["The toll, which rose by a third last year, will stay, according to the board."],
        "The toll, which rose by a third last year, will stay",
    );
}

// Rule 497: "what" may open the clause of a verb of saying or thinking ("half of what
// skippers say they need"), not of naming ("what he called a tax") nor of what is believed to
// be something; "What Reed said was that …" says what follows the "that".

#[test]
fn what_opens_a_clause_of_saying() {
    let q = quote(&["The toll is less than what the skippers say they need every year."], "need");
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("the skippers"), "they need every year"),
        "{q:#?}"
    );
    assert!(run(&["The pier survived what many skippers believed to be a fatal storm."]).is_empty());
    first_statement_is(&["What harbour officials said was that the quay is safe."], "the quay is safe");
}

// Rule 498: one who names or describes themselves says what they are ("Reed describes
// himself as a plain skipper", "Porter called herself a friend of the ferries"); finding
// oneself somewhere says nothing.

#[test]
fn describing_oneself_is_a_statement() {
    let q = quote(&["On the campaign trail, Reed describes himself as a plain skipper."], "skipper");
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("Reed"), "himself as a plain skipper"),
        "{q:#?}"
    );
    first_statement_is(
        &["Porter called herself a friend of the ferries."],
        "herself a friend of the ferries",
    );
    assert!(run(&["Reed found himself in a storm off the quay."]).is_empty());
}

// Rule 500: an office's short form in brackets goes on with the office ("Pelaksana Tugas
// (Plt) Kepala Dinas Kelautan (DKP) Kota Sukamaju, Budi Santoso"): the name after it is the
// speaker, the whole office the role.

#[test]
fn a_bracketed_short_form_goes_on_with_the_office() {
    let q = quote(
        &["Jadwal penerimaan pegawai dermaga akhirnya dibuka. Hal ini disampaikan oleh Pelaksana Tugas (Plt) Kepala Dinas Kelautan (DKP) Kota Sukamaju, Budi Santoso, Senin."],
        "Jadwal",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(
        q.speaker_role.as_deref(),
        Some("Pelaksana Tugas (Plt) Kepala Dinas Kelautan (DKP) Kota Sukamaju"),
        "{q:#?}"
    );
}

// Rule 501: an office in capitals set off before a name ("Harbour Trust VP of Public
// Affairs, Tom Reed, announced") is the role, the name after it the speaker.

#[test]
fn an_office_in_capitals_before_a_name_set_off() {
    let q = quote(
        &["On Friday, Harbour Trust VP of Public Affairs, Tom Reed, announced that the quay would close."],
        "quay",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Harbour Trust VP of Public Affairs"), "{q:#?}");
}

// Rule 502: the reporter's comparison after a closing attribution ("…, the board reported on
// Friday, far fewer than expected", "…, up from 3 percent") is no part of the statement,
// which is the clause before.

#[test]
fn a_comparison_after_a_closing_attribution_is_the_reporters() {
    first_statement_is(
        &["Ferries made 235 sailings last month, the harbour board reported on Friday, far fewer than the roughly 700 expected by skippers."],
        "Ferries made 235 sailings last month",
    );
    first_statement_is(
        &["Fares rose 5 percent in May, the board said, up from 3 percent in April."],
        "Fares rose 5 percent in May",
    );
}

// Rule 503: a share of people who describe themselves speaks for itself ("Four in ten
// skippers described themselves as worried").

#[test]
fn a_share_of_people_describing_themselves() {
    let q = quote(&["Four in ten skippers described themselves as worried."], "worried");
    assert_eq!(q.speaker.as_deref(), Some("Four in ten skippers"), "{q:#?}");
    assert_eq!(q.text, "themselves as worried", "{q:#?}");
}

// Rule 504: "added" a number adds it, even when a clause about something else follows its
// comma ("added just 235 sailings in August, … fuelling talk that the pier is doomed"); what
// follows "added that" is said, a number first included.

#[test]
fn adding_a_number_before_a_comma_adds_it() {
    let got = run(&["The island's ferries added just 235 sailings in August, well short of forecasts and fuelling talk that the pier is doomed."]);
    assert!(got.is_empty(), "{got:#?}");
    first_statement_is(&["Reed added that 235 sailings ran in August."], "235 sailings ran in August");
}

// Rule 505: a failure to speak says nothing ("Harbour agencies failed to adequately warn
// skippers that …"); a source closing the sentence then tells it.

#[test]
fn a_failure_to_warn_says_nothing() {
    assert!(run(&[
        "Harbour agencies failed to adequately warn skippers that crews were threatening a strike."
    ])
    .is_empty());
    let q = quote(&["Crews failed to warn skippers before the storm, according to a new report by two Harbour Council committees that outlines failures at the quay."], "storm");
    assert_eq!(q.cue.as_deref(), Some("according to"), "{q:#?}");
    assert_eq!(q.text, "Crews failed to warn skippers before the storm", "{q:#?}");
}

// Rule 506: a medium told inside an attribution set off by commas is whom it was told,
// not a relay that ends the statement around it.

#[test]
fn a_medium_told_inside_the_attribution_leaves_the_statement_whole() {
    let q = quote(
        &["Every Friday, Tom Reed told the Harbour Herald, Porter would lead a meeting on the berths."],
        "meeting",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
    assert_eq!(q.text, "Every Friday … Porter would lead a meeting on the berths", "{q:#?}");
}

// Rule 507: "believed to be", "said to have" after a noun shorten a relative clause in the
// passive: the noun is no speaker.

#[test]
fn a_reduced_passive_report_has_no_speaker() {
    assert!(
        run(&["The skipper believed to be behind the protest turned out to be a retired pilot."]).is_empty()
    );
    assert!(run(&["A pilot said to have left the quay early came back with the catch."]).is_empty());
    let q = quote(&["Ann Porter believed the levy was unfair to the small boats."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
}

// Rule 508: a clause joined after a statement holds a second statement only with a cue
// that reports something ("…, and the board maintained a similar levy" kept a levy).

#[test]
fn a_joined_clause_that_reports_nothing_is_no_second_statement() {
    let got = run(&["The county announced Thursday that boats must be moored by dusk, and the harbour board has maintained a similar rule amid rising costs."]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].text, "boats must be moored by dusk", "{got:#?}");
    let got = run(&["The county announced Thursday that boats must be moored by dusk, and the harbour board maintained the rule was fair."]);
    assert!(got.iter().any(|q| q.text == "the rule was fair"), "{got:#?}");
}

// Rule 509: a date written with its month between the speaker and the cue ("Budi Santoso
// pada 12 Desember 2024 mengatakan") says when, not who.

#[test]
fn a_written_date_before_the_cue_is_no_speaker() {
    for sentence in [
        "Budi Santoso pada 12 Desember 2024 mengatakan bahwa dermaga baru akan dibuka pekan depan.",
        "Budi Santoso , Desember 2024 , mengatakan bahwa dermaga baru akan dibuka pekan depan.",
        "Budi Santoso pada Senin 12 Desember mengatakan bahwa dermaga baru akan dibuka pekan depan.",
    ] {
        let q = quote(&[sentence], "dermaga baru");
        assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    }
}

// Rule 510: a name that ends with its year ("Festival Bahari 2024") speaks.

#[test]
fn a_name_ending_with_its_year_speaks() {
    let q =
        quote(&["Festival Bahari 2024 mengumumkan bahwa sebanyak 719 perahu telah mendaftar."], "719 perahu");
    assert_eq!(q.speaker.as_deref(), Some("Festival Bahari 2024"), "{q:#?}");
    let q = quote(&["The Harbour Expo 2024 said that 719 boats had signed up."], "719 boats");
    assert_eq!(q.speaker.as_deref(), Some("Harbour Expo 2024"), "{q:#?}");
}

// Rule 511: "Perwakilan" opens an office, and a second office joined by "sekaligus" is the
// speaker's too.

#[test]
fn a_representative_and_a_second_office_are_roles() {
    let q = quote(&["Budi Santoso , Perwakilan dari Serikat Nelayan , mengatakan pameran ini merupakan wujud nyata budaya pesisir."], "pameran ini");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Perwakilan dari Serikat Nelayan"), "{q:#?}");
    let q = quote(&["Selaras , Budi Santoso , Ketua Serikat Nelayan , sekaligus kurator pameran mengatakan , pameran ini merupakan wujud nyata budaya pesisir."], "pameran ini");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Ketua Serikat Nelayan sekaligus kurator pameran"), "{q:#?}");
}

// Rule 512: a nickname beside the full name ("yang akrab disapa", "sapaan akrab"): the
// speaker is named in full.

#[test]
fn a_nickname_beside_the_name_speaks_as_the_name() {
    for sentence in [
        "Kang BS , sapaan akrab Budi Santoso ini , mengungkapkan bahwa dermaga baru akan dibuka pekan depan.",
        "Budi Santoso yang akrab disapa Kang BS mengungkapkan bahwa dermaga baru akan dibuka pekan depan.",
    ] {
        let q = quote(&[sentence], "dermaga baru");
        assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    }
}

// Rule 513: a place or organisation run into the front of a name goes to the role where
// the article uses it alone and names the person without it.

#[test]
fn a_place_run_into_a_name_goes_to_the_role() {
    let got = run(&[
        "Kepala Seksi Pelabuhan Sukamaju Budi Santoso mengatakan dermaga baru akan dibuka pekan depan.",
        "Nelayan di Sukamaju menyambut baik rencana itu.",
        "“Kami sudah lama menunggu,” kata Budi.",
    ]);
    assert!(got.len() == 2 && got.iter().all(|q| q.speaker.as_deref() == Some("Budi Santoso")), "{got:#?}");
    assert_eq!(got[0].speaker_role.as_deref(), Some("Kepala Seksi Pelabuhan Sukamaju"), "{got:#?}");
    // (a given name people are seldom called by stays in the name)
    let got = run(&[
        "Pengurus Koperasi Dover Muhammad Rizal Fauzi mengatakan dermaga baru akan dibuka pekan depan.",
        "Peringatan Maulid Nabi Muhammad digelar di dermaga itu, dan nelayan Dover datang.",
        "“Kami sudah lama menunggu,” kata Rizal.",
    ]);
    assert_eq!(got[0].speaker.as_deref(), Some("Muhammad Rizal Fauzi"), "{got:#?}");
}

// Rule 514: a statement that holds another speaker's statement with a quotation woven in
// is reported too ("Reed said … a plan that Dunn said would make “…”").

#[test]
fn a_statement_holding_a_woven_quotation_is_reported_too() {
    let got = run(&["Reed said last week that he plans a new levy after slamming a plan that Dunn said would make \"a bad season even worse.\""]);
    assert!(
        got.iter().any(|q| q.speaker.as_deref() == Some("Dunn") && q.text.starts_with("would make")),
        "{got:#?}"
    );
    let q = quote(&["Reed said last week that he plans a new levy after slamming a plan that Dunn said would make \"a bad season even worse.\""], "he plans");
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
}

// Rule 515: what a speaker names or describes, put before them as a relative word ("what
// Reed described as …"), is said from that word on, as "described the levy as …" is.

#[test]
fn a_relative_word_named_before_the_speaker_opens_the_statement() {
    let q = quote(
        &["Bidding was to begin on what Reed described as a \"piece of history.\""],
        "piece of history",
    );
    assert_eq!(q.speaker.as_deref(), Some("Reed"), "{q:#?}");
    assert!(q.text.starts_with("what Reed described as"), "{q:#?}");
}

// Rule 516: the piece a refusal was for closes no words of it ("declined to comment for
// this story"); a story in what was said stays.

#[test]
fn the_piece_a_refusal_was_for_is_no_part_of_it() {
    let q = quote(&["The Harbour Board declined to comment for this story."], "comment");
    assert_eq!(q.text, "to comment", "{q:#?}");
    let q = quote(&["Reed said he wrote the report for the story."], "report");
    assert_eq!(q.text, "he wrote the report for the story", "{q:#?}");
}

// Rule 517: "melalui", "via", "through" after a cue open the means it was said by only with
// a means of saying ("melalui keterangan tertulis"); otherwise what was said opens with them
// ("menjelaskan melalui lomba ini, panitia …").

#[test]
fn only_a_means_of_saying_after_the_cue_is_no_part_of_the_statement() {
    let q = quote(&["Budi Santoso menjelaskan melalui lomba ini , panitia ingin memberikan pengalaman menarik untuk nelayan muda."], "panitia");
    assert!(q.text.starts_with("melalui lomba ini"), "{q:#?}");
    let q = quote(&["Budi Santoso menjelaskan melalui keterangan tertulis , panitia ingin memberikan pengalaman menarik untuk nelayan muda."], "panitia");
    assert!(q.text.starts_with("panitia ingin"), "{q:#?}");
    let q = quote(&["Ann Porter said through a spokesman, the levy would stay."], "levy");
    assert_eq!(q.text, "the levy would stay", "{q:#?}");
}

// Rule 518: an organisation's name, then a person's between commas ("Humas Pelabuhan
// Sukamaju, Budi Santoso, menjelaskan"): the person speaks, for the organisation.

#[test]
fn a_person_named_after_an_organisation_speaks_for_it() {
    let q = quote(&["Humas Pelabuhan Sukamaju , Budi Santoso , menjelaskan panitia ingin memberikan pengalaman menarik."], "panitia");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    assert_eq!(q.speaker_role.as_deref(), Some("Humas Pelabuhan Sukamaju"), "{q:#?}");
}

// Rule 519: "before" or "after" a participle of saying with a clause of its own opens the
// speaker's next statement ("…, before noting that …"); not a participle with a mere object
// ("voted before saying anything").

#[test]
fn before_or_after_a_participle_of_saying_opens_a_second_statement() {
    let got = run(&["Tom Reed said the levy has hurt the small boats on Twitter before claiming that the quay was unsafe."]);
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the levy has hurt the small boats on Twitter", "the quay was unsafe"], "{got:#?}");
    let q = quote(&["Reed told the crews the levy was fair, before insisting he had a good relationship with the skippers."], "good relationship");
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("Reed"), "he had a good relationship with the skippers"),
        "{q:#?}"
    );
    let got = run(&["Reed said the board voted before saying anything to the crews."]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].text, "the board voted before saying anything to the crews", "{got:#?}");
}

// Rule 520: "conceding", "stressing" and "contending" hand over the speaker's next statement
// as "adding" does.

#[test]
fn conceding_stressing_and_contending_open_a_second_statement() {
    for participle in ["conceding", "stressing", "contending"] {
        let sentence = format!("Reed told the Herald that he would not seek a recount, {participle} that the board had counted every vote.");
        let got = run(&[sentence.as_str()]);
        let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["he would not seek a recount", "the board had counted every vote"], "{got:#?}");
    }
}

// Rule 521: "Menurut catatannya" (by his or her own record) is the source "nya" points to.

#[test]
fn a_record_of_their_own_is_by_the_person_it_points_to() {
    let got = run(&["Budi Santoso , Ketua Serikat Nelayan , menilai retribusi itu terlalu tinggi. Menurut catatannya , jumlah nelayan yang terdata saat ini ada sebanyak 3.365 orang."]);
    let q = got.iter().find(|q| q.text.contains("3.365")).expect("the statement");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{got:#?}");
}

// Rule 522: "wrote" a piece (a foreword, a letter, a book) writes it and says nothing, unless
// what the piece says follows it ("wrote a letter … saying …").

#[test]
fn writing_a_piece_says_nothing_of_its_own() {
    assert!(run(&["Ann Porter wrote the introduction for a new book on the harbour."]).is_empty());
    let q = quote(&["Ann Porter wrote a letter to the council saying the levy was unfair."], "levy");
    assert_eq!(q.speaker.as_deref(), Some("Ann Porter"), "{q:#?}");
    let q = quote(&["Ann Porter wrote the levy was unfair."], "levy");
    assert_eq!(q.text, "the levy was unfair", "{q:#?}");
}

// Rule 523: a medium described in lower-case words ("kepada media", "kepada media setempat")
// ends before "bahwa", which opens what was said; given something "tentang" a topic, the
// media passed on no statement. The press a statement was told to closes it too ("… kepada
// wartawan, Senin").

#[test]
fn the_media_told_end_before_what_was_told() {
    for told in ["kepada media", "kepada media setempat"] {
        let sentence = format!("Budi Santoso mengatakan {told} bahwa dermaga ditutup.");
        let q = quote(&[sentence.as_str()], "dermaga");
        assert_eq!(
            (q.speaker.as_deref(), q.text.as_str()),
            (Some("Budi Santoso"), "dermaga ditutup"),
            "{q:#?}"
        );
    }
    let q = quote(
        &["Budi Santoso menjelaskan bahwa panitia membagikan jadwal kepada media tentang rute perahu hias."],
        "jadwal",
    );
    assert_eq!(q.text, "panitia membagikan jadwal kepada media tentang rute perahu hias", "{q:#?}");
    let q =
        quote(&["Budi Santoso mengatakan dermaga ditutup kepada wartawan di Sukamaju, Senin."], "dermaga");
    assert_eq!(q.text, "dermaga ditutup", "{q:#?}");
}

// Rule 524: a person named with an honorific, degrees and offices set off by commas before
// the cue speaks, not the organisation named last ("dr. Rina Wati, MKM., Kepala Seksi …,
// Dinas Kesehatan Sukamaju, mengatakan"); a physician's lower-case "dr." opens a sentence.

#[test]
fn a_titled_name_with_offices_set_off_speaks_not_its_organisation() {
    for opening in
        ["dr. Rina Wati , MKM. ,", "Dr. Rina Wati ,", "Rina Wati, S.H., M.H.,", "dr. Rina Wati , Sp.A ,"]
    {
        let sentence = format!(
            "Lomba perahu digelar di Sukamaju. {opening} Kepala Seksi Gizi , Dinas Kesehatan Sukamaju , mengatakan klinik terapung akan singgah di setiap dermaga."
        );
        let q = quote(&[sentence.as_str()], "klinik");
        assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{opening}: {q:#?}");
        assert_eq!(q.speaker_role.as_deref(), Some("Kepala Seksi Gizi"), "{opening}: {q:#?}");
    }
    let q = quote(&["dr. Ann Porter , SpA , Spesialis Anak , mengatakan anak-anak nelayan perlu makan ikan setiap hari."], "ikan");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Ann Porter"), Some("Spesialis Anak")),
        "{q:#?}"
    );
}

// Rule 525: the day between the cue and the "that" of a statement with a quotation woven in
// is no part of what was said ("declared Monday that “…”").

#[test]
fn the_day_before_that_is_not_what_was_said() {
    let q = quote(&["Harbour master Tom Reed declared Monday that \"the old quay stays shut\" until the storm has passed."], "quay");
    assert_eq!(q.text, "that \"the old quay stays shut\" until the storm has passed", "{q:#?}");
}

// Rule 526: a phrase a preposition opens at the sentence's start, with a description in it,
// says where or how, and the subject follows its comma ("In a letter to The Herald, two
// skippers said"); "At least half of …" and "Of Reed, Porter, who …, said" read as before.

#[test]
fn an_opening_phrase_with_a_preposition_is_not_the_speaker() {
    let q = quote(
        &["In a letter to The Herald, two retired skippers said the new ramp \"tilts in every storm.\""],
        "ramp",
    );
    assert_eq!(q.speaker.as_deref(), Some("two retired skippers"), "{q:#?}");
    let q = quote(
        &["At least half of the skippers in each port say the levy is \"about right,\" the survey found."],
        "levy",
    );
    assert_eq!(q.speaker.as_deref(), Some("At least half of the skippers in each port"), "{q:#?}");
}

// Rule 527: a source after "according to" cut at its length inside brackets takes in the
// close of a short form there ("… on Ferry Fares (HCFF)").

#[test]
fn a_source_keeps_the_short_form_in_its_brackets() {
    let q = quote(&["Ferry fares rose by a third over the winter, according to the yearly report by the Harbour Council on Ferry Fares (HCFF)."], "fares rose");
    assert_eq!(
        q.speaker.as_deref(),
        Some("the yearly report by the Harbour Council on Ferry Fares (HCFF)"),
        "{q:#?}"
    );
}

// Rule 528: a full name right after an office's short form in brackets speaks, no part of
// the place or addressee "di" or "kepada" opened ("… Balai Riset kepada Nelayan ( BRPN )
// Rina Wati mengungkapkan").

#[test]
fn a_name_after_a_bracketed_short_form_speaks() {
    let q = quote(&["Kepala Seksi Data , Balai Riset dan Penyuluhan kepada Nelayan ( BRPN ) Rina Wati mengungkapkan , dermaga baru akan dibuka pekan depan."], "dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
    let q = quote(&["Kepala Dinas Kelautan Budi Santoso di Universitas Contoh ( Unco ) Bekasi mengatakan dermaga itu sudah lama rusak."], "dermaga");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 529: a capitalised "Said" after a capitalised word is a name's, no cue ("FOTO / Budi
// Said / RW", "Ketua Serikat Nelayan Said Ahmad mengatakan"); a title-case headline's "Says"
// stays a cue.

#[test]
fn said_inside_a_name_is_no_cue() {
    assert!(run(&[
        "Lomba diikuti 40 perahu. FOTO / Budi Said / RW Petugas tahan Kepala Desa Sukamaju Rina Wati."
    ])
    .is_empty());
    let q = quote(
        &["Ketua Serikat Nelayan Said Ahmad mengatakan dermaga itu sudah lama rusak parah."],
        "dermaga",
    );
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("Said Ahmad"), Some("mengatakan")), "{q:#?}");
}

// Rule 530: a subject found inside a "yang" clause, the object of its verb, gives way to the
// name the clause describes ("Kepala Dinas Budi Santoso yang membuka lomba DAYUNG …
// mengatakan"); a clause that names the person again leaves the name it gives ("Daeng Ombak
// yang bernama asli Budi Santoso mengatakan").

#[test]
fn a_name_inside_a_relative_clause_is_its_object_not_the_speaker() {
    let q = quote(&["Kepala Dinas Kelautan Budi Santoso yang membuka lomba perahu DAYUNG di Pelabuhan Sukamaju , Sabtu ( 3 / 5 / 2025 ) mengatakan lomba itu akan digelar setiap tahun."], "lomba itu");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(&["Kepala Dinas Kelautan Budi Santoso yang membuka lomba DAYUNG mengatakan para nelayan harus menjaga laut."], "nelayan");
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
    let q = quote(
        &["Daeng Ombak yang bernama asli Budi Santoso mengatakan perahu hias akan diarak keliling teluk."],
        "perahu",
    );
    assert_eq!(q.speaker.as_deref(), Some("Budi Santoso"), "{q:#?}");
}

// Rule 531: a passive cue set off by "seperti" or "sebagaimana", perhaps with "yang",
// names who speaks, opening the sentence ("Seperti yang dikatakan X, …") or closing it
// ("…, sebagaimana disampaikan X."); a medium there stays a relay.

#[test]
fn an_aside_with_seperti_names_the_speaker() {
    check(&[
        Case {
            paras: &["Karena itu, seperti yang dikatakan Kepala Dinas Kelautan Budi Santoso secara terpisah, perahu hias wajib berlabuh di dermaga timur."],
            want: &[w("perahu hias wajib", Some("Budi Santoso"), Some("dikatakan"), &[])],
        },
        Case {
            paras: &["Lomba dayung akan digelar di dermaga timur pada Sabtu pagi, sebagaimana disampaikan Rina Wati."],
            want: &[w("Lomba dayung akan digelar", Some("Rina Wati"), Some("disampaikan"), &[])],
        },
        Case {
            paras: &["Seperti dilaporkan Harbour Herald, lomba dayung akan digelar di dermaga timur."],
            want: &[w("lomba dayung", None, Some("dilaporkan"), &["Harbour Herald"])],
        },
    ]);
}

// Rule 532: a passive hedge word tells no hearsay inside a relative clause ("perahu yang
// disebutkan"), after a modal or a negation, or before whom the report goes to ("wajib
// dilaporkan kepada panitia", "sudah dilaporkan ke polisi"); on its own it still does.

#[test]
fn reporting_to_someone_is_no_hearsay() {
    check_none(&[
        "Panitia menghubungi PT Perahu Jaya sebagai pembuat perahu yang disebutkan.",
        "Hasil lomba itu wajib dilaporkan kepada panitia pelabuhan sebelum Senin.",
        "Pencurian perahu itu sudah dilaporkan ke polisi pada Senin pagi.",
        "Perahu yang dikabarkan hilang itu akhirnya ditemukan nelayan di dermaga timur.",
    ]);
    let q = quote(&["Para nelayan dilaporkan sudah menutup dermaga sejak pagi."], "menutup dermaga");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (None, Some("dilaporkan")), "{q:#?}");
}

// Rule 533: people described first and kept unnamed by a "yang" clause speak with the
// clause ("Petugas dermaga yang tidak mau disebutkan namanya mengatakan …").

#[test]
fn a_speaker_kept_unnamed_by_a_clause_speaks() {
    let q = quote(&["Petugas dermaga yang tidak mau disebutkan namanya mengatakan, perahu itu tenggelam karena ombak besar."], "ombak besar");
    assert_eq!(q.speaker.as_deref(), Some("Petugas dermaga yang tidak mau disebutkan namanya"), "{q:#?}");
    assert_eq!(q.text, "perahu itu tenggelam karena ombak besar");
}

// Rule 534: "reports" or "claims" after a plural noun and before a verb is one noun with
// it ("upbeat earnings reports offered traders …"), where no plural subject could take a
// verb in -s; before a preposition it stays a verb ("a letter to skippers calls for …").

#[test]
fn a_cue_word_after_a_plural_noun_and_before_a_verb_is_a_noun() {
    check_none(&["A steady run of upbeat earnings reports offered traders some comfort on Tuesday."]);
    let q = quote(
        &["A letter to harbour pilots calls for the board to scrap the levy before the winter."],
        "scrap the levy",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.cue.as_deref()),
        (Some("A letter to harbour pilots"), Some("calls for")),
        "{q:#?}"
    );
}

// Rule 535: the corps or status in brackets after a rank parts no name from it: "Brigjen
// ( Pol ) Budi Santoso" is Brigjen Pol Budi Santoso, and a retired officer's "(Purn.)" goes.

#[test]
fn a_corps_in_brackets_after_a_rank_keeps_the_name() {
    let q = quote(&["\"Perahu itu tenggelam karena ombak besar,\" tutur Kepala Bidang Humas Polres Sukamaju, Brigjen ( Pol ) Budi Santoso."], "ombak");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Budi Santoso"), Some("Kepala Bidang Humas Polres Sukamaju")),
        "{q:#?}"
    );
    let q = quote(
        &["Mayjen TNI (Purn.) Rina Wati mengatakan perahu hias akan diarak keliling teluk."],
        "perahu hias",
    );
    assert_eq!(q.speaker.as_deref(), Some("Rina Wati"), "{q:#?}");
}

// Rule 536: the document or figures of a body before its name are no role of it: "menurut
// data Dinas Perhubungan Sukamaju" is the office's, with no role, as "a memo from engineer
// Tom Reed" is Tom Reed's.

#[test]
fn the_figures_of_a_body_are_no_role_of_it() {
    for para in [
        "Menurut data Dinas Perhubungan Sukamaju, jumlah perahu naik 20 persen tahun ini.",
        "Menurut data Dinas Perhubungan Sukamaju pada 2024, jumlah perahu naik 20 persen tahun ini.",
    ] {
        let q = quote(&[para], "jumlah perahu");
        assert_eq!(
            (q.speaker.as_deref(), q.speaker_role.as_deref()),
            (Some("Dinas Perhubungan Sukamaju"), None),
            "{q:#?}"
        );
    }
    let q = quote(&["A memo from engineer Tom Reed said the quay was unsafe for larger ferries."], "quay");
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 537: a body after the document or account it gave out ("keterangan resmi dari",
// "data from the", "a statement from the") is the speaker, with no role: neither the
// document's words nor the article left between preposition and name.

#[test]
fn a_body_after_the_account_it_gave_out_is_the_speaker() {
    for para in [
        "Menurut keterangan resmi dari Dinas Perhubungan Sukamaju, lomba dayung ditunda sepekan.",
        "Menurut keterangan Dinas Perhubungan Sukamaju, lomba dayung ditunda sepekan.",
        "Menurut pernyataan Dinas Perhubungan Sukamaju, lomba dayung ditunda sepekan.",
    ] {
        let q = quote(&[para], "lomba dayung");
        assert_eq!(
            (q.speaker.as_deref(), q.speaker_role.as_deref()),
            (Some("Dinas Perhubungan Sukamaju"), None),
            "{q:#?}"
        );
    }
    for para in [
        "According to a statement from the Harbour Board, the rowing race was put off.",
        "According to data from the Harbour Board, the rowing race was put off.",
    ] {
        let q = quote(&[para], "rowing race");
        assert_eq!(
            (q.speaker.as_deref(), q.speaker_role.as_deref()),
            (Some("Harbour Board"), None),
            "{q:#?}"
        );
    }
}

// Rule 538: figures or a record that "show" something, named for the body that gave them
// out ("Data Dinas Perhubungan Sukamaju tahun 2018 menunjukkan", "Data issued Monday by
// the Harbour Board", its initials too), are that body's, with no role; a record named for
// no body, or for one that only came by it ("obtained by"), stays the whole phrase.

#[test]
fn a_record_named_for_a_body_is_the_body_s() {
    for para in [
        "Data Dinas Perhubungan Sukamaju tahun 2018 menunjukkan 58 persen perahu hias berasal dari dermaga timur.",
        "Data dari Dinas Perhubungan Sukamaju menunjukkan 58 persen perahu hias berasal dari dermaga timur.",
    ] {
        let q = quote(&[para], "perahu hias");
        assert_eq!(
            (q.speaker.as_deref(), q.speaker_role.as_deref()),
            (Some("Dinas Perhubungan Sukamaju"), None),
            "{q:#?}"
        );
    }
    let q = quote(
        &["Figures from the Harbour Board released Monday show that most boats came from the east pier."],
        "most boats",
    );
    assert_eq!(q.speaker.as_deref(), Some("Harbour Board"), "{q:#?}");
    let q =
        quote(&["Data issued Monday by the Harbour Board showed that 40 ferries sailed late."], "40 ferries");
    assert_eq!(q.speaker.as_deref(), Some("Harbour Board"), "{q:#?}");
    let q = quote(
        &["A study compiled by the HHB on ferry delays shows that one sailing in ten ran late."],
        "one sailing",
    );
    assert_eq!(q.speaker.as_deref(), Some("HHB"), "{q:#?}");
    let q = quote(
        &["Documents obtained by the Harbour Herald show that the board planned to raise fares."],
        "raise fares",
    );
    assert_eq!(q.speaker.as_deref(), Some("Documents obtained by the Harbour Herald"), "{q:#?}");
    let q = quote(&["New Harbour Herald polls show Ann Porter ahead of Tom Reed."], "Ann Porter ahead");
    assert_eq!(q.speaker.as_deref(), Some("New Harbour Herald polls"), "{q:#?}");
}

// Rule 539: a relay's phrase runs up to its comma over the medium's short form in brackets
// and the date it carried the words: "Mengutip Dinas Perhubungan Sukamaju (DPS) pada 26
// Agustus 2024, …" relays what follows the comma, none of the bracket or the date.

#[test]
fn a_relay_s_short_form_and_date_are_not_the_statement() {
    for para in [
        "Mengutip Dinas Perhubungan Sukamaju (DPS) pada 26 Agustus 2024, 63,4 persen perahu hias sudah terdaftar.",
        "Mengutip Dinas Perhubungan Sukamaju pada 26 Agustus 2024, 63,4 persen perahu hias sudah terdaftar.",
        "Seperti dilansir Harbour Herald (HH), Senin (2/12/2024), 63,4 persen perahu hias sudah terdaftar.",
    ] {
        let q = quote(&[para], "perahu hias");
        assert_eq!(q.text, "63,4 persen perahu hias sudah terdaftar", "{q:#?}");
    }
}

// Rule 540: the ordinal of a list, its comma left out, is no part of the role after it:
// "Kedua Ketua Koperasi Nelayan Budi Santoso …" is the second point, about the cooperative's
// chair; "Kedua nelayan" (both fishermen) keeps its word.

#[test]
fn a_list_ordinal_before_a_role_is_not_the_role_s() {
    let q = quote(
        &[
            "Koperasi menyoroti dua hal. Kedua Ketua Koperasi Nelayan Budi Santoso yang tidak patuh melaporkan jumlah perahu ke panitia.",
            "\"Persoalan ini terlewat begitu saja,\" kata Budi Santoso.",
        ],
        "terlewat",
    );
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Budi Santoso"), Some("Ketua Koperasi Nelayan")),
        "{q:#?}"
    );
    let q = quote(&["Kedua nelayan mengatakan perahu hias sudah siap."], "perahu hias");
    assert_eq!(q.speaker.as_deref(), Some("Kedua nelayan"), "{q:#?}");
}

// Rule 541: a bare passive cue opening a sentence before its comma ("Dikatakan, …",
// "Ditambahkan, …") goes on with the speaker before, as "Dikatakannya" does, said plainly;
// with no one before it stays hearsay. The cue is never part of the statement.

#[test]
fn a_bare_passive_cue_opening_a_sentence_goes_on_with_the_speaker() {
    let paras = [
        "Budi Santoso mengatakan lomba dayung akan digelar pekan depan. Dikatakan, jumlah perahu hias tahun ini naik dua kali lipat.",
    ];
    let q = quote(&paras, "jumlah perahu");
    assert_eq!(q.text, "jumlah perahu hias tahun ini naik dua kali lipat", "{q:#?}");
    assert_eq!(
        (q.speaker.as_deref(), q.certainty),
        (Some("Budi Santoso"), jejak_model::Certainty::Assertive),
        "{q:#?}"
    );
    let q = quote(&["Dikatakan, jumlah perahu hias tahun ini naik dua kali lipat."], "jumlah perahu");
    assert_eq!(q.text, "jumlah perahu hias tahun ini naik dua kali lipat", "{q:#?}");
    assert_eq!((q.speaker.as_deref(), q.certainty), (None, jejak_model::Certainty::Hedged), "{q:#?}");
}

// Rule 542: a surname with the place its holder serves ("Reed of Dover said") is the person
// the article names in full, as the surname alone would be.

#[test]
fn a_surname_of_a_place_is_the_person_named_in_full() {
    let q = quote(
        &[
            "The harbour board barred Senator Tom Reed from the east pier last month.",
            "'Half the ferries on that route run late,' Reed of Dover said at the hearing.",
        ],
        "Half the ferries",
    );
    assert_eq!(q.speaker.as_deref(), Some("Tom Reed"), "{q:#?}");
}

// Rule 543: "Seperti diberitakan sebelumnya, …" with no medium named is the outlet's own
// earlier report, no hearsay; with a medium it is that medium's relay, and a hedge word
// inside the sentence still makes it hearsay.

#[test]
fn an_outlet_s_own_earlier_report_is_no_hearsay() {
    check_none(&[
        "Seperti diberitakan sebelumnya, perahu hias milik koperasi tenggelam di dermaga timur.",
        "Sebagaimana diberitakan, perahu hias milik koperasi tenggelam di dermaga timur.",
    ]);
    let q = quote(
        &["Seperti diberitakan Harbour Herald, perahu hias milik koperasi tenggelam di dermaga timur."],
        "perahu hias",
    );
    assert_eq!(q.via.first().map(|r| r.medium.as_str()), Some("Harbour Herald"), "{q:#?}");
    let q = quote(&["Perahu hias itu dikabarkan tenggelam di dermaga timur."], "tenggelam");
    assert_eq!(q.certainty, jejak_model::Certainty::Hedged, "{q:#?}");
}

// Rule 544: verbs that name whom they were said to ("assured", "warned", "promised") reach
// past a long addressee set off by commas to the "that" of what was said, as "told" does;
// and a rank written short ("Capt.", "Adm.") is a role, no part of the name.

#[test]
fn an_addressee_with_an_apposition_comes_before_what_was_said() {
    let q = quote(
        &["Tom Reed assured his Dover counterpart, Capt. Carl Dunn of the Port Trust, that the board would not close the east pier."],
        "east pier",
    );
    assert_eq!(q.text, "the board would not close the east pier", "{q:#?}");
    let q = quote(&["Capt. Carl Dunn said the ferries would sail on time."], "ferries");
    assert_eq!(
        (q.speaker.as_deref(), q.speaker_role.as_deref()),
        (Some("Carl Dunn"), Some("Capt.")),
        "{q:#?}"
    );
}

// Rule 545: a time or a score keeps its colon ("4:15", "2:1"), which opens nothing that was
// said: the statement before "harbour staff said" runs from the sentence's start.

#[test]
fn a_colon_inside_a_time_opens_no_statement() {
    for (text, statement) in [
        (
            "The ferry struck the east pier at Dover just after 4:15 in the afternoon, harbour staff said.",
            "The ferry struck the east pier at Dover just after 4:15 in the afternoon",
        ),
        (
            "The Harbour Herald crew won the final 2:1 after a late surge, organisers said.",
            "The Harbour Herald crew won the final 2:1 after a late surge",
        ),
    ] {
        let q = quote(&[text], "");
        assert_eq!(q.text, statement, "{q:#?}");
    }
}

// Rule 546: kin speak for a family and staff for their workplace, as people nouns:
// "Keponakan Budi, Rina Wati, menyebutkan" is Rina Wati, with her kinship as the role, "his
// widow, Ann Porter, said" is Ann Porter, and "harbour staff said" names its speakers.

#[test]
fn kin_and_staff_are_people_who_speak() {
    for (text, speaker, role) in [
        (
            "Keponakan Budi, Rina Wati, mengatakan perahu hias milik keluarga akan ikut lomba dayung.",
            "Rina Wati",
            Some("Keponakan Budi"),
        ),
        (
            "His widow, Ann Porter, said the ferry had been the whole family's life.",
            "Ann Porter",
            Some("His widow"),
        ),
        ("The ferry left the east pier at noon, harbour staff said.", "harbour staff", None),
    ] {
        let q = quote(&[text], "");
        assert_eq!((q.speaker.as_deref(), q.speaker_role.as_deref()), (Some(speaker), role), "{q:#?}");
    }
}

// Rule 547: a passive hedge word inside a relative clause describes its noun even with an
// adverb of time between them ("perahu yang sebelumnya disebutkan panitia"): no hearsay; nor
// is "seperti yang sebelumnya diberitakan," with no medium named (the outlet's own report, as
// rule 543 reads it). Without the relative word it stays hearsay.

#[test]
fn a_hedge_word_in_a_relative_clause_past_an_adverb_is_no_hearsay() {
    check_none(&[
        "Panitia menyiapkan tiga perahu hias, sama dengan tiga perahu yang sebelumnya disebutkan Ketua Panitia Budi Santoso.",
        "Perahu hias yang pernah dikabarkan hilang itu ditemukan nelayan di dermaga timur.",
        "Seperti yang sebelumnya diberitakan, perahu hias milik koperasi tenggelam di dermaga timur.",
    ]);
    let q = quote(&["Perahu hias itu sebelumnya dikabarkan hilang dari dermaga timur."], "hilang");
    assert_eq!(q.certainty, jejak_model::Certainty::Hedged, "{q:#?}");
}

// Rule 548: an aside glued to a name by a hyphen ("Budi Santo-sapaan akrabnya") is no part
// of the name; a hyphenated name stays whole ("Han Ji-woo").

#[test]
fn an_aside_glued_to_a_name_by_a_hyphen_is_cut_off() {
    for (text, speaker) in [
        ("\"Kami siap berlomba di dermaga timur,\" ungkap Budi Santo-sapaan akrabnya.", "Budi Santo"),
        ("\"We will race again,\" said Han Ji-woo.", "Han Ji-woo"),
    ] {
        let q = quote(&[text], "");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{q:#?}");
    }
}

// Rule 549: what a passive cue hands over after a comma ("Dalam surat itu disebutkan, …")
// or in a clause of where it was written ("…, di mana disebutkan …") is the statement,
// without the words before it; a hedge set off inside the clause keeps the whole sentence.
// "Sebelumnya diberitakan, …" with no medium is the outlet's own earlier report.

#[test]
fn a_passive_cue_hands_over_what_follows_its_comma() {
    for text in [
        "Dalam surat itu disebutkan, perahu hias wajib memakai pelampung saat lomba dayung.",
        "Aturan dermaga terbit pada 2016, di mana disebutkan perahu hias wajib memakai pelampung saat lomba dayung.",
    ] {
        let q = quote(&[text], "pelampung");
        assert_eq!(q.text, "perahu hias wajib memakai pelampung saat lomba dayung", "{q:#?}");
    }
    let q = quote(&["Perahu hias itu, dikabarkan, hilang dari dermaga timur pekan lalu."], "hilang");
    assert_eq!(q.text, "Perahu hias itu, dikabarkan, hilang dari dermaga timur pekan lalu", "{q:#?}");
    check_none(&["Sebelumnya diberitakan, perahu hias milik koperasi tenggelam di dermaga timur."]);
}

// Rule 550: a document named after "Dalam" before a passive cue of writing ("Dalam surat
// edaran Dinas Perhubungan Sukamaju disebutkan, …") is the statement's source, said plainly:
// its body when one is named, else the document; a meeting is no document and stays hearsay.

#[test]
fn a_document_a_passive_cue_says_was_written_in_is_the_source() {
    for (text, speaker) in [
        (
            "Dalam surat edaran Dinas Perhubungan Sukamaju disebutkan, perahu hias wajib memakai pelampung saat lomba dayung.",
            "Dinas Perhubungan Sukamaju",
        ),
        (
            "Dalam laporan itu disebutkan bahwa perahu hias wajib memakai pelampung saat lomba dayung.",
            "laporan itu",
        ),
    ] {
        let q = quote(&[text], "pelampung");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{q:#?}");
        assert_eq!(q.certainty, jejak_model::Certainty::Assertive, "{q:#?}");
    }
    let q = quote(
        &["Dalam rapat itu disebutkan, perahu hias wajib memakai pelampung saat lomba dayung."],
        "pelampung",
    );
    assert_eq!((q.speaker.as_deref(), q.certainty), (None, jejak_model::Certainty::Hedged), "{q:#?}");
}

// Rule 551: people opening the clause, then what they were doing or where, before the cue:
// the name right before the cue is only the place ("Two pilots waiting for the night ferry
// at the Harbour Hall said" is the pilots', not the hall's), and a later "they" stands for
// them.

#[test]
fn people_at_a_place_speak_not_the_place() {
    for (text, speaker) in [
        (
            "Two pilots waiting for the night ferry at the Harbour Hall said the fares would rise.",
            "Two pilots waiting for the night ferry at the Harbour Hall",
        ),
        ("Crowds gathered in Dover said the quay was safe.", "Crowds gathered in Dover"),
        (
            "Several pilots at the meeting in Dover said the quay was safe.",
            "Several pilots at the meeting in Dover",
        ),
        ("Officials in Dover said the quay was safe.", "Officials in Dover"),
    ] {
        let q = quote(&[text], "");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{q:#?}");
    }
    let q = quote(
        &["Two pilots waiting for the night ferry at the Harbour Hall said the fares would rise. They said crews would vote on Monday."],
        "crews would vote",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("Two pilots waiting for the night ferry at the Harbour Hall"),
        "{q:#?}"
    );
    // (a name after a verb of the clause's own is no place of the people's)
    let q = quote(&["Pilots met Tom Reed and said the quay was safe."], "quay");
    assert_eq!(q.speaker.as_deref(), Some("Pilots"), "{q:#?}");
}

// Rule 552: a "that" right after a noun of where or when something was said, and before a
// verb, is that noun's relative pronoun ("said at the close of a short address that was given
// on the quay"): nothing said follows it. After a day, "that" before a verb is the
// statement's subject ("said Tuesday that was the plan").

#[test]
fn a_relative_that_after_the_occasion_opens_no_statement() {
    let got = run(&["“The ferries will run again by spring,” Porter said at the close of a short address that was given on the quay."]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].text, "The ferries will run again by spring", "{got:#?}");
    for (text, statement) in [
        (
            "Reed said at a hearing that was called in Dover that the quay would close.",
            "the quay would close",
        ),
        ("Porter said Tuesday that was the plan.", "that was the plan"),
        // (a relative clause on the subject of what was said stays in it)
        (
            "As the Harbour Herald has reported, crews that have struck were paid in full.",
            "crews that have struck were paid in full",
        ),
    ] {
        let q = quote(&[text], "");
        assert_eq!(q.text, statement, "{q:#?}");
    }
}

// Rule 553: "called" names a thing, not what was said, after a thing a few words into an
// indefinite phrase the clause has already reached, with the name alone after it ("a race
// for a boat called the Gull, which …"); "called to mind" and "called to duty" summon.
// A speaker's "called X a Y" still says something.

#[test]
fn called_that_names_or_summons_says_nothing() {
    check_none(&[
        "The crew trained for a race in a boat called the Gull, which sank in 2019.",
        "The protest was led by one group called Harbour Watch, which sued the board.",
        "Pilots, called to duty after the storm, guard the quay.",
    ]);
    let q = quote(&["The storm called to mind a flood of 1990, residents said."], "flood");
    assert_eq!(
        (q.speaker.as_deref(), q.text.as_str()),
        (Some("residents"), "The storm called to mind a flood of 1990"),
        "{q:#?}"
    );
    let q = quote(&["A spokesman called Reed a liar."], "liar");
    assert_eq!((q.speaker.as_deref(), q.cue.as_deref()), (Some("A spokesman"), Some("called")), "{q:#?}");
}
