"""The PLOVER coding lexicon (package data), compiled once into dicts keyed by lemma.

Lookups are per token by lemma (never a scan over the lexicon), so coding costs about
the same as one pass over the parse.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

PLOVER_ROOTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
HOSTILE_MATERIAL = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})


@dataclass(frozen=True)
class Entry:
    """One lexicon entry; ``specificity`` orders entries of the same lemma."""

    id: str
    pos: str
    root: str
    particle: frozenset[str] | None = None
    objects: frozenset[str] | None = None
    modifiers: frozenset[str] | None = None
    subjects: frozenset[str] | None = None
    # the entry does not apply with a subject of one of these head lemmas (a relative
    # pronoun read as the noun it describes): 'camps which shelter 40,000 people' hold them,
    # no party shelters anyone
    not_subjects: frozenset[str] | None = None
    light: frozenset[str] | None = None
    control: bool = False
    standalone: bool = False
    context: frozenset[str] | None = None
    unless: frozenset[str] | None = None
    unless_named: bool = False
    not_objects: frozenset[str] | None = None
    # not when such an object is the doer's own: a pronoun owner or none ('defended his stance';
    # 'the CEO's position' is another party's and stays)
    not_own_objects: frozenset[str] | None = None
    # not when such an object is owned by a possessive pronoun ('ordered his workers', 'asked
    # its embassies'): a body's own staff, no other party
    not_own_staff: frozenset[str] | None = None
    # the entry does not apply with one of these particles ('signed up to run' is no signing)
    not_particle: frozenset[str] | None = None
    # a noun entry that does not apply under these modifiers ('custody battle' is no combat)
    not_modifiers: frozenset[str] | None = None
    means: bool = False  # its objects are the act's means ('used tear gas'), not targets
    # a noun entry read only where no light verb governs the noun ('Syrian fire' is gunfire;
    # 'held their fire' is the verb's act)
    no_light: bool = False
    suffered: bool = False  # its subject suffered the act ('the death toll rose'): the target
    # the root of the entry's act told negated ('does not recognize the court': REJECT)
    negated_root: str | None = None
    # a verb sense that takes no direct object nor that-clause ('gave in'; 'gave speeches in a
    # bid' is none; 'demonstrated that X' shows)
    intransitive: bool = False
    # a verb sense told only with a direct object, as a passive or as a participle describing
    # its object ('sheltered refugees', 'were sheltered'); 'refugees sheltering in camps' take
    # shelter and give none
    transitive: bool = False
    # a sense that, with no object nor complement, needs a party for subject ('the minister
    # declined'; 'piracy incidents have declined' tells a fall, no refusal)
    bare_party: bool = False
    # a sense told only with a to-infinitive of what is to be done, on the verb or on a word of
    # its phrase ('gave the rebels 48 hours to surrender'; 'granted the miners a shorter
    # working week' gives a benefit, no time limit)
    to_do: bool = False
    # a noun entry that does not apply when its owner (possessor or of-object) is one of these
    # lemmas or '@' entity kinds ('the striker's nationalization': citizenship, no seizure)
    not_owners: frozenset[str] | None = None
    # a sense that does not apply with a that-clause and no to-infinitive ('persuaded the
    # court that he was ill' convinces; 'persuaded X to act' asks)
    not_that: bool = False
    # a sense that does not apply with a that-clause told as a fact ('insisted he had been set
    # up' claims; 'insisted that the army leave' asks; roles.json stated_clauses)
    not_stated: bool = False
    # a noun sense that applies only with a phrase of one of these prepositions naming a party
    # ('voiced confidence in the Osk monitors'; 'voiced confidence that ...', 'confidence in
    # the numbers' are none), on the noun or, on a light verb's object, on the verb after it
    preps: frozenset[str] | None = None
    # a sense that applies only when one of its objects is a party's own, its owner named
    # ('echoed Tarvia's comments', 'the minister's remarks were echoed by X'); 'echoed those
    # remarks' names no party whose words are taken up
    owned: bool = False
    # a light verb's noun whose verb's subject must be a state or a force: a party by name
    # ('Kessland launched strikes') or one of these lemmas ('the government', 'the
    # army'); 'the union launched strikes', 'Velmar's opposition began a strike' are none
    doers: frozenset[str] | None = None
    # a noun entry whose ``preps`` phrase may name a place by one of these nouns instead of a
    # party ('the government launched strikes on the capital')
    prep_places: frozenset[str] | None = None

    @property
    def specificity(self) -> int:
        conds = (self.particle, self.objects, self.modifiers, self.light, self.subjects,
                 self.context, self.preps)
        return sum(x is not None for x in conds)


@dataclass(frozen=True)
class Roles:
    light: frozenset[str]
    reverse: frozenset[str]
    reverse_particles: dict[str, frozenset[str]]
    light_particles: dict[str, frozenset[str]]  # 'step' is light only in 'step up'
    reverse_map: dict[str, str]
    # ending nouns whose easing has a root of its own ('lifted the blockade' RETREAT)
    reverse_nouns: dict[str, str]
    # senses of these roots keep reverse_map's root ('lifted their road blockade': PROTEST)
    reverse_nouns_keep: frozenset[str]
    # 'striking drivers abandoned their blockade': dissent eased (roles.json reverse_nouns)
    reverse_civil_makers: frozenset[str]
    # 'withdrew from the proposed deal': an agreement still on the table, turned down
    reverse_proposed: frozenset[str]
    report: frozenset[str]
    intent: frozenset[str]
    # participles that say what a subject does as a group ('striking dockers')
    activity_participles: frozenset[str]
    aspect: frozenset[str]
    future_aux: frozenset[str]
    modal_demand: frozenset[str]
    hedges: frozenset[str]
    negations: frozenset[str]
    containers: frozenset[str]
    non_agents: frozenset[str]
    end_bounds: frozenset[str]
    conditions: frozenset[str]
    instruments: frozenset[str]
    intent_nouns: frozenset[str]
    back_reference: frozenset[str]  # determiners of an event noun that refers back
    partitives: frozenset[str]  # 'the rest of the infiltrators': the group is the argument
    death_cause_verbs: frozenset[str]  # 'died from the virus': the virus is no target
    death_cause_preps: frozenset[str]  # the preposition of the cause: 'from'
    place_nouns: frozenset[str]  # 'massing at the border town of X': where, not whom
    border_nouns: frozenset[str]  # 'massed troops on the border': where
    border_preps: frozenset[str]  # 'on', 'along' a border noun
    # 'North Velk shrimpers sued': people a place modifies, not the place (roles.json place_groups)
    place_group_heads: frozenset[str]
    stative_passives: frozenset[str]  # 'X was committed to ...': X acts
    documents: frozenset[str]  # 'the deal calls for ...': a text, never an actor
    voices: frozenset[str]  # 'his ruling criticised X': its possessor speaks through it
    # 'rockets exploded in the south': where a munition hit (roles.json impacts)
    impact_verbs: frozenset[str]
    impact_preps: tuple[str, ...]
    # 'signed a bill to provide aid': the signer provides (roles.json carriers)
    carrier_nouns: frozenset[str]
    carrier_verbs: frozenset[str]
    # 'gave the Red Cross permission': the receiver named without 'to' (roles.json givings)
    giving_verbs: frozenset[str]
    # 'gave the opposition permission': groups that receive as parties, unnamed
    giving_receivers: frozenset[str]
    # 'and vowed to rebuild': a speaker's verb, no storm's (roles.json shared_doers)
    speaker_control: frozenset[str]
    # 'a gas blast hit the colliery': an accident (roles.json accident_blasts)
    accident_nouns: frozenset[str]
    accident_sources: frozenset[str]
    with_not_targets: frozenset[str]  # 'with the backing of X': no target
    on_not_targets: frozenset[str]  # 'the outbreak is on the upswing': no target
    at_not_targets: frozenset[str]  # 'flowing at a rate of ...': no target
    manner_nouns: frozenset[str]  # 'criticised the way X did it': no party
    effect_verbs: frozenset[str]  # 'the deaths sparked alarm': no target of 'deaths'
    target_inheritors: frozenset[str]  # 'threatened to fire at the airport': its target
    same_act_roots: frozenset[str]  # 'strikes that killed dozens': one act told twice
    on_targets: frozenset[str]  # 'blame the violence on X': X is the target
    relative_preps: frozenset[str]  # 'hours before the explosion': not at the clause's time
    untold_roots: frozenset[str]  # 'driven off after the shooting': no act reported
    cause_preps: frozenset[str]  # 'for' in 'sentences for attacks': a cause, dated before
    cause_governors: frozenset[str]
    # 'claimed responsibility for the bombing': the cause noun is the act the sentence tells
    cause_told: frozenset[str]
    phase_verbs: frozenset[str]  # verbs that start a new phase of an event noun: no back-reference
    new_instance: frozenset[str]  # determiners of an event noun that tells a new one ('a blast')
    new_instance_untold: frozenset[str]  # marks, auxiliaries telling no act ('if')
    elsewhere_entities: frozenset[str]  # entity types of a subject naming a new instance's party
    class_reach: int  # sentences back an event noun of another word of its class refers
    countable_classes: frozenset[str]  # occurrence classes of one of many ('death')
    undergo_verbs: frozenset[str]
    undergo_preps: frozenset[str]
    undergo_states: frozenset[str]  # 'is under investigation': held in the act
    undergo_of_heads: frozenset[str]  # 'became the subject of a manhunt': held in the act
    undergo_of_states: frozenset[str]
    unrealised_before: frozenset[str]
    hypothetical_aux: frozenset[str]
    # complement lemma -> (causer verbs, the lexicon verb the pair stands for)
    causatives: dict[str, tuple[frozenset[str], str]]
    # nouns whose date modifier is when they take place ('the 2012 election'), not a name
    timed_nouns: frozenset[str] = frozenset()
    # noun and verb endings: 'signing' -> 'sign', 'delivery' -> 'deliver' (roles.json nominals)
    nominal_suffixes: tuple[tuple[str, str], ...] = ()
    nominal_irregular: dict[str, str] = field(default_factory=dict)  # 'cessation' -> 'cease'
    commands: frozenset[str] = frozenset()  # 'ordered troops to pull back': the act
    forces: frozenset[str] = frozenset()  # 'troops', 'police': a commander's own force
    # 'forced the shopkeepers to open their stores': COERCE (roles.json compulsions)
    compulsion_verbs: frozenset[str] = frozenset()
    compulsion_doers: frozenset[str] = frozenset()
    # 'Kessland expected Orlund to free the crew': a demand (roles.json wishes)
    wish_verbs: frozenset[str] = frozenset()
    wish_forecasts: frozenset[str] = frozenset()
    wish_sights: frozenset[str] = frozenset()  # 'wants to see X leave': X asked to
    wish_hopes: frozenset[str] = frozenset()  # 'hoped that X would free': X asked to
    wish_speakers: frozenset[str] = frozenset()  # '"We want X to leave," Y said'
    # 'the bombings were intended to hit X': an act told done (roles.json done_purposes)
    done_purposes: frozenset[str] = frozenset()
    stand_down: frozenset[str] = frozenset()  # 'ordered troops to stay in barracks': no readying
    command_speech: frozenset[str] = frozenset()  # 'told the army to': readies only to be ready
    preparations: frozenset[str] = frozenset()  # 'prepared to attack' is MOBILIZE
    readiness_states: frozenset[str] = frozenset()  # 'ordered police to be on alert'
    # 'decided to impose sanctions', 'agreed to impose sanctions': the sanction (decided_sanctions)
    decided_words: frozenset[str] = frozenset()
    #: 'gave the rebels an ultimatum to surrender': threats whose complement is asked of
    #: another (roles.json ultimatums: nouns and entry ids)
    ultimatum_nouns: frozenset[str] = frozenset()
    ultimatum_entries: frozenset[str] = frozenset()
    decided_governors: frozenset[str] = frozenset()
    # 'carried out its threat': the threat done, no threat (roles.json fulfilled_threats)
    fulfil_verbs: frozenset[str] = frozenset()
    fulfilled_roots: frozenset[str] = frozenset()
    decided_roots: frozenset[str] = frozenset()
    scheduled: frozenset[str] = frozenset()  # 'is due to visit': a plan with its infinitive
    rank_words: frozenset[str] = frozenset()  # 'to embassy level': no infinitive
    session_passives: frozenset[str] = frozenset()  # 'talks will be held': planned_session
    placed_participles: frozenset[str] = frozenset()  # 'a freeze put on talks'
    ability_intents: frozenset[str] = frozenset()  # 'not able to visit': denied, no plan
    light_active: frozenset[str] = frozenset()  # 'completed the withdrawal', not passive
    # 'fired tear gas to break up the march': crowd control (roles.json dispersals)
    dispersal_verbs: frozenset[str] = frozenset()
    dispersal_roots: frozenset[str] = frozenset()
    # 'Bowing to protests, the premier resigned': a resignation yielded (roles.json yielded_acts)
    yielded_acts: frozenset[str] = frozenset()
    yielded_roots: frozenset[str] = frozenset()
    # 'retaliated by recalling its envoy': the manner's act (roles.json reprisals)
    reprisal_verbs: frozenset[str] = frozenset()
    reprisal_roots: frozenset[str] = frozenset()
    planners: frozenset[str] = frozenset()  # 'planning attacks': the planner attacks
    term_nouns: frozenset[str] = frozenset()  # 'the terms of the truce are: ...' (roles.json terms)
    term_deals: frozenset[str] = frozenset()
    term_openers: frozenset[str] = frozenset()
    exclusions: frozenset[str] = frozenset()  # 'has not ruled out force': a threat
    reluctance: frozenset[str] = frozenset()  # 'would not hesitate to strike': an intention
    no_comment: frozenset[str] = frozenset()  # 'declined to comment': no act refused
    # real wire shapes of no such act (roles.json figurative, events.figurative)
    question_verbs: frozenset[str] = frozenset()  # 'asked whether ...': a question
    question_words: frozenset[str] = frozenset()
    question_preps: frozenset[str] = frozenset()  # 'asked about X': a question
    question_nouns: frozenset[str] = frozenset()  # 'asked questions': a question
    anonymity: frozenset[str] = frozenset()  # 'asked for anonymity': a source's terms
    vote_share_words: frozenset[str] = frozenset()  # 'backed by 38 percent of voters'
    vote_publics: frozenset[str] = frozenset()  # '... of voters': the electorate, not members
    advice_verbs: frozenset[str] = frozenset()  # 'recommended that X call elections'
    passed_verbs: frozenset[str] = frozenset()  # 'the assembly approved the budget'
    passed_nouns: frozenset[str] = frozenset()  # 'gave its final approval to the bill'
    passed_texts: frozenset[str] = frozenset()
    passed_bodies: frozenset[str] = frozenset()  # 'the senate', 'parliament'
    efforts: frozenset[str] = frozenset()  # 'battling to keep the plant open': no combat
    about_participles: frozenset[str] = frozenset()  # 'the questions surrounding his death'
    verbal_attacks: frozenset[str] = frozenset()  # 'attacked X for failing to act': ACCUSE
    necessities: frozenset[str] = frozenset()  # 'sending jets would require ...': no demand
    presence_marks: frozenset[str] = frozenset()  # 'troops still stationed': no move
    content_roots: frozenset[str] = frozenset()  # 'the accord, which calls for ...': content
    admissions: frozenset[str] = frozenset()  # 'conceded that ...': no concession
    # 'does not object to X', 'has no objection to X': consent (roles.json no_objection)
    no_objection: frozenset[str] = frozenset()
    # 'launched X in collaboration with the UN agency': COOPERATE (roles.json joint_manners)
    joint_manner_nouns: frozenset[str] = frozenset()
    joint_manner_preps: frozenset[str] = frozenset()
    # 'troops sent to help evacuate villagers': a relief move is AID (roles.json relief_purposes)
    relief_verbs: frozenset[str] = frozenset()
    relief_nouns: frozenset[str] = frozenset()
    relief_helpers: frozenset[str] = frozenset()
    relief_helped_verbs: frozenset[str] = frozenset()  # 'to help restore order in X'
    relief_preps: frozenset[str] = frozenset()
    relief_object_verbs: frozenset[str] = frozenset()  # 'sent officers to train its police'
    # 'warned of heavy storms': a warning of a hazard is no threat (roles.json hazard_warnings)
    hazard_verbs: frozenset[str] = frozenset()
    hazard_nouns: frozenset[str] = frozenset()
    hazard_undergo: frozenset[str] = frozenset()
    hazard_endangering: frozenset[str] = frozenset()  # 'the row threatens supplies'
    hazard_troubles: frozenset[str] = frozenset()
    hazard_beliefs: frozenset[str] = frozenset()  # 'warned against hopes of ...'
    hazard_needs: frozenset[str] = frozenset()  # 'warned that reforms were still needed'
    # 'warned residents to leave': a request to act (roles.json warnings_to_act)
    warn_to_act: frozenset[str] = frozenset()
    warn_to_act_nouns: frozenset[str] = frozenset()  # 'issued a warning to X to leave'
    # 'issued a call to X to release ...': X does the act (roles.json warnings_to_act addressed)
    addressed_nouns: frozenset[str] = frozenset()
    joint_verbs: frozenset[str] = frozenset()  # 'Velka and Marn joined forces': COOPERATE
    joint_objects: frozenset[str] = frozenset()
    joint_efforts: frozenset[str] = frozenset()  # 'Velka and Marn are working to': COOPERATE
    claim_verbs: frozenset[str] = frozenset()  # 'claimed X violated the truce': ACCUSE
    obligations: frozenset[str] = frozenset()  # 'said X had a duty to act': REQUEST
    duty_pronouns: frozenset[str] = frozenset()  # 'said he must go': no party asked
    duty_particle_verbs: frozenset[str] = frozenset()  # 'pointed out that X must'
    duty_parties: frozenset[str] = frozenset()  # 'said the state must': a party asked
    duty_own_staff: frozenset[str] = frozenset()  # 'told his squad to': no party asked
    imperative_not: frozenset[str] = frozenset()  # '"Let us wait," X said': no one asked
    news_verbs: frozenset[str] = frozenset()  # 'the paper reported X must': news, no demand
    yielding_passives: frozenset[str] = frozenset()  # 'not swayed by threats': who yields
    boundary_marks: frozenset[str] = frozenset()  # 'before the ceasefire began': a time
    boundary_verbs: frozenset[str] = frozenset()
    boundary_made: frozenset[str] = frozenset()  # 'before the truce was announced'
    boundary_determiners: frozenset[str] = frozenset()
    boundary_roots: frozenset[str] = frozenset()
    claimed_violations: frozenset[str] = frozenset()  # verbs.json ids of violations
    # 'said the raids were a breach of the truce': an act judged a violation (roles.json
    # judged_violations, events.judged)
    judged_verbs: frozenset[str] = frozenset()
    judged_nouns: frozenset[str] = frozenset()
    judged_adjectives: frozenset[str] = frozenset()
    judged_links: frozenset[str] = frozenset()
    judged_as: frozenset[str] = frozenset()
    judged_measures: frozenset[str] = frozenset()
    verdicts: dict[str, str] = field(default_factory=dict)  # 'was a positive step': SUPPORT
    reactions: dict[str, str] = field(default_factory=dict)  # 'voiced alarm at': ACCUSE
    feeling_verbs: frozenset[str] = frozenset()  # 'expressed concern about'
    feeling_preps: frozenset[str] = frozenset()
    feeling_party_preps: frozenset[str] = frozenset()  # 'disappointed with X': X itself
    feeling_marks: frozenset[str] = frozenset()  # 'voiced satisfaction after X agreed'
    feeling_own_doers: frozenset[str] = frozenset()  # 'pleased that we concluded': our own act
    # 'shocked at the death of X': what befalls a party, never its doing (events.judged)
    undergone: frozenset[str] = frozenset()
    # 'encouraged by recent developments': what happened at large, no party's act
    happenings: frozenset[str] = frozenset()
    # 'failed to reach agreement': an act that failing to do is another root (roles.json failures)
    failures: frozenset[str] = frozenset()
    failures_map: dict[str, str] = field(default_factory=dict)
    failure_nouns: frozenset[str] = frozenset()  # "the government's failure to meet ..."
    failure_adjectives: frozenset[str] = frozenset()  # 'were unable to reach agreement'
    negated_intents: frozenset[str] = frozenset()  # 'unwilling to negotiate': a refusal
    # 'voted for a resolution calling on X to act': the call adopted (REQUEST)
    vote_verbs: frozenset[str] = frozenset()
    vote_texts: frozenset[str] = frozenset()
    vote_calls: frozenset[str] = frozenset()
    # 'is not likely to sign', 'is unlikely to accept': a forecast denied, no refusal
    forecasts: frozenset[str] = frozenset()
    negative_forecasts: frozenset[str] = frozenset()
    setting_preps: frozenset[str] = frozenset()  # 'said in a meeting with X': held
    session_plan_modifiers: frozenset[str] = frozenset()  # 'his planned summit with X'
    setting_nouns: frozenset[str] = frozenset()
    negation_adverbs: frozenset[str] = frozenset()  # 'no longer': negates with its 'no'
    #: 'will no longer require permits': restrictions ended, eased (roles.json ended_restrictions)
    ended_restriction_verbs: frozenset[str] = frozenset()
    stated_aux: frozenset[str] = frozenset()  # 'insisted he had been framed': told as a fact
    same_past: frozenset[str] = frozenset()  # 'cut', 'put': a past written as its base form
    command_decrees: frozenset[str] = frozenset()  # 'a decree ordering the release': done
    # 'urged X to back Y', 'called on X to unite against Y': rallying support or opposition
    # (roles.json rallies: the call's verbs, and complement -> root)
    rally_verbs: frozenset[str] = frozenset()
    rally_complements: dict[str, str] = field(default_factory=dict)
    # 'as', 'after' read as prepositions: '... as Peru quake hits' (detect.misread_subject)
    misread_subordinators: frozenset[str] = frozenset()
    comparison_verbs: frozenset[str] = frozenset()  # 'as opposed to': a comparison, no act
    # 'has surpassed the 1989 spill': the standard's date (roles.json comparison_standards)
    standard_verbs: frozenset[str] = frozenset()
    standard_ordinals: frozenset[str] = frozenset()  # 'the first rise since 2008'
    named_non_agents: frozenset[str] = frozenset()  # 'Hurricane Katrina': a storm's name
    non_agent_units: frozenset[str] = frozenset()  # 'lightning bolts': lightning
    contests: frozenset[str] = frozenset()  # 'pulled out of the Games': no RETREAT
    contest_results: frozenset[str] = frozenset()  # 'a 1-0 win': a game's result
    contest_posts: frozenset[str] = frozenset()  # 'resigned as coach': no RETREAT
    contest_products: frozenset[str] = frozenset()  # 'banned from cattle feed': no COERCE
    contest_anchors: frozenset[str] = frozenset()  # 'pulled out the night before the race'
    openings: frozenset[str] = frozenset()  # 'room for cooperation': a possibility, no act
    openings_taken: frozenset[str] = frozenset()  # 'took the opportunity of the summit'
    advocates: frozenset[str] = frozenset()  # 'backers of sending troops': a course argued
    agendas: frozenset[str] = frozenset()  # 'aid was on the agenda': a topic, no aid
    matters: frozenset[str] = frozenset()  # 'raised the food crisis': no aid raised
    named_bodies: frozenset[str] = frozenset()  # 'trade unions': no trade
    held_yield_verbs: frozenset[str] = frozenset()  # 'suspended the pullout': REJECT
    held_yield_roots: frozenset[str] = frozenset()
    # 'stopped in Tesk for talks': the for-phrase is what the stop is for, no object
    purpose_verbs: frozenset[str] = frozenset()
    purpose_preps: frozenset[str] = frozenset()
    dropping_verbs: frozenset[str] = frozenset()  # 'they drop food': delivered, no aid cut
    dropped_goods: frozenset[str] = frozenset()
    object_heads: frozenset[str] = frozenset()  # 'blowout preventer': a thing, no event
    # 'the newly formed Joint Coordination Centre': a body being set up, its act stands
    object_formed: frozenset[str] = frozenset()
    # 'a truck bombing was foiled': the bombing never happened (roles.json prevented)
    prevent_verbs: frozenset[str] = frozenset()
    prevent_failed: frozenset[str] = frozenset()
    prevent_particle_verbs: frozenset[str] = frozenset()  # 'staved off an invasion'
    # 'involved in every attack': the act someone is charged with (roles.json involvement)
    involvement: frozenset[str] = frozenset()
    # 'has since spread', 'have so far killed': a span up to the telling (roles.json runs_to_now)
    now_adverbs: frozenset[str] = frozenset()
    # 'two days earlier': a date told back from the narrative's time (roles.json paragraph_carry)
    flashback_words: frozenset[str] = frozenset()
    # 'the anniversary of the massacre': an act named as a topic (roles.json topics)
    topic_heads: frozenset[str] = frozenset()
    topic_finding: frozenset[str] = frozenset()
    topic_attributes: frozenset[str] = frozenset()
    topic_feared: frozenset[str] = frozenset()  # 'feared an attack' (roles.json topics)
    topic_sources: frozenset[str] = frozenset()  # 'according to': its object names a source
    reflexives: frozenset[str] = frozenset()  # 'defend itself' (roles.json self_support)
    self_roots: frozenset[str] = frozenset()  # SUPPORT, AID: no act on another party
    ordered_asked: frozenset[str] = frozenset()  # 'ordered an amnesty' asked (REQUEST)
    ordered_asked_entries: frozenset[str] = frozenset()  # 'ordered the release' asked
    offer_verbs: frozenset[str] = frozenset()  # 'offered an amnesty': an intent (AGREE)
    offered_roots: frozenset[str] = frozenset()  # the acts an offer intends (roles.json offers)
    # 'said it was happy to help': an offer of these roots' acts (roles.json offered_help)
    offer_adjectives: frozenset[str] = frozenset()
    offer_adjective_roots: frozenset[str] = frozenset()
    # 'the bill would allow police to detain': a proposal's act (roles.json proposals)
    proposal_nouns: frozenset[str] = frozenset()
    proposal_deliberation: frozenset[str] = frozenset()
    # 'they were not responsible for the blast': a denial (roles.json denials)
    denial_predicates: frozenset[str] = frozenset()
    denial_infinitives: frozenset[str] = frozenset()
    denial_prepositions: frozenset[str] = frozenset()  # 'they were not behind the attack'
    denial_self: frozenset[str] = frozenset()  # 'said it had not fired': the side itself
    # 'Talks resumed', 'a ban came into force': a verb whose subject is an event noun told as
    # happening (roles.json subject_events), some only with one of their words
    subject_event_verbs: frozenset[str] = frozenset()
    subject_event_words: dict[str, frozenset[str]] = field(default_factory=dict)
    subject_event_prep_only: frozenset[str] = frozenset()  # 'came as a surprise', not a mark
    # 'the lifting of the curfew was welcomed': a reaction whose passive subject is the act
    reaction_verbs: frozenset[str] = frozenset()
    # 'the blast left six dead', 'the walkout forced X to suspend': what an act did
    consequence_verbs: frozenset[str] = frozenset()
    # 'an outbreak led to a ban on meat imports': the act noun a happening led to is another
    # party's act, which a disease or a market as the verb's doer does not veto
    outcome_verbs: frozenset[str] = frozenset()
    subject_announced: frozenset[str] = frozenset()  # 'expulsion of migrants begins'
    subject_in_force: frozenset[str] = frozenset()  # 'the decision to X took effect'
    provocation_verbs: frozenset[str] = frozenset()  # 'the arrest sparked protests'
    halted_verbs: frozenset[str] = frozenset()  # 'trade halted', 'ground to a halt'
    halted_states: frozenset[str] = frozenset()
    session_ends: frozenset[str] = frozenset()  # 'the talks have ended': held and over
    # 'the crowd dispersed': senses told only of a doer acting on an object
    active_only_verbs: frozenset[str] = frozenset()
    # business copy and sightseeing (roles.json transactions, visit_sites): no act between parties
    transaction_verbs: frozenset[str] = frozenset()
    transaction_nouns: frozenset[str] = frozenset()
    transaction_offers: frozenset[str] = frozenset()
    # 'offered its captain a new contract', 'offered $12 a share': terms, no act
    offer_terms: frozenset[str] = frozenset()
    bid_verbs: frozenset[str] = frozenset()
    price_moves: frozenset[str] = frozenset()
    price_words: frozenset[str] = frozenset()
    price_quotes: frozenset[str] = frozenset()  # 'cocoa last traded at 142 cents': a price
    deal_subjects: frozenset[str] = frozenset()  # 'the acquisition raises X': the deal's doing
    holders: frozenset[str] = frozenset()  # 'seeking support from shareholders': company votes
    sessions: frozenset[str] = frozenset()  # 'the summit closed on Monday': it ended
    facilities: frozenset[str] = frozenset()  # 'the refinery was shut down': no doer, no coercion
    upkeep_words: frozenset[str] = frozenset()  # 'was shut down for maintenance': a stoppage
    visit_verbs: frozenset[str] = frozenset()
    self_injury_verbs: frozenset[str] = frozenset()  # 'injured his leg': no attack
    company_stakes: frozenset[str] = frozenset()  # 'battle for control of X Co.': a takeover
    company_firms: frozenset[str] = frozenset()
    # 'Kestrel Air is ordering 40 jets', 'the builder X signed a deal': a firm's business
    business_doers: frozenset[str] = frozenset()
    business_orders: frozenset[str] = frozenset()
    business_signs: frozenset[str] = frozenset()
    # 'troops were seen entering the town': a deployment watched (roles.json sighted_moves)
    sighting_verbs: frozenset[str] = frozenset()
    sighted_moves: frozenset[str] = frozenset()
    # 'is weighing whether to revoke X': an act considered, no condition (deliberations)
    deliberation_words: frozenset[str] = frozenset()
    # 'sent to secure the roads for relief deliveries': aid protected (relief_purposes)
    relief_guard_verbs: frozenset[str] = frozenset()
    relief_modifiers: frozenset[str] = frozenset()
    self_injury_parts: frozenset[str] = frozenset()
    held_post_verbs: frozenset[str] = frozenset()  # 'seats occupied by defectors': a tenure
    held_posts: frozenset[str] = frozenset()
    crush_verbs: frozenset[str] = frozenset()  # 'were trampled to death': a crowd crush
    hired_verbs: frozenset[str] = frozenset()  # 'employed a chef to work with': a job
    spent_sum_preps: frozenset[str] = frozenset()  # 'an investment of $5m in X'
    medical_verbs: frozenset[str] = frozenset()  # 'the doctors who examined him': a check
    medical_doers: frozenset[str] = frozenset()
    evidence_verbs: frozenset[str] = frozenset()  # 'too little proof to back charges'
    evidence_nouns: frozenset[str] = frozenset()
    # acts only mentioned (roles.json mentioned_acts): talked about, conjectured, a date set
    talk_verbs: frozenset[str] = frozenset()
    talk_preps: frozenset[str] = frozenset()
    talk_nouns: frozenset[str] = frozenset()  # 'talks on economic aid': a topic, no aid
    talk_noun_preps: frozenset[str] = frozenset()
    # 'trade between X and Y rose 12 percent': a figure, no act (roles.json measured_acts)
    measured_nouns: frozenset[str] = frozenset()
    measured_verbs: frozenset[str] = frozenset()
    call_to_verbs: frozenset[str] = frozenset()  # 'called X to invest': a request
    # 'may impose curbs': a sanction held out (roles.json possible_acts)
    possible_aux: frozenset[str] = frozenset()
    possible_roots: frozenset[str] = frozenset()
    possibilities: frozenset[str] = frozenset()
    ruling_out: frozenset[str] = frozenset()
    session_verbs: frozenset[str] = frozenset()
    sport_words: frozenset[str] = frozenset()
    sport_not_modifiers: frozenset[str] = frozenset()  # 'holy medals': no game
    sport_bodies: frozenset[str] = frozenset()  # 'charged by the X Football Association'
    abilities: frozenset[str] = frozenset()  # 'the care that X can offer': an ability
    ease_words: frozenset[str] = frozenset()  # 'the side would be hard to beat': a judgement
    hopes: frozenset[str] = frozenset()  # 'hoped the deal could help X': a hoped effect
    looking_forward: frozenset[str] = frozenset()  # 'looked forward to visiting': an intent
    copular_plans: frozenset[str] = frozenset()  # 'are to sign a treaty': a plan
    # 'the strike ended': a protest called off (ended_protests)
    ended_verbs: frozenset[str] = frozenset()
    ended_roots: frozenset[str] = frozenset()
    ended_phrase_verbs: frozenset[str] = frozenset()  # 'came to an end', 'drew to a close'
    ended_phrase_ends: frozenset[str] = frozenset()
    # 'deported X to face trial': a handover to another state's courts (trial_handovers)
    handover_verbs: frozenset[str] = frozenset()
    handover_facing: frozenset[str] = frozenset()
    handover_trials: frozenset[str] = frozenset()
    copular_not_subjects: frozenset[str] = frozenset()  # 'their aim is to ...': no doer
    copular_not_adverbs: frozenset[str] = frozenset()  # 'is yet to be approved': not done
    opinion_verbs: frozenset[str] = frozenset()  # 'agreed that X had been late': a view shared
    opinion_facts: frozenset[str] = frozenset()  # 'accepting the disease as a reality'
    visit_sites: frozenset[str] = frozenset()
    visit_kin: frozenset[str] = frozenset()  # 'family and friends visited him': a private call
    own_meeting_verbs: frozenset[str] = frozenset()  # 'the cabinet met on Sunday': its own
    own_meeting_bodies: frozenset[str] = frozenset()  # session, no meeting between parties
    # 'expressed regret for X' (an apology) or 'at Y's decision' (blame): roles.json regrets
    regret_words: frozenset[str] = frozenset()
    regret_preps: frozenset[str] = frozenset()
    # 'a court ruled that the firm was liable': a finding told by a clause (ACCUSE)
    verdict_verbs: frozenset[str] = frozenset()
    verdict_adjectives: frozenset[str] = frozenset()
    # 'the court ordered the firm to pay damages': a penalty ordered is a finding (ACCUSE)
    penalty_orders: frozenset[str] = frozenset()
    penalty_acts: frozenset[str] = frozenset()
    penalties: frozenset[str] = frozenset()
    # 'said X had lied', 'say X heads a gang': misconduct told as fact (roles.json conduct_claims)
    conduct_speech: frozenset[str] = frozenset()
    conduct_verbs: frozenset[str] = frozenset()
    conduct_lows: frozenset[str] = frozenset()
    conduct_depths: frozenset[str] = frozenset()
    conduct_leads: frozenset[str] = frozenset()
    conduct_groups: frozenset[str] = frozenset()
    conduct_plain_groups: frozenset[str] = frozenset()
    conduct_group_marks: frozenset[str] = frozenset()
    # 'said Orl is a liar': a named party called a word of bad character (roles.json conduct_claims)
    conduct_labels: frozenset[str] = frozenset()
    conduct_persuaders: frozenset[str] = frozenset()
    # 'said X's vote cost thousands their jobs': blame told as a cause (roles.json conduct_claims)
    conduct_harms: frozenset[str] = frozenset()
    conduct_wrecks: frozenset[str] = frozenset()
    conduct_goods: frozenset[str] = frozenset()
    conduct_causes: frozenset[str] = frozenset()
    conduct_outcomes: frozenset[str] = frozenset()
    conduct_responsible: frozenset[str] = frozenset()
    # 'the rebels' demand is non-negotiable': adjectives telling an act still stands, and
    # the light verb it is then told by (roles.json standing)
    standing_adjectives: frozenset[str] = frozenset()
    standing_light: str = ""
    # 'was full of praise for X': a noun under 'of' of these adjectives, voiced (filled_light)
    filled_adjectives: frozenset[str] = frozenset()
    filled_light: str = ""
    # 'present at the meeting were X and Y': a gathering under 'at' of these, attended
    attended_adjectives: frozenset[str] = frozenset()
    attended_light: str = ""
    #: a headline's verb read as a compound of its event noun ('X, Y sign agreement')
    headline_compound_verbs: frozenset[str] = frozenset()
    #: verbs of handing over whose participle after an event noun tells it done
    sent_after_verbs: frozenset[str] = frozenset()
    # 'paid tribute to his team's spirit': one's own side praised (roles.json own_praise)
    own_qualities: frozenset[str] = frozenset()
    # 'called home its ambassador': an oprd read as a particle (roles.json predicate_particles)
    predicate_particles: frozenset[str] = frozenset()
    # 'turned upside down': a particle ending a fixed adverb (roles.json compound_adverbs)
    compound_adverbs: frozenset[str] = frozenset()
    # 'a UK-style system': a party naming only a thing's kind (roles.json kind_modifiers)
    kind_modifiers: frozenset[str] = frozenset()
    headline_light: str = ""  # 'Tessian sanctions on Calvany': a verbless headline's act
    existential_light: str = ""  # 'there have been calls for X': roles.json existential
    existential_nouns: frozenset[str] = frozenset()
    # 'X is critical of Y': a predicate adjective and its preposition -> the verb it stands
    # for (roles.json stances)
    stances: dict[str, dict[str, str]] = field(default_factory=dict)
    engaged_nouns: frozenset[str] = frozenset()  # 'is on a visit': the subject visits
    engaged_stays: frozenset[str] = frozenset()  # 'is in X for talks': the subject talks
    stance_facing: frozenset[str] = frozenset()  # 'is up against strong rivals': no stance
    stance_preps: dict[str, str] = field(default_factory=dict)  # 'is against': oppose
    #: 'accused X of shelling': verb -> prepositions whose gerund the object X does
    object_control: dict[str, frozenset[str]] = field(default_factory=dict)
    #: 'issued a rebuke to X for accusing': noun -> prepositions whose gerund X does
    object_control_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: 'the sale of jets to X': nouns whose of-object is the goods, not the target
    transfer_nouns: frozenset[str] = frozenset()
    #: 'a building known as the X Tower': participles that name their noun
    naming_verbs: frozenset[str] = frozenset()
    #: 'downed a drone', 'seized weapons': verbs whose object weapon is the target
    instrument_targets: frozenset[str] = frozenset()
    #: 'opened the crossing to let aid into X': ways in, admitting and arrival verbs, preps
    passage_nouns: frozenset[str] = frozenset()
    passage_admit: frozenset[str] = frozenset()
    passage_arrival: frozenset[str] = frozenset()
    passage_preps: frozenset[str] = frozenset()
    #: 'was found guilty': verb -> adjectives the trigger takes in (roles.json resultatives)
    resultatives: dict[str, frozenset[str]] = field(default_factory=dict)


def load_json(name: str) -> dict[str, Any]:
    ref = resources.files("dateline").joinpath("data", "events", name)
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=1)
def page_stamp() -> re.Pattern[str]:
    """A web page's update stamp phrase ('Last updated at 07:31 GMT', 'Page last updated',
    roles.json ``page_stamps`` ``phrases``, longest first, whole words, any case): one list
    for the dating of events (anchor.page_stamps) and for the dates of disagreements
    (merge.disagree.dates_itself)."""
    words = load_json("roles.json")["page_stamps"]["phrases"]
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len,
                                                                            reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def _opt(d: dict[str, Any], key: str) -> frozenset[str] | None:
    v = d.get(key)
    return frozenset(x.lower() for x in v) if v else None


def _context(d: dict[str, Any], key: str) -> frozenset[str] | None:
    """A named sentence context from roles.json ('labour', 'military'), as lemmas."""
    name = d.get(key)
    if not name:
        return None
    contexts: dict[str, list[str]] = load_json("roles.json")["contexts"]
    if name not in contexts:
        raise ValueError(f"{d['id']}: unknown context {name!r}")
    return frozenset(x.lower() for x in contexts[name])


@lru_cache(maxsize=1)
def context_modifiers() -> dict[str, frozenset[str]]:
    """Context words that count only as a modifier of one of their heads ('air' in 'air
    strikes', not in 'air traffic'; roles.json context_modifiers), as head lemmas."""
    table: dict[str, list[str]] = load_json("roles.json")["context_modifiers"]
    return {w: frozenset(heads) for w, heads in table.items() if not w.startswith("_")}


def _compile(name: str, pos: str) -> dict[str, tuple[Entry, ...]]:
    table: dict[str, list[Entry]] = {}
    for d in load_json(name)["entries"]:
        for key in ("root", "negated_root"):
            if key in d and d[key] not in PLOVER_ROOTS:
                raise ValueError(f"{name}: {d['id']}: unknown PLOVER root {d[key]!r}")
        e = Entry(
            id=d["id"], pos=pos, root=d["root"], particle=_opt(d, "particle"),
            objects=_opt(d, "objects"), modifiers=_opt(d, "modifiers"), light=_opt(d, "light"),
            subjects=_opt(d, "subjects"), not_subjects=_opt(d, "not_subjects"),
            control=bool(d.get("control")), standalone=bool(d.get("standalone")),
            context=_context(d, "context"), unless=_context(d, "unless"),
            unless_named=bool(d.get("unless_named")), not_objects=_opt(d, "not_objects"),
            not_particle=_opt(d, "not_particle"), not_own_objects=_opt(d, "not_own_objects"),
            not_own_staff=_opt(d, "not_own_staff"), not_modifiers=_opt(d, "not_modifiers"),
            means=bool(d.get("means")), no_light=bool(d.get("no_light")),
            suffered=bool(d.get("subject_suffers")), negated_root=d.get("negated_root"),
            intransitive=bool(d.get("intransitive")), transitive=bool(d.get("transitive")),
            bare_party=bool(d.get("bare_party")), to_do=bool(d.get("to_do")),
            not_owners=_opt(d, "not_owners"),
            not_that=bool(d.get("not_that")), not_stated=bool(d.get("not_stated")),
            preps=_opt(d, "preps"), owned=bool(d.get("owned_objects")),
            doers=_context(d, "doers"), prep_places=_opt(d, "prep_places"),
        )
        for lemma in d["lemmas"]:
            table.setdefault(lemma.lower(), []).append(e)
    # most specific first; stable, so file order breaks ties
    return {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in table.items()}


@lru_cache(maxsize=1)
def verbs() -> dict[str, tuple[Entry, ...]]:
    return _compile("verbs.json", "VERB")


@lru_cache(maxsize=1)
def nouns() -> dict[str, tuple[Entry, ...]]:
    return _compile("nouns.json", "NOUN")


@lru_cache(maxsize=1)
def roots() -> dict[str, str]:
    """Entry id -> its PLOVER root, over both lexicons ('v.coerce.detain' -> 'COERCE')."""
    return {e.id: e.root for table in (verbs(), nouns()) for es in table.values() for e in es}


def planned_root(rule: str | None) -> str | None:
    """The root of the act an intention names ('v.coerce.detain+intent' -> 'COERCE': 'will
    close' is coded THREATEN), from the rule the events stage recorded; None when the rule
    is no plain intention (no '+intent', a reversed act 'reverse:lift+n.coerce', an unknown
    entry). A light verb's rule names its noun's entry ('light:hold+n.consult')."""
    if not rule or not rule.endswith("+intent") or rule.startswith("reverse:"):
        return None
    entry = rule.removesuffix("+intent")
    # 'nominal:sign+v.sign': the verb's entry; 'participle:impose+n.sanction' the noun's
    if entry.startswith(("light:", "nominal:", "participle:", "stance:")):
        entry = entry.partition("+")[2]
    return roots().get(entry)


#: Roles fields read from a word list of the same name at the top of roles.json
_TOP_LISTS = (
    "light", "reverse", "report", "intent", "aspect", "future_aux", "modal_demand", "hedges",
    "negations", "containers", "non_agents", "end_bounds", "conditions",
    "intent_nouns", "unrealised_before", "hypothetical_aux", "activity_participles",
)
#: roles.json section -> {its word list: the Roles field}, of sections that document themselves
#: ('causes': its 'preps', 'governors', 'examples')
_SECTION_LISTS = {
    "back_reference": {"determiners": "back_reference", "phase_verbs": "phase_verbs",
                       "new_instance": "new_instance", "untold": "new_instance_untold",
                       "elsewhere_entities": "elsewhere_entities",
                       "countable_classes": "countable_classes"},
    "partitives": {"words": "partitives"}, "documents": {"nouns": "documents", "voices": "voices"},
    "death_causes": {"verbs": "death_cause_verbs", "preps": "death_cause_preps"},
    "places": {"nouns": "place_nouns", "border_nouns": "border_nouns",
               "border_preps": "border_preps"},
    "place_groups": {"heads": "place_group_heads"},
    "impacts": {"verbs": "impact_verbs"},
    "carriers": {"nouns": "carrier_nouns", "verbs": "carrier_verbs"},
    "givings": {"verbs": "giving_verbs", "receivers": "giving_receivers"},
    "shared_doers": {"speaker_verbs": "speaker_control"},
    "accident_blasts": {"nouns": "accident_nouns", "sources": "accident_sources"},
    "stative_passives": {"verbs": "stative_passives", "yielding": "yielding_passives"},
    "transfers": {"nouns": "transfer_nouns"},
    "instruments": {"words": "instruments"},
    "instrument_targets": {"verbs": "instrument_targets"}, "namings": {"verbs": "naming_verbs"},
    "passages": {
        "nouns": "passage_nouns", "admit_verbs": "passage_admit",
        "arrival_verbs": "passage_arrival", "preps": "passage_preps",
    },
    "not_targets": {"with": "with_not_targets", "on": "on_not_targets",
                    "at": "at_not_targets", "manners": "manner_nouns", "on_targets": "on_targets",
                    "effects": "effect_verbs"},
    "relative_to": {"preps": "relative_preps", "untold_roots": "untold_roots"},
    "runs_to_now": {"adverbs": "now_adverbs"},
    "paragraph_carry": {"flashback_words": "flashback_words"},
    "causes": {
        "preps": "cause_preps", "governors": "cause_governors", "told_governors": "cause_told",
    },
    "prevented": {"verbs": "prevent_verbs", "failed": "prevent_failed",
                  "particle_verbs": "prevent_particle_verbs"},
    "involvement": {"governors": "involvement"},
    "topics": {
        "heads": "topic_heads", "finding": "topic_finding", "attributes": "topic_attributes",
        "feared": "topic_feared", "sources": "topic_sources",
    },
    "self_support": {"words": "reflexives"},
    "proposals": {"nouns": "proposal_nouns", "deliberation": "proposal_deliberation"},
    "denials": {
        "predicates": "denial_predicates", "infinitives": "denial_infinitives",
        "prepositions": "denial_prepositions", "self": "denial_self",
    },
    "subject_events": {
        "verbs": "subject_event_verbs", "reactions": "reaction_verbs",
        "consequences": "consequence_verbs", "outcomes": "outcome_verbs",
        "announced": "subject_announced",
        "in_force": "subject_in_force", "provocations": "provocation_verbs",
        "halted": "halted_verbs", "halted_states": "halted_states",
        "session_ends": "session_ends",
        "prep_only": "subject_event_prep_only",
    },
    "regrets": {"words": "regret_words", "preps": "regret_preps"},
    "active_only": {"verbs": "active_only_verbs"},
    "transactions": {"verbs": "transaction_verbs", "nouns": "transaction_nouns",
                     "offers": "transaction_offers", "offer_terms": "offer_terms",
                     "bid_verbs": "bid_verbs",
                     "price_moves": "price_moves", "price_words": "price_words",
                     "price_quotes": "price_quotes",
                     "deal_subjects": "deal_subjects", "holders": "holders",
                     "facilities": "facilities", "sessions": "sessions",
                     "upkeep": "upkeep_words"},
    "visit_sites": {"verbs": "visit_verbs", "sites": "visit_sites", "kin": "visit_kin"},
    "own_meetings": {"verbs": "own_meeting_verbs", "bodies": "own_meeting_bodies"},
    "self_injuries": {"verbs": "self_injury_verbs", "parts": "self_injury_parts"},
    "held_posts": {"verbs": "held_post_verbs", "posts": "held_posts"},
    "crowd_crushes": {"verbs": "crush_verbs"},
    "hired_work": {"verbs": "hired_verbs"},
    "spent_sums": {"preps": "spent_sum_preps"},
    "medical_checks": {"verbs": "medical_verbs", "doers": "medical_doers"},
    "evidence_backing": {"verbs": "evidence_verbs", "nouns": "evidence_nouns"},
    "company_fights": {"stakes": "company_stakes", "firms": "company_firms"},
    "business_doers": {"doers": "business_doers", "orders": "business_orders",
                       "signs": "business_signs"},
    "sighted_moves": {"perception": "sighting_verbs", "moves": "sighted_moves"},
    "deliberations": {"words": "deliberation_words"},
    "vote_shares": {"words": "vote_share_words", "publics": "vote_publics"},
    "advice": {"verbs": "advice_verbs"},
    "passed_texts": {"verbs": "passed_verbs", "nouns": "passed_nouns", "texts": "passed_texts",
                     "bodies": "passed_bodies"},
    "measured_acts": {"nouns": "measured_nouns", "verbs": "measured_verbs"},
    "calls_to": {"verbs": "call_to_verbs"},
    "possible_acts": {"aux": "possible_aux"},
    "mentioned_acts": {"talk_verbs": "talk_verbs", "talk_preps": "talk_preps",
                       "talk_nouns": "talk_nouns", "talk_noun_preps": "talk_noun_preps",
                       "possibilities": "possibilities", "ruling_out": "ruling_out",
                       "session_verbs": "session_verbs",
                       "sport_words": "sport_words", "sport_bodies": "sport_bodies",
                       "sport_not_modifiers": "sport_not_modifiers",
                       "abilities": "abilities", "ease_words": "ease_words",
                       "hopes": "hopes", "openings": "openings",
                       "openings_taken": "openings_taken", "advocates": "advocates",
                       "agendas": "agendas"},
    "looking_forward": {"verbs": "looking_forward"},
    "copular_plans": {"words": "copular_plans", "not_subjects": "copular_not_subjects",
                      "not_adverbs": "copular_not_adverbs"},
    "ended_protests": {"verbs": "ended_verbs", "phrase_verbs": "ended_phrase_verbs",
                       "phrase_ends": "ended_phrase_ends"},
    "trial_handovers": {"verbs": "handover_verbs", "facing": "handover_facing",
                        "trials": "handover_trials"},
    "opinions": {"verbs": "opinion_verbs", "facts": "opinion_facts"},
    "verdict_clauses": {"verbs": "verdict_verbs", "adjectives": "verdict_adjectives",
                        "order_verbs": "penalty_orders", "penalty_acts": "penalty_acts",
                        "penalties": "penalties"},
    "conduct_claims": {"speech": "conduct_speech", "verbs": "conduct_verbs",
                       "lows": "conduct_lows", "depths": "conduct_depths",
                       "leads": "conduct_leads", "groups": "conduct_groups",
                       "plain_groups": "conduct_plain_groups",
                       "group_marks": "conduct_group_marks",
                       "labels": "conduct_labels", "persuaders": "conduct_persuaders",
                       "harms": "conduct_harms", "wrecks": "conduct_wrecks",
                       "goods": "conduct_goods", "causes": "conduct_causes",
                       "outcomes": "conduct_outcomes", "responsible": "conduct_responsible"},
    "standing": {"adjectives": "standing_adjectives"},
    "filled": {"adjectives": "filled_adjectives"},
    "attended": {"adjectives": "attended_adjectives"},
    "headline_compounds": {"verbs": "headline_compound_verbs"},
    "sent_after": {"verbs": "sent_after_verbs"},
    "kind_modifiers": {"words": "kind_modifiers"},
    "own_praise": {"qualities": "own_qualities"},
    "predicate_particles": {"words": "predicate_particles"},
    "compound_adverbs": {"words": "compound_adverbs"},
    "stances": {"engaged": "engaged_nouns", "stays": "engaged_stays",
                "facing": "stance_facing"},
    "undergo": {
        "verbs": "undergo_verbs", "preps": "undergo_preps", "states": "undergo_states",
        "of_heads": "undergo_of_heads", "of_states": "undergo_of_states",
    },
    "name_dates": {"timed_nouns": "timed_nouns"},
    "commands": {"verbs": "commands", "decrees": "command_decrees", "stand_down": "stand_down",
                 "speech": "command_speech"},
    "offers": {"verbs": "offer_verbs"},
    "offered_help": {"adjectives": "offer_adjectives"},
    "compulsions": {"verbs": "compulsion_verbs", "doers": "compulsion_doers"},
    "wishes": {"verbs": "wish_verbs", "forecasts": "wish_forecasts", "sights": "wish_sights",
               "hopes": "wish_hopes", "speakers": "wish_speakers"},
    "existential": {"nouns": "existential_nouns"},
    "done_purposes": {"verbs": "done_purposes"},
    "contexts": {"forces": "forces"},
    "preparations": {"words": "preparations", "states": "readiness_states"},
    "decided_sanctions": {"words": "decided_words", "governors": "decided_governors"},
    "ultimatums": {"nouns": "ultimatum_nouns"},
    "fulfilled_threats": {"verbs": "fulfil_verbs"},
    "planned_sessions": {"passive_verbs": "session_passives",
                         "modifiers": "session_plan_modifiers"},
    "placed_participles": {"verbs": "placed_participles"},
    "scheduled": {"words": "scheduled"}, "ability_intents": {"words": "ability_intents"},
    "ranks": {"words": "rank_words"},
    "planners": {"verbs": "planners"}, "light_active": {"verbs": "light_active"},
    "dispersals": {"verbs": "dispersal_verbs"},
    "reprisals": {"verbs": "reprisal_verbs"},
    "yielded_acts": {"acts": "yielded_acts"},
    "terms": {"nouns": "term_nouns", "deals": "term_deals", "openers": "term_openers"},
    "exclusions": {"verbs": "exclusions"}, "reluctance": {"verbs": "reluctance"},
    "no_comment": {"verbs": "no_comment"}, "admissions": {"verbs": "admissions"},
    "figurative": {
        "question_verbs": "question_verbs", "question_words": "question_words",
        "question_preps": "question_preps", "question_nouns": "question_nouns",
        "anonymity": "anonymity",
        "efforts": "efforts", "about_participles": "about_participles",
        "verbal_attacks": "verbal_attacks", "necessities": "necessities",
        "presence_marks": "presence_marks", "content_roots": "content_roots",
    },
    "joint_manners": {"nouns": "joint_manner_nouns", "preps": "joint_manner_preps"},
    "relief_purposes": {"verbs": "relief_verbs", "nouns": "relief_nouns",
                        "helpers": "relief_helpers", "preps": "relief_preps",
                        "object_verbs": "relief_object_verbs",
                        "helped_verbs": "relief_helped_verbs",
                        "guard_verbs": "relief_guard_verbs", "modifiers": "relief_modifiers"},
    "hazard_warnings": {
        "verbs": "hazard_verbs", "nouns": "hazard_nouns", "undergo": "hazard_undergo",
        "endangering": "hazard_endangering", "troubles": "hazard_troubles",
        "beliefs": "hazard_beliefs", "needs": "hazard_needs",
    },
    "warnings_to_act": {"verbs": "warn_to_act", "nouns": "warn_to_act_nouns",
                        "addressed": "addressed_nouns"},
    "joint_action": {"verbs": "joint_verbs", "objects": "joint_objects",
                     "efforts": "joint_efforts"},
    "violation_claims": {"verbs": "claim_verbs"},
    "judged_violations": {
        "verbs": "judged_verbs", "nouns": "judged_nouns", "adjectives": "judged_adjectives",
        "links": "judged_links", "judging": "judged_as", "measures": "judged_measures",
    },
    "verdicts": {"feeling_verbs": "feeling_verbs", "feeling_preps": "feeling_preps",
                 "party_preps": "feeling_party_preps",
                 "feeling_marks": "feeling_marks", "own_doers": "feeling_own_doers",
                 "undergone": "undergone", "happenings": "happenings"},
    "obligations": {"nouns": "obligations", "pronouns": "duty_pronouns",
                    "particle_verbs": "duty_particle_verbs", "news": "news_verbs",
                    "parties": "duty_parties", "own_staff": "duty_own_staff"},
    "quoted_orders": {"not_verbs": "imperative_not"},
    "time_boundaries": {
        "marks": "boundary_marks", "verbs": "boundary_verbs", "made": "boundary_made",
        "determiners": "boundary_determiners",
    },
    "failures": {"verbs": "failures", "nouns": "failure_nouns",
                 "adjectives": "failure_adjectives"},
    "negated_intents": {"words": "negated_intents"},
    "voted_calls": {"verbs": "vote_verbs", "texts": "vote_texts", "calls": "vote_calls"},
    "denied_forecasts": {"words": "forecasts", "negative": "negative_forecasts"},
    "meeting_settings": {"preps": "setting_preps", "nouns": "setting_nouns"},
    "negation_adverbs": {"words": "negation_adverbs"},
    "ended_restrictions": {"verbs": "ended_restriction_verbs"},
    "stated_clauses": {"aux": "stated_aux", "same_past": "same_past"},
    "rallies": {"verbs": "rally_verbs"},
    "misread_subordinators": {"words": "misread_subordinators"},
    "comparisons": {"verbs": "comparison_verbs"},
    "comparison_standards": {"verbs": "standard_verbs", "ordinals": "standard_ordinals"},
    "named_non_agents": {"words": "named_non_agents"},
    "non_agent_units": {"words": "non_agent_units"},
    "contests": {"words": "contests", "posts": "contest_posts", "results": "contest_results",
                 "products": "contest_products", "anchors": "contest_anchors"},
    "matters": {"words": "matters"},
    "named_bodies": {"words": "named_bodies"},
    "held_yields": {"verbs": "held_yield_verbs"},
    "ended_purposes": {"verbs": "purpose_verbs", "preps": "purpose_preps"},
    "dropped_goods": {"verbs": "dropping_verbs", "goods": "dropped_goods"},
    "object_heads": {"words": "object_heads", "being_formed": "object_formed"},
}
#: Roles field -> (section, its list) of PLOVER roots or lexicon entry ids, kept as written
_ROOT_LISTS = {
    "self_roots": ("self_support", "roots"), "ordered_asked": ("commands", "asked_roots"),
    "ordered_asked_entries": ("commands", "asked_entries"),
    "offered_roots": ("offers", "roots"),
    "offer_adjective_roots": ("offered_help", "roots"),
    "dispersal_roots": ("dispersals", "roots"), "yielded_roots": ("yielded_acts", "roots"),
    "reprisal_roots": ("reprisals", "roots"),
    "boundary_roots": ("time_boundaries", "roots"),
    "target_inheritors": ("target_inheritors", "roots"),
    "same_act_roots": ("same_act_roots", "roots"),
    "claimed_violations": ("violation_claims", "entries"),
    "held_yield_roots": ("held_yields", "roots"),
    "decided_roots": ("decided_sanctions", "roots"),
    "ultimatum_entries": ("ultimatums", "entries"),
    "fulfilled_roots": ("fulfilled_threats", "roots"),
    "possible_roots": ("possible_acts", "roots"),
    "ended_roots": ("ended_protests", "roots"),
}


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(x.lower() for x in words)


def _word_lists(d: dict[str, Any]) -> dict[str, Any]:
    """The plain word lists, lower-cased, and the lists of roots and entry ids."""
    lists = {name: _lower(d[name]) for name in _TOP_LISTS}
    lists.update({name: _lower(d[sec][sub]) for sec, names in _SECTION_LISTS.items()
                  for sub, name in names.items()})
    lists.update({name: frozenset(d[sec][sub]) for name, (sec, sub) in _ROOT_LISTS.items()})
    lists["no_objection"] = _lower(d["no_objection"]["verbs"]) | _lower(d["no_objection"]["nouns"])
    return lists


def _particles(d: dict[str, Any]) -> dict[str, Any]:
    """Light and reversing verbs' particles and what a reversal codes ('lift' ... RETREAT)."""
    return dict(
        reverse_particles={k: frozenset(v) for k, v in d["reverse_particles"].items()},
        light_particles={k: frozenset(v) for k, v in d["light_particles"].items()
                         if k not in ("_doc", "examples")},
        reverse_map=dict(d["reverse_map"]), reverse_nouns=dict(d["reverse_nouns"]["nouns"]),
        reverse_nouns_keep=frozenset(d["reverse_nouns"].get("keep_roots", ())),
        reverse_civil_makers=_lower(d["reverse_nouns"]["civil_makers"]),
        reverse_proposed=_lower(d["reverse_nouns"]["proposed"]),
    )


def _word_pairs(d: dict[str, Any]) -> dict[str, Any]:
    """The sections that map a word to others or to a root: what a governing word takes
    (object control, resultatives, stances, subject events, causatives, rallies), the
    roots failing turns acts into, and the nominal endings."""
    return dict(
        object_control={k.lower(): frozenset(p.lower() for p in v)
                        for k, v in d["object_control"]["verbs"].items()},
        object_control_nouns={k.lower(): frozenset(p.lower() for p in v)
                              for k, v in d["object_control"]["nouns"].items()},
        resultatives={k.lower(): frozenset(a.lower() for a in v)
                      for k, v in d["resultatives"]["pairs"].items()},
        stances={a.lower(): {p.lower(): v.lower() for p, v in m.items()}
                 for a, m in d["stances"]["adjectives"].items()},
        stance_preps={p.lower(): v.lower() for p, v in d["stances"]["prepositions"].items()},
        subject_event_words={k.lower(): frozenset(w.lower() for w in v)
                             for k, v in d["subject_events"]["with_words"].items()},
        causatives={c.lower(): (frozenset(x.lower() for x in v["verbs"]), k)
                    for k, v in d.get("causatives", {}).items() for c in v["complements"]},
        rally_complements={k.lower(): v for k, v in d["rallies"]["complements"].items()},
        failures_map=dict(d["failures"]["roots"]),
        verdicts={w.lower(): root for root, words in d["verdicts"].items()
                  if root.isupper() for w in words},
        reactions={w.lower(): root for root, words in d["verdicts"]["reactions"].items()
                   if root.isupper() for w in words},
        nominal_suffixes=tuple((a.lower(), b.lower()) for a, b in d["nominals"]["suffixes"]),
        nominal_irregular={k.lower(): v.lower() for k, v in d["nominals"]["irregular"].items()},
    )


@lru_cache(maxsize=1)
def roles() -> Roles:
    d = load_json("roles.json")
    return Roles(
        **_word_lists(d), **_particles(d), **_word_pairs(d),
        impact_preps=tuple(d["impacts"]["preps"]),
        standing_light=d["standing"]["light"], headline_light=d["standing"]["headline_light"],
        filled_light=d["filled"]["light"], attended_light=d["attended"]["light"],
        existential_light=d["existential"]["light"],
        class_reach=int(d["back_reference"]["class_reach"]),
    )



def role_examples(*sections: str) -> list[dict[str, str | None]]:
    """The examples of roles.json sections, in order ('causes' ...). Dating sections give
    text, dct, trigger, date, how; role sections text, trigger and the actor or target
    expected (None: none)."""
    d = load_json("roles.json")
    return [ex for name in sections for ex in d[name]["examples"]]


#: roles.json sections whose examples name the root coded, their first event's
#: (:func:`all_examples`); an example whose root is None codes nothing
#: (tests/events/test_lexicon.py runs those)
ROOT_EXAMPLE_SECTIONS = (
    "denials", "reluctance", "no_comment", "admissions", "hazard_warnings", "figurative",
    "warnings_to_act", "self_support", "rallies", "scheduled", "looking_forward",
    "decided_sanctions", "ultimatums", "ended_restrictions", "copular_plans",
    "planned_sessions", "trial_handovers",
    "ended_protests", "ranks", "filled", "attended", "failures", "negated_intents",
    "denied_forecasts",
    "meeting_settings", "reverse_nouns", "subject_events", "regrets", "verdict_clauses",
    "conduct_claims", "existential", "wishes", "done_purposes", "joint_manners", "relief_purposes",
    "dropped_goods", "measured_acts", "calls_to", "passed_texts", "voted_calls",
    "possible_acts", "quoted_orders", "kind_modifiers", "yielded_acts", "givings",
    "shared_doers", "accident_blasts", "compound_adverbs",
    "predicate_particles", "own_praise", "offered_help", "comparisons", "fulfilled_threats",
    "headline_compounds", "sent_after", "ended_purposes", "non_agent_units", "hired_work",
    "spent_sums",
)


def all_examples() -> list[tuple[str, str, str]]:
    """(entry id, text, expected root) for every example in the lexicon files (of
    :data:`ROOT_EXAMPLE_SECTIONS`, those that name a root)."""
    out: list[tuple[str, str, str]] = []
    for name in ("verbs.json", "nouns.json"):
        for d in load_json(name)["entries"]:
            out += [(d["id"], ex["text"], ex["root"]) for ex in d.get("examples", [])]
    roles = load_json("roles.json")
    out += [("roles", ex["text"], ex["root"]) for ex in roles["examples"]]
    out += [(f"roles.{name}", ex["text"], ex["root"])
            for name in ROOT_EXAMPLE_SECTIONS
            for ex in roles[name]["examples"] if ex["root"] is not None]
    return out
