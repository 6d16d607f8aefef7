"""Whether a mention's date is its claim of when the event happened: a date of the event's own
clause (:data:`STATED`), an event noun's only beside a verb of happening, and not a saying's,
a headline's stamp or a speaker's 'tomorrow'. ``disagree.json`` ``occurrence_words`` and
``dated_elsewhere``."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.events.lexicon import page_stamp
from dateline.merge.disagree.common import disagree_section
from dateline.merge.lexicon import read_data
from dateline.wordlists import any_of, word_pattern

#: An article states an event's date when the event's own clause carries it ("began on Monday");
#: a date elsewhere in the sentence ("the queue grew on Tuesday as the strike entered its second
#: day") or the article's own date says when something else happened, or nothing. The date
#: heading an entry of a dated list ("June 16 - BP agrees ...") is stated too.
STATED = frozenset({"clause", "label"})


@lru_cache(maxsize=1)
def _claim_rules() -> tuple[int, tuple[tuple[str, ...], ...]]:
    """``disagree.json``: the window and the words of beginning or happening, split."""
    data = read_data("disagree.json")
    return int(data["window"]), tuple(tuple(w.split()) for w in data["occurrence_words"])


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def claims_date(sentence: str | None, trigger: str, nominal: bool) -> bool:
    """Whether a mention's clause date is its claim about when the event happened: always
    for a verb; for an event noun only beside a verb of beginning or happening
    (``data/merge/disagree.json``, with examples)."""
    if not nominal:
        return True
    window, verbs = _claim_rules()
    text = sentence or ""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return False
    left, right = _words(text[:at])[-window:], _words(text[at + len(trigger):])[:window]
    return any(
        side[i : i + len(v)] == list(v)
        for side in (left, right) for v in verbs for i in range(len(side) - len(v) + 1)
    )


@lru_cache(maxsize=1)
def _elsewhere_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``disagree.json`` ``dated_elsewhere``: the report words and the perfect words, each as
    one pattern."""
    data = disagree_section("dated_elsewhere")
    return word_pattern(data["report_words"]), word_pattern(data["perfect_words"])


def dates_itself(sentence: str | None, trigger: str, nominal: bool = False) -> bool:
    """Is a verb's clause date its own, not a saying's: no past perfect under a verb of
    saying before it ('In the morning, the army said that two soldiers had been killed' dates
    the saying), and not the sentence's only day when that stands right after a verb of
    saying ('..., the Coast Guard said on Wednesday', 'Two senators said on Wednesday the
    firm should cut its dividend')? Nor is a headline a link list stamps with its age ('-
    2 hrs ago') or a page stamp ('Last updated at') dated by it, nor a speaker's act by a
    'tomorrow' reckoned from when the speaker spoke ('Tomorrow, I will meet the chairman'
    in a speech's transcript), nor a verb's to-infinitive
    dated by the clause it hangs on ('apologised on Thursday for having to agree to the
    levy' dates the apology), unless that names a plan, a start or an attempt ('is due to
    visit on Friday', 'began to shell the town on Monday'). ``disagree.json``
    ``dated_elsewhere``, with examples."""
    report, perfect = _elsewhere_rules()
    text = sentence or ""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return True
    if _age_stamp().search(text, at + len(trigger)) is not None:
        return False  # 'Premier visits valley - 2 hrs ago', '... 16 March Last updated at
    speaker, speaker_day = _speaker_rules()
    if speaker.search(text, 0, at) is not None and speaker_day.search(text) is not None:
        return False  # 'Tomorrow, I will meet ...' in a speech: reckoned from the speech's day
    if not nominal and (head := _INFINITIVE.search(text, 0, at)) is not None \
            and head.group(1).lower() not in _infinitive_heads():
        return False
    said = report.search(text, 0, at)
    if said is not None and perfect.search(text, said.end(), at) is not None:
        return False
    # 'Eleven workers were missing after the blast, the Coast Guard said on Wednesday': the
    # only day the sentence names is the saying's
    # ', the Coast Guard said on Wednesday' after it, or 'Two senators said on Wednesday
    # (that) the firm should cut ...' before it
    day = _saying_day()
    for x in report.finditer(text):
        if x.start() < at < x.end() or not (said := day.match(text, x.end())):
            continue
        if not day.search(text, 0, x.start()) and not day.search(text, said.end()):
            return False
    return True


@lru_cache(maxsize=1)
def _age_stamp() -> re.Pattern[str]:
    """``disagree.json`` ``dated_elsewhere`` ``age_stamps`` after a dash and a number ('- 2
    hrs ago'): a link list's headline, dated by its posting; or a page's update stamp ('Last
    updated at', the events stage's list, :func:`dateline.events.lexicon.page_stamp`): a
    headline before its page's stamp."""
    ages = "|".join(r"\s+".join(map(re.escape, w.split()))
                    for w in disagree_section("dated_elsewhere")["age_stamps"])
    return re.compile(rf"-\s+\d+\s+(?:{ages})\b|{page_stamp().pattern}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _speaker_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``disagree.json`` ``dated_elsewhere``: the speaker as the subject of the trigger
    (``speakers``, as written, up to ``speaker_reach`` words before it: 'I will meet', 'we
    have agreed'), and ``speaker_days``, days reckoned from when the speaker spoke
    ('tomorrow')."""
    data = disagree_section("dated_elsewhere")
    speaker = re.compile(rf"\b(?:{any_of(data['speakers'])})"
                         rf"(?:\s+[A-Za-z']+){{0,{int(data['speaker_reach'])}}}\s+$")
    return speaker, word_pattern(data["speaker_days"])


#: a to-infinitive right before a trigger, and the word it hangs on ('having to agree')
_INFINITIVE = re.compile(r"\b([A-Za-z]+)\s+to\s+$")


@lru_cache(maxsize=1)
def _infinitive_heads() -> frozenset[str]:
    """``disagree.json`` ``dated_elsewhere`` ``infinitive_heads``: words a to-infinitive
    after which takes the clause's date ('due to visit on Friday')."""
    return frozenset(disagree_section("dated_elsewhere")["infinitive_heads"])


@lru_cache(maxsize=1)
def _saying_day() -> re.Pattern[str]:
    """``disagree.json`` ``dated_elsewhere`` ``saying_days``: a day right after a verb of
    saying ('said on Wednesday'); searched alone, a day anywhere."""
    words = any_of(disagree_section("dated_elsewhere")["saying_days"])
    return re.compile(rf"(?:\s+on)?\s+(?:{words})\b|\b(?:{words})\b", re.IGNORECASE)
