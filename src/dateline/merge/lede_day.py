"""A headline dated the article's day and its lede's report dated the day before ('said on
Wednesday' in an article dated Thursday): a wire's story runs under the next day's date, so
the headline's act and the lede's are one act (read by acts.headline_retold; rules.json
``headline_about``)."""

from __future__ import annotations

from datetime import timedelta

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules


def lede_day_before(head: Mention, lede: Mention, r: Rules) -> bool:
    """``head`` in the article's first sentence, dated the article's own day however found
    (its stamp or the article's date), and ``lede`` in one of the next
    ``limits.lede_day_before_sentences`` sentences, dated the day before by its own clause
    (a ``lede_day_before_hows`` way), both of one type, one trigger word and one occurrence
    class."""
    if head.sentence_index != 0 or head.dct is None:  # most pairs stop here
        return False
    day = head.dct
    return (
        0 < lede.sentence_index <= r.limits.get("lede_day_before_sentences", 0)
        and head.date_start == head.date_end == day
        and lede.time_how in r.words("lede_day_before_hows")
        and lede.date_start == lede.date_end == day - timedelta(days=1)
        and head.type == lede.type
        and head.trigger_head == lede.trigger_head
        and head.occurrence_class == lede.occurrence_class
    )
