"""Acts the blind real-wire batch Random(62) (bench/plover_probes_realwire7.txt) found missed and
whose fixes it prompted (issue 4, session 50): each with the near sense that must stay as it was."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a party told to be a critic of another or of its policy criticizes it (n.accuse.critic)
    ("The Velmar Socialist Party has long been a fierce critic of Osk's privatisation drive.",
     "ACCUSE"),
    ("Critics say the plan will cost too much.", "NONE"),
    # charges a party faces (n.accuse.faced); a faced election is no charge
    ("Corporal Ben Ruiz is to face four counts of manslaughter, the army said.", "ACCUSE"),
    ("The president faces a tough election next year.", "NONE"),
    # a thing founded jointly (v.cooperate.jointly)
    ("A water project for the north has been jointly set up by the Kessland government and "
     "the World Bank.", "COOPERATE"),
    # an ultimatum is a threat
    ("Arland warned that Borland must withdraw its troops or face the consequences.", "THREATEN"),
    # backing another's effort (v.support.encourage_efforts); 'encouraged X to' stays an appeal
    ("The alliance encouraged the membership efforts of Tarvik and Orlund.", "SUPPORT"),
    ("NATO encouraged Albania to press on with reforms.", "REQUEST"),
    # a feeling shown after another's act is at that act (roles.json verdicts feeling_marks)
    ("Minister Lund voiced satisfaction after Dorvan agreed to lift its ban on Velmari wine.",
     "SUPPORT"),
    # a hartal is a general strike; an economic blockade an embargo; custody a detention
    ("The Tarvik bar council called a nationwide hartal after an emergency session.", "PROTEST"),
    ("Arland imposed an economic blockade on its small neighbour Vessia.", "SANCTION"),
    ("The navy imposed a blockade on the rebel port.", "COERCE"),
    ("Ivo Tarn was remanded on Friday under the custody of Osk's anti-fraud office.", "COERCE"),
    # a party wanting to see another act asks it to (roles.json wishes sights)
    ("Arland does not want to see more outside states, including Veskara, meddling in "
     "the internal affairs of Tarvik.", "REQUEST"),
    ("Arland wants to see Veskara leave the border talks.", "REQUEST"),
    ("Arland wants to see the report before it votes.", "NONE"),
    # questioning a party's candidacy or commitment; representations made to a ministry
    ("Brel was questioning Tarvik's candidacy for the union.", "ACCUSE"),
    ("The envoy made representations to the Dorvan foreign ministry over the detention.",
     "ACCUSE"),
    # the wrath or ire a party draws is criticism of it (n.accuse.drawn)
    ("President Dorn drew the wrath of farmers' unions by scrapping the grain subsidy.", "ACCUSE"),
])
def test_realwire7_prompted_senses(top_event, text, root):
    assert top_event(text)["root"] == root
