"""A trigger's act key: the verb and the noun of one act meet ('ruled' / 'ruling' / 'rules',
'indicted' / 'indictment', 'rejected' / 'rejection'). Only :func:`~dateline.merge.triggers.
same_trigger` reads it: the idf keys and content tokens keep :meth:`Rules.stem`, whose
``min_stem`` keeps short words apart in the sentence cosine ('ruled' / 'rule' there stay two
words), while one trigger slot naming one act may be read more loosely."""

from __future__ import annotations

from dateline.merge.rules import Rules


def act_key(trigger: str, r: Rules) -> str:
    """The lowered trigger with one noun-of-act ending cut (``act_derivations.suffixes``:
    'indictment' -> 'indict'), then stemmed as :meth:`Rules.stem` would with the shorter
    ``act_derivations.min_stem`` ('ruling' -> 'rul'). The trigger's stem when the rules list
    no derivations."""
    word = trigger.lower()
    spec = r.raw.get("act_derivations")
    if not spec:
        return r.stem(word)
    least = int(spec["min_stem"])
    cut = next((s for s in spec["suffixes"] if word.endswith(s) and len(word) - len(s) > least),
               None)
    if cut:  # a noun's ending: no inflection after it ('closure' -> 'clos', not 'clo')
        word = word[: -len(cut)]
    else:
        inflected = next((s for s in r.suffixes
                          if word.endswith(s) and len(word) - len(s) >= least), None)
        if inflected:  # its ending is already gone ('agreed' -> 'agre' as 'agree' is)
            return _undouble(word[: -len(inflected)], least)
    for end, new in r.endings:
        if word.endswith(end) and len(word) - len(end) + len(new) >= least:
            word = word[: len(word) - len(end)] + new
            break
    return _undouble(word, least)


def _undouble(word: str, least: int) -> str:
    """'shutt' -> 'shut', as :meth:`Rules.stem` undoubles."""
    if len(word) > least and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word
