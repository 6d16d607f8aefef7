"""Attribution (who said what) on conflict news written by people: the Background Summarization
timelines (issue #4, quotes and claims).

Usage: .venv/bin/python bench/eval_st_quotes.py [--story STORY ...] [--errors]
       (STORY: gaza_conflict, ukraine_conflict, nsa_leak, mh370_disappearance)
       (STORY fresh: the fresh tuning sample, bench/data/st_quotes_gold2.jsonl, below)
       .venv/bin/python bench/eval_st_quotes.py --sample OUT.jsonl   (how the sample was drawn)
       .venv/bin/python bench/eval_st_quotes.py --sample2 OUT.jsonl  (how the fresh one was drawn)
       .venv/bin/python bench/eval_st_quotes.py --gold PATH ...      (another gold file)

The gold, bench/data/st_quotes_gold.jsonl, holds one line per sampled sentence: the story, the
article id (``<event>-a<N>-<date>`` as bench/socialtimeline_corpus.py names it), the sentence's
character span in that article's text and its attributions as PolNeAR marks them -- a list of
{"source": [start, end] | null, "cue": [start, end] | null, "content": [[start, end], ...],
"speaker": entity name | null}, article offsets, empty when the sentence attributes nothing.
No text (the data is CC-BY-NC; the texts are read from
../shared/data/background-summaries-socialtimeline).

The sample: every sentence dateline's text stage finds in the two stories' updates (parsed as
``dateline run`` parses the JSON Lines bench/socialtimeline_corpus.py writes), 120 drawn from
gaza_conflict (the TUNING story: its misses may be looked at) and 80 from ukraine_conflict (the
CHECK story: measured, its errors not looked at while changing the quote stage), with
random.Random(2018).sample in article/sentence order. Later (session 13), 50 more from each of
nsa_leak and mh370_disappearance, drawn the same way (eval_st_events.sample with the same seed,
a story's draw independent of the others, so --sample still redraws the first 200 exactly):
TUNING stories as well, added because the quote stage had come to fit gaza's wording (gaza
0.961 vs ukraine 0.771 source F1); their misses may be looked at.

The labels were written BLIND -- from the sentence text (and the article around it when a pronoun
needed it) before dateline's quotes for those sentences were looked at -- by one annotator (a
helper session), following PolNeAR's conventions (Newell, Margolin and Ruths 2018, the corpus
bench/eval_polnear.py scores): an attribution is a statement, belief or claim of a source
(said, announced, claimed, accused ... of, denied, warned, called for, according to, a
statement/report that ...); the source span is the source's noun phrase (its head and
modifiers, not a relative clause), the cue the verb (with its particle/auxiliaries left out) or
the 'according to' phrase, the content the reported proposition (the complement clause, the
object naming what was said, or the main clause an 'according to' or a parenthetical 'X said'
qualifies). Acts that are deeds and not statements carry no attribution: agreeing to, accepting
or rejecting a truce, finding or discovering something, opening a crossing; nor do decisions and
orders told as acts ('ordered troops to ...'). A statement with no source named in its sentence
has source null (and speaker null) only when the article around it names none either; a pronoun
or 'the group' source takes the entity it stands for as speaker. ``speaker`` is the entity's
name as the text gives it in full ('Hamas', 'the Israeli military', 'UN envoy Mara Lindqvist of
the refugee agency').
The nsa_leak / mh370_disappearance labels (written blind the same way, by another helper
session) follow the gaza file where it has a case: no nested attribution inside a content
(a 'claim that ...' or 'he believes' within what was said), no negated one ('did not mention',
'while not denying'), 'is expected to' with no source named like gaza's 'was believed' (cue,
source null, the infinitive the content). Cases gaza has none of: a document, report, book or
investigation that shows, reveals or concludes something is the source, its speaker the person
or body that issued it where the sentence names one ('a letter from the director': the
director), else null; 'tells X that ...' has the that-clause as content, not the addressee;
pictures showing things ('satellite images show objects'), endorsing or embracing a plan,
seeking or aiming at something, decisions ('has decided that ...') carry no attribution.

The fresh tuning sample (session 76), bench/data/st_quotes_gold2.jsonl, rows ``fresh:<story>``
printed after the total (which stays that of the first gold): 30 more sentences of each of nsa_leak
and mh370_disappearance, drawn as above from the sentences not in the first gold, with
random.Random(7676).sample (--sample2; SAMPLE2, SEED2), because the first sample's tuning stories
had come to score near 1.0 (fit, not skill). Labelled BLIND by the conventions above by one helper
session, from the text (and the article around one sentence, to see it names no speculator)
before dateline's quotes for them were looked at, and kept as first written. Calls made there
where the conventions are silent: 'is proposing to overhaul' a plan like the first file's
'preparing a proposal' (none); a ruling a court upholds a decision (none); 'X is concerned that'
a belief (cue 'concerned'); 'the revelation that ...' a noun cue with source null, left out
where it sits inside another attribution's content; 'rules X out as Y' a claim (cue 'rules', the
content X and 'as Y'); 'accuse X of Y' has 'X of Y' as content; 'questions remain over whether'
and 'at Obama's request' carry none; a source like 'laboratory analysis' that names no issuer
has speaker null.
Blind, at db67dbd: nsa_leak 0.789/0.762/0.810 (source 15/21/17), speaker 13/16, spurious 4/14;
mh370_disappearance 0.870/0.870/0.870 (10/12/11), speaker 5/7, spurious 2/20; both together
source 25/33/28 = 0.820, cue 0.800, content 0.831, speaker 18/23 = 0.783 -- against 0.912 and
1.000 on the first sample of the same stories.
Then, a name set beside a person's title speaks whatever the entity stage labelled it, and a
person's name hung on the organisation of the title's phrase is the title's: fresh mh370 speaker
7/7; a participle the parser took for the reported clause ('the sample taken ... is'): two fresh
mh370 contents now exact (overlap figures unchanged). First gold and PolNeAR unchanged by both.
Misses left (fresh): 'the German Chancellor' given as Germany, a book whose title names a person;
non-statements taken as cues (a 'follows', 'present a front', 'released by', images that
reveal); 'some question why', 'it was disclosed that', the noun 'revelation' missed; span edges
('tells X that' with the addressee, 'rules it out as').

Scores (a story each, and all together), as bench/eval_polnear.py scores (its _overlap and
_match: one-to-one maximum matching of spans, trimmed of outer spaces/punctuation):
  source / cue / content overlap F1 over the sampled sentences (dateline's quotes whose content
      starts inside a sampled sentence);
  speaker accuracy: among gold attributions with a speaker whose content a predicted quote
      overlaps, the share whose predicted speaker (the Quote's speaker name) names the gold one
      (bench/eval_st_events.name_match: case-folded containment or a shared five-letter word
      stem), or is the canonical name of an entity of the sentence whose text names it ('IDF'
      given as its state 'Israel'), as bench/eval_st_events.py scores actors -- a name, not a
      span: 'Ruritania's envoy to the United Nations, Anna Berg' given as 'United Nations' or
      a 'They' resolved to the wrong party is wrong;
  spurious: sampled sentences with no gold attribution where dateline gives a quote.

Figures (overlap F1 source/cue/content; speaker accuracy; spurious on no-attribution sentences):
  a992960 (before the quote work of this test bed):
      gaza 0.911/0.908/0.896, speaker 63/70 = 0.900, spurious 6/48;
      ukraine 0.755/0.748/0.789, speaker 25/33 = 0.758, spurious 6/38.
  f48e708 speakers: an appositive person; a 'they' carrying the last speaker: gaza speaker 0.971.
  1532507 quotes.acts (the pipeline leaves out acts told with a cue verb): gaza 0.954/0.955/0.942,
      spurious 1/48; ukraine 0.771/0.769/0.811, spurious 5/38 (no hit lost).
  672250d a verb the parser joined to a noun of the content: gaza 0.961/0.962/0.949.
  4a7c22e 'the statement' carrying its issuer: gaza speaker 69/70 = 0.986; ukraine unchanged.
  Later commits (their warning, a time of day, a lone 'that', 'believed to be', a that-less
  clause) fixed cases of the whole gaza store that the sample does not hold: figures unchanged.
  Gaza misses left then (tuning): span edges only (a time phrase or an aside in the source span,
  'called' without its 'for', a content running past its clause), 'issued an evacuation
  warning for X' and 'television showed X' taken as attributions, 'released additional
  information' missed. PolNeAR dev / train 561-700 unchanged throughout (0.802 / 0.798 source).
  Session 13, the new tuning stories at the code of 9c35ac7, before any change:
      nsa_leak 0.781/0.771/0.743, speaker 23/25 = 0.920, spurious 10/25;
      mh370_disappearance 0.880/0.902/0.902, speaker 20/22 = 0.909, spurious 4/27.
  eb9e314 a picture showing something (and 'recognized'/'referencing' + object) is no
      statement: gaza 0.980/0.980/0.967; nsa 0.781/0.783/0.754, spurious 9/25; mh370, ukraine
      unchanged.
  then, a second cue verb the parser hung inside the first one's content ('said X and warned
      that Y') is its own attribution of the same source: nsa 0.800/0.800/0.771, mh370
      0.902/0.923/0.923; gaza and ukraine unchanged.
  then, a passive cue that borrowed the subject of the verb it is joined to ('drifted ashore
      but were later confirmed to be unrelated') has no source: mh370 source 0.920; the rest
      unchanged.
  then, a quoted title inside the subject of a cue with a clause of its own ('the book "..."
      reveals that ...') is no direct quote: nsa 0.812/0.812/0.783, speaker 24/25; the rest
      unchanged. PolNeAR dev after these: finder 0.802/0.792/0.814, made-only 0.790/0.779/0.800.
  Session 14, quotes.acts: decisions and goals ('has decided that', 'seeking an opening',
      'will aim to'), a cue verb in a to-infinitive of purpose ('to predict the trajectory'),
      publishing a thing that says nothing ('posted the questions', 'released a recording'),
      backing a plan ('embraces the bill') and a picture verb the parser gave another subject
      are left out of the stored list: nsa 0.912/0.903/0.871, spurious 3/25; mh370
      1.000/1.000/1.000, spurious 0/27; gaza unchanged; ukraine (check) 0.779/0.777/0.819.
      PolNeAR dev finder unchanged 0.802/0.792/0.814; made-only 0.790/0.779/0.800 ->
      0.787/0.776/0.796 (PolNeAR counts decisions, goals and purposes as attributions:
      of the 19 it drops there, 12 had a gold cue).
  Misses left (tuning stories): gaza as above less 'television showed X'; nsa: 'who reported
  on documents' and 'if a judge agreed that' (a condition), an unsourced 'seems to', 'what it
  claims is X' given 'what' as content, a participle the parser hung on the content (', while
  warning that ...') left inside it, span edges ('tells X that' with the addressee, 'call
  for' without 'for'); mh370: span edges only.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_polnear import Attr, _match, _overlap, _trim  # noqa: E402
from eval_st_events import annotations, name_match, run  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "data" / "st_quotes_gold.jsonl"
SAMPLE = {"gaza_conflict": 120, "ukraine_conflict": 80, "nsa_leak": 50, "mh370_disappearance": 50}
SEED = 2018
# The fresh tuning sample (session 76): 30 more of each of nsa_leak and mh370_disappearance,
# none of them in GOLD, scored as rows ``fresh:<story>`` after the total.
GOLD2 = ROOT / "bench" / "data" / "st_quotes_gold2.jsonl"
SECOND = "fresh"
SAMPLE2 = {"nsa_leak": 30, "mh370_disappearance": 30}
SEED2 = 7676
ROLES = ("source", "cue", "content")


def _gold_attrs(g: dict) -> list[tuple[Attr, str | None]]:
    out = []
    for a in g["attributions"]:
        src = (tuple(a["source"]),) if a.get("source") else ()
        cue = (tuple(a["cue"]),) if a.get("cue") else ()
        con = tuple(tuple(x) for x in a.get("content") or ())
        out.append((Attr(src, cue, con), a.get("speaker")))  # type: ignore[arg-type]
    return out


def score(story: str, gold: list[dict], errors: bool) -> Counter[str]:
    from eval_polnear import predicted

    anns = annotations(story)
    c: Counter[str] = Counter()
    for g in gold:
        ann = anns[str(g["article"])]
        text = ann.article.text
        start, end = int(g["start"]), int(g["end"])
        qs = [q for q in ann.quotes if start <= q.start < end]
        pred = predicted(text, qs)
        names = {}
        for q in qs:
            if q.speaker_start is not None:
                names[(q.speaker_start, q.speaker_end)] = q.speaker
        gattrs = _gold_attrs(g)
        gold_a = [a for a, _ in gattrs]
        c["sentences"] += 1
        if not gold_a:
            c["none"] += 1
            c["spurious"] += bool(pred)
        for role in ROLES:
            gs = [x for x in (_trim(text, getattr(a, role)) for a in gold_a) if x]
            ps = [x for x in (_trim(text, getattr(a, role)) for a in pred) if x]
            c[f"{role}_gold"] += len(gs)
            c[f"{role}_pred"] += len(ps)
            c[f"{role}_hit"] += _match(gs, ps, exact=False)
        for a, spk in gattrs:
            if not spk:
                continue
            hit = next((p for p in pred if _overlap(p.content, a.content)), None)
            if hit is None:
                continue
            c["speaker_n"] += 1
            got = names.get(hit.source[0]) if hit.source else None
            ok = name_match(spk, got) or any(
                en.canonical == got and name_match(spk, en.text)
                for en in ann.entities if start <= en.start < end)
            c["speaker_ok"] += ok
        if errors:
            def show(a: Attr, who: str | None = None, text: str = text) -> str:
                def t(sp: tuple) -> str:
                    return " ; ".join(text[x:y] for x, y in sp)
                return f"[{t(a.source)}] <{t(a.cue)}> {t(a.content)[:90]!r}" + (
                    f" ({who})" if who else "")
            gs_txt = [show(a, s) for a, s in gattrs]
            ps_txt = [show(p, names.get(p.source[0]) if p.source else None) for p in pred]
            if sorted(gs_txt) != sorted(ps_txt):
                print(f"## {g['article']} {start}-{end}: {text[start:end][:200]!r}")
                for x in gs_txt:
                    print("   gold", x)
                for x in ps_txt:
                    print("   got ", x)
    return c


def report(name: str, c: Counter[str]) -> None:
    def f1(role: str) -> str:
        h, p, g = c[f"{role}_hit"], c[f"{role}_pred"], c[f"{role}_gold"]
        f = 2 * h / (p + g) if p + g else 0.0
        return f"{role} {f:.3f} ({h}/{p}/{g})"

    spk = (f"{c['speaker_ok']}/{c['speaker_n']} = {c['speaker_ok'] / c['speaker_n']:.3f}"
           if c["speaker_n"] else "-")
    print(f"{name}: sentences={c['sentences']} overlap F1 (hit/pred/gold) "
          + "; ".join(f1(r) for r in ROLES)
          + f"; speaker {spk}; spurious on none {c['spurious']}/{c['none']}")


def main() -> int:
    return run(score, report, GOLD, SAMPLE, SEED, (SECOND, GOLD2, SAMPLE2, SEED2))


if __name__ == "__main__":
    raise SystemExit(main())
