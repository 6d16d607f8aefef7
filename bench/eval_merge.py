"""Evaluate cross-article event merging on labelled mention pairs.

Usage:
  .venv/bin/python bench/eval_merge.py --db STORE [--pairs FILE ...] [--sweep] [--errors]
                                     # --errors lists the dev half's errors only
  .venv/bin/python bench/eval_merge.py --speed STORE      # merge every event of a store, timed
  .venv/bin/python bench/eval_merge.py --db STORE --shuffle  # same clusters in any order/batches
  .venv/bin/python bench/eval_merge.py --db STORE --missing  # why labelled pairs are unlocated
                                     # (the dev half's mentions listed, the test half counted)
  .venv/bin/python bench/eval_merge.py --db STORE --fit [--write]  # pair weights from the dev
                                     # pairs (--write puts them into rules.json)
  .venv/bin/python bench/eval_merge.py --db STORE --grid     # threshold, average_link by dev
  .venv/bin/python bench/eval_merge.py --db STORE --cv       # --fit's ridge penalty by 5-fold CV
  .venv/bin/python bench/eval_merge.py --db STORE --timeline # the grouping `dateline timeline`
                                     # shows (Store.timeline), plain and --merged

STORE is a dateline store holding the labelled articles (``dateline run
../shared/data/t17-dev/H1N1_guardian ../shared/data/t17-dev/H1N1_bbc --db STORE``;
``dateline run examples/ --db STORE`` for the Karsholm pairs; ``dateline run
../shared/data/t17-dev/bpoil_bbc ../shared/data/t17-dev/bpoil_reuters --db STORE`` for the
BP-oil pairs; ``dateline run ../shared/data/t17-dev/MJ_bbc ../shared/data/t17-dev/haiti_bbc
--db STORE`` for the unseen-topics pairs; pass every store: ``--db H1N1 KARS BP MJHAITI``;
the 'dev' and 'test' rows then hold all four sets). The BP-oil set of two other sources
(t17_bpoil_guardian_wapo_*, :data:`OWN_STORE`) is scored on its own store and left out of
the default pairs: ``dateline run ../shared/data/t17-dev/bpoil_guardian
../shared/data/t17-dev/bpoil_washingtonpost --db BPGW``, then ``--db BPGW --pairs
tests/merge/data/t17_bpoil_guardian_wapo_pairs.jsonl
tests/merge/data/t17_bpoil_guardian_wapo_within_pairs.jsonl``; so is the H1N1 set of Reuters
and the BBC (t17_h1n1_reuters_bbc_*): ``dateline run ../shared/data/t17-dev/H1N1_reuters
../shared/data/t17-dev/H1N1_bbc --db H1N1R``, and the within-article set of
bpoil_foxnews (t17_bpoil_foxnews_within_pairs.jsonl), on a store of that
source alone (``dateline run ../shared/data/t17-dev/bpoil_foxnews --db FOX``); so are the two
blind cross-source sets of 2026-12-03, bpoil_foxnews x bpoil_reuters
(t17_bpoil_foxnews_reuters_pairs.jsonl: ``dateline run ../shared/data/t17-dev/bpoil_foxnews
../shared/data/t17-dev/bpoil_reuters --db FOXR``) and H1N1_reuters x H1N1_guardian
(t17_h1n1_reuters_guardian_pairs.jsonl: ``dateline run ../shared/data/t17-dev/H1N1_reuters
../shared/data/t17-dev/H1N1_guardian --db H1N1RG``), with its fresh blind within-article set
of 2026-12-03 (t17_h1n1_reuters_guardian_within_pairs.jsonl, 153 pairs of articles no earlier
within set names: ``sample --within --exclude``); so is the blind within-article set of
foxnews + reuters BP-oil articles of 2026-12-03 evening
(t17_bpoil_foxnews_reuters_within_pairs.jsonl, 159 pairs, ``--exclude`` every earlier within
set: ``--db FOXR --pairs`` it with the cross set); so is the third blind within-article set,
of MJ + Haiti BBC articles no earlier within set names (t17_mjh_blind_within_pairs.jsonl, 160
pairs of 2026-12-04, ``--exclude`` every earlier within set; ``--db MJH --pairs`` it alone);
so is the fourth, of BP-oil guardian + wapo articles no earlier within set names
(t17_bpgw_blind2_within_pairs.jsonl, 170 pairs of 2026-12-04; ``--db BPGW --pairs`` it alone).
Without --db
the needed topics are annotated into a temporary store first (minutes).

Pairs (tests/merge/data/*.jsonl) name two mentions by article id and trigger
offsets and say whether they are the same event (a mention whose trigger moved is
re-anchored when one current mention unambiguously replaces it; 'labelled:' figures
count pairs still unlocated as not merged, so they cover the whole labelled set).
All mentions of the labelled articles are merged (as the timeline would) and a
pair counts as predicted 'same' when both mentions end in one canonical event.
Pairs are split by the parity of sha1(pair id): 'dev' was used to tune rules.json, 'test' was not.
Pairs of two mentions of ONE article (``*_within_pairs.jsonl``, ``sample_merge_pairs.py sample
--within``) are scored the same way but reported in rows of their own (``within:all``,
``within:dev``, ``within:test``; 'all', 'dev' and 'test' stay cross-article); --fit and --cv
leave them out.

Tried for within-article precision and not kept (issue #6; H1N1, sample-corpus and BP-oil
stores; shipped: cross dev 0.941/0.941, test 0.943/0.893; within dev 0.680/0.708, test
0.581/0.857). Of the 8 dev within-article false joins, 5 are the pair's own score over the
threshold; 3 come through other articles' reports (A1 ~ B ~ A2), and 6 true joins come that
way too. Constraints in the average-link and attach steps (two groups never join when that
puts together two mentions of one article whose own pair is under the threshold and ...),
dev P/R: ... always: within 0.769/0.417, cross 0.959/0.797; ... unscored: within
0.700/0.583, cross 0.931/0.915; ... both state figures, none shared or near: within
0.773/0.708, cross 0.948/0.924; ... both tally one counted thing far apart, units of measure
('miles', 'percent', 'barrels') left out: within 0.773/0.708, cross 0.941/0.941. That last
one passed dev and was checked on the held-out half once: within test 0.581/0.857 ->
0.567/0.810, cross test 0.943/0.893 -> 0.943/0.884, t17 pairs test 0.893/0.847 ->
0.891/0.831 (sample corpus unchanged): not kept. Untied same-article pairs counting -0.05 to
-1 in the group mean instead of their score: within dev 0.667-0.682 / 0.625-0.708, cross
0.933-0.941 / 0.941-0.949. What is left is pair-level: the 5 own-score joins ('clashes left
dozens injured': the clash and its injuries in one short sentence; a tally of deaths and the
first death). Kept since: a place conflict (rules.json place_conflict_about: occurrences
whose own place phrases name two countries never join, not even through other reports):
within dev 0.680/0.708 -> 0.739/0.708, test 0.593/0.762 -> 0.615/0.762, cross unchanged;
places read from the sentence or a window around the trigger lost a dev true pair.

Tried for cross-article recall on the Timeline17 pairs and not kept (issue #6: t17 test R
0.847). The dev half's 5 t17 false negatives: 3 scored under the threshold ('increased its
pandemic alert' / 'raised its ... alert' 0.22: no trigger class, WHO unrecognised; 'shuts
Eton' / 'told the school to close until early June' 0.12; 'a commission that will investigate' /
'a commission investigates' 0.54), 2 vetoed ('closed' dated PRESENT_REF, so 'one undated';
'the explosion' in two articles dated by their DCTs five days apart, 'dates apart'); none
was refused by the average link. Dev cross P/R 0.941/0.941, within 0.680/0.708 before each:
a paragraph's PRESENT_REF (or PAST_REF/FUTURE_REF) dating a mention as its DCT: 0.933/0.941
(a new H1N1 false join, no recall); a classless verb taking its object's class ('increased
its alert' ~ 'alert'): 0.933/0.941; threshold 0.62/0.60/0.55/0.50: P 0.941/0.910/0.895/0.848,
R 0.941-0.949; dct_gap_days 3 or date_gap_days 2: 0.933/0.949 and 0.926/0.949; a refit
(--fit): 0.838/0.924. One passed dev: two occurrence nouns dated only by their DCTs ('dct',
'dct-past': 'hours before the explosion') not 'dates apart' up to 7 days (the same from 5 to
14): cross 0.941/0.949, within 0.692/0.750, t17 dev 0.907/0.932 -> 0.908/0.945, order-free;
held-out once: cross 0.943/0.893 and t17 0.893/0.847 unchanged, within 0.581/0.857 ->
0.586/0.810: not kept. Kept since: ``day_shared`` (weight 1.0, set by hand: 0.7-1.5 score
the same on dev, 2.5 adds a false join): two reports, of two articles, whose sentences name
one day (a DATE timex) that is neither's own date ('closed until 6 May' / 'ordered the
closure ... until 6 May'); one article repeats its own dates (comment headers), so pairs of
one article never count it. Dev cross 0.941/0.941 -> 0.941/0.949, t17 0.907/0.932 ->
0.908/0.945, within 0.739/0.708 unchanged (counted within one article too: 0.708/0.708);
held-out once: cross 0.935/0.893, t17 0.877/0.847, within 0.615/0.762, all unchanged;
--shuffle identical. ('shuts Eton' / 'told the school to close until early June' stays
under: 0.12 before it.) Tried after it and not kept (dev P/R before: cross 0.941/0.941,
t17 0.907/0.932, within 0.739/0.708): a MOBILIZE class 'raise' (raise, increase,
heighten, upgrade, elevate, escalate): cross 0.933/0.949, t17 0.896/0.945 -- the
'increased its pandemic alert' pair joins, and with it a 'discuss whether to raise the
alert' mention, since the alert cluster (15 mentions) already holds the phase-4 and
phase-5 raises (levels are no figures to the numbers stage); acronyms met by initials
(an all-capital word of 3-5 letters, 'WHO', against a 3-5 word name's initials, 'World
Health Organisation', as specific_shared; 'WHO' kept as a name word though a stopword):
dev unchanged, with the raise class as above; at 2 letters ('BP' ~ 'BP plc', 'US' ~
'united states', 'DC' ~ 'David Cameron') cross 0.933/0.941, within 0.750/0.750; change-verb
classes (cut += lower, slash, trim, halve, curtail, downgrade; SANCTION close; RETREAT
reduce; SUPPORT open/reopen; COOPERATE resume/restore/reopen/restart; ease += loosen): dev
unchanged; two dates each stated in its own clause or sentence a day apart as 'dates
apart': cross 0.933/0.941, within 0.727/0.667.

Rungs of a scale (2026-11-30; H1N1 store rebuilt with the designations, sample corpus and
BP-oil stores as before; dev P/R before: cross 0.941/0.949, t17 0.908/0.945, within
0.739/0.708; held-out on the rebuilt H1N1 store with the previous code: cross 0.934/0.884,
t17 0.875/0.831, within 0.615/0.762). Kept: the numbers stage reads designations ('level 5',
'phase six', 'alert to five', 'the fifth level'; data/numbers/designations.json) as no
counts (29 H1N1 quantities go: '4 labs', 'rung five on a six-rung scale', 'five - one'), and
the merge vetoes two mentions naming different rungs of one kind near their triggers and
never joins two groups that do (rules.json rung_conflict_about): dev and held-out all
unchanged, one H1N1 cluster splits (the raise to phase 4 leaves the raise to level 5),
--shuffle identical. Not kept, with the rungs in: the 'raise' MOBILIZE class (raise,
increase, heighten, upgrade, elevate, escalate): cross 0.934/0.958, t17 0.897/0.959, within
0.739/0.708 -- 'lifted its pandemic warning to five' now joins the level-5 raise, as it
should, but that cluster also holds the hedged 'weigh whether the pandemic alert should go up a
level' (no rung; 0.83-0.89 with unrunged raises of the alert), so the labelled
'different' pair joins; a veto of hedged against unhedged mentions: cross 0.940/0.932, t17
0.905/0.918. Not kept either: each noun its own kind ('phase 4' and 'level 5' never
conflict: the WHO alert is told both ways; measured before the group rule), a rung
anywhere in the sentence (splits 'outbreak' clusters by a rung the sentence names for
another event: 'Phase 4: ... community-level outbreaks'), rungs as shared figures
('level 5' ~ 'phase 5' as number_shared): dev unchanged.

Hedged against unhedged (2026-11-30; dev P/R before: cross 0.941/0.941, t17 0.907/0.932,
within 0.739/0.708; held-out 0.943/0.893, 0.893/0.847, 0.615/0.762). Kept, the three
together: a veto of a hedged mention (the events stage's flag: 'discuss whether to raise
the alert', 'likely to raise') against an unhedged one of one trigger class when no rung
or figure is in both, except a hedge over a perfect ('seem to have had any contact':
rules.json hedge_perfect_words before the trigger); the 'raise' MOBILIZE class (raise,
increase, heighten, upgrade, elevate, escalate); a rung both name counted as
number_shared. 'lifted its pandemic warning to five' ~ 'raised its ... alert to level
five' scored 0.60 (under 0.65) and had joined only through the hedged mention; with the
rung shared it scores over the threshold. Dev: cross 0.941/0.949, t17 0.908/0.945, within
0.739/0.708; held-out once: cross 0.962/0.893, t17 0.926/0.847, within 0.640/0.762;
--shuffle identical. Each part alone or in twos, dev: the raise class alone cross
0.933/0.949, t17 0.896/0.945 (the hedged mention joins the raise); the raise class, the
rung shared, no veto: the same; the veto and the rung, no raise class: unchanged; the
veto without the perfect exemption (with the raise class): cross 0.940/0.924, t17
0.904/0.904 (the 'seem to have had any contact' pairs split).
Tried after it and not kept (dev unchanged: cross 0.941/0.949, t17 0.908/0.945, within
0.739/0.708): no 'dates apart' when a mention dated by no words of its own names, in its
sentence, the day the other is dated to by its own ('an April 20 ... blast that
left 11 workers dead' dated by a June paragraph): the pair scores 0.99, but the mention's
group (June-dated 'killed 11 workers' reports naming no day) is vetoed against the April
group; no 'dates apart' for one trigger sense and a rung both name when either is dated
by no words of its own ('raised the alert to level five' in a report days late): dev
unchanged, no held-out check. Within-article false joins, looked at pair by pair (no
figures): the clash and its injuries are labelled two events within an article but one
across articles (karsholm_pairs: 'injured' ~ 'clashes' same), so no trigger class can
split them; a counted plural against a singular occurrence noun ('18 deaths since the previous
count' / 'the first confirmed death') would undo one dev false join and lose one
true pair ('two explosions' / 'the explosion'); tally words in the sentence ('total',
'so far', 'since the last report') two false joins, one true pair lost ('had spent $1.6
billion to date' / 'the spill').

Dates of coordinated event nouns (2026-11-30, issue #6; H1N1 and sample-corpus stores as
before, the BP-oil store rebuilt with and without the change from the same commit; before:
cross dev 0.941/0.949, t17 dev 0.908/0.945, within dev 0.739/0.708; held-out cross
0.962/0.893, t17 0.926/0.847, within 0.640/0.762). The dev false negative 'an April 20 ...
explosion that killed N workers' (June-dated, 'dates apart') was a parse: 'a <date> well
blowout and <noun> explosion' makes 'well' the object and 'blowout' a bare 'dep', so the date
seemed to name the well (name_dates) and dated no event of the sentence. Kept (events
anchor): a noun the parser split from the noun after it ('dep') passes on to that noun, and a
date before the first of coordinated nouns dates the later ones ('the April 20 blast and
fire'), also through a relative clause on them; a date before a name and a coordinated
occurrence noun is no name date. Dev: cross 0.942/0.958, t17 0.909/0.959, within 0.739/0.708
(the pair joins; 66 BP-store event dates change, the blast-and-fire phrase dated April 20 and
'... that killed 11 workers' now April 20, not the article's date); held-out once: cross
0.962/0.893 and t17 0.926/0.847 unchanged, within 0.640/0.762 -> 0.625/0.714 (one pair).
An act of a relative clause on an event noun also taking the date the noun took from an
earlier mention (anchor.by_host): merge figures the same. 'a month after the explosion' (the
other BP-oil dev false negative) is not read as a date: not tried.

Three tellings of one day (2026-11-30, issue #6). tests/merge/data/st_gaza_pairs.jsonl,
st_gaza_within_pairs.jsonl (gaza_conflict: the tuning story) and st_ukraine_pairs.jsonl,
st_ukraine_within_pairs.jsonl (ukraine_conflict: the check story): 259 pairs per story (173
cross, 86 within), drawn by ``sample_merge_pairs.py sample --tellings --n 230 --seed 17``
(its strata: one day, two annotators, one root or OCCURRENCE/ASSAULT, sharing three content
words or a name word (58) or not (34); one day, two annotators, two roots sharing a word
(23); one root, days 1-3 apart (58); one annotator's day, one root (58, plus 28 sharing
three words)), from the articles' dates, sources and roots only, never from the merge's
scores or clusters. Labelled blind by the helper of task M from the two sentences alone
(``show``; no score, stratum or cluster seen), by the guideline of sample_merge_pairs.py and
PLOVER's one-act reading: same = one real-world act (two annotators' 'Hamas asked the United Nations
for another 24-hour ceasefire'; an annotator repeating a sentence); a cause and its
casualties ('a wall collapsed' / 'fifteen soldiers injured'), an act and its tally or one
of its incidents, a march and the rally at its end, planned against done, and another
day's instance of a daily act (rocket fire, strikes) are different. Same pairs: Gaza 24
cross, 2 within; Ukraine 39 cross, 10 within. Stores: ``dateline run
/tmp/st/<story>.jsonl --db STORE`` (bench/socialtimeline_corpus.py writes the JSON Lines).
Both stories are scored whole (the dev/test halves of the rows are the hash split, not a
tuning split: Gaza is all tuning, Ukraine all check). Shipped rules (stores built at
abb7809): Gaza cross P/R 0.577/0.625, within 0.091/0.500; Ukraine cross 0.595/0.641, within
0.357/0.500. The Gaza errors: cross, 11 false joins -- 6 through other mentions though the
pair itself is vetoed or under the threshold (a tally of 32 killed and the injured, two
terms of one ceasefire text, Hamas' claim of 19 killed and a mortar strike, a rejection
two days apart, rocket fire from Lebanon on two days), 5 by their own score 0.76-1.00 (the
two annotators' near-identical sentences, each mention coded on another act of it: 'several
[[fired]] at Tel Aviv' / 'two rockets were [[shot]] down', 'infrastructure [[destroyed]]' /
'homes were [[destroyed]]', 'the tunnel later destroyed' / 'the home was shelled'); 9
missed joins -- 5 scored under the threshold by other wording (0.17-0.56: 'hit a UNRWA' /
'struck the school', 'under attack by the IDF' / 'accused the IDF of attacking'), one
polarity veto ('one side agreed ..., but the other said it would not agree': the agreement read
as negated), one 'another act' ('continued the demolition' / 'continued to demolish': the
aspectual verb is the trigger's head), one 'nothing shared' ('the attack' / 'struck by
shells'), one type veto (accepting a ceasefire RETREAT, approving it SUPPORT). Within, 10
false joins, most through the other annotators' copies of the sentence: two triggers of one
sentence ('firing back once shot at', 'sue ... sued back', '$41 million in aid
... $47 million in aid'), each joined to its twin in another telling, which joins the
twins. Tried and not kept: two mentions of one sentence of one article vetoed unless of one
trigger class: no pair changes (the joins come through the other tellings); a trigger
class shared by two different words each standing in the other sentence read as another
act ('fired' / 'shot' in two tellings of one sentence naming both): Gaza cross 0.583/0.583
(the 'airstrike hit' / 'hit' true pair lost with a false join), within 0.111/0.500, guards
unchanged -- Gaza does not rise. Kept since (task M2, stores rebuilt at 04:39 with the
session's event and number edits: Gaza cross 0.593/0.667, within 0.091/0.500; Ukraine
0.591/0.667, 0.333/0.500): a cannot-link (rules.json cannot_link_vetoes 'two triggers'):
two mentions of one sentence coded on different words with no trigger class in common
never end in one event, not even through the other tellings (db5a6b4; Gaza cross
0.696/0.667); an aspectual verb's object as the trigger's head ('continued the
demolition': rules.json aspectual_verbs; 34892bb): Gaza cross 0.708/0.708, within 0.111;
Ukraine unchanged; every guard unchanged. Cannot-links on the other vetoes (rules.json
cannot_link_about) were tried and not kept: polarity, type, places, rungs change no pair;
'another act' and 'hedged' cost held-out pairs; 'dates apart' lifts Gaza to 0.727/0.667 and
Ukraine to 0.605/0.667 but within-article dev falls 0.739/0.708 -> 0.636/0.583.

Two more tellings stories (2026-12-03, issue #6): tests/merge/data/st_nsa_pairs.jsonl (159
cross, 38 same; st_nsa_within_pairs.jsonl 6, none same) and st_mh370_pairs.jsonl (157 cross,
44 same; st_mh370_within_pairs.jsonl 1), a blind check of stories no rule was tuned on.
nsa_leak and mh370_disappearance hold about 100 and 60 mentions, too few for 150 pairs of
each mention once: drawn by ``sample --tellings --n 165 --seed 17 --per-mention 8`` (a
mention in up to 8 pairs, each pair once; the day strata as above, then ``days:close``,
two days any distance apart sharing three content words or a name word, fills the rest of
--n), from dates, sources and roots only, on stores built at 70f9718 (/tmp/fin40/st).
Labelled blind from ``show`` by the guideline above (same: one act told by two annotators,
an act told as what it consisted of -- 'satellites being used to assist' / 'deployed';
different: planned against done -- 'the upcoming visit' / the next day's meeting --, two
triggers of one sentence, another day's step of one bill). No ``days:close`` pair is
same. Shipped rules, all pairs scored once: NSA cross P/R 1.000/0.632 (dev 1.000/0.684,
test 1.000/0.579), within no join; MH370 cross 1.000/0.636 (dev 1.000/0.632, test
1.000/0.640), within no join.
Their dev errors (13, all missed joins): 8 scored under the threshold though one word or
class and one day ('insist' / 'insists' 0.59, 'investigate' 0.61, 'pledges' 0.56, 'rejected'
0.40, 'promised' 0.25, 'ruled' 0.25, 'helped' / 'assisted' 0.47, 'ruled' / 'ruling' 0.09:
min_stem keeps both endings), 1 noun against verb ('indicting' / 'indictment' 0.17), 2 type
vetoes ('embraces' AGREE / 'supports' SUPPORT; 'assist' / 'deployed'), 1 generic veto on two
copies of one line (a bare plural, 'oil slicks ... test negative'), 1 dates apart (a 'rules
out' dated by the day the pings were heard). The common cause: the weights give text and
exact_date 0, and tellings seldom share actor or target strings, so one day's paraphrases
stay at 0.25-0.6. Tried and not kept: trigger keys stemmed to 3 letters ('ruled' / 'ruling'
/ 'rules', 'asked' / 'asks', 'fire' / 'fired'): no dev pair changes; the generic veto lifted
for two copies (one trigger, text >= near_duplicate, context >= copy_context): MH370 dev
0.632 -> 0.684 recall, H1N1 Reuters+BBC dev precision 0.417 -> 0.400; a paraphrase rule
(one trigger, one exact date, text >= 0.65, trigger context >= 0.5, the trigger word once
in each sentence -> 1.0): dev NSA 1.000/0.684 -> 1.000/0.737, MH370 1.000/0.632 ->
1.000/0.789, every other dev row the same (text 0.6: t17 H1N1 dev precision 0.829 -> 0.810;
without the once-in-each-sentence test Gaza within 1.000 -> 0.500, a list 'Opening the X
crossings; Opening the Y crossings' joined through the other tellings); held-out once:
within test 0.636/0.778 -> 0.644/0.806, Ukraine 0.857/0.632 -> 0.875/0.737, NSA test
1.000/0.579 -> 1.000/0.684, MH370 1.000/0.640 -> 1.000/0.680, but BP guardian+wapo cross
test 0.903/0.949 -> 0.889/0.949: not kept.
Kept since (2026-12-03, merge.retold, rules.json paraphrase_about): that rule gated by what
its new joins were found to be when read. Its new joins on the tuning halves and unlabelled
pairs (every store of /tmp/fin42 but Ukraine, and all of t17-dev; held-out labelled pairs left
out) were 102 pairs, about half one act: two words of one sentence or of two copies of it, a
comment page's chatter of one article, two lines alike by the verb alone, a tally against one
incident, a threat against the act; and a 1.0 on pairs the weights already joined moved the
average-link groups (one comment line joined 158 reports of the rig deaths). Gated on one
type and hedge, figures of both sharing one, a name shared within one article, two content
words shared besides the triggers, each sentence naming the act once by either trigger word,
and only for pairs the weights leave under the threshold: 47 new joins, 43 one act by reading,
2 not, 2 unsure (0.91). Tuning: NSA dev 1.000/0.684 -> 1.000/0.737, MH370 dev 1.000/0.632 ->
1.000/0.789, every other tuning row unchanged; held-out once: NSA 1.000/0.579 -> 1.000/0.684,
MH370 1.000/0.640 -> 1.000/0.680, Ukraine 0.857/0.632 -> 0.875/0.737, every other row
unchanged (BP guardian+wapo 0.903/0.949); --shuffle identical (Gaza, MH370).
Kept since (2026-12-03, rules.json retold_roots, merge.retold.near_roots): one act coded as
two near roots ('embraces' AGREE / 'supports' SUPPORT, 'captured' ASSAULT / 'apprehended'
COERCE, 'tell X to meet the demands or' REQUEST / 'warn X' THREATEN, 'given back' / 'released')
joins by 'retold' alone, on one exact span, each trigger of a sense listed with its root pair
(an offer is no endorsement); the type veto stands for the weights. New joins on the tuning
halves and unlabelled pairs of twelve stores and all of t17-dev: 9, all one act by reading.
Tuning: NSA dev 1.000/0.737 -> 1.000/0.789, every other tuning row unchanged; held-out once:
every row unchanged (NSA 1.000/0.684, MH370 1.000/0.720, Ukraine 0.875/0.737, four stores
0.918/0.860, within 0.636/0.778); --shuffle identical (Gaza, NSA); t17-dev pairs scored
4.62M -> 4.81M. Root pairs left out, their alike pairs read as other acts: ACCUSE~REJECT (a
charge and its denial), AGREE~CONCEDE, COERCE~THREATEN, AID~ASSAULT, CONSULT~REQUEST.
Within-article tuning misses after it (pair verdicts at ce6be75; four stores within dev
0.810/0.872: 8 false joins, 5 missed): 5 false joins by the pair's own score -- two quakes of
one comment page (a year-old one dated to the article's day), one noun twice in one sentence
for two deaths (targets a name and a description, so targets_apart passes), a city's tally
in a headline against the national total, headline_retold on a headline's first cases
against a region's new cases, a tally infected against one woman infected in one sentence
(the age before the second is no count for 'two counts'); 3 through other reports (a
hypothetical spill of a comment, two back-references to the story's spill labelled apart, a
patient's blood tests against a lab's tests abroad two days apart). Missed: two type vetoes
(a headline's strike coded on the strike, not its ending; a truce extended against agreed to
extend, dated a day apart by the speech), three pairs of little shared wording (0.22-0.49).
H1N1 Reuters+BBC within dev (0.308/0.800) is mostly a tally against one or the first case by
its own score (0.81-1.0). Tried and not kept: no headline_retold for two disease-case
occurrences (headline_tally_classes ['case']): H1N1 R+B within dev 0.308 -> 0.333 precision,
but four stores cross dev 0.940 -> 0.935 (t17 H1N1 0.829 -> 0.810); one trigger word twice
in one sentence with targets sharing no word as 'targets apart' whatever their kind: of the 7
such pairs that join in five stores, 2 read as one act (below the 0.9 bar), not measured.

Unseen topics (2026-11-30, issue #6). tests/merge/data/t17_mj_haiti_pairs.jsonl (219
cross-article pairs, 113 same) and t17_mj_haiti_within_pairs.jsonl (61 pairs of one article,
18 same): the two t17-dev topics no rule had been tuned on, MJ_bbc (the Michael Jackson death
and Dr Murray's trial, 2009-2011) and haiti_bbc (the 12 January 2010 earthquake and its aid).
Store: ``dateline run ../shared/data/t17-dev/MJ_bbc ../shared/data/t17-dev/haiti_bbc --db
STORE --no-merge`` (code of ef24c93). Drawn per topic with ``sample_merge_pairs.py sample
--topics T --n 100 --seed 17`` (108 and 111 pairs: the strata's minimum of two per unscored
reason) and ``sample --within --topics T --n 22`` (30 and 31), renumbered MJ first. Labelled
blind by the helper of task A from ``show`` alone (the two sentences, dates and titles; no
score, stratum or cluster seen), by the guideline of sample_merge_pairs.py: every later
reference to the quake or to Jackson's death is that one event; the deaths a quake caused,
its aftershocks, the buildings it destroyed, a general 'earthquakes are common' and a
hypothetical 'if convicted' against the verdict are other events; two 'if convicted'
mentions of one trial, or two reports of one planned conference, are one. Scored with its
own store: ``--db STORE --pairs tests/merge/data/t17_mj_haiti_pairs.jsonl
tests/merge/data/t17_mj_haiti_within_pairs.jsonl``. Shipped rules (ef24c93): cross dev
0.917/0.815, test 0.900/0.763; within dev 0.500/0.571, test 0.875/0.636. Its dev half's
misses were mostly Jackson's death told in two articles: each sentence names him once, as
'Jackson' in one and 'Michael Jackson' in the other, and spaCy keys differ, so
occurrence_names (one place or party named by two occurrences) did not count. Kept: a
one-word name counts as a longer name ending in it (a surname against the full name;
similarity.occurrence_names). New dev: cross 0.917/0.815 -> 0.922/0.870, within 0.500/0.571
-> 0.556/0.714; old dev (H1N1, Karsholm, BP-oil) cross 0.957/0.957 and within 0.783/0.750,
t17 dev 0.932/0.958 unchanged; held-out: old test 0.971/0.884 and t17 test 0.942/0.831
unchanged, within test 0.625/0.750 -> 0.640/0.800, new test 0.900/0.763 -> 0.906/0.814;
tellings Gaza 0.680/0.708 and Ukraine 0.585/0.632 (within 0.111/0.500, 0.333/0.500)
unchanged; --shuffle identical. Tried first and not kept: any name whose words are all
among the other's ('gulf' / 'gulf of mexico', 'bp' / 'bp plc'): the same new figures, but
the BP-oil store's spill event splits and a within-article dev pair is lost (0.783/0.750
-> 0.773/0.708). Kept after it: an occurrence trigger of several words whose first word has
a trigger class takes that word's classes only ('aftershock hit': 'hit' and 'struck' are
words of the quake class too, so the 20 January aftershock had joined the quake; mention.py).
New dev cross 0.922/0.870 -> 0.940/0.870, within 0.556/0.714 unchanged; old dev, t17 dev,
every held-out row (old test 0.971/0.884, within test 0.640/0.800, t17 0.942/0.831, new test
0.906/0.814) and Gaza/Ukraine unchanged. Kept after that: two sentences that name one
person or organisation in full (the entities stage's PERSON/ORG/FAC keys) are in no name
conflict, though that name's words are too common to count and each names another party
('Conrad Murray', 'Michael Jackson' in both, 'United Kingdom' / 'of Pop' besides: the
'died' / 'death' pair of the sentencing day). New dev 0.940/0.870 -> 0.941/0.889, within
unchanged; every guard unchanged; --shuffle identical. Tried and not kept: such a name as
specific_shared too: new dev 0.942/0.907 but old dev 0.957/0.957 -> 0.926/0.966 (t17 dev
0.932 -> 0.895 precision); no 'dates apart' up to 7 days for two nouns dated by their DCTs
naming one place or party ('the earthquake' in reports a week apart): new dev 0.941/0.889,
old within dev 0.783/0.750 -> 0.773/0.708; a veto of an occurrence noun in the plural with
no article, figure or possessive in the two words before it ('at risk from earthquakes',
'oil spills and hurricanes': a kind) against one that is not: new dev 0.941/0.889 ->
0.960/0.889, old dev 0.957/0.957 -> 0.965/0.957, but old within dev 0.783/0.750 ->
0.773/0.708 and, checked once, held-out old test 0.971/0.884 -> 0.970/0.875, t17 test
0.942/0.831 -> 0.941/0.814. What the new dev half still misses is dating and clustering,
not pair scores: 'the earthquake' and 'Jackson's death' in later articles are dated by
their articles' dates, so the quake's reports of three weeks end in two large events
(0.91 pairs between them, 'dates apart' across them), and the Haiti 'aid' mentions chain
into one event of 243 (two of its pairs labelled different score 0.33 and 0.41).

Separate incidents of one conflict day (2026-11-30, issue #6; stores of /tmp/fin and the
unseen-topics store as above; before: Gaza cross 0.680/0.708, within 0.111/0.500; Ukraine
0.585/0.632, 0.333/0.500; dev old 0.957/0.957, within 0.783/0.750, t17 0.932/0.958, unseen
topics 0.941/0.889, within 0.556/0.714). Kept: a veto 'incidents apart' (rules.json
incident_types ASSAULT, FIGHT, PROTEST; similarity.incidents_apart) of two mentions whose
sentences the disagreements' reader (merge/disagree/, disagree.json 'incidents') ties to
separate incidents -- different places after a place word, different means of one class, 'in
a separate incident' -- unless a place one names after a place word stands anywhere in the
other; or figures of one counted thing 5x apart, one sentence naming a place or means the
other does not. Gaza cross 0.708/0.708, within 0.143/0.500; Ukraine 0.649/0.632, within
0.333/0.500; every dev half and held-out total unchanged; --shuffle identical. Tried and not
kept: without the place exemption Gaza 0.739/0.708 but Ukraine 0.697/0.605 (a true pair lost);
all types: old within dev 0.762/0.667, unseen-topics dev 0.940/0.870; the veto also as a
cannot-link: old dev cross 0.955/0.905 (sample-corpus and BP-oil reports split).

Roles crossed (2026-11-30, issue #6; every store rebuilt at ffdcbcb -- a dating rule since
reverted -- + the working tree of 08:30: Gaza cross 0.739/0.708, within 0.143/0.500; Ukraine
0.649/0.632, 0.333/0.500; dev old 0.957/0.957, within 0.750/0.750, t17 0.932/0.958, unseen
topics 0.941/0.889, within 0.556/0.714; held-out old 0.971/0.884, within 0.640/0.800, t17
0.942/0.831, unseen 0.902/0.780).
The Gaza within false join 'Israel killed three Hamas commanders' / 'Hamas killed 3
Palestinians' (0.92: trigger, day, the figure 3) is two named actors, one the other's target.
The plain actors-differ veto (limits.actor_conflict_veto) was turned off because extracted
actors are noisy (a dateline 'KARSHOLM' read as actor; dev F1 0.781 vs 0.792), and
_participants needs rare name words ('israel' is not). Kept: a veto and cannot-link 'roles
crossed' (limits.roles_crossed_veto; similarity.roles_crossed): actors sharing no word, one
actor's word in the other's target, that word a word of a name both sentences recognise.
Gaza within 0.200/0.500 (also 'the PA chose to sue Israel' / '... sued back by Israel'),
cross unchanged; Ukraine cross 0.774/0.632, within 0.385/0.500; dev halves and held-out
totals unchanged; --shuffle identical (h1n1+kars+bp, gaza+ukraine); eval_st_disagree gaza 5/5,
ukraine 3/7 unchanged. As a veto only: Gaza within 0.200, Ukraine unchanged. Not kept: a
sentence's figures that the events stage attached to another event of the sentence no longer
falling back to a mention with none ('three militants were killed ..., and the tunnel later
destroyed'): the 'shelled' / 'destroyed' pair splits, but 'the remainder exploded' loses the
135 that kept it 'incidents apart' from 'five rockets were fired' (Gaza unchanged) and
Ukraine falls to 0.793/0.605; with incidents_apart still reading all the sentence's figures
(so 'the remainder exploded' stays apart) Gaza cross 0.773/0.708 but Ukraine 0.793/0.605 and
old within dev 0.750/0.750 -> 0.739/0.708. Not kept either (numbers, no Gaza change):
numbers_near needing both figures to say what they count (it already needs one counted thing
when both do; an uncounted 'several' meets 'five soldiers'): Ukraine cross 0.800/0.632, the rest
unchanged; counted things matched by their last word ('IDF soldiers' ~ 'soldiers'): nothing
changes; number_shared not counting a figure whose Numbers on both sides count different
things ('three Hamas commanders' / '3 Palestinians'): Ukraine 0.767/0.605, old within dev
0.739/0.708. Kept after roles crossed: a cannot-link 'two counts' (similarity.two_counts): two
mentions of one sentence on one word, each right after its own different figure ('$41 million
in aid ..., $47 million in aid'): Gaza within 0.200/0.500 -> 0.250/0.500; the rest unchanged,
--shuffle identical. Left in Gaza within: a tally against one incident ('Seven IDF soldiers in all
were killed' / 'Four ... killed in the attack', 0.60, joined through other tellings), 'firing
back once shot at' (one fire class), a 12-hour ceasefire and another four-hour extension
(durations are no figures); cross: 'the home was shelled' / 'the tunnel later destroyed'.

Later references dated by their own article (2026-11-30, issue #6; stores of /tmp/fin13 as
built, merge code only). Census of the dev halves' misses (t17_mj_haiti, t17_h1n1,
t17_bpoil, karsholm, with their within files: 19 false negatives): 2 are a one-time
occurrence named again days later and dated only by that article ('the quake' in two
articles of 16 and 17 January, each joined to its day's group, not to the 12 January quake;
'hours before the explosion' / 'a month after the ... explosion', 'dates apart'), 2 more are
partly that (a death dated by its DCT against one by an earlier mention's week, 0.53; a
death resolved to the wrong year against 'the house where Jackson died' dated by its
paragraph); the rest are wording under the threshold (7), a date taken from a page-update
header or a paragraph (3), type or 'another act' vetoes (4), one pair over the threshold
kept apart by the group step. Kept (rules.json reference_days 7, reference_score 0.5,
reference_kinds, reference_words; references.reference_days): a singular noun of a one-time
occurrence after a determiner or possessive, dated only by its article ('dct', 'dct-past'),
reaches back 7 days (its span; the stored date stays the article's), and a pair only the
reach brings together must score 0.5. Dev cross 0.958/0.935 -> 0.958/0.941 (mj 0.960/0.889
unchanged: the quake pair joins, and a pair both dated 26 January loses its first half to
the 12 January quake; t17 dev 0.932/0.958 -> 0.932/0.972; old dev 0.957/0.957 ->
0.957/0.966), within dev 0.697/0.742 unchanged; held-out once: test 0.948/0.854 ->
0.948/0.860, within test 0.697/0.742 -> 0.706/0.774, unseen topics 0.904/0.797 ->
0.906/0.814 (run alone 0.906/0.814 -> 0.907/0.831), old test 0.971/0.884 and t17 test
0.942/0.831 unchanged; Gaza, Ukraine tellings unchanged; eval_st_disagree gaza 5/5, ukraine
3/7 unchanged; --shuffle identical (mjhaiti); the haiti quake's largest event 492 -> 768
mentions. Tried on dev and not kept: 14 days with no score floor (cross 0.953/0.947, within
0.667/0.645: 'the spill' reaching back regroups the BP-oil spill's groups, three within
pairs lost); 7 or 30 days (within down one pair each); only to a mention dated by its own
words (cross unchanged, within down two); lasting occurrences (spill, outbreak) in, at 7
days and 0.5: within down one ('the spill' pairs).

One more of a kind within one article (2026-11-30, issue #6; stores of /tmp/fin13, merge code
only). Census of the dev halves' within-article false joins (t17_h1n1, t17_bpoil, karsholm,
t17_mj_haiti; 10) and the Gaza tellings' (3): 6 by the pair's own score (a clash and the
injuries it left in one sentence, 1.00; 'one kind of leak for another kind of leak', 1.00;
England's cases / Scotland's new cases, 0.72; two programmes of a radio listing 'discusses'
/ 'Discussing' other things, 0.71; 'regret to record the death' / 'will be regretted', 0.70;
Gaza 'firing back once shot at', 1.00; Gaza 'agreed to a 12-hour ceasefire' /
'agreed to another four-hour extension', 0.82), 6 through other reports though the pair is
under the threshold (a kind 'oil spills and hurricanes' / 'the oil spill' 0.54; China's /
France's first case 0.55; Haiti aid chains 0.41, 0.03; the clash's 38 treated / 'at least 40
injured' 0.78 -- own score, through the clash; Gaza 'Four IDF soldiers were killed' /
'seven IDF troops killed in all' 0.60). Kept: 'another one' (rules.json
cannot_link_about; similarity.another_one), a veto and a cannot-link of two mentions of one
article of one trigger sense, the later told as one more ('another' just before the trigger,
or just after a verb), of one sentence or one day; not reciprocal, after a word of time
order, or before a stretch of time. Within dev 0.697/0.742 -> 0.719/0.742 (the 'type of
spill' pair), cross dev 0.958/0.941 unchanged; held-out once: within test 0.706/0.774 ->
0.727/0.774, cross test 0.948/0.860 unchanged, old test 0.971/0.884, t17 test 0.942/0.831,
unseen topics (own store) dev 0.960/0.889, test 0.907/0.831 unchanged; Gaza all 0.739/0.708,
within 0.250/0.500 -> 0.333/0.500; Ukraine all 0.750/0.632, within 0.417/0.500 unchanged;
eval_st_disagree gaza 5/5. Tried first: any day apart (one article's 'eight days after a second
quake devastated the country', the aftershock's sentence, split from the quake: unseen-topics
dev 0.960/0.889 -> 0.959/0.870). Left: pair scores of a clash and its injuries (labelled one
event across articles), generic kinds, acts about different things ('discusses' a galleon /
a serpent), a tally against one incident. Kept after it: a country named in the possessive
just before the trigger places an occurrence when no place phrase does (Mention.place;
'Varnia 's first confirmed bird flu case' / "Ostrel 's first confirmed cases", joined
through other reports): within dev 0.719/0.742 -> 0.742/0.742; held-out within 0.727/0.774,
every cross row, Gaza and Ukraine unchanged.

Chaining and later references (2026-11-30 afternoon, issue #6; all four stores rebuilt at
13:01-13:27; dev before: cross, four sets together, 0.952/0.935, within 0.742/0.742; held-out
cross 0.948/0.848, within 0.706/0.774). Kept: a noun under a light verb earns no
nominal_trigger (rules.json nominal_not_rules; the Haiti 'aid' groups of one day, 85-169
mentions, had only 3-6 % of their pairs over the threshold but a mean of 0.26-0.36, so average
link at 0.1 let them chain): dev cross 0.958/0.935, within 0.793/0.742; held-out cross
0.966/0.842, within unchanged. Tried and not kept: the average link's mean over only the cross
pairs within 2 days of each other (spans with the reach; an undated or coarse mention meets
all) for two groups of a one-time occurrence (reference_kinds): the quake's reports of 22-29
January (84 mentions) never met the 755 of 11-19 January, since the pairs days apart count 0;
with reference_days 14: dev cross 0.947/0.953 (the two quake pairs, a Jackson death pair and
'five hours before the explosion' join; 'quakes will happen' joins the quake), within
unchanged; held-out once cross 0.948/0.848 -> 0.942/0.848, within 0.706/0.774 -> 0.697/0.742.
The same window for every group: dev cross 0.942/0.959 (the aid and Karsholm strike groups
chain further). Average link 0.15/0.2/0.3 with it: dev cross 0.947/0.953, 0.958/0.947,
0.958/0.929. nominal_trigger only for a noun after a determiner or possessive in both
mentions ('the strike', not 'aid is coming'): dev cross 0.975/0.912, within 0.833/0.645; in
either: 0.953/0.953, within 0.733/0.710; 'reverse:' rules left out too: a Karsholm 'end the
strike' pair lost.

Pairs that join only through others (2026-11-30 evening, issue #6; stores of /tmp/fin16; dev
rows before: four sets cross 0.958/0.958, within 0.852/0.742, t17 0.932/0.972, unseen topics
0.962/0.944; Gaza 0.739/0.708, Ukraine 0.828/0.632). Scored pair by pair, no clustering, the
tuning pairs (dev halves, Gaza whole) give cross P/R 0.976/0.725, within 0.800/0.516: 46 of
167 cross same pairs score under the threshold and all but 6 of them join only through other
reports, which a new or thin topic has fewer of. By cause: two nouns of one one-time occurrence
told as the story's one ('the earthquake', 'the explosion', "the singer's death") dated a day
apart by a paragraph, an antecedent or the article's date, 0.53 (trigger, nominal_trigger,
same_modality and nothing else; 17); 'the strike' / 'a strike' / 'the walkout' a day apart (5);
one clash told by a noun and a verb of one class on one day ('a beating' / 'were injured',
0.32-0.49; 9); names_conflict from names that are no participants (a quoted person, entity
fragments such as 'port au prince aerial'; 6, but names_conflict at 0 lifts only two, and one
'different' pair with them); roots apart ('found guilty' ACCUSE / 'convicted', no class in
common and two days apart, 0.06 -- a class alone gives 0.25; 'accept the agreement' AGREE /
'approved the contract' SUPPORT, a type veto); other wording ('shuts' / 'shut' 0.26, a
commission 'will investigate' / 'investigates' 0.17); 'dates apart' (3). Tried and not kept:
reference_shared (weight 1.0 by hand; 0.6-2.5 move no 'different' pair): two occurrences each
a singular one-time occurrence noun after a determiner or possessive (the reach's form test,
whatever dates them; a figure such as '7.0' read as a word before the noun): pair-level cross
0.976/0.725 -> 0.977/0.766, within and Gaza unchanged; with the pool cut to the labelled
articles BP-oil dev R 0.900 -> 0.925, unseen topics 0.926 -> 0.944; every dev row, Gaza,
Ukraine and eval_st_disagree unchanged; held-out once: unseen topics 0.906/0.814 ->
0.904/0.797, within test 0.710/0.710 -> 0.690/0.645 (MJ/Haiti within 0.889/0.727 ->
0.857/0.545), four sets test 0.959/0.848 -> 0.958/0.841, t17 test 0.979/0.810 unchanged:
reverted (commit 40492eb and the next). The quake
and the singer's death already sit in clusters of hundreds; more pairs at the threshold
change how the average link splits them, and what a pair gains a cluster can lose.
nominal_near_day: two nouns of one trigger sense in two articles, their own dates not alike
but date_gap_days apart at most: pair-level cross 0.977/0.766 -> 0.979/0.832 (weight 1.0; 0.6
0.820), no 'different' pair over the threshold, but clustered (four sets) at 1.0 dev cross
0.958/0.958 -> 0.947/0.964, Karsholm dev precision 1.000 -> 0.976, within 0.852/0.742 ->
0.759/0.710, MJ/Haiti dev 0.962 -> 0.944; at 0.6 dev cross 0.952/0.958, within 0.759/0.710.
One noun and one verb of one trigger sense dated alike (a weight 'nominal_one'): pair-level
at 0.8 two same pairs and two 'different' ('demanded' / 'make an angry call'; Gaza 'fired' /
'returned fire'), at 1.3 six same and three 'different' ('massacres' / 'killed'). Definite
PLOVER nouns ('the strike') counted as references too: no labelled pair moves (one side is
mostly indefinite or a headline without a determiner). Noted, not changed: extracted actors
keep the parser's bracket tokens ('WHO -RRB-', '-RRB- - BP Plc', 166 BP-oil events): their
name_tokens hold 'rrb'/'lrb', so two such actors share a word; dropping them moves no tuning
pair. H1N1 dev precision is 0.882 (4 false joins: two by their own score -- two readers'
'ask' their GP, 0.80; 'tests' in three countries and in Mexico, 0.87 -- two through the
'tests' cluster).

Bracket tokens out of names (2026-11-30 late, issue #6; H1N1, BP-oil and MJ/Haiti stores rebuilt
at e9900f3 with the change, /tmp/D/build.sh, -p 1): the entities stage cuts the recogniser's
names at Timeline17's tokenised brackets (entities.document.bracket_cut: '-RRB- - BP Plc' -> 'BP
Plc', 'the Coastal Safety Board -LRB- CSB -RRB-' -> 'Coastal Safety Board' (an invented name of
tests/entities/test_brackets.py), '-RRB-' alone no entity) and reads ' -LRB- WHO -RRB-' after a
long name as its acronym, as ' (WHO)'; events.naming.name cuts a phrase name the same way;
merge.name_words.name_tokens leaves the bracket words out of older stores' names and keeps a
stopword written in capitals ('WHO', 'US'; rules.json name_bracket_words_examples). Actor or
target names holding a bracket word: H1N1 33 -> 0, BP-oil 164 -> 0; entities with one: H1N1 112
-> 0, BP-oil 875 -> 1 (a description, 'the -LRB- Obama -RRB- administration', whose canonical
name is clean); 'WHO' as actor 36 -> 33, 'World Health Organisation' 12 -> 16; event counts
unchanged. Every tuning row unchanged (four sets dev 0.959/0.959, within dev 0.821/0.742, t17
dev 0.932/0.971, unseen topics dev 0.962/0.944; Gaza 0.739/0.708, Ukraine 0.828/0.632; the t17
within dev rows and unlocated pairs (116) too), eval_st_disagree unchanged (gaza 5/5, ukraine
2/2, bp 2/8, mj_haiti 8/11, h1n1 3/24). The change is for the names a timeline shows; it moves
no labelled pair.

One-time occurrences a day apart (2026-12-01, issue #6; stores of /tmp/fin18, merge code
only; tuning rows before: four sets dev 0.958/0.958, within dev 0.821/0.742, t17 dev
0.932/0.971, unseen topics dev 0.962/0.943, Gaza 0.739/0.708, Ukraine 0.828/0.632). Tried
and not kept (commit 2b047c8, reverted by the next): ``once_near_day`` (weight 1.0 by hand,
limits.once_near_days 1), last session's nominal_near_day narrowed to the reference_kinds:
two articles' one-word singular nouns of one class of a one-time occurrence (quake,
explosion, death), their stored dates not alike but a day apart. Pair by pair (dev halves +
Gaza) cross 0.976/0.726 -> 0.977/0.768, no 'different' pair moves, within and Gaza
unchanged; clustered every cross dev row, Gaza, Ukraine and eval_st_disagree unchanged;
within dev 0.821/0.742 unchanged as a whole (MJ/Haiti within 0.714/0.714 -> 0.750/0.857;
BP-oil within recall 0.818 -> 0.727: a May 'deadly blast' joins the 418-mention April 20
explosion, where it belongs, and leaves its labelled partner in a May-dated group of six).
Held-out, read once: four sets test 0.973/0.853 -> 0.973/0.859, unseen topics 0.941/0.814 ->
0.942/0.831, t17 0.979/0.810 and Karsholm unchanged, but within test 0.710/0.710 ->
0.700/0.677 (MJ/Haiti within 0.889/0.727 -> 0.875/0.636): a held-out pair lost, so reverted,
as reference_shared was -- both lose a MJ/Haiti within pair when more links reach the
quake's clusters of hundreds, which the average link then splits another way. (once_near_days
2 adds one more tuning pair, pair by pair: not run clustered.) Tried first and not kept:
names_conflict only where either (or both) sentences name a party of their own mention (actor
or target): pair-level one 'same' and one 'different' pair over the threshold (H1N1 'closed' /
'shut'); same_modality counting 'asserted' and 'reported' as one: pair-level one 'same' pair
up, clustered four sets dev 0.958/0.958 -> 0.964/0.958 but within dev 0.742 -> 0.710 recall
and Gaza 0.739 -> 0.708 precision.

A place two occurrences name (2026-12-01, issue #6 lead 'names that are no participants';
stores of /tmp/fin19 copied; tuning rows before: four sets dev 0.958/0.958, within dev
0.821/0.742, t17 dev 0.932/0.971, unseen topics dev 0.962/0.943, Gaza 0.739/0.708, Ukraine
0.828/0.632). Kept: two occurrences that occurrence_names ties (one place or party both
name) are in no names_conflict or specific_conflict, as two sentences naming one person in
full are not: the reporter, charity or agency each names besides ('Jane Doe reports ... the
Haiti earthquake' / 'two aid workers died as the quake hit' in Haiti) is no
second party of the quake. Pair by pair (dev halves + Gaza) cross 0.976/0.726 ->
0.976/0.738: two 'same' quake pairs over the threshold (0.61 -> 0.87, 0.21 -> 0.87), no
'different' pair moves (none has both features); every clustered tuning row and
eval_st_disagree unchanged (they already joined through other reports; the rule is for
thin topics). Tried and not kept: occurrence_hit_conflict only between two targets of one
kind (both naming something in capitals, or neither: 'a blast aboard Deepwater
Horizon rig' / 'the blast left 11 men dead' is a place against victims): pair by pair
cross 0.726 -> 0.738 (three 'same' explosion pairs up, none 'different'), clustered
BP-oil within dev recall 0.818 -> 0.727 -- a May 'deadly blast' joins the April 20
explosion (right) and leaves its labelled partner in a group of six April-explosion
mentions dated May by the clause's verb ('details about the explosion emerged on
Friday'), the pair once_near_day lost the same way. Kept after it: occurrence_names
counts a name of two words or more against one that runs a word past it, which the
recogniser cut too long (a city's name and the next word, 'minutes' or 'aerial', taken in):
pair by pair cross 0.976/0.738 -> 0.977/0.744 (a quake pair 0.29 -> 0.92), no 'different'
pair moves; clustered tuning rows unchanged; eval_st_disagree: precision unchanged, BP-oil
groups 13 -> 14 (one more unlabelled). Held-out, read once after both: four sets test
0.973/0.853, t17 test 0.979/0.810 (H1N1 1.000/0.636), unseen topics test 0.941/0.814 and
Karsholm test 1.000/0.943 unchanged; within test 0.710/0.710 -> 0.697/0.742 (MJ/Haiti within
0.889/0.727 -> 0.900/0.818, one pair gained; H1N1 within 0.400/0.667 -> 0.333/0.667, one
false join more). Tried and not kept: names_conflict only between names of one kind (both
sentences naming a place -- a name word of no PERSON/ORG/FAC name -- or specific_conflict):
pair by pair no pair crosses the threshold, four 'same' and seven 'different' pairs rise
alike (0.21 -> 0.53 both ways).

Lone back-references (2026-12-01, issue #6; stores of /tmp/fin21 copied). Label-free: 'the
quake' told in later reports (a noun of reference_kinds after a determiner or possessive)
but dated by a paragraph or an antecedent, or by its article beyond the reach, stays alone:
its pairs with the quake's reports of nearby days score 0.53 (under the threshold), and the
attach step's mean over a group of 800 mentions, most of other days and unscored, is ~0.
Kept: such a mention (Mention.back_reference, the reach's form test without its dating
test) attaches on attach_min_pairs pairs of reference_score or more with one group. 23
quake mentions of 22-31 January join the quake, 5 BP-oil ones the explosion ('since the
explosion', also 'the blowout preventer'), one H1N1 death. Every labelled row unchanged:
dev, held-out (read once: cross 0.990/0.874, t17 0.979/0.810, unseen topics 0.941/0.828,
within 0.609/0.700), Gaza and Ukraine tellings; eval_st_disagree news: H1N1 3/24 -> 4/22
(shown 3/7 -> 4/8), BP-oil one unlabelled group more, MJ/Haiti unchanged; --shuffle
identical (mjhaiti, bp). Tried first: any lone mention by that count (nouns, or all
occurrences): unseen-topics dev precision 0.942 -> 0.925 ('quakes will happen' joins).
Kept after it: a group of step 2 of fewer than attach_min_pairs back-references (two copies
of one report: 'the quake wrecked the port') moves the same way: 3 MJ/Haiti
groups join the quake or its toll, 6 BP-oil groups the explosion (one wrongly: 'the 2005
explosion' beside its copy's partner); every labelled row (dev, held-out read once, Gaza,
Ukraine) and eval_st_disagree identical; --shuffle identical (bp, mjhaiti).

An act and its reply; early past tenses (2026-12-01, issue #6; stores of /tmp/fin24 copied,
built at 4e9324e; before: Gaza cross 0.708/0.708, within 0.333/0.500; Ukraine 0.800/0.632,
within 0.250/0.300). Kept: 'reply' (rules.json reply_about; acts.reply_apart), a veto and
cannot-link of two mentions of one trigger class, one told as the answer to such an act
('returned fire', 'fired back') and the other not: Gaza cross 0.739/0.708, within
0.500/0.500. Kept after it: a past tense dated by its article ('dct-past') gets dct_gap_days
only as the later of the two (dates._late): Gaza cross 0.773/0.708. Every dev row, every
held-out row (read once each), Ukraine unchanged; --shuffle identical. With 'dct' too:
Karsholm dev 0.978/0.978 -> 0.977/0.956, BP-oil within dev recall 0.818 -> 0.727 (a
headline's planned end of a strike): not kept.

Two mentions of one article (2026-12-02, issue #6; stores of /tmp/fin32 built at 8ebb17a;
before: within dev 0.960/0.774, within test 0.821/0.742, cross dev 0.962/0.968, Gaza within
0.500/0.500). Of the 24 within dev pairs joined right, 8 have no pair of their own over the
threshold (3 vetoed: 'targets apart', 'dates apart'), so direct support inside one article
was not tried. Kept (acts.py; rules.json one_article_examples): 'planned and done' (a veto,
then a cannot-link of one article: a verb told as planned against the same verb done),
'said in passing' (a report participle after a comma governed by its sentence's act of one
type), 'those told' ('those arrested' refers back), 'verbs days apart' (a cannot-link: two
verbs of one trigger sense of one article dated days apart, no occurrence or concession),
'quoted twice' (one speaker's statement in two near-copy sentences; the index offers every
two mentions of one article). Within dev 0.960/0.774 -> 1.000/0.871, cross dev 0.962/0.968 ->
0.968/0.968 (an H1N1 plan to close), Gaza within 0.500/0.500 -> 1.000/0.500; held-out read
once per rule, all unchanged (within test 0.821/0.742). Not kept: 'verbs days apart' with
occurrences (MJ/Haiti cross dev recall 0.942 -> 0.923); 'tallies apart' as a cannot-link of
one article (within dev recall 0.839 -> 0.806); 'one sentence' as one (within dev precision
1.000 -> 0.963); 'hedged' as one (dev unchanged; held-out read: cross test 0.978/0.845 ->
0.977/0.839, t17 0.979/0.810 -> 0.979/0.793); 'cause and effect', 'advice', 'another act',
'incidents apart' as ones, and generic plurals of lasting kinds (spill, fire, flood, storm,
outbreak, drought): no row moves. Left in within dev: 'ending strike' in a headline coded
PROTEST against 'ending a strike' CONCEDE, a truce extended (RETREAT) against the
agreement to extend it (AGREE), a meeting brought forward against a plan to meet, 'an
earthquake' in a quote against the quake's group.

Cross-article recall, task M of 2026-12-02 (stores of /tmp/fin32, built at 8ebb17a; dev four
stores 0.962/0.968, within 0.960/0.774; pair by pair, no clustering, dev cross P/R 0.984/0.776,
35 'same' pairs under the threshold, 1 of them H1N1). Kept: the 'advice' flag read once per
mention (no figure moves; --speed on the BP-oil store 19.5-27.3 s -> 10.9-17.8 s, load
4.5-5.5); 'it' no longer stands for a plural subject ('shares ... after it agreed': the
company's act had been dropped as a market's; BP-oil dev 0.975/0.975 -> 0.976/0.976, held-out
unchanged). Tried and not kept: a past perfect dated only by its article ('had been hurt')
reaching back 7 days as a back-reference does: no labelled pair and no disagreement row moves;
the same dated, in the events stage, by the last day the article named before it within 7 days
of its date (the story's time): Karsholm within dev precision 1.000 -> 0.857 ('had agreed to
release' supplies joins the truce agreed that Monday), and the Gate 4 injury row takes the
hospital's 38 but, with three figures, turns 'weak' (disagree.json strength), which the
sample-corpus test does not allow; dct_gap_days also between two defaulted dates when the later
is a past tense dated by its article: BP-oil within dev recall 0.818 -> 0.727.

More within-article pairs (task M, 2026-12-02 afternoon; stores of /tmp/fin32). The H1N1 within
tuning half had 4 'same' pairs. Drawn by ``sample_merge_pairs.py sample --within --n 70 --seed 41
--per-article 1`` from the H1N1 and BP-oil stores, pairs naming a mention already labelled left
out, 68 (H1N1) and 44 (BP-oil, a seeded random 44 of 77) renumbered after the old ones and
appended to t17_h1n1_within_pairs.jsonl (59 -> 127 pairs, 7 -> 10 same) and
t17_bpoil_within_pairs.jsonl (61 -> 105, 23 -> 33 same). Labelled blind from ``show`` alone by
the guideline: a running tally or a country's cases against another's, a generic or hypothetical
mention ('if you catch swine flu'), two people's deaths in one sentence and two quakes in two
readers' comments are different; 'the outbreak' named twice, 'the spill' named twice, a
headline's shutdown and the closures it consisted of, one court ruling told twice are the same;
a mention coded on 'affected by the spill' against 'the spill', and the leak against the slick,
left different (unsure). Blind score of the new pairs as shipped (abe3b28): H1N1 P/R
0.136/1.000 (22 joined, 19 wrong: tallies of cases of one day, 'tests' of a patient and of a lab,
two people's deaths, near-copy generic sentences -- mostly the pair's own score 0.8-1.0), BP-oil
0.636/0.700. Rows after: within dev 0.767/0.846 (144 pairs, 39 same; was 1.000/0.871 on 99),
within test 0.600/0.750 (170 pairs, 36 same; was 0.821/0.742 on 103); every cross row
unchanged. Within-article precision on H1N1 is the gap the old set hid. Tried and not kept on the
larger set: 'the spill' and 'the outbreak' (rules.json lasting_reference_kinds) as
back-references for the attach step only (not the reach): within dev 0.767/0.846 ->
0.756/0.872 (a quoted 'the oil spill' joins the spill, and 'the spill' of 'debts the spill
gives rise to' joins where 'affected by the spill' already is), every held-out row
unchanged. Then 90 H1N1 cross-article pairs (``sample --db H1N1 --n 110 --seed 41``, pairs
naming a labelled mention or a labelled article pair left out, a seeded random 90 of 102,
numbered from 1084, appended to t17_h1n1_pairs.jsonl: 308 -> 398 pairs, 64 -> 73 same), labelled
blind the same way ('the outbreak' in two reports of the swine flu outbreak, one confirmed case
told twice, a box of 1957/1968 history copied into two articles are the same; each day's or
country's case tally, 'no confirmed cases' on two days, a generic outbreak are different).
Blind score as shipped: P/R 0.375/1.000 (24 joined, 15 wrong: case tallies of other days or
places, generic mentions; the old set held few 'cases' pairs). Rows after: dev 0.968/0.968 ->
0.935/0.969, test 0.978/0.845 -> 0.918/0.849, t17 H1N1 dev 0.935/0.967 -> 0.810/0.971, test
1.000/0.636 -> 0.667/0.692. Kept after it: two articles' tally reports of one day (tallies.py:
a counted figure of an outbreak's cases or deaths) whose figures are more than
limits.tally_same_day_ratio (3) times apart are 'tallies apart' (the day's new cases and a
running or world total): within dev 0.767/0.846 -> 0.786/0.846 (a Scotland / London cases pair
splits through the cluster), every other dev row, every held-out row (read once), Gaza
tellings and eval_st_disagree unchanged; --shuffle identical (H1N1); --speed BP-oil within
noise. Kept after it: an act of anyone under a condition ('if you catch swine flu', 'if someone
is infected': rules.json generic_if_words then generic_anyone, at most two words to the trigger)
is generic (vetoes.anyone_if, part of the 'generic' veto): within dev 0.786/0.846 ->
0.805/0.846, every other row as before (held-out read once), --shuffle identical, eval_st_disagree
unchanged, --speed within noise (read once per sentence and offset). Tried and not kept: one
sentence naming one trigger twice with targets sharing no word ('the death of baby Finn, weeks
after the death of the boy's mother') as targets apart and a cannot-link 'two targets': within dev
0.786/0.846 -> 0.805/0.846 but H1N1 cross dev recall 0.971 -> 0.943 (the events stage's
targets of event nouns are noisy: 'outbreak' of 'global pandemic fears' / of 'swine flu' in one
headline, so the outbreak's group splits); 'rebuke', 'reprimand', 'berate', 'castigate',
'censure', 'chastise', 'lambast' in the ACCUSE accuse class: no dev pair moves (the
'rebuked' / 'criticized' pair is then 'targets apart').

Tally figures and absences (2026-12-02, issue #6, merge code only, stores of /tmp/fin32; rows
before: dev 0.935/0.969, within dev 0.805/0.846; held-out test 0.918/0.849, within test
0.600/0.750, t17 0.836/0.823, unseen 0.960/0.828). Kept: a figure of an occurrence's sentence
that counts the trigger's own noun counts the occurrence (mention.may_count reads the trigger:
'the count of confirmed <disease> cases has risen to 18' lost its figure, the target
naming the disease), so the report is a tally for 'tallies apart': dev unchanged, within test
0.600 -> 0.614 precision. Kept: two negated occurrences ('no confirmed cases' on two days) are
'absences' (vetoes.absence): dev 0.935/0.969 -> 0.940/0.969, held-out unchanged, Gaza and
eval_st_disagree precision unchanged (H1N1 shown 3/7 -> 3/5), --shuffle identical, --speed
within noise. Tried and not kept: 'tallies apart' as a cannot-link of any two reports: dev
0.946/0.969, within dev 0.842/0.821, but t17 held-out 0.836/0.823 -> 0.833/0.806 (a pair
lost); tally reports of two days read without rival claims (counts.numbers_near): dev
unchanged, held-out test 0.918/0.849 -> 0.918/0.843; a cannot-link 'one article's tallies' (two
tally reports of one article, one class, figures of one counted thing apart; the merger then
scans groups sharing an article when one holds a tally report): within dev 0.805/0.846 ->
0.825/0.846 and every eval_merge held-out row up (test 0.925/0.849, within 0.628/0.750, t17
0.850/0.823), but the held-out H1N1 store of eval_st_disagree lost a true group (3/21 ->
2/19); without the one-thing and one-class conditions a dev within pair was lost (a headline's
'81 people' against a later '4 cases').
H1N1 counts, tried and not kept (task M3, 2026-12-02 afternoon; stores of /tmp/fin33, merge
code only; before: dev 0.940/0.969 (H1N1 0.829/0.971), within dev 0.805/0.846; held-out test
0.918/0.854, within test 0.614/0.750, t17 0.836/0.823; eval_st_disagree H1N1 check 3/21, shown
3/5). 'one article's tallies' in forms meant to keep rival claims one article reports: on one day
only figures more than tally_same_day_ratio apart: check 2/20 (a true group lost); not when
both sentences attribute their figures (claim_words): within dev 0.825/0.846, check 2/19; tally
reports of two days only: every dev row unchanged, held-out test 0.925/0.854, within 0.628/0.750,
t17 0.850/0.823, check 3/20 but shown 3/5 -> 3/7 (two false rows shown more). 'tests'
(occ.disease.test: a patient's, a lab's) earning no nominal_trigger (rules.json
nominal_not_rules): dev 0.952/0.969 (H1N1 0.872/0.971), within dev 0.825/0.846, but held-out
test 0.918/0.848, t17 0.833/0.806 (an H1N1 pair lost). An average link of its own for groups of
tally_classes (cases, deaths) at 0.2 / 0.3 / 0.4 / 0.5: dev P 0.946 / 0.946 / 0.940 / 0.952,
within dev P 0.805 / 0.825 / 0.825 / 0.805; at 0.3 held-out precision test 0.912, within 0.600,
t17 0.823. 'counts apart', a veto of two mentions of one article of one tally class with a
counted figure on either side and none near ('the first cases' / 'about 250 infections'):
within dev 0.846/0.846 but dev 0.935/0.969 (a regrouped H1N1 pair), held-out within
0.650/0.722 (a pair lost). tally_span_days 0: within dev 0.846/0.846, H1N1 dev recall 0.914
(copies of one history box dated apart split). occurrence_names only across articles: within
dev 0.762/0.821. An uncounted figure of a plural case or death noun counting that noun ('cases
up by 95'): within dev 0.800/0.821. The H1N1 case groups (one of 28 mentions over five days at
average link 0.1) regroup under every change, and what a tuning pair gains from it the
held-out pairs lose; only a cannot-link of one article's tally reports raised every held-out
row.
The same cannot-link with a weak-row rule, tried and not kept (task M4, 2026-12-02; stores of
/tmp/fin33): a number row all of whose claims are of tally_classes (cases, deaths: a series
reported anew each day) is weak when its claims' articles are of different days (disagree.json
strength max_tally_days 0; the labels' own rule: a running figure is one fact per time it was
reported). The tuning rows have no tally class: bp shown 2/4 (true kept 2/2), mj_haiti 7/7
(7/7; its true quake 'homeless' row, four days apart, stays strong: no tally class), Gaza 5/5
(5/5), all unchanged. Measured once with the cannot-link: H1N1 check store all rows 3/21 ->
3/20, shown by default 3/5 -> 3/6 = 0.500 (the cannot-link alone 3/7), true groups kept 3/3,
shown unlabelled 6 -> 3; Ukraine 1/1 (1/1) unchanged. Shown precision below the start's 0.600:
neither kept (patches /tmp/M4/v3_tally_weak.patch, /tmp/M4/tally_weak_only.patch).
An events change, tried and not kept (task M4): events.naming.name takes the name an apposition
gives a word that is no name ("X's eldest brother Y" -> Y, not the possessor X). Stores rebuilt
at 1f442de with it against /tmp/fin34 (the same code without): PLOVER dev 0.947/0.955 and test
0.697/0.741, every probe file unchanged; four stores dev and within rows unchanged, held-out
test 0.918/0.854 -> 0.919/0.861 (MJ/Haiti test 0.960/0.828 -> 0.961/0.845), Gaza tellings
unchanged; but Ukraine (check) within precision 0.200 -> 0.182 (within test 0.333 -> 0.286),
cross unchanged. Kept the party when the phrase names a state, body or people ('X's envoy Y'
acts for X): the same figures, Ukraine within again 0.182 (patches
/tmp/M4/appositive_name.patch, /tmp/M4/appositive_name_party.patch).

BP-oil by two other sources (task M5, 2026-12-02 evening). tests/merge/data/
t17_bpoil_guardian_wapo_pairs.jsonl (231 cross-article pairs, 103 same) and
t17_bpoil_guardian_wapo_within_pairs.jsonl (78 pairs of one article, 17 same): bpoil_guardian
and bpoil_washingtonpost, which no set had used. Store: ``dateline run
../shared/data/t17-dev/bpoil_guardian ../shared/data/t17-dev/bpoil_washingtonpost --db BPGW -q
-p 1`` (code of cb28a3f); drawn by ``sample_merge_pairs.py sample --n 210 --seed 36`` (231: the
strata's minimum of two per unscored reason) and ``sample --within --n 64 --seed 36
--per-article 1`` (78). Labelled blind from ``show`` alone (no score, stratum or cluster seen)
by the guideline: every later naming of the rig's blast, of 'the blowout' or 'the
blast', or of the spill ('the spill', 'the oil leak', 'the gusher', a slick that stands for the
spill: 'what it costs to handle the slick') is that one event; the floating slick itself ('a
widening slick', 'dispersants to break up the slick'), a flow told on one day ('oil gushing from
three breaks'), the 11 deaths, the fire, the sinking and the rig's destruction are other events
than the explosion; generic and hypothetical spills ('catastrophic spills will happen', 'in case
of a massive leak'), other spills (Exxon Valdez, Prudhoe Bay, Texas City) and a device name
('blowout preventer') are other events; a planned meeting told twice is one. Blind score, the
rules shipped at cb28a3f: cross dev 0.755/0.909 (101 pairs, 44 same), test **0.836/0.949**
(130, 59 same); within dev 0.429/0.600 (35, 5 same), test **0.600/0.750** (43, 12 same). (The
BP-oil set of bbc and reuters, tuned on: dev 0.976/0.976, test 0.971/0.917.) Its tuning half's
wrong joins: 8 the spill against the floating slick (4 by their own score 0.72-0.95), 2 the
spill against a day's flow ('gushing from three breaks'), 5 generic or hypothetical spills
('big spills will always happen', 'the risk of a disastrous spill'), a reader
named 'bombed' read as an act, Obama's meeting against the families he met; misses: 'the spill'
told twice scoring 0.41-0.52, a planned meeting told twice ('another act'), 'looking into' /
'investigation' ('vague date'). Kept: spills among the generic kinds (rules.json
generic_lasting_kinds; vetoes.generic_plural): a bare plural of the spill kind joins nothing.
New set dev 0.755/0.909 -> 0.784/0.909, within dev 0.429/0.600 -> 0.500/0.600; held-out read
once: new set test 0.836/0.949, within 0.600/0.750, four stores test 0.918/0.854, within test
0.614/0.750, t17 0.836/0.823, unseen topics 0.960/0.828 unchanged; Gaza 1.000/0.833 (within
1.0/0.5) and Ukraine 0.857/0.632 unchanged; --shuffle identical (the new store). Kept after
it: an occurrence told as a risk ('the risk of a disastrous spill', 'the possibility of an
explosion': rules.json generic_risk_words, 'of', an article, at most two words to the trigger;
vetoes.risk_of, part of 'generic'; 25 mentions in the five stores, all hypothetical): new set
dev 0.784/0.909 -> 0.800/0.909; every other dev row, every held-out row (read once) and Gaza,
Ukraine unchanged; --shuffle identical. Tried and not kept: 'slick' a trigger class of its own
(not 'spill': the floating oil is not the release): new dev 0.784/0.909 -> 0.889/0.909, within
dev 0.500/0.600 -> 0.800/0.800, new test 0.836/0.949 -> 0.900/0.915, within test 0.600/0.750 ->
0.692/0.750, but four stores within dev 0.805/0.846 -> 0.800/0.821 and within test 0.614/0.750
-> 0.605/0.722 (BP-oil within pairs of 'the spill' joined only through the spill's group
regroup; /tmp/M5/slick_class.patch); 'gusher' in the spill class: four stores within dev
0.805/0.846 -> 0.800/0.821. Kept after: 'major' no longer in generic_not_after (a size tells
no one instance: 'clean up major oil spills' is the kind): new within dev 0.500/0.600 ->
0.600/0.600; held-out read once: new test 0.836/0.949 -> 0.848/0.949, every other row, Gaza
and Ukraine unchanged. Kept after it (last session's not-kept patch, /tmp/M/lasting_reference_
kinds.patch, now measured on the new set too): 'the spill', 'the outbreak' (rules.json
lasting_reference_kinds) are back-references for the attach step, with no reach: new within
dev 0.600/0.600 -> 0.714/1.000, cross dev unchanged; four stores within dev 0.805/0.846 ->
0.791/0.872 (BP-oil: a lost 'the spill' pair joins; 'debts the spill gives rise to'
joins where 'affected by the spill' is, labelled different), cross dev unchanged; held-out read
once: new within test 0.600/0.750 -> 0.625/0.833, new cross test 0.848/0.949, four stores test
0.918/0.854, within test 0.614/0.750, t17 0.836/0.823, unseen 0.960/0.828, Gaza and Ukraine
unchanged; eval_st_disagree news (H1N1 check 3/21, shown 3/5; BP-oil 2/8, 2/4; MJ/Haiti 7/10,
7/7) unchanged; --shuffle identical (BPGW, BP-oil, H1N1); --speed BP-oil 9.1-12.2 s before,
10.6-11.8 s after (alternated, load 5; the same 701,311 pairs scored; 7,160 -> 7,081 events).
With 'slick' a class of its own as well: new cross test 0.915/0.915 (recall under the blind
0.949), four stores within test 0.605/0.722: not kept (/tmp/M5/slick_plus_lasting_refs.patch).

H1N1 by Reuters and the BBC (task M, 2026-12-02 night). tests/merge/data/
t17_h1n1_reuters_bbc_pairs.jsonl (210 cross-article pairs, 18 same) and
t17_h1n1_reuters_bbc_within_pairs.jsonl (102 pairs of one article, 7 same): H1N1_reuters, which
no set had used, with H1N1_bbc. Store: ``dateline run ../shared/data/t17-dev/H1N1_reuters
../shared/data/t17-dev/H1N1_bbc --db H1N1R -q -p 1`` (code of cb1fa82); drawn by
``sample_merge_pairs.py sample --n 185 --seed 37`` (210: the strata's minimum of two per
unscored reason) and ``sample --within --n 60 --seed 37 --per-article 1`` (72), then 30 more
of one article (``--within --n 110 --seed 38 --per-article 1``, articles of the first draw left
out, a seeded random 30, numbered from 72: the first draw held 4 same pairs). Labelled blind
from ``show`` alone (no score, stratum or cluster seen) by the guideline: the outbreak named in
two reports ('deal with the outbreak', 'news of the outbreak'), one tally of one day and place
told twice ('deaths risen to 159' / 'as many as 159 deaths', 'killed scores' / 'up to 149' on
one day), a country's 'only one death' and the toddler's death it counts, one WHO raise told
twice, a sentence copied into two stories of one day, a history box copied, a headline's act
and its body's are the same; tallies of other days or places (even with one figure: 'spread
to 74 countries' on two days), a tally against one of its incidents, generic, hypothetical and
habitual mentions ('if you catch it', 'seasonal flu kills'), the US outbreak against the
outbreak, the outbreak against a pandemic declared, an order and the cull it ordered, an
explosion and the fire are different; unsure ('spreading in the US' / 'spread into the US',
several countries' pork bans on two days) left different. Blind score, the rules shipped at
cb1fa82: cross dev 0.385/0.909 (94 pairs, 11 same), test **0.161/0.714** (116, 7 same); within
dev 0.200/0.800 (47, 5 same), test **0.125/0.500** (55, 2 same). (The H1N1 set of the Guardian
and the BBC, tuned on: dev 0.829/0.971, test 0.667/0.692.) Its tuning half's wrong joins:
cross, 12 by their own score 0.53-1.00 -- a single case or death against a count of many
('Asia 's first case' / 'more than 300 cases', 4), tallies of other days whose figures the
numbers stage counted nothing for ('stood at 404', 'over 100') or whose sentences name no
disease ('140 deaths so far': occ.other.death), generic or hypothetical mentions ('people who
contract this virus', 'capable of tackling an outbreak'), 'spread to 74 countries' on two
days -- and 2 through other reports; within, 13, mostly through other reports. Kept: an
occurrence told as what recurs (rules.json habitual_phrases among limits.habitual_words words
after the trigger: 'seasonal flu kills as many as 350,000 people every year'; vetoes.habitual, part
of 'generic'; 25 mentions in the seven stores, all rates of a kind): new within dev
0.200/0.800 -> 0.211/0.800; held-out read once: new test 0.161/0.714 -> 0.167/0.714, every
other row (four stores, BPGW, Gaza, Ukraine) unchanged; --shuffle identical (H1N1R, H1N1).
Tried and not kept: 'one and many' (a pair veto and a cannot-link: of one tally class, a
single instance told by a singular noun, 'case', 'death', 'fatality', against a plural noun or
a figure of its own over one): new dev 0.385 -> 0.417, within dev 0.200 -> 0.222, four stores
dev 0.940 -> 0.952 (H1N1 0.829 -> 0.872); held-out precision up everywhere (test 0.918 ->
0.931, t17 0.836 -> 0.862, within 0.614 -> 0.659, new 0.161 -> 0.192) but one held-out pair
lost (test recall 0.854 -> 0.848, t17 0.823 -> 0.806, H1N1 0.692 -> 0.654), in each of three
forms ('infection', mostly a mass noun, in the singular list or not; a singular noun's number
read from its own word or from the sentence's figures); as a pair veto alone new dev 0.370
(/tmp/M/s37/one_many_v3.patch). A figure no counted thing was read for, told after the
trigger as the level its count stands at ('stood at 404', 'risen by one, to 16'), making a
tally report: new dev 0.385 -> 0.400, within dev 0.211, but four stores within test 0.614 ->
0.600 (/tmp/M/s37/tally_level.patch). occ.other.death among the tally classes: MJ/Haiti dev
recall 0.942 -> 0.923. Kept after it: an occurrence verb in the present after 'who' on an
unnamed kind of people ('people who contract this virus': rules.json generic_who_heads, a past
form exempt; vetoes.anyone_who, part of 'generic'; 10 mentions, all 'contract', in the two
H1N1 stores): new dev 0.385/0.909 -> 0.400/0.909; held-out read once: every row unchanged (new
test 0.167/0.714, within 0.125/0.500; four stores, BPGW, foxnews within, Gaza, Ukraine);
--shuffle identical (H1N1R, H1N1). Kept after it: outbreaks among the generic lasting kinds
unless placed (rules.json generic_lasting_kinds, generic_unless_placed: a bare plural with no
place phrase of its own, 'lessons of previous virus outbreaks', 'able to cause outbreaks at
community level', speaks of the kind; 52 mentions in the H1N1 and MJ/Haiti stores): new within dev
0.211/0.800 -> 0.235/0.800; held-out read once: new test 0.167/0.714 -> 0.172/0.714, every
other row unchanged; --shuffle identical (H1N1R, H1N1). Kept after it: 'spread' a trigger
class of its own, not 'outbreak' (triggers.json: the virus spreading to more places is not the
outbreak itself, as the labels read it): new within dev 0.235/0.800 -> 0.267/0.800; held-out
read once: new test 0.172/0.714 -> 0.179/0.714, every other row unchanged; eval_st_disagree
news (H1N1 check 3/21, shown 3/5; BP-oil 2/8, 2/4; MJ/Haiti 7/10, 7/7) unchanged with the four
changes. Tried after and not kept: an intention's trigger classes read under its planned root
too ('will hold his first meeting' ~ 'meet'): BPGW dev 0.800/0.909 -> 0.804/0.932, but four
stores test 0.918/0.854 -> 0.913/0.861, t17 0.836 -> 0.825 precision
(/tmp/M/s37/planned_classes.patch); 'test' among the generic lasting kinds: four stores dev
recall 0.969 -> 0.963.

Within-article pairs of a third BP-oil source (task W, 2026-12-02 evening; issue #6).
tests/merge/data/t17_bpoil_foxnews_within_pairs.jsonl: 74 pairs of one article (21 same), each
of another article of bpoil_foxnews, which no set had used; drawn by ``sample_merge_pairs.py
sample --within --db FOX --n 64 --seed 37 --per-article 1`` (74: the strata's minimum of two
per unscored reason) from a store of that source alone built at cb1fa82 (``dateline run
../shared/data/t17-dev/bpoil_foxnews --db FOX -q -p 1``, 2 min). Labelled blind from ``show``
alone (no score, stratum or cluster seen) by the guideline and the BP-oil reading of task M5:
every later naming of the spill ('the spill', 'affected by the spill', a heading that names the
spill) is the spill, and of the 20 April blast the explosion; the floating slick ('boats amid
the slick', booms set for slicks), the flow on a day (oil flowing from the well that day), the
gusher as what a cap or a relief well stops, a device name ('blowout preventer'), another
platform's blast, a search phrase, a storm centre's name, and generic, hypothetical or negated
mentions (a car's oil leak, 'no explosion') are other events; one statement printed twice (a
caption and its lede), one approval told twice and two namings of one day's slick are one.
Blind score, the rules shipped at cb1fa82: dev 0.688/0.733 (47 pairs, 15 same), test
**0.667/0.667** (27, 6 same), all 0.682/0.714.

Within one article, task W (2026-12-02 evening; stores of /tmp/fin36, the bpoil_foxnews store
above and the H1N1 Reuters+BBC store, built at cb1fa82; merge code only). Census of the within
dev errors (four stores 9 false joins, 5 misses; H1N1 Reuters+BBC 16 false joins; bpoil_foxnews
5 false joins, 4 misses; guardian+wapo 2 false joins): most false joins are two case or death
counts of one H1N1 article (a headline's rise against the country's total, a city's first cases
against a region's new ones), then generic or habitual mentions, a device or agency name read
as an occurrence ('blowout preventer', a hurricane centre), the spill against the floating
slick; most misses are 'the spill' named twice in one article, each in another day's spill
group (0.42-0.53: trigger, nominal_trigger and same_modality only), which a pair feature cannot
join (groups of 15-360 mentions). Tried and not kept: 'two tallies' (two mentions of one
sentence on one trigger word of a tally class, not both singular nouns: 'hundreds infected ...
a woman infected') as a veto and a cannot-link: four stores within dev 0.791/0.872 ->
0.810/0.872, cross dev 0.940 -> 0.946 precision, held-out cross test 0.918 -> 0.925 precision,
but within test 0.614/0.750 -> 0.619/0.722 (a held-out H1N1 pair lost); as a veto only: within
dev 0.810/0.872, within test precision 0.614 -> 0.600 (the H1N1 case groups regroup); first for
deaths of any class too: MJ/Haiti cross dev recall 0.942 -> 0.904 (one sentence names the
singer's death twice). Patches: /tmp/W/s37/two_tallies_*.patch. A habitual veto with a window
before the trigger as well, 'a year' and any type (/tmp/W/s37/0001-merge-a-habitual-*.patch)
moved the same rows as vetoes.habitual above and no other. 'The spill' named twice in one
article (two back-references of a lasting_reference_kinds kind, one class) as one event
outright: four stores within dev 0.791/0.872 -> 0.810/0.872 (BP-oil within 0.882 -> 0.938
precision), but guardian+wapo within dev 0.714/1.000 -> 0.667/0.800 and cross 0.800/0.909 ->
0.788/0.932, bpoil_foxnews within dev 0.688/0.733 -> 0.632/0.800, H1N1 Reuters+BBC cross dev
0.385/0.909 -> 0.346/0.818: the pair joins two large groups of other days, which then regroup
(/tmp/W/s37/spill_twice_mustlink.patch); not measured on the held-out halves.

The story's lasting occurrence at the group level (task L, 2026-12-02 night; issue #6; merge
code only, stores of /tmp/fin36 and the bpoil_foxnews and H1N1 Reuters+BBC stores, measured at
89c54ca and again, the same, at c8732ce). Design: after step 3, every naming of the story's
spill (a singular 'spill' or 'leak', first or last in its trigger, a back-reference or named
with no determiner of a new instance and not after 'of'/'for': 'the spill', 'BP oil spill :',
'affected by the spill'; not 'a spill the size of', 'one type of spill') leaves its day group
for the group that holds most namings of its story (namings of one component, or tied by a
scored pair: two of one article always are); the day groups keep the floating slick, a day's
flow, the explosion. A post-pass over the clusters: --shuffle identical (BPGW), tests/merge +
tests/cli/test_disagree.py 473 passed, --speed BP-oil 6.9 -> 7.7 s (one run each, load ~4).
Dev rows: guardian+wapo cross 0.800/0.909 -> 0.909/0.909 (the spill against the slick or a
day's flow no longer joins), within 1.000/1.000 (from 0.714/1.000), bpoil_foxnews within
0.688/0.733 -> 0.778/0.933, four stores and H1N1 Reuters+BBC unchanged. Held-out read once:
guardian+wapo within 0.625/0.833 -> 0.769/0.833, foxnews within 0.667/0.667 -> 0.800/0.667,
four stores within 0.614/0.750 -> 0.622/0.778, four stores test, H1N1 sets, Gaza, Ukraine
unchanged, but guardian+wapo cross 0.848/0.949 -> 0.948/0.932: one held-out pair lost (the
like dev loss: a naming against a flow verb of its day, 'spewing' / 'BP oil spill :',
labelled same, now apart). Not kept (/tmp/L/story_group.patch). Steps there, each measured on both
halves: the lasting back-references alone ('the spill', 'the slick', 'the gusher' as stored):
guardian+wapo dev 0.833/0.795, within 0.750/0.600, the slick joining 'the leak'; the kind's
noun only, back-references only: dev 0.878/0.818; with its undetermined namings and
'outbreak': held-out H1N1 test 0.667 -> 0.643 precision (dev twin: 'the U.S. outbreak'
against the outbreak), so the spill alone ('leak' too: 'the oil leak' is the spill); one-word
triggers only, scope one component: guardian+wapo within dev 0.800/0.800, four stores within
test 0.605/0.722; with the phrases, scope one component: within dev 1.000/0.800, foxnews
within dev 0.789/1.000, held-out as the design's but four stores within 0.614/0.750;
scope one article (its namings to the group holding most of them): guardian+wapo dev
0.830/0.886, test 0.841/0.898; day groups mostly of namings moving whole: guardian+wapo dev
0.788/0.932, test 0.824/0.949; namings dated by their own clause or sentence left in their day
group: guardian+wapo dev 0.829/0.773 (headlines carry dates). Next step (task L2): after the
namings move, a spill-class mention that is not a naming follows them on attach_min_pairs pairs
of reference_score or more with the moved namings (to the group with most such pairs). Every
such mention (the slick too): guardian+wapo dev 0.788/0.932, within 0.556/1.000 (the slick
joins the spill again). The flow only (a verb, or a noun of a flow list: 'the gusher'): dev
guardian+wapo cross 0.891/0.932, within 1.000/1.000, foxnews within 0.737/0.933 (natural
seeps follow), others unchanged; held-out read once: guardian+wapo cross 0.848/0.949 ->
0.917/0.932 (still under its start recall: the lost pair is not won back, and followers cost
precision), within 0.625/0.833 -> 0.714/0.833, foxnews within 0.800/0.667, four stores
within 0.622/0.778, four stores test, H1N1 Reuters+BBC, Gaza, Ukraine unchanged. Not kept
(/tmp/L/story_group_v2.patch).

Two fresh blind cross-source sets (task L, 2026-12-03; issue #6), from source pairings no set
had used, for a verdict on designs whose held-out halves had been read. Stores of 2b095a7
(``dateline run <both folders> --db STORE -q -p 1``); drawn by ``sample_merge_pairs.py sample
--n 140 --seed 40 --cross-source`` (pairs of the two folders only; the strata's minimum of two
per unscored reason gives 158 and 162); labelled blind from ``show`` alone (no score, stratum
or cluster seen) by the guideline and the readings above. tests/merge/data/
t17_bpoil_foxnews_reuters_pairs.jsonl (bpoil_foxnews x bpoil_reuters, 158 pairs, 72 same):
the 20 April blast however named ('explosion', 'blast', 'exploded', 'blowout', 'blew up'), the
11 deaths told twice, the spill named twice ('the spill', 'affected by the spill', 'the gusher'
it set off) and one letter told twice are the same; the blast against its deaths, its fire or
the sinking, the spill against the floating slick or a day's or the ongoing flow ('oil spewing',
'continues to gush'), other spills (Ixtoc, Exxon Valdez, generic or hypothetical ones),
another platform's blast, a plan against the act done are different. tests/merge/data/
t17_h1n1_reuters_guardian_pairs.jsonl (H1N1_reuters x H1N1_guardian, 162 pairs, 17 same):
read as the Reuters + BBC set above (the outbreak named twice, one tally of one day and place,
one person's death, the SARS outbreak of 2003 told twice are the same; tallies of other days
or places, a tally against an incident, generic or hypothetical mentions, an order against
the cull are different). Blind score, the rules shipped at 2b095a7: bpoil_foxnews x reuters
dev 0.791/0.919 (86 pairs, 37 same), test **0.750/0.857** (72, 35 same); H1N1 reuters x
guardian dev 0.286/0.857 (80, 7 same), test **0.360/0.900** (82, 10 same). Verdict, each
fresh held-out half read once (task L; patches /tmp/L/s40/one_many_v3_rebased.patch,
story_group_v2_full.patch): 'one and many' leaves both fresh test rows unchanged (foxnews x
reuters 0.750/0.857, H1N1 R x G 0.360/0.900; H1N1 R x G dev 0.286 -> 0.353) and again loses
the four stores' held-out pair (0.918/0.860 -> 0.931/0.854) with H1N1 R+B within test 0.125 ->
0.111; the story group trades a true pair for a false join on the fresh foxnews x reuters test
(0.750/0.857 -> 0.763/0.829, F1 0.800 -> 0.795; dev 0.791 -> 0.829/0.919), the shape of its
guardian+wapo loss, and merges ~15% slower. Neither is kept: both gain precision within one
article or on dev, neither gains a fresh cross-article held-out pair.

Non-tally false joins on BP-oil (task W, 2026-12-03; issue #6; merge code only, stores of
/tmp/fin38 and the two fresh sets' stores of 2b095a7). Census of the tuning halves of
foxnews x reuters and guardian+wapo (22 cross false joins, 2 within; 7 misses): the spill
against the floating slick 9 (4 by their own score 0.72-0.95, 5 through the day's group), the
spill against the flow told as going on ('continues to gush', 'has been gushing for nearly two
months', 'is gushing from three breaks') or a total that leaked 5, generic or hypothetical
spills 2 ('spills occur often', 'if you were to cover the gulf with an oil
spill'), a mention misdated to another's day 2 (a comparison's year, another platform's blast
dated by an antecedent), a reader's name read as an act ('bombed writes'), a meeting and the
families met, birds' deaths and the workers' (left to the tallies' task); misses: 'another
act', 'cause and effect' and 'vague date' vetoes (two 1979 mentions of one blowout; 'looking
into' on June 2 / 'investigation' in June), 'the spill' twice at 0.41, a planned meeting.
Kept: a plural with the verb a kind does is generic ('spills occur', 'quakes will happen':
rules.json generic_kind_verbs; the determiner test reads from the last clause mark): foxnews x
reuters dev 0.791 -> 0.810, every held-out row unchanged. Kept: the flow told as going on
leaves a finished group that names the spill (vetoes.going_split, rules.json going_on_about):
guardian+wapo dev 0.800 -> 0.833, foxnews x reuters dev 0.810 -> 0.850; held-out read once:
guardian+wapo test 0.862/0.949 -> 0.875/0.949, foxnews x reuters test 0.750 -> 0.769, the rest
unchanged. Not kept: the same as a pair veto (the day groups regroup: guardian+wapo within dev
0.714 -> 0.625, within test 0.625 -> 0.588); as one across articles only (within dev the
same, foxnews within 0.786/0.733 unchanged; not read held-out). The slick, three designs, all
with 'slick'/'slicks' as words naming the thing an occurrence left: (1) 'thing and act', a
veto and a cannot-link of one article's slick and spill (a writer using both words tells them
apart): guardian+wapo within dev 0.714 -> 1.000/1.000 but cross dev recall 0.909 -> 0.818,
foxnews x reuters 0.919 -> 0.838 (the cannot-link splits the spill's day groups; 'the spill'
pairs at 0.41-0.53 ride on them); (2) the veto alone: foxnews within dev 0.786/0.733 ->
0.769/0.667; (3) a pass over finished groups, one article's slick mentions leaving a group that
holds its spill: dev guardian+wapo 0.800/0.909 -> 0.851/0.909, within 1.000/1.000, foxnews x
reuters 0.810 -> 0.829, the rest unchanged; held-out read once: guardian+wapo test 0.862/0.949
-> 0.932/0.932 and four stores within test 0.614/0.750 -> 0.605/0.722 (a true pair lost in
each), guardian+wapo within 0.625 -> 0.714, foxnews x reuters 0.750 -> 0.789: not kept
(/tmp/W/s40/thing_split.patch). As with the slick class of task M5, held-out pairs read a
writer's 'slick' as the spill even beside 'spill'; no lexical cue on the dev half tells the
floating oil from the spill it stands for. Kept after: an indefinite further into a condition on
anyone is generic ('if you were to cover the gulf with an oil spill': rules.json
generic_if_indefinite; 7 mentions in the 11 stores, all hypothetical): foxnews x reuters dev
0.850 -> 0.872, held-out read once, all unchanged. Not kept: the value 1 no shared figure
(number_shared; the 0.95 spill / slick pair shared 'one dome' and 'the one piece'): guardian+wapo
dev unchanged (the pair joins through its group), foxnews within dev 0.786/0.733 ->
0.769/0.667 (/tmp/W/s40/figures_not_shared.patch; not read held-out).

Running tallies upstream (task M, 2026-12-03; issue #6). Census of the H1N1 Reuters+BBC dev
errors (26: cross 14 false joins and 1 miss, within 10 and 1): 19 are case or death counts
(17 false joins, 14 of them scoring over the threshold on their own, 0.66-1.00; 2 misses),
of which 5 had lost what their figure counts in the numbers stage (the shapes 'the number of
cases ... stands at N', 'stood ... at N', 'their estimate of deaths to over N', 'the death
toll had risen to N'), the rest tallies of other days with near or equal figures, places the
events stage did not read (a school in a named town), a first case against a count of many,
lists of countries. Kept (160b6a5): a level verb's subject is what its figure counts (numbers
words.json tallies 'levels', 'of_words'). Tried on the merge side after it
and not kept, dev only (stores rebuilt with it; before: H1N1 R+B dev 0.417/0.909, within
0.308/0.800; four stores dev 0.940/0.969, within 0.791/0.872): a tally report's figures of
its own counted class only (rules 'tally_counted_words' death / case / injury; persons and
uncounted figures kept, a toll's uncounted level counted, a figure of the other class left
out: a case report's death count): every dev row unchanged -- the pairs it vetoes ('over
100' / '168 deaths' a day apart; a toll of 16 / '380 deaths' in one article) stay joined
through other reports; with uncounted figures left out, within dev 0.286; two groups holding
tally reports of different days with no figure in common never join (GroupMarks): H1N1 R+B
dev 0.360/0.818 (0.391/0.818 by exact values), within 0.364/0.800, four stores dev
0.946/0.969, within 0.825/0.846 -- same-day pairs ('killed scores of people' / 'killed up to
149') are lost when their groups already hold other days' reports; 'tallies apart' of one
article as a cannot-link (the one-article scan when a group holds a tally report): H1N1 R+B
dev 0.346/0.818, within 0.364/0.800, four stores within 0.805/0.846. Patches
/tmp/M/s40/tally_class_groups.patch, /tmp/M/s40/one_article_tallies_cannot_link.patch.
'The death toll rose to 57' read as counting 'death toll': bench/eval_st_numbers.py gaza
counted 0.965 -> 0.951, casualty recall 0.913 -> 0.884 (the gold reads no counted noun
there, and crosscheck then reads no casualty), not kept.

The floating slick decided in the events stage (task W2, 2026-12-03; issue #6): a 'slick' told
as a thing (occurrences.json occ.accident.slick, 'thing_heads': the verb it does or undergoes,
'drifted', 'tripled in size', 'break up'; the word whose phrase holds it, 'the edge of', 'a
picture of'; a measure on it, 'the size of') is its own class, which the kind veto keeps from
the spill; 'since the slick began' stays the spill. Stores rebuilt (bp, bpgw, fox, foxr). Dev:
guardian+wapo 0.833/0.909 -> 0.909/0.909, within 0.714 -> 1.000/1.000, foxnews x reuters
0.872 -> 0.895/0.919, foxnews within 0.786/0.733 -> 0.769/0.667 (two thing-slick mentions
that joined only through the spill's group; one hedged, 'appeared to triple'), back to
0.786/0.733 once a seeming over a thing no longer hedges it (occur.is_thing), four stores
unchanged. Held-out read once: guardian+wapo 0.875 -> 0.903/0.949, foxnews x reuters 0.769 ->
0.789/0.857, four stores within 0.614/0.750 -> 0.622/0.778, the rest unchanged (no other store
holds a slick mention).

The earlier value of a change (task M2, 2026-12-03; issue #6): 'rose to 52, up from 45' or
'from 45 to 52' gives 45 only as the old value (numbers words.json 'old_values',
numbers.find.old_value). Dropped from a mention's shared figures (bfe14b1): every row
unchanged. Skipped too by numbers_near (a tally report's old value is no near figure):
four stores within dev 0.791 / 0.872 -> 0.810 / 0.872, H1N1 R+B held-out 0.179 / 0.714 ->
0.185 / 0.714, every other dev and held-out row unchanged; eval time unchanged (32 s).

H1N1 tallies, places and hypotheticals (task M, s41, 2026-12-03; issue #6; /tmp/fin40 stores,
merge rows as in the README). Dev errors then: H1N1 R+B 14 cross false joins, 9 within; R x G
15, 6 of them generic or hypothetical outbreaks in the 138-mention outbreak group ('preparing
for an outbreak', 'capable of tackling an outbreak', 'a possible widespread outbreak'). Kept
(99d6bb7): an occurrence one gets ready for or told as possible is generic (vetoes.readied_for,
rules.json generic_ready_words, generic_possible_words; 33 mentions in 13 stores): R+B dev
0.417 -> 0.435, R x G dev 0.318 -> 0.368, every other row and every held-out row unchanged.
Kept (542835c): the outbreak told as going on ('the virus is spreading in the US') leaves a
group naming the outbreak (going_on_kinds += outbreak): R+B dev 0.435 -> 0.455, held-out
unchanged. Not kept: (1) the place of the counting verb a case or death noun is the subject or
object of (events args, roles.json counted_places: 'nine cases were confirmed across Varnia',
'detected at a school in Cologne'; H1N1 stores rebuilt, 29 locations in H1N1 R+B, none in the
BP, MJ/Haiti, Karsholm or tellings stores), and with it a country subject of the verb ('South
Korea reports its second case'; 45 more): dev R+B 0.435/0.909 unchanged, within 0.308 -> 0.364,
R x G 0.368 -> 0.389, four stores 0.940 -> 0.935 (a hypothetical 'if this case was confirmed'
regrouped); held-out once: R+B 0.185 -> 0.250, R x G 0.375 -> 0.391, four within 0.636 ->
0.651, but R+B within 0.125 -> 0.111 (/tmp/M/s41/counted_places_B.patch). The verb's phrase
alone (dev, merge code of 542835c): R+B 0.455 -> 0.476, within 0.308 -> 0.333, R x G 0.368 ->
0.350, four stores 0.940 -> 0.935: mixed, not read held-out (counted_places_A.patch). A
disease named in an occurrence's target ('cases of bird flu', rules 'diseases': avian,
seasonal, swine flu, SARS ...) as a pair veto and a group mark: R x G dev 0.368 -> 0.412, the
rest unchanged; held-out four stores 0.918 -> 0.912 (diseases.patch). A confirmed count
against a suspected one ('the confirmed death toll' / 'suspected in over 380 deaths') as a
pair veto: R+B dev 0.455 -> 0.417, R x G 0.368 -> 0.350 (regrouping; confirmed_suspected.patch).
Not tried: 'appeared in May and has since reached 40 states' (invented) takes the first
conjunct's date (anchor.syntax.governing_clauses); a 'since' adverb on a perfect conjunct
should end the chain (needs every store rebuilt).

Dates from the wrong clause (task M, s42, 2026-12-03; issue #6; events.anchor, stores of
cb90392 in /tmp/fin42 and rebuilt ones). Census of the dev errors of every labelled set
(/tmp/M/s42/derr.py): 13 misses whose two dates differ, 22 false joins both dated by default,
few resting on an anchor: a perfect conjunct with 'since' taking its first conjunct's month
(H1N1 R+B), an act of one relative clause dated by another ('where N have died' by a week in
another relative clause; 'who was convicted' by the day a documentary aired), a main
act dated from a comma-set participle on its subject; the default false joins are tallies and
generic mentions of one article (its date is right). Tried, not kept (patches
/tmp/M/s42/v1_anchor.patch, v2_anchor.patch; tests/events unchanged, eval_st_dating gold
mh370 40 -> 41 right, the rest unchanged): (1) a 'since' / 'so far' perfect conjunct dated to
the article (the target pair is then vetoed 'dates apart' but still joins through its group);
(2) an act in a relative clause takes no date of another relative clause; (3) a relative or
participle clause's date dates a main-clause act only when the clause is restrictive on its
subject or on its time frame ('in its first stage, which ran from ...'), with a 'when'
clause on a date taking that date. Every store rebuilt with (1)-(3): dev four stores
0.940/0.969 -> 0.945/0.951, within 0.810/0.872 -> 0.762/0.821, BP guardian+wapo 0.909/0.909 ->
0.907/0.886, H1N1 R+B 0.455/0.909 -> 0.429/0.818, R x G 0.368 -> 0.412, foxnews, Gaza, NSA,
MH370 unchanged; losses were misparses the old last resort dated right (a participle hung on
the main verb, a 'when' clause on a date, 'died in the quake which struck on ...') and
regroupings. With those three fixed (v2; four, R+B and tellings stores rebuilt): four dev
0.945/0.963, within 0.762/0.821, R+B 0.429/0.818 (a 0.98 pair of two 159-death tallies lost
to regrouping), the tellings unchanged. Held-out rows not read.

The first of a series against a count it reached (task L, s45, 2026-12-03; issue #6; merge code
only, stores built at 1cce5dd: the lead's /tmp/fin45/base for H1N1, sample corpus, BP-oil, plus
H1N1 Reuters+BBC and Reuters x Guardian built alike; on these stores the four stores' rows are
dev 0.922/0.982, within dev 0.778/0.875, test 0.897/0.870, within test 0.556/0.800). Census of
the within-article tuning errors (four stores 11: H1N1 7, BP-oil 3, Karsholm 2 -- the two type
vetoes above; H1N1 R+B 9; foxnews 7; guardian+wapo none): case and death counts of one article
(a first case against a country's running count, 1.00; a headline's rise against the national
total; a crowd infected against one woman infected in one sentence; a toll up by one against
a suspected toll), two people's deaths in one sentence, generic or hypothetical mentions
('tests are designed to', 'watch for cases', a quoted search term), readers' comments, and
'the spill' named twice at 0.42-0.53 in events of 71-334 mentions. Tried and not kept
(patches /tmp/L/s45/first_and_count*.patch): 'first and count' (tallies.told_first: a
case or death noun with 'first' among the four words before it, no clause mark between; the
other mention of that class not told first, with a counted figure over one not near the
first's), a pair veto and a cannot-link of one article (the mention test joins the one-article
scan): dev four stores 0.922 -> 0.930 and within 0.778 -> 0.800 precision, R+B within 0.308 ->
0.364, R x G 0.368 -> 0.389 (no other store holds such a mention); held-out read once: four
stores test 0.897/0.870 -> 0.887/0.860, R+B 0.185 -> 0.179, R+B within 0.125 -> 0.111 (R x G
0.375 -> 0.391). The count told as running ('so far', 'now', 'stands at', 'risen to', total
words, 'toll'): dev four within 0.800, R+B 0.455 -> 0.476, the rest unchanged; held-out read
once: four stores test 0.897 -> 0.906, R+B 0.185 -> 0.192, R x G 0.375 -> 0.391, but four
stores within test 0.556 -> 0.541 (one false join more). On dev only: the veto alone, R+B
0.455 -> 0.435 (the pairs join through other reports); the cannot-link across articles too,
R+B 0.476 but R x G recall 1.000 -> 0.857; veto and cannot-link of one article only, R+B 0.435.
As with 'one and many' and 'counts apart', the H1N1 case groups regroup under each change; the
held-out halves are now read twice for this idea, so a fresh within-article set is what would
judge it next. --errors now prints each error pair's own verdict (score, veto) and the sizes of
the two events its mentions end in (a join by its own score or through other reports).

Fresh tuning within-article sets (session 62, 2026-12-05; issue #6). The tuning within halves
nearly fitted (about 20 errors in 466 pairs) while the held-out within rows stayed near
0.65/0.80, so the tuning pairs no longer showed what the held-out ones miss. Drawn by
``sample_merge_pairs.py sample --within --seed 62 --exclude`` every t17 and Karsholm pair file
(blind ones passed unread: only their article ids are taken) from the stores of c10172b7:
H1N1 guardian + bbc (``--n 30 --per-article 3``: 27 articles left, 25 pairs, 5 same;
t17_h1n1_tune3_within_pairs.jsonl) and BP-oil bbc + reuters (``--n 32 --per-article 1``: 38
pairs, 11 same; t17_bpoil_tune3_within_pairs.jsonl). Labelled blind from ``show`` alone by
the guideline above (a closure, a meeting, a death, the Mexico deaths, a resignation, a pledge
told twice same; a new-case count against its running total, a test against a closure, the
slick or 'affected by the spill' against the spill, a generic or hypothetical spill
different). Blind score as drawn (rows h1n1w3, bpw3; each on its own store): H1N1 within P/R
0.600/0.600, BP-oil 0.545/0.545. Both files are tuning whole (:data:`WHOLE_TUNING`): their
errors are read pair by pair, so neither hash half judges.
Their 14 errors at 32056828, by cause (7 false joins, 7 misses): a slick kept in the spill's
group by a figure its sentence gives of another thing far off (2: a headline running into a
boat's storms; the ducks another ship's slick killed); an effect or forecast coded on the
spill noun ('affected by the spill', the spill hitting a firm's output; 2); an uncounted many
of the kind (1, fixed below); a tally's new cases against the total in one sentence (1); a
question a commenter repeats (1); a later definite noun or headline naming an act a verb told
('died' / 'the deaths', 'exploded' / 'blast', a comment's 'spilled' / 'the spill'; 3, all
lone mentions); a separate 'agreement' in the sentence read as the act's own word (1,
'another act'); a planned step-down against the resignation ('vague date', 1); two under the
threshold (an annual meeting told twice, 0.53; new cases against the students who tested
positive, 'another act'). Kept: generic_lasting_many ('hundreds of spills' is generic):
BP-oil 0.545/0.545 -> 0.600/0.545, every other row and half unchanged. Tried and not kept: a
slick's figure counting only within 5 words of its trigger (residue_split): BP-oil 0.750/0.545
with it, but BP guardian + wapo cross held-out 0.933/0.949 -> 0.948/0.932 and its blind
within half changed (unread): a held-out slick with a far figure is labelled one with the spill.

A third fresh tuning within-article set (session 63, 2026-12-06; issue #6): MJ + Haiti BBC
articles no earlier within set names, drawn by ``sample_merge_pairs.py sample --within --n 50
--per-article 2 --seed 63 --exclude`` every within pair file from the MJH store of d9c7f433 (56
pairs, 17 same; t17_mjh_tune4_within_pairs.jsonl; ``--db MJH --pairs`` it alone, row mjhw4).
Labelled blind from ``show`` alone by the guideline above (the quake named again in a later
clause, a headline or a caption; the singer's death told twice; a pull quote repeated; a
pledge told twice: same. An effect ('affected by', 'injured in', 'quake-hit') against the
quake, a generic or definitional mention, another quake, one star's gift against another's,
the charge against the trial: different). Blind score as drawn: 0.765/0.765. Tuning
whole (:data:`WHOLE_TUNING`), as the two sets above.
The three tuning within sets' 20 errors at d9c7f433 by cause (session 63): an effect told on
the occurrence noun ('affected by' it, 3); a generic mention of the kind (2); a slick kept by a
figure of other things (2); a daily act beside one instance (1); new cases beside their total
in one sentence (1); a form's question a commenter repeats (1); the rest missed joins (10).
Kept: kind_withstood and habitual before the trigger (mjhw4 0.765 -> 0.867 precision) and
residue_measures (bpw3 0.636 -> 0.778, bpgw cross held-out 0.933 -> 0.949 precision). Not
kept: 'affected' as a harm word (bpw3 0.700, mjhw4 0.812 precision, but MJ + Haiti cross dev
recall 0.942 -> 0.904: that set labels 'affected by the earthquake' one with the quake, and
four within recall fell); new cases beside a count of their sentence as a pair veto (no row
moved) or a cannot-link (h1n1w3 0.750 precision, but four cross held-out 0.915 -> 0.905).

Two more fresh tuning within-article sets (session 64, 2026-12-06; issue #6), of the articles
least sampled so far, drawn by ``sample_merge_pairs.py sample --within --seed 64 --exclude``
every pair file: H1N1 from the Reuters + Guardian store of f0432bca (``--n 40 --per-article
3``; only Reuters wire copy is left, and its whole pool held 46 pairs, 3 of them merged: 30
pairs, 2 same; t17_h1n1_tune5_within_pairs.jsonl, row h1n1w5, ``--db H1N1RG``) and BP-oil
guardian + wapo (``--n 42 --per-article 1``: 48 pairs, 14 same; t17_bpgw_tune5_within_pairs.jsonl,
row bpgww5, ``--db BPGW``). Labelled blind from ``show`` alone by the guideline and the BP-oil
reading above (the spill named again, in a headline, a caption or 'the oil leak', same; the
April 20 explosion and 'the blowout' same; the spill against the floating slick or the flow
told going on ('oil still gushing', a daily rate of the flow), another spill
(Exxon Valdez against Ixtoc), a plan or a hypothetical against another, different; the flow
named twice on one day, a threatened evacuation told in a headline and its lede, the outbreak
named twice, same). Blind score as drawn (7cf4c132): H1N1 0.000/0.000 (two false joins: a
rate of infection and the case count of its sentence, a city's first case and a general
'suspect they are infected'; two misses: the outbreak named twice, 0.42, and an act told as the
telling it consisted of, 'type'), BP-oil 0.929/0.929 (Exxon Valdez's spill joined with Ixtoc's
through the story's spill group; a headline 'BP oil spill :' left alone, 0.53); both 0.812/0.812.
A third, of bpoil_foxnews articles no set names, from the FOX store (``--n 36 --per-article
1``: 40 pairs, 6 same; t17_fox_tune5_within_pairs.jsonl, row foxw5, ``--db FOX``), labelled
blind the same way and by the convention below: 0.462/1.000 as drawn (seven false joins: two
'[[affected by the spill]]' spans, an indefinite 'an oil spill' in a general claim and 'an
impending oil spill' against the story's, Exxon's spill recalled, the leak a cap is put on and
'yet another oil leak' against the spill). Tuning whole (:data:`WHOLE_TUNING`).
The convention for an effect told on the occurrence noun, where the older sets differ: the
trigger decides. A trigger that is the occurrence noun alone ('wildlife affected by the
[[spill]]', 'claims over the [[spill]]') names the occurrence, the same as another naming
of it; a trigger that takes in the effect ('[[affected by the spill]]', '[[the spill will
hit]] output', '[[injured in the quake]]') tells the effect, another event (cause and effect,
in sample_merge_pairs.py's guideline), as the tune3 and tune4 sets label it. The sets labelled
before it (the BP-oil reading of task M5, t17_bpoil_foxnews_*, t17_mj_haiti_pairs) take an
'affected by' span as the occurrence. Their within sets' tuning halves were relabelled by it
(session 65: the dev halves of the thirteen older within files read for a trigger taking in
an effect; t17_bpoil_within #6 and t17_bpoil_foxnews_within #14, #16, #25 'same' ->
'different', no other such pair); their held-out and blind halves and the cross-article sets
stand as drawn, so a rule on this line moves those rows.
Their errors by cause (session 64): an effect span on the occurrence noun (5, and one of
t17_bpoil_within's dev half; the older cross sets label such spans the other way, so no rule);
an indefinite occurrence noun against the story's (3); a recalled spill, the leak against the
spill, a general mention, a count beside its rate (2 each); the rest one each. Kept:
acts.indefinite_after as a pair veto ('an oil spill' told after the article's 'the spill'):
mjhw4 0.867 -> 0.929 precision, BP guardian + wapo within held-out 0.769 -> 0.833, no cross
row moved; with merge.eject too the cross rows fell (rules.json indefinite_after_about).
The effect told on the occurrence noun, after the relabel of session 65 (the older within sets'
tuning halves; ten tuning pairs of that cause), tried three ways on re-merged copies of the
46e3adb5 stores (bench/rows/compare_rows.py): (1) a pair veto within one
article (the trigger that takes in an effect_told_words word against one that does not):
bpw3 0.818 -> 0.900 precision, foxw5 0.462 -> 0.500, foxnews within dev 0.750 -> 0.800, but
BP guardian + wapo cross held-out 0.949/0.949 -> 0.948/0.932 (the missing pairs regroup the
story's spill groups); (2) a pass taking such a span out of a finished group that holds its
article's naming: foxnews within dev 0.750 -> 0.923, foxw5 0.462 -> 0.545, but foxnews x
reuters cross held-out 0.912/0.886 -> 0.909/0.857 and MJ + Haiti cross dev recall 0.942 ->
0.923 (those sets label the span the occurrence; six rows scored); neither kept. (3) KEPT:
merge.once's named_once no longer reads such a span as its article's story occurrence (no
must-link; its pairs are scored as before): foxnews within dev 0.750/1.000 -> 0.800/1.000;
every other row the same (the blind rows too), no cross row moved.

A fresh blind cross-source set (helper V, session 76; issue #6): BP-oil BBC x Washington Post,
a source pairing no earlier set uses (tests/merge/data/t17_bpoil_bbc_wapo_pairs.jsonl, 166
pairs, 83 same; its store: ``dateline run ../shared/data/t17-dev/bpoil_bbc
../shared/data/t17-dev/bpoil_washingtonpost --db BBCW``, row bbcw of bench/rows/eval_rows.sh),
drawn at 9b27951a by ``sample_merge_pairs.py sample --cross-source --n 150 --seed 76`` and
labelled blind from ``show`` by its guideline and the effect-span rule: the 20 April blast
however named, its deaths told twice, the sinking twice, the spill however named ('the leak',
'the well began leaking on 20 April', 'the spill' in any frame naming this one) are the same;
the blast against its deaths, fire, sinking or the rig's destruction, the spill against the
floating slick, a flow told going on or on one day ('still leaking', 'gushing faster'), an
effect span ('affected by the spill'), a generic or counterfactual spill are different. As
drawn, at 9b27951a: all 0.948 / 0.880, dev 0.917 / 0.917 (76 pairs, 36 same), held-out
0.976 / 0.851 (90, 47 same).

A fresh blind cross-source set of the H1N1 store (helper V, session 77; issue #6): H1N1 Guardian
x BBC, the default set's store and sources but none of the pairs any labelled set names
(tests/merge/data/t17_h1n1_guardian_bbc_blind_pairs.jsonl, 172 pairs, 23 same; ``--db H1N1
--pairs`` it alone, row h1n1gb of bench/rows/eval_rows.sh), drawn at e3ad9747 by
``sample_merge_pairs.py sample --cross-source --n 150 --seed 77 --exclude`` every
t17_h1n1_* set and labelled blind from ``show``: one outbreak however referred to ('the
outbreak', 'this latest outbreak', 'the Mexican outbreak'), one day's report of one tally
(nine new UK cases on 4 May, Mexico's 25 / 26 deaths), one person's death or trip told twice
are the same; one count told on different days with other figures (Mexico's deaths of 26 and
27 April), a total against its new cases, cases of other places or people, a generic or
hypothetical telling (anyone at risk of catching it; what to do should you think you have
it), an effect span are different. As drawn, at e3ad9747: all 0.465 / 0.870, dev
0.333 / 0.750 (84 pairs, 8 same), held-out 0.560 / 0.933 (88, 15 same).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import duckdb

from dateline.merge import EventMerger, Mention, Rules, rules
from dateline.merge.similarity import pair_verdict
from dateline.merge.store import store_mentions

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "merge" / "data"
T17 = ROOT.parent / "shared" / "data" / "t17-dev"


#: pair sets scored on a store of their own (pass them with --pairs and --db): one story told
#: by other sources than a default set's, whose articles in one pool with that set's store
#: would merge with them and move its rows; or a blind set kept in a row of its own
#: (t17_mjh_blind_: its store is MJH, but read with the default sets it would move their rows;
#: t17_bpgw_blind2_: its store is BPGW, a row apart from the guardian + wapo sets' row)
OWN_STORE = ("t17_bpoil_guardian_wapo_", "t17_h1n1_reuters_bbc_", "t17_bpoil_foxnews_",
             "t17_h1n1_reuters_guardian_", "t17_mjh_blind_", "t17_bpgw_blind2_",
             "t17_h1n1_tune3_", "t17_bpoil_tune3_", "t17_mjh_tune4_", "t17_h1n1_tune5_",
             "t17_bpgw_tune5_", "t17_fox_tune5_", "t17_bpoil_bbc_wapo_",
             "t17_h1n1_guardian_bbc_blind_")
# t17_bpoil_foxnews_reuters_* falls under the third; t17_bpoil_bbc_wapo_ (BBC x WaPo, blind
# cross set of session 76) has its own store, BBCW: its BBC articles are also in BP's;
# t17_h1n1_guardian_bbc_blind_ (blind cross set of session 77) is scored on H1N1 in a row apart

#: within-article sets that are tuning pairs whole (both hash halves): drawn fresh, labelled
#: blind, scored once as drawn, then read pair by pair; --errors lists both halves' errors
WHOLE_TUNING = ("t17_h1n1_tune3_", "t17_bpoil_tune3_", "t17_mjh_tune4_", "t17_h1n1_tune5_",
                "t17_bpgw_tune5_", "t17_fox_tune5_")


def default_pairs() -> list[Path]:
    """The pair files scored without --pairs: all but the tellings sets (``st_*``), whose
    stores are built from ../shared/data by bench/socialtimeline_corpus.py, and the
    :data:`OWN_STORE` sets (pass them with --pairs and --db)."""
    return sorted(
        p for p in DATA.glob("*_pairs.jsonl") if not p.name.startswith(("st_", *OWN_STORE))
    )


def load_pairs(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rec["file"] = p.name
                out.append(rec)
    return out


def within(rec: dict[str, Any]) -> bool:
    """A pair of two mentions of ONE article (tests/merge/data/*_within_pairs.jsonl)."""
    return bool(rec["a"]["article"] == rec["b"]["article"])


def split_of(rec: dict[str, Any]) -> str:
    h = hashlib.sha1(f"{rec['file']}:{rec['pair']}".encode()).digest()[0]
    return "dev" if h % 2 == 0 else "test"


def tuning(rec: dict[str, Any]) -> bool:
    """A pair whose errors and text may be read: a dev half, or a set that is all tuning."""
    return split_of(rec) == "dev" or bool(rec["file"].startswith(WHOLE_TUNING))


def ensure_store(db: list[str] | None, pairs: list[dict[str, Any]]) -> list[str]:
    if db:
        return db
    topics = sorted({p[s]["topic"] for p in pairs for s in "ab"})
    paths = [str(ROOT / "examples") if t == "karsholm" else str(T17 / t) for t in topics]
    out = str(Path(tempfile.mkdtemp()) / "eval_merge.duckdb")
    cmd = [sys.executable, "-m", "dateline", "run", *paths, "--db", out, "-q", "-p", "1"]
    print("annotating:", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True)
    return [out]


_LOADED: dict[tuple[str, ...], list[Mention]] = {}


def load_mentions(dbs: list[str]) -> list[Mention]:
    """Every event mention of the stores (read once per process: --grid scores many runs)."""
    key = tuple(dbs)
    if key not in _LOADED:
        _LOADED[key] = _read_mentions(dbs)
    return list(_LOADED[key])


def _read_mentions(dbs: list[str]) -> list[Mention]:
    out: list[Mention] = []
    for db in dbs:
        con = duckdb.connect(db, read_only=True)
        try:
            out.extend(store_mentions(con))  # column-wise: the same as from its Annotations
        finally:
            con.close()
    return out


def locate(mentions: list[Mention]) -> dict[tuple[str, int, int], Mention]:
    return {(m.article_id, m.start, m.end): m for m in mentions}


def reanchor(
    pairs: list[dict[str, Any]], mentions: list[Mention], where: dict[tuple[str, int, int], Mention]
) -> int:
    """Point labelled mentions the events stage no longer finds at their offsets at the one
    current mention that replaces them: the only one of the article whose trigger overlaps
    the labelled span ('broke' -> 'broke up'), else the only one in the labelled sentence
    with the labelled trigger text (offsets moved). Adds them to ``where``; returns how many.

    A labelled trigger with no such mention (no event: 'prevent the spread', 'a line is
    being set up') stays unlocated; :func:`score` counts its pairs as not merged in the
    'labelled' figures. ('flu kills' is an OCCURRENCE since the occurrence classes.)"""
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    added = 0
    for rec in pairs:
        for side in "ab":
            x = rec[side]
            key = (x["article"], x["start"], x["end"])
            if key in where:
                continue
            cands = by_article.get(x["article"], [])
            hit = [m for m in cands if m.start < x["end"] and x["start"] < m.end]
            if not hit:
                same_sent = [m for m in cands if m.sentence_index == x["sentence"]]
                text = next(
                    (
                        m.sentence[x["start"] - m.sentence_start : x["end"] - m.sentence_start]
                        for m in same_sent
                        if m.sentence and m.sentence_start is not None
                    ),
                    None,
                )
                hit = [m for m in same_sent if text and m.trigger == text]
                if text and len(hit) == 1 and (hit[0].sentence or "").count(text) != 1:
                    hit = []  # the word occurs twice: the current trigger may be the other one
            if len(hit) == 1:
                where[key] = hit[0]
                added += 1
    return added


def why_missing(
    x: dict[str, Any], text: str | None, mentions: list[Mention]
) -> tuple[str, list[Mention]]:
    """Why a labelled mention is not located, told mechanically from what the store holds
    (``text``: its labelled trigger's text, ``mentions``: the current ones of its article):
    'same word, not re-anchored' -- a current mention of its sentence has the labelled
    trigger's stem, but :func:`reanchor` cannot tell it is the one (the word occurs twice,
    or two mentions have it); 'other events in its sentence' -- the word is no trigger now,
    the sentence still reports other events; 'no event in its sentence'. Returns the reason
    and the sentence's current mentions."""
    same = [m for m in mentions if m.sentence_index == x["sentence"]]
    key = rules().stem(text.lower()) if text else None
    if key and any(m.trigger_key[:4] == key[:4] for m in same):
        return "same word, not re-anchored", same
    return ("other events in its sentence" if same else "no event in its sentence"), same


def missing_report(
    db: list[str], pairs: list[dict[str, Any]], show: bool = True
) -> dict[str, int]:
    """Count the labelled pairs still unlocated after :func:`reanchor`, by half, label and
    :func:`why_missing` reason, and print each unlocated mention of a dev pair with its
    sentence and that sentence's current triggers (a test pair's are only counted)."""
    mentions = load_mentions(db)
    where = locate(mentions)
    reanchor(pairs, mentions, where)
    gone = {
        (rec[s]["article"], rec[s]["start"], rec[s]["end"])
        for rec in pairs
        for s in "ab"
        if (rec[s]["article"], rec[s]["start"], rec[s]["end"]) not in where
    }
    sents: dict[tuple[str, int], tuple[int, str]] = {}
    for path in db:
        con = duckdb.connect(path, read_only=True)
        try:
            for aid, idx, start, text in con.execute(
                "SELECT article_id, idx, start_char, text FROM sentences "
                "WHERE article_id = any(?)",
                [sorted({k[0] for k in gone})],
            ).fetchall():
                sents[(aid, idx)] = (start, text)
        finally:
            con.close()
    by_article: dict[str, list[Mention]] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    counts: dict[str, int] = {}
    shown: set[tuple[str, int, int]] = set()
    for rec in pairs:
        half = split_of(rec)
        reasons = set()
        for side in "ab":
            x = rec[side]
            key = (x["article"], x["start"], x["end"])
            if key not in gone:
                continue
            start, sent = sents.get((x["article"], x["sentence"]), (None, None))
            text = None if sent is None else sent[x["start"] - start : x["end"] - start]
            why, same = why_missing(x, text, by_article.get(x["article"], []))
            reasons.add(why)
            if show and half == "dev" and key not in shown:  # never read a test pair's
                shown.add(key)
                print(f"{why}: {text!r} in {sent!r}; now {[m.trigger for m in same]}")
        if reasons:
            name = f"{half}:{rec['label']}:{' + '.join(sorted(reasons))}"
            counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items()))


def score(
    pairs: list[dict[str, Any]],
    where: dict[tuple[str, int, int], Mention],
    merger: EventMerger,
    errors: bool = False,
) -> dict[str, dict[str, float]]:
    tally: dict[str, list[int]] = {}
    cid = merger.cluster_ids()
    sizes = Counter(cid.values()) if errors else Counter()
    missing = 0
    for rec in pairs:
        ma = where.get((rec["a"]["article"], rec["a"]["start"], rec["a"]["end"]))
        mb = where.get((rec["b"]["article"], rec["b"]["start"], rec["b"]["end"]))
        gold = rec["label"] == "same"
        located = ma is not None and mb is not None
        pred = ma is not None and mb is not None and cid[ma.key] == cid[mb.key]
        # 'labelled:' figures cover every labelled pair: an unlocated mention is in no event
        split = split_of(rec)
        scope = "within:" if within(rec) else ""  # pairs of one article: rows of their own
        rows = [f"{scope}all", f"{scope}{split}", rec["file"], f"{rec['file']}:{split}"]
        names = [f"labelled:{n}" for n in rows]
        if located:
            names += rows
        else:
            missing += 1
        for name in names:
            t = tally.setdefault(name, [0, 0, 0, 0])  # tp fp fn tn
            t[0 if pred and gold else 1 if pred else 2 if gold else 3] += 1
        if ma is None or mb is None:
            continue
        if errors and pred != gold and tuning(rec):  # never read a held-out half's errors
            kind = "FP" if pred else "FN"
            # the pair's own verdict and its two events' sizes: a join by its own score, or
            # through other reports (own score under the threshold or vetoed)
            own, why = pair_verdict(ma, mb, merger.rules)
            print(
                f"{kind} {rec['file']}#{rec['pair']}: {ma.trigger!r} / {mb.trigger!r}  "
                f"own {own:.2f}{f' ({why})' if why else ''}, events of "
                f"{sizes[cid[ma.key]]} and {sizes[cid[mb.key]]}  "
                f"{(ma.sentence or '')[:90]!r} | {(mb.sentence or '')[:90]!r}"
            )
    out = {}
    for name, (tp, fp, fn, tn) in sorted(tally.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "pairs": tp + fp + fn + tn,
            "same": tp + fn,
        }
    if missing:
        out["_missing_pairs"] = {"n": missing}
    return out


def run_eval(
    db: list[str],
    pairs: list[dict[str, Any]],
    threshold: float | None,
    errors: bool,
    link: float | None = None,
) -> dict[str, Any]:
    mentions = load_mentions(db)
    where = locate(mentions)
    moved = reanchor(pairs, mentions, where)
    labelled = {p[s]["article"] for p in pairs for s in "ab"}
    pool = [m for m in mentions if m.article_id in labelled or _same_topic(m, pairs)]
    r = rules() if threshold is None else replace(rules(), threshold=threshold)
    if link is not None:
        r = replace(r, limits={**r.limits, "average_link": link})
    merger = EventMerger(r)
    merger.add(pool)
    out = score(pairs, where, merger, errors)
    out["_reanchored_mentions"] = {"n": moved}
    return out


def _same_topic(m: Mention, pairs: list[dict[str, Any]]) -> bool:
    topics = {p[s]["topic"] for p in pairs for s in "ab"}
    return any(t in (m.path or "") for t in topics)


#: Features that only ever say "alike": their weights are kept >= 0 (more similar wording,
#: a shared name or figure never lowers the score), a prior the small dev half cannot learn.
MONOTONE = frozenset(
    {
        "text",
        "context",
        "trigger",
        "names_shared",
        "specific_shared",
        "actor_shared",
        "target_shared",
        "number_shared",
        "exact_date",
        "same_type",
        "near_duplicate",
        "anchored_date",
        "trigger_context",
        "text_mid",
        "context_mid",
        "same_modality",
        "nominal_trigger",
        "one_anchored",
        "number_near",
        "date_within",
        "occurrence_names",
        "embedding",  # bench/eval_merge_embeddings.py
        "embedding_high",
    }
)


def fit(
    db: list[str],
    pairs: list[dict[str, Any]],
    l2: float = 0.3,
    rule_set: Rules | None = None,
    mentions: list[Mention] | None = None,
) -> dict[str, float]:
    """Logistic regression of the pair features on the dev pairs only (weights for rules.json).

    Vetoed pairs are left out (the weights never see them), and the MONOTONE
    weights are projected to >= 0 after every step."""
    import numpy as np

    from dateline.merge import similarity

    mentions = mentions if mentions is not None else load_mentions(db)
    where = locate(mentions)
    reanchor(pairs, mentions, where)
    xs, ys = [], []
    for rec in pairs:
        if split_of(rec) != "dev" or within(rec):  # the weights are fitted across articles
            continue
        ma = where.get((rec["a"]["article"], rec["a"]["start"], rec["a"]["end"]))
        mb = where.get((rec["b"]["article"], rec["b"]["start"], rec["b"]["end"]))
        if ma is None or mb is None or similarity.pair_score(ma, mb, rule_set).veto:
            continue
        f = similarity.pair_features(ma, mb)
        xs.append([f[k] for k in similarity.FEATURES] + [1.0])
        ys.append(1.0 if rec["label"] == "same" else 0.0)
    x, y = np.array(xs), np.array(ys)
    w = np.zeros(x.shape[1])
    names = similarity.FEATURES
    reg = np.r_[np.full(len(names), l2), 0.0]
    mono = [i for i, k in enumerate(names) if k in MONOTONE]
    for _ in range(20000):
        p = 1 / (1 + np.exp(-x @ w))
        w -= 0.5 * (x.T @ (p - y) + reg * w) / len(y)
        w[mono] = np.maximum(w[mono], 0.0)
    out = {"bias": round(float(w[-1]), 2)}
    out.update({k: round(float(v), 2) for k, v in zip(names, w[:-1], strict=True)})
    return out


RULES = ROOT / "src" / "dateline" / "data" / "merge" / "rules.json"


def write_weights(weights: dict[str, float], path: Path) -> None:
    """Replace the values of rules.json's "weights" in place (the rest of the file as it is)."""
    import re

    text = path.read_text(encoding="utf-8")
    start = text.index('"weights": {')
    end = text.index("}", start)
    block = text[start:end]
    for name, value in weights.items():
        block, n = re.subn(
            rf'("{re.escape(name)}": )-?[0-9.eE+-]+',
            lambda m, v=value: m.group(1) + json.dumps(v),
            block,
        )
        if n != 1:
            raise SystemExit(f"rules.json has no single weight {name!r}")
    out = text[:start] + block + text[end:]
    json.loads(out)
    path.write_text(out, encoding="utf-8")


def cross_validate(
    db: list[str], pairs: list[dict[str, Any]], l2s: tuple[float, ...] = (0.03, 0.1, 0.3, 1.0)
) -> dict[str, dict[str, float]]:
    """5-fold cross-validation of --fit on the dev pairs only: log-loss of the held-out fold's
    unvetoed pairs, and pairwise precision/recall at the shipped threshold, per ridge penalty."""
    import math

    from dateline.merge import similarity

    mentions = load_mentions(db)
    where = locate(mentions)
    reanchor(pairs, mentions, where)
    dev = [p for p in pairs if split_of(p) == "dev" and not within(p)]

    def fold(p: dict[str, Any]) -> int:
        return hashlib.sha1(f"cv:{p['file']}:{p['pair']}".encode()).digest()[0] % 5

    out = {}
    for l2 in l2s:
        tp = fp = fn = n = 0
        loss = 0.0
        for k in range(5):
            w = fit(db, [p for p in dev if fold(p) != k], l2, mentions=mentions)
            r = replace(rules(), weights={**rules().weights, **w})
            for p in (p for p in dev if fold(p) == k):
                ma = where.get((p["a"]["article"], p["a"]["start"], p["a"]["end"]))
                mb = where.get((p["b"]["article"], p["b"]["start"], p["b"]["end"]))
                if ma is None or mb is None:
                    continue
                ps, gold = similarity.pair_score(ma, mb, r), p["label"] == "same"
                pred = ps.same(r.threshold)
                tp, fp, fn = (
                    tp + (pred and gold),
                    fp + (pred and not gold),
                    fn + (gold and not pred),
                )
                if ps.veto is None:
                    q = min(max(ps.score, 1e-4), 1 - 1e-4)
                    loss -= math.log(q if gold else 1 - q)
                    n += 1
        out[str(l2)] = {
            "log_loss": round(loss / max(n, 1), 3),
            "precision": round(tp / max(tp + fp, 1), 3),
            "recall": round(tp / max(tp + fn, 1), 3),
        }
    return out


def grid(db: list[str], pairs: list[dict[str, Any]]) -> None:
    """Threshold x average_link, best dev min(precision, recall) first (test shown, not used).
    Each setting scores its pairs afresh: pair_verdict's lifts read the threshold, so a
    score cannot be shared across settings (a cache patched into cluster.pair_score, which
    the merger no longer calls, made --grid fail with an AttributeError)."""
    rows = []
    for t in (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        for link in (0.1, 0.2, 0.3, 0.4, 0.5):
            res = run_eval(db, pairs, t, False, link=link)
            d = res["dev"]
            rows.append((min(d["precision"], d["recall"]), d["f1"], t, link, res))
    rows.sort(key=lambda r: (-r[0], -r[1], -r[2], -r[3]))
    for _m, _f, t, link, res in rows[:10]:
        print(t, link, json.dumps({k: res[k] for k in ("dev", "test", "all") if k in res}))


def shuffled_runs(db: list[str], runs: int = 3) -> dict[str, Any]:
    """Merge the stores' mentions in random orders and random batches: the clusters must match."""
    import random

    mentions = load_mentions(db)

    def clusters(batches: list[list[Mention]]) -> list[tuple[tuple[str, str], ...]]:
        m = EventMerger()
        for b in batches:
            m.add(b)
        return sorted(tuple(x.key for x in g) for g in m.clusters())

    want = clusters([mentions])
    same = []
    for seed in range(runs):
        ms = mentions[:]
        rng = random.Random(seed)
        rng.shuffle(ms)
        cut = sorted(rng.sample(range(1, len(ms)), 3))
        batches = [ms[i:j] for i, j in zip([0, *cut], [*cut, len(ms)], strict=True)]
        same.append(clusters(batches) == want)
    return {"mentions": len(mentions), "clusters": len(want), "runs": runs, "identical": same}


def speed(db: list[str]) -> None:
    t0 = time.perf_counter()
    mentions = load_mentions(db)
    t1 = time.perf_counter()
    merger = EventMerger()
    merger.add(mentions)
    events = merger.events()
    t2 = time.perf_counter()
    print(
        json.dumps(
            {
                "mentions": len(mentions),
                "events": len(events),
                "multi_source": sum(e.n_sources > 1 for e in events),
                "pairs_scored": merger.pairs_scored,
                "read_s": round(t1 - t0, 2),
                "merge_s": round(t2 - t1, 2),
            }
        )
    )


def timeline_eval(
    db: list[str], pairs: list[dict[str, Any]], merged: bool = False
) -> dict[str, Any]:
    """The same pairs scored on what ``dateline timeline`` shows: by default
    :meth:`Store.timeline` folds event rows by (date span, type) and merges within a group
    (:func:`dateline.timeline.merge_rows`), not with the :class:`EventMerger` clusters the
    rest of this script scores; ``merged=True`` scores ``timeline --merged`` (one entry per
    canonical event). A pair is 'same' when both mentions end in one entry (an undated
    mention is on no entry)."""
    from dateline.store import Store

    mentions = load_mentions(db)
    where = locate(mentions)
    reanchor(pairs, mentions, where)
    entry_of: dict[tuple[str, str], tuple[str, int]] = {}
    for path in db:
        with Store(path) as st:
            for i, e in enumerate(st.timeline(merged=merged)):
                for src in e.sources:
                    entry_of[(src.article_id, src.event_id)] = (path, i)
    counts: dict[str, list[int]] = {}
    for rec in pairs:
        ma = where.get((rec["a"]["article"], rec["a"]["start"], rec["a"]["end"]))
        mb = where.get((rec["b"]["article"], rec["b"]["start"], rec["b"]["end"]))
        if ma is None or mb is None:
            continue
        ea, eb = entry_of.get(ma.key), entry_of.get(mb.key)
        pred, gold = ea is not None and ea == eb, rec["label"] == "same"
        scope = "within:" if within(rec) else ""
        for k in (f"{scope}all", f"{scope}{split_of(rec)}", f"{rec['file']}:{split_of(rec)}"):
            c = counts.setdefault(k, [0, 0, 0])
            c[0] += pred and gold
            c[1] += pred
            c[2] += gold
    return {k: {"precision": round(tp / pp, 3) if pp else 0.0,
                "recall": round(tp / gp, 3) if gp else 0.0, "same": gp}
            for k, (tp, pp, gp) in sorted(counts.items())}


def foreign_code(package: ModuleType) -> str | None:
    """Why this script would score another checkout's merge code than its own, or None.
    Run as ``python bench/eval_merge.py`` with no PYTHONPATH naming this checkout's src, the
    venv's editable install (/work/main's) is what ``import dateline`` finds: the pairs and
    the stores are this checkout's, the merge that scores them and lists the errors is not,
    so an edit here moves no figure and no --errors line (session 69: the same errors with a
    merge step switched on and off, and a figure unlike the rows' of eval_rows.sh, which
    exports PYTHONPATH)."""
    here = (ROOT / "src" / "dateline").resolve()
    got = Path(package.__file__ or "").resolve().parent
    if got == here:
        return None
    return (f"bench/eval_merge.py of {ROOT} would merge with the code at {got}, not its own: "
            f"export PYTHONPATH={ROOT / 'src'}")


def main() -> None:
    import dateline

    if why := foreign_code(dateline):
        sys.exit(why)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", nargs="*", help="stores holding the labelled articles")
    ap.add_argument("--pairs", nargs="*", type=Path)
    ap.add_argument("--sweep", action="store_true", help="precision/recall per threshold")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--speed", metavar="STORE")
    ap.add_argument("--fit", action="store_true", help="fit the pair weights on the dev pairs")
    ap.add_argument("--l2", type=float, default=0.3, help="ridge penalty for --fit (--cv picks it)")
    ap.add_argument("--grid", action="store_true", help="threshold x average_link on dev")
    ap.add_argument("--cv", action="store_true", help="5-fold CV of --fit's L2 on dev")
    ap.add_argument("--write", action="store_true", help="--fit: write the weights to rules.json")
    ap.add_argument("--shuffle", action="store_true", help="check order/batch independence")
    ap.add_argument(
        "--missing", action="store_true", help="why labelled pairs are unlocated (dev listed)"
    )
    ap.add_argument(
        "--timeline", action="store_true",
        help="score the grouping `dateline timeline` shows instead of the merge clusters",
    )
    a = ap.parse_args()
    if a.speed:
        speed([a.speed])
        return
    pairs = load_pairs(a.pairs or default_pairs())
    db = ensure_store(a.db, pairs)
    if a.shuffle:
        print(json.dumps(shuffled_runs(db)))
        return
    if a.missing:
        print(json.dumps(missing_report(db, pairs), indent=1))
        return
    if a.timeline:
        print(json.dumps({"timeline": timeline_eval(db, pairs),
                          "timeline --merged": timeline_eval(db, pairs, merged=True)}, indent=1))
        return
    if a.cv:
        print(json.dumps(cross_validate(db, pairs)))
        return
    if a.fit:
        weights = fit(db, pairs, a.l2)
        print(json.dumps(weights))
        if a.write:
            write_weights(weights, RULES)
            print(f"written to {RULES}", file=sys.stderr)
        return
    if a.grid:
        grid(db, pairs)
        return
    if a.sweep:
        for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
            res = run_eval(db, pairs, t, False, link=t)
            print(t, json.dumps({k: res[k] for k in ("dev", "test", "all") if k in res}))
        return
    print(json.dumps(run_eval(db, pairs, None, a.errors), indent=1))


if __name__ == "__main__":
    main()
