"""What keeps two groups of mentions apart however well linked, kept per group as groups
grow (:mod:`dateline.merge.cluster`, steps 2 and 3): the narrowest place its mentions name,
the rungs of scales they name, the days its tally reports cover, the day and place of
each placed one, and whether it holds a single case or a count of cases of a class."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from dateline.merge.counts import rungs_apart
from dateline.merge.mention import Mention
from dateline.merge.one_or_count import Reading, one_and_count, readings
from dateline.merge.places import finer, places_apart
from dateline.merge.rules import Rules
from dateline.merge.running import Run, running_count, runs_apart
from dateline.merge.similarity import place_of
from dateline.merge.tallies import Span, Spot, joined, spots_apart, tally_day, tally_spot, too_long

Key = tuple[str, str]
NO_RUNGS: frozenset[tuple[str, int]] = frozenset()
NO_SPOTS: frozenset[Spot] = frozenset()
NO_READINGS: frozenset[Reading] = frozenset()
NO_RUNS: frozenset[Run] = frozenset()


@dataclass(slots=True)
class GroupMarks:
    """Each group's marks by its name (a member key); a group without one has no entry."""

    rules: Rules
    place: dict[Key, str] = field(default_factory=dict)  # 'UK/Scotland', not 'UK'
    rungs: dict[Key, frozenset[tuple[str, int]]] = field(default_factory=dict)
    tally: dict[Key, Span] = field(default_factory=dict)
    spots: dict[Key, frozenset[Spot]] = field(default_factory=dict)  # placed tally reports
    #: (class, 'one' or 'count', place) of its mentions (one_or_count.readings)
    counts: dict[Key, frozenset[Reading]] = field(default_factory=dict)
    #: (class, day, figure) of its running counts (running.running_count)
    runs: dict[Key, frozenset[Run]] = field(default_factory=dict)

    @classmethod
    def of(cls, groups: Iterable[tuple[Key, Iterable[Key]]], mentions: Mapping[Key, Mention],
           r: Rules, counts: bool = False) -> GroupMarks:
        """The marks of ``(name, member keys)`` groups; their readings of one case or a
        count only with ``counts`` (read when finished groups are parted: joins._part)."""
        marks = cls(r)
        place, rungs, tally = marks.place, marks.rungs, marks.tally
        for g, keys in groups:
            for k in keys:
                m = mentions[k]
                if p := place_of(m, r):
                    place[g] = finer(place.get(g), p) or p
                if m.rungs:
                    rungs[g] = rungs.get(g, NO_RUNGS) | m.rungs
                if counts and (got := readings(m, r)):
                    marks.counts[g] = marks.counts.get(g, NO_READINGS) | got
                if d := tally_day(m, r):
                    tally[g] = joined(tally.get(g), (d, d))
                    if counts and (run := running_count(m, d, r)):
                        marks.runs[g] = marks.runs.get(g, NO_RUNS) | {run}
                    if spot := tally_spot(m, d, r):
                        marks.spots[g] = marks.spots.get(g, NO_SPOTS) | {spot}
        return marks

    def apart(self, ga: Key, gb: Key) -> bool:
        """Two groups that never join: placed apart ('a case in Denmark' and 'cases in the
        US'), naming two rungs of one scale and none in common ('raised the alert to level
        4' and 'to level 5'), whose tallies would span too many days (a toll of Monday
        and the toll it rose to by Friday), or that hold tally reports of one class and day
        placed apart (one day's cases in Peru and in Chile: tallies.spots_apart), or of which
        one holds a single case and the other a count of one class ('a boy died in Peru' and
        'the toll rose to 149': one_or_count)."""
        pa, pb = self.place.get(ga), self.place.get(gb)
        return bool(
            (pa and pb and places_apart(pa, pb))
            or rungs_apart(self.rungs.get(ga, NO_RUNGS), self.rungs.get(gb, NO_RUNGS))
            or too_long(self.tally.get(ga), self.tally.get(gb), self.rules)
            or spots_apart(self.spots.get(ga, NO_SPOTS), self.spots.get(gb, NO_SPOTS))
            or one_and_count(self.counts.get(ga, NO_READINGS), self.counts.get(gb, NO_READINGS))
            or runs_apart(self.runs.get(ga, NO_RUNS), self.runs.get(gb, NO_RUNS), self.rules)
        )

    def torn(self, g: Key) -> bool:
        """Group ``g`` holds mentions its marks of one case or a count, or of running counts,
        keep apart (read when finished groups are parted: joins._part)."""
        got, runs = self.counts.get(g, NO_READINGS), self.runs.get(g, NO_RUNS)
        return one_and_count(got, got) or runs_apart(runs, runs, self.rules)

    def fold(self, ga: Key, gb: Key) -> None:
        """Group ``gb`` joins ``ga``: ``ga`` takes the narrower place, both rungs, the
        days of both tallies, both groups' placed tally reports and their readings of one
        case or a count (``gb``'s entries stay, unread: it names no group now)."""
        if here := finer(self.place.get(ga), self.place.get(gb)):
            self.place[ga] = here
        ra, rb = self.rungs.get(ga, NO_RUNGS), self.rungs.get(gb, NO_RUNGS)
        if ra or rb:
            self.rungs[ga] = ra | rb
        ta, tb = self.tally.get(ga), self.tally.get(gb)
        if ta or tb:
            self.tally[ga] = joined(ta, tb)
        if sb := self.spots.get(gb):
            self.spots[ga] = self.spots.get(ga, NO_SPOTS) | sb
        if cb := self.counts.get(gb):
            self.counts[ga] = self.counts.get(ga, NO_READINGS) | cb
        if run_b := self.runs.get(gb):
            self.runs[ga] = self.runs.get(ga, NO_RUNS) | run_b


@dataclass(slots=True)
class GroupScan:
    """When two groups are scanned for a pair a hard rule keeps apart (joins._kept_apart),
    by group name: the sentences its mentions stand in, with a reason of one article the
    articles and whether one mention is told as one more, a total, a dated verb or a plan
    (``more``; empty without such a reason), and whether one can be kept apart from a
    mention of another sentence (``afar``)."""

    sentences: dict[Key, set[tuple[str, int]]]
    articles: dict[Key, set[str]]
    more: dict[Key, bool]
    afar: dict[Key, bool]

    def may_hold(self, ga: Key, gb: Key) -> bool:
        """A pair of the two groups may be one a hard rule keeps apart."""
        more = self.more
        return bool(
            (self.afar[ga] and self.afar[gb])
            or not self.sentences[ga].isdisjoint(self.sentences[gb])
            or (more and (more[ga] or more[gb])
                and not self.articles[ga].isdisjoint(self.articles[gb]))
        )

    def fold(self, ga: Key, gb: Key) -> None:
        """Group ``gb`` joins ``ga``."""
        self.sentences[ga] |= self.sentences.pop(gb)
        if self.more:
            self.articles[ga] |= self.articles.pop(gb)
            self.more[ga] = self.more[ga] or self.more.pop(gb)
        self.afar[ga] = self.afar[ga] or self.afar.pop(gb)
