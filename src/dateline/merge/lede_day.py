"""A headline dated the article's day and its lede's report dated the day before ('said on
Wednesday' in an article dated Thursday): a wire's story runs under the next day's date, so
the headline's act and the lede's are one act; so are the headline's and a lede's report
dated by a span of its own clause that holds the article's day ('gathered at the annual
meeting this week'), which tells no other day (read by acts.headline_retold; rules.json
``headline_about``)."""

from __future__ import annotations

from datetime import date, timedelta

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules


def lede_day_before(head: Mention, lede: Mention, r: Rules) -> bool:
    """``head`` in the article's first sentence, dated the article's own day however found
    (its stamp or the article's date), and ``lede`` in one of the next
    ``limits.lede_day_before_sentences`` sentences, dated the day before by its own clause
    (a ``lede_day_before_hows`` way), or by a span of its clause of fewer than
    ``limits.lede_span_days`` days that holds the article's day ('this week'; a month or a
    year may be a tally's period), both of one type, one trigger word and one occurrence class."""
    if head.sentence_index != 0 or head.dct is None:  # most pairs stop here
        return False
    day = head.dct
    return (
        0 < lede.sentence_index <= r.limits.get("lede_day_before_sentences", 0)
        and head.date_start == head.date_end == day
        and lede.time_how in r.words("lede_day_before_hows")
        and _told_of(lede, day, r)
        and head.type == lede.type
        and head.trigger_head == lede.trigger_head
        and head.occurrence_class == lede.occurrence_class
    )


def _told_of(lede: Mention, day: date, r: Rules) -> bool:
    """The lede's own date is the day before ``day``, or a span short enough to be the
    telling's week that holds ``day``."""
    start, end = lede.date_start, lede.date_end
    if start is None or end is None:
        return False
    if start == end:
        return start == day - timedelta(days=1)
    return start <= day <= end and (end - start).days < r.limits.get("lede_span_days", 0)
