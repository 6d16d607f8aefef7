"""Words of an act read in another sense (blind batch Random(67), issue 4): a study that
demonstrates a fact shows it, a side beaten in a game or a forecast beaten is outdone, a figure
that falls to a low is no conduct, a breakthrough in an inquiry is a finding, a deal that
requires approval asks no one, shares trading deal in a market, a course its backers argue is
not done, a contest named by an appositive is left as any contest is. The same words used of
parties stay acts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "A second survey of 900 farms in Osk demonstrated the reach of the blight.",
    "The trials demonstrated that the new strain spreads faster.",
    "Ivo Dane scored twice, beating a Brell City side that had lost its captain to injury.",
    "Osk Motors beat analysts' forecasts for the quarter on Thursday.",
    "The adjusted jobless rate in Osk fell to a five-year low of 4.1 percent, the statistics "
    "office said.",
    "\"We suspected the gang came from the north and hoped to make a breakthrough,\" the chief "
    "inspector said.",
    "The two scientists made a breakthrough in their research on the virus last year.",
    "Harl shares closed flat on Friday after trading in a narrow band.",
    "Backers of sending more troops to Osk also face growing public resistance.",
])
def test_no_act(coded_events, text):
    assert coded_events(text) == [], text


@pytest.mark.parametrize(("text", "root"), [
    ("Thousands of students demonstrated in the capital.", "PROTEST"),
    ("Riot police beat the marchers with batons outside the ministry.", "ASSAULT"),
    ("Campaign manager Rolf Tann said Vedder had sunk to a new low by exploiting the tragedy.",
     "ACCUSE"),
    ("Negotiators from Osk and Harl made a breakthrough on the border question on Friday.",
     "AGREE"),
    ("The court required the ministry to release the files within a week.", "REQUEST"),
    ("Opponents of bombing the dams in Osk rallied outside parliament on Monday.", "PROTEST"),
    # the signing is the act told; the approval it needs is no request
    ("The accord, signed in Harl on Monday, will require final approval from the Osk assembly.",
     "SUPPORT"),
])
def test_act_kept(top_event, text, root):
    assert top_event(text)["root"] == root
