"""The phrase patterns behind each conversational move, in one readable table.

Each row is (label, strength, negatable, pattern). Patterns are regular expressions
written in a compact form: a space matches any run of whitespace and an apostrophe may be
straight, curly or missing ("I'm", "I\u2019m", "Im"). A match starts and ends at word edges
(it may end before a contraction: "you" in "you're", never "can" in "can't"). A *negatable*
row is dropped when a negator ("not", "never", "don't"...) comes just before the match in
the same clause.
"""

from __future__ import annotations

import re

import attrs

from scoring.lexicon import (
    INSULT_ADJECTIVES,
    INSULT_NOUNS,
    SEXUAL,
    SLURS,
    STRONG_INSULT_ADJECTIVES,
    SWEARS,
)


@attrs.frozen
class Pattern:
    label: str
    strength: float
    negatable: bool
    regex: re.Pattern[str]


def _alt(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def compile_phrase(source: str) -> re.Pattern[str]:
    """Compile the compact pattern notation described in the module docstring."""
    expanded = source.replace("'", "['\u2019]?").replace(" ?", r"\s*").replace(" ", r"\s+")
    # A match may end before "'re", "'ve" ("you" in "you're") but not before "n't"/"'t".
    return re.compile(
        r"(?<![\w'\u2019])(?:" + expanded + r")(?!\w)(?!['\u2019]t\b)", re.IGNORECASE
    )


_SWEAR = _alt(SWEARS)
_INSULT_N = _alt(tuple(w.replace(" ", " ") for w in INSULT_NOUNS))
_INSULT_A = _alt(INSULT_ADJECTIVES)
_SEXUAL = _alt(SEXUAL)
_PRODUCT_INSULT = (
    r"(?:stupid|useless|incompetent|pathetic|crappy|shitty|fucking|bloody|worthless|rubbish|"
    r"garbage|joke of a|sorry excuse for a|idiotic|moronic|dumb|lousy|clown|mickey mouse|"
    r"piece of \w+)"
)
_SLUR = _alt(SLURS)
_STRONG_A = _alt(STRONG_INSULT_ADJECTIVES)
_YOU = r"(?:you|u|ya|you guys|you people|your company|your staff|this company|this bot)"
_YOU_ARE = (
    r"(?:(?:your|yoyr|yer|ur)(?= (?:a|an|so|such|really|very|being|the|one|just|totally|"
    r"completely|gay|stupid|dumb|ugly|fat|useless|an idiot|a moron)\b)|you're|you are|ur|"
    r"u r|you r|youre|you're being|you are being|you guys are|"
    r"you people are|your company is|this company is|your service is|this service is|"
    r"this bot is|you sound|you seem|you must be)"
)
_INTENS = (
    r"(?:(?:like|so|such|really|very|totally|completely|utterly|absolutely|truly|just|an|a|"
    r"the|one|most|fucking|bloody|freaking|effing) )*"
)
# "you are a/an (utter) idiot": said by the agent it is an insult, by the customer abuse.
_NAME_CALLING = _YOU_ARE + r" " + _INTENS + r"(?:" + _INSULT_N + r"|" + _INSULT_A + r")"
_I = r"(?:I|we)"
_I_WILL = (
    r"(?:I'll|I will|we'll|we will|I'm going to|I am going to|we're going to|we are going to|"
    r"I can|we can|let me|I'd be happy to|I would be happy to|I'm happy to|I am happy to|"
    r"I shall|we shall)"
)
_I_CANT = (
    r"(?:I|we)(?: can't| cannot| can not| won't| will not|'m not able to| am not able to"
    r"|'re not able to| are not able to| aren't able to|'m unable to| am unable to"
    r"|'re unable to| are unable to|'m not allowed to| am not allowed to|'re not allowed to"
    r"| are not allowed to|'m not authori[sz]ed to| am not authori[sz]ed to"
    r"| don't have the authority to| do not have the authority to|'m not in a position to"
    r"| am not in a position to|'re not in a position to| are not in a position to"
    r"|'m not permitted to| am not permitted to|'re not permitted to| are not permitted to"
    r"|'m not going to| am not going to|'re not going to| are not going to)"
)
_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|"
    r"twenty|thirty|forty[- ]eight|seventy[- ]two|a few|a couple of|several|24|48|72)"
)
_UNIT = (
    r"(?:minutes?|mins?|hours?|hrs?|days?|business days?|working days?|weeks?|months?|seconds?)"
)
_DAYNAME = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|"
    r"end of (?:the )?(?:day|week|month)|close of business|next week|this (?:afternoon|evening|"
    r"week)|the weekend|noon|midday)"
)
_EMOTION = (
    r"(?:frustrating|frustrated|annoying|annoyed|stressful|stressed|upsetting|upset|difficult|"
    r"hard|disappointing|disappointed|inconvenient|worrying|worried|awful|maddening|infuriating|"
    r"aggravating|exhausting|unacceptable|confusing|horrible|terrible|unpleasant|concerning|"
    r"tough|painful|scary|worse)"
)

# What a sincere "thanks for" is for: "Great, thanks for your time" is courtesy, "Great,
# thanks for nothing" is not.
_SINCERE_FOR = (
    r" (?:your|bearing|being|waiting|holding|confirming|letting|telling|sharing|clarifying|"
    r"explaining|checking|sending|calling|contacting|getting|choosing|reaching|"
    r"the (?:info|information|details?|update|reference|number|photos?|screenshot|call|chat)|"
    r"that (?:info|information|detail|number|reference|photo)|everything|"
    r"(?:that|this)(?=\W*$|[.!,]))"
)

_FIX_VERB = (
    r"(?:send|issue|refund|replace|process|arrange|reset|credit|ship|fix|cancel|book|reschedule|"
    r"update|apply|resend|re-send|reissue|re-issue|upgrade|exchange|repair|waive|expedite|"
    r"set up|activate|reactivate|unlock|restore|add|correct|change|transfer|give|offer|provide|"
    r"organi[sz]e|dispatch|post|courier|email you|book you|sort|raise|log|file|submit|open a|"
    r"create|reverse|remove|refund|reimburse|compensate|honou?r|extend|swap|reconnect|restart|"
    r"switch|adjust|amend|order|reorder|re-order|deliver|"
    r"get (?:a|you|this|that|it|the|your|them|these|those|one|some|another)|"
    r"have (?:it|them|this|that|these|those|one|a|an|the|your|some|another)(?: [\w-]+){0,3}? "
    r"(?:sent|printed|reprinted|delivered|couriered|posted|mailed|shipped|dispatched|emailed|"
    r"reissued|re-issued|replaced|fixed|repaired|refunded|credited|cancell?ed|changed|"
    r"updated|booked|collected|picked up|moved|transferred|ready|done|sorted|set up|"
    r"installed|activated|looked at|checked|swapped|redelivered|expedited|upgraded|"
    r"corrected|waived|removed|added|issued|made|prepared|processed|reset|unlocked|"
    r"rebooked|rescheduled|applied|backdated|frozen|paused)|"
    r"move(?! on\b)|bring (?:it|them|this|that|the \w+|your \w+) forward|reprint|print|"
    r"renew|backdate|freeze|pause|rename|"
    r"put (?:a|through|in)|"
    r"do (?:that|this|it)(?= for you|[.!]| now| right away| straight away| today| immediately)|"
    r"take (?:care|off)|void|retry|resolve|"
    r"help (?:you )?with (?:that|this)|hold|rebook|re-book|redirect|reroute|register|request|"
    r"reserve|collect|pick (?:it|them|this|that) up|pick up|walk you through|talk you through|"
    r"guide you|show you|set aside|chase|top up|ask (?:\w+ ){1,4}to)"
)

_AGENT_ROWS: tuple[tuple[str, float, bool, str], ...] = (
    # acknowledge
    (
        "acknowledge", 0.8, True,
        r"I (?:can |completely |totally |fully |really |absolutely |do )?(?:understand|hear you|"
        r"hear what you|see what you|see why|see that|see how|see this|see you|"
        r"get (?:it|that|why|what you)|"
        r"appreciate (?:that|your|you|how|what))",
    ),
    (
        "acknowledge", 0.8, True,
        r"you(?:'re| are) (?:absolutely |completely |quite |totally )?right|(?:that's|"
        r"that is) (?:a )?(?:fair|good|valid) (?:point|question|concern)|fair enough|"
        r"point taken|understood|(?:got|noted) (?:it|that)(?! (?:right|straight|correct|wrong)\b)|"
        r"I take your point|I hear you",
    ),
    (
        "acknowledge", 0.7, True,
        r"thank(?:s| you) for (?:telling|letting|explaining|bringing|raising|flagging|pointing|"
        r"sharing|your patience|being patient|bearing)|I know (?:this|that|it)(?:'s| is|"
        r" has been| must)|I realise|I realize|I recogni[sz]e|(?:your|the) (?:concern|"
        r"frustration|complaint|feedback) is (?:valid|understandable|completely|totally)",
    ),
    (
        "acknowledge", 0.7, False,
        r"(?:that|it|this) makes (?:total |perfect |complete |a lot of )?sense|"
        r"(?:fair|good|valid|great) point",
    ),
    # reflect / restate
    (
        "reflect", 0.8, False,
        r"(?:so |okay,? so |right,? so )?(?:what )?(?:you're|you are|you've been|"
        r"you have been) (?:saying|telling me|describing)|"
        r"if I(?: understand| have got|'ve got| have| got|"
        r" understood) (?:you |this |that |it )?(?:correctly|right)|(?:let me|just to|I want to|"
        r"I'd like to) (?:make sure I|make sure that I|confirm|clarify|recap|"
        r"summari[sz]e)(?: I| that|"
        r" what)?|(?:it|that) sounds like (?:you|your|the|this|it)|what I'm hearing|"
        r"in other words|to recap|to summari[sz]e|to sum (?:it |that |this |things |"
        r"everything )?up|(?:so,? )?(?:in summary|summing up|recapping)|"
        r"(?:a |just a |so,? a |so,? )?(?:quick|brief|short) (?:recap|summary|run-?down|"
        r"round-?up)|just so I(?:'m| am) clear|"
        r"just so (?:I(?:'ve| have)?|we(?:'ve| have)?) got (?:it|this|that|everything|you|"
        r"all of (?:it|that)|the details) (?:right|straight|correct|down)|"
        r"just so (?:we're|we are) (?:clear|on the same page)|"
        r"(?:have|did) I (?:got|get|understood|understand) (?:that|this|it|you|everything|"
        r"all (?:of )?that) (?:right|correctly|correct|straight)|"
        r"(?:let me|I'll|I will|can I|I'd like to|I want to|I'm going to) (?:quickly |just |"
        r"briefly )?(?:sum (?:it |that |this |everything )?up|go over (?:what|everything|that|"
        r"this|the)|run through (?:what|everything)|read (?:that|this|it|everything) back|"
        r"repeat (?:that|this|it) back)|"
        r"(?:^|(?<=[.!?:]\s))so,? (?:that's|that is|we've got|we have) "
        r"(?!(?:right|fine|ok|okay|great|perfect|correct|all|it|sorted|done|good|true)\b)"
        r"[^.!?;,]{1,60}"
        r"(?:, [^.!?;,]{1,60})+,? and [^.!?;,]{1,60}|so (?:the|"
        r"your) (?:issue|problem|order|parcel|item|package|account|bill|charge|device|"
        r"booking) (?:is|was|has|hasn't|didn't|never)|you mentioned|you said (?:that|your|the|"
        r"it)|so you(?:'re| are| were| have| had|'ve|'d| did| didn't| haven't| still| never)",
    ),
    # empathise
    (
        "empathise", 0.9, True,
        r"(?:that|this|it)(?:'s| must| must have| must be| must've| would| would have|'d| sounds|"
        r" sounded| is| has been| was| can be| seems)(?: like)? (?:been |be |so |really |very |"
        r"incredibly |extremely |truly |quite |such |a |an |pretty |understandably |hugely |"
        r"utterly |absolutely )*"
        + _EMOTION
        + r"(?! to\b| for (?:me|us)\b)",  # "it's hard to read" is not empathy
    ),
    (
        "empathise", 0.9, True,
        r"I can (?:only )?imagine|I(?:'d| would) (?:be|feel) (?:\w+ )?(?:frustrated|upset|"
        r"annoyed|angry|the same|exactly the same|disappointed|cross|worried|furious|livid|"
        r"fuming|gutted|upset|stressed|mad)(?: too| as well)?|(?:please )?(?:don't|do not) "
        r"worry|no need to worry|you(?:'re| are) not (?:a|being a) (?:nuisance|bother|burden|"
        r"pain)|you(?:'ve| have) done nothing wrong|"
        r"I (?:completely |totally |fully )?understand (?:how|why) (?:you|this|that|it)|"
        r"I know how (?:\w+ )?(?:frustrating|annoying|stressful|upsetting|hard|difficult)|"
        r"no wonder you|(?:completely |totally |perfectly |very )?understandabl[ey]|"
        r"I can see (?:why|how) (?:you|this|that)|(?:your|the) frustration|I(?:'m|"
        r" am) sorry to hear|(?:how|what a) (?:frustrating|stressful|annoying|upsetting|"
        r"horrible|awful)|I feel for you|I(?:'d| would) feel the same|I understand (?:your|"
        r"the) (?:frustration|concern|anger|disappointment|worry)|you have every right to be|"
        r"I(?:'ve| have) been there",
    ),
    # apologise (non-apologies are removed afterwards)
    (
        "apologise", 0.9, False,
        r"(?:I|we) (?:can't|cannot|can not) (?:apologi[sz]e|say sorry) enough|"
        r"(?:I|we) (?:can't|cannot) tell you how sorry",
    ),
    (
        "apologise", 0.9, True,
        r"I(?:'m| am) (?:so |very |really |truly |terribly |deeply |extremely |sincerely |"
        r"genuinely )*sorry|(?:my|our) (?:sincere |sincerest |deepest |humble )?apolog(?:y|ies)|"
        r"(?:I|we) (?:do |sincerely |truly |really )?apologi[sz]e|please accept (?:my|"
        r"our) (?:sincere )?apolog\w*|(?:so |very |really )?sorry (?:for|about) (?:the|this|"
        r"that|any|all|your|our|my|keeping|the wait|what)|we(?:'re| are) (?:so |very |really |"
        r"truly )*sorry|(?:I|we) regret|sorry,? (?:that's|that is|this is) (?:our|my) (?:fault|"
        r"mistake)|^sorry\b|pardon",
    ),
    (
        "empathise", 0.8, True,
        r"sorry (?:that )?you(?:'ve| have)? (?:had to|been through|gone through|experienced|"
        r"been left|been kept)",
    ),
    (
        "apologise", 0.8, False,
        r"^apologies|(?:sincere |my |our )?apologies (?:for|about)",
    ),
    (
        "non_apology", 0.9, False,
        r"sorry (?:that |if )?you (?:feel|felt|see it|think|thought|took it|are upset|'re upset|"
        r"were upset|are offended|'re offended|were offended|are disappointed|'re disappointed|"
        r"got upset|got offended|didn't like|don't like|misunderstood)(?: that way| like that|"
        r" this way| so)?|sorry if (?:that|this|it|I|anything) (?:came across|offended|upset|"
        r"sounded|was)|sorry for any (?:perceived |possible )?(?:inconvenience|"
        r"confusion) (?:this|that) may have caused|sorry,? but (?:that's|that is|this is|it's|"
        r"it is) (?:just |simply )?(?:how|the way|what|policy|the policy|our policy|the rule)|"
        r"sorry you(?:'re| are) (?:upset|angry|unhappy|offended|frustrated)",
    ),
    # take ownership
    (
        "own", 0.8, True,
        r"(?:I|we)(?:'ll| will)? (?:personally )?(?:take care of|take ownership|look after|"
        r"own this|handle this|handle it|sort this|sort it|get this sorted|get this fixed|"
        r"get to the bottom|make sure (?:this|it|that|you))|(?:that|this|it)(?:'s| is|"
        r" was) (?:our|my|entirely our|entirely my|completely our|completely my) (?:mistake|"
        r"fault|error|responsibility|bad)|(?:we|I) (?:made|got) (?:a |an )?(?:mistake|error|"
        r"it wrong|this wrong)|(?:we|I) (?:should|shouldn't|should not|should've) have|"
        r"I take (?:full )?responsibility|(?:this|that)(?: is|'s) on (?:me|us)|"
        r"own (?:this|it)|(?:we|"
        r"I) (?:dropped the ball|messed up|let you down)|leave it with me|I(?:'ll|"
        r" will) personally|(?:I|we)(?:'m| am| are|'re) (?:going to )?(?:take|taking) (?:care|"
        r"responsibility|ownership)|(?:let me|I'll|I will|I'm going to) (?:look into|check|"
        r"investigate|find out|dig into|look up|pull up|fix|sort|chase|track)",
    ),
    # a limit or policy, with a reason
    (
        "state_limit", 0.9, False,
        r"(?:"
        + _I_CANT
        + r"|(?:I|we) (?:don't|do not|no longer) (?:offer|provide|give|issue|allow|accept|"
        r"refund|support|do|sell|ship|deliver|cover|exchange|replace))"
        + r" [^.!?;]{0,60}?(?:because|as (?:it|this|that|the|our|per|we|stated|set out|"
        r"explained|mentioned)|since|due to|in line with|according to|"
        r"under (?:our|the)|per (?:our|the)|for (?:security|safety|legal|privacy|"
        r"data protection|compliance|regulatory|fraud) reasons|(?:our|the|company) (?:policy|"
        r"rules|terms|regulations|guidelines)|until|unless|without)"
        # the reason first: "because it has been more than 90 days we cannot accept it"
        r"|(?:because|since|due to|given that) [^.!?;]{0,60}?" + _I_CANT,
    ),
    (
        "state_limit", 0.8, False,
        r"(?:our|the|company|store|refund|return|returns|cancellation|booking|security|"
        r"privacy) (?:policy|policies|terms|rules|regulations|guidelines|procedure|process|"
        r"conditions|system) (?:is|are|says?|states?|doesn't|does not|don't|do not|won't|"
        r"will not|only|requires?|allows?|permits?|prevents?|limits?|means|specif\w+|"
        r"stipulates?)|(?:for|due to) (?:security|safety|legal|privacy|data protection|"
        r"compliance|regulatory|fraud|liability) (?:reasons|regulations|rules|requirements)|"
        r"(?:by|under|according to|in line with|as per|per) (?:our|the|company) (?:policy|"
        r"policies|terms|rules|regulations|guidelines)|(?:that|this|it)(?:'s| is) (?:outside|"
        r"beyond|against) (?:our|the|what|my|company) (?:policy|policies|rules|terms|authority|"
        r"remit)?",
    ),
    (
        "state_limit", 0.6, False,
        r"(?:it|they|that|this|he|she|(?:the|your) (?:\w+ )?\w+) (?:won't|will not|can't|"
        r"cannot|couldn't|wouldn't|isn't going to|aren't going to|is not going to|"
        r"are not going to) "
        r"(?:possibly |realistically |physically )?(?:arrive|reach you|get (?:there|to you)|"
        r"make it|be (?:there|here|ready|delivered|with you|done|printed|back|fixed))"
        r"(?= (?:before|by|until|in time|sooner|earlier|today|tonight|tomorrow|this))",
    ),
    (
        "state_limit", 0.6, False,
        r"(?:refunds?|returns?|exchanges?|cancellations?|compensation|credits?|upgrades?|"
        r"discounts?) (?:are|is|can) only (?:be )?(?:available|possible|offered|given|issued|"
        r"valid|accepted|processed)|only (?:within|after|before|if|when|"
        r"for) [^.!?;]{0,40}(?:days|purchase|receipt|warranty|period)",
    ),
    # naming the behaviour
    (
        "warn_conduct", 0.9, False,
        r"(?:I|we) (?:won't|will not|can't|cannot|don't|do not|am not going to|'m not going to|"
        r"are not going to|'re not going to) (?:tolerate|be spoken to|be talked to|"
        r"be sworn at|be shouted at|continue (?:this|the|if|with)|put up with|engage with|"
        r"(?:accept|allow)(?= (?:this|that|it|being|you to|abuse|abusive|swearing|shouting|"
        r"rudeness|insults?|threats?|language|such|any (?:abuse|swearing|threats|insults|"
        r"language|rudeness|of this|of that)|(?:this|that) kind|personal|rude|offensive|"
        r"aggressive|foul|bad language|name[- ]calling)\b|\W*$|[.!]))|"
        r"(?:please|kindly) (?:don't|do not|stop|refrain from|avoid) (?:swear|curs|"
        r"shout|us(?:e|ing) (?:that|this|such|abusive|offensive|bad)|insult|speak to me|"
        r"talk to me|call(?:ing)? me|yell|being (?:rude|abusive|offensive))|(?:if|"
        r"should) (?:you|the) (?:continue|keep|carry on|go on)(?: to)? (?:swear|curs|shout|us|"
        r"speak|talk|insult|yell|be (?:abusive|rude|offensive)|being)|(?:I'll|I will|"
        r"I'm going to|I am going to|I may|I might|I'd have to|I would have to|I will have to|"
        r"I'll have to|I have to|I'd need to) (?:have to )?(?:end|close|terminate|disconnect|"
        r"stop|leave|pause) (?:this|the|our) (?:call|chat|conversation|session)|(?:keep|kept|"
        r"stay|remain) (?:this|it|things|the conversation|our conversation)? ?(?:civil|"
        r"respectful|polite|professional|courteous)|(?:that|this|such|abusive|offensive|foul|"
        r"bad|that kind of|this kind of) (?:language|tone|behaviou?r|name[- ]calling) (?:is|"
        r"isn't|is not|won't|will not|doesn't|does not|isnt|has no|'s not|'s)|there(?:'s|"
        r" is) no (?:need|call) (?:for|to) (?:that|swear|shout|be rude|insult|name|use|language|"
        r"personal|the)|(?:speak|talk) to me (?:respectfully|with respect|politely|calmly|"
        r"civilly)|I(?:'d| would) (?:ask|appreciate it if|prefer (?:if|that)) (?:you|"
        r"that you) (?:not|don't|didn't|do not|keep|stop|refrain|avoid|lower|watch|use|speak|"
        r"talk)|(?:personal attacks?|insults?|abuse|swearing|shouting|name[- ]calling|"
        r"threats) (?:is|are|won't|will not|isn't|aren't|doesn't|don't) (?:not )?(?:acceptable|"
        r"okay|ok|help|tolerated|get us|going to)|I(?:'m| am) (?:here|trying|happy|glad|keen|"
        r"willing) to help,? but|(?:I|we) want to help,? but (?:I|we) (?:need|ask)|"
        r"I understand you(?:'re| are) (?:upset|angry|frustrated),? but (?:please|I|there|that|"
        r"this|calling|swearing|insult|shout)|(?:respectful|abusive|offensive|rude) (?:language|"
        r"tone|behaviou?r|manner)",
    ),
    # refusing the demand
    (
        "refuse", 0.7, False,
        _I_CANT
        + r" (?:do|give|offer|provide|issue|refund|process|make|grant|approve|honou?r|"
        r"authori[sz]e|waive|change|transfer|put you through|cancel|accept|agree|allow|send|"
        r"reverse|remove|extend|match|override|bend|break|promise|guarantee|pay|reimburse|"
        r"compensate|credit|replace|upgrade|exchange|release|reopen|unlock|reset|share|disclose|"
        r"tell|discuss|give out|hand|deliver|ship|courier|print|rush|expedite|speed up|"
        r"bring (?:it|them|this|that|the \w+|your \w+) forward|"
        r"get (?:it|them|this|that|these|those|one|any|the \w+|your \w+|a \w+|you \w+) "
        r"(?:\w+ )?(?:to you|delivered|there|sent|out|back|by|before|in time|sooner|earlier|"
        r"today|tonight|tomorrow|printed|done|ready))",
    ),
    (
        "refuse", 0.6, False,
        r"(?:that|this|it)(?:'s| is|'s just| is just| is simply|'s simply) not (?:something|"
        r"possible|an option|available|doable|going to happen|within|allowed|permitted)|"
        r"(?:that|this|it) (?:isn't|is not|won't be|will not be|wouldn't be|would not be) "
        r"(?:(?:really|actually|currently) )?(?:possible|an option|available|something|allowed|"
        r"permitted|doable)|(?:that|this|it|which|the \w+|your \w+) (?:can't|cannot|can not|"
        r"couldn't|won't|will not) (?:really |actually )?(?:be (?:done|arranged|allowed|"
        r"approved|changed|moved|brought forward|sped up|rushed|expedited|reversed|refunded|"
        r"cancell?ed|overridden|waived|transferred|guaranteed|made|printed|delivered)|happen)|"
        r"^(?:no|nope|sorry,? no|I'm afraid not)[,.]? (?:I|we|they|it|that|this|he|she|the \w+|"
        r"your \w+) (?:\w+ )?(?:won't|will not|can't|cannot|isn't|aren't|is not|are not|"
        r"doesn't|don't|wouldn't|couldn't)|"
        r"(?:unfortunately|I'm afraid|I am afraid),? (?:I|we) (?:can't|cannot|won't|"
        r"am not|are not|'m not|'re not|don't|do not|aren't|am unable|are unable|'m unable|"
        r"'re unable|have to say no|must decline)|I'm afraid (?:not|that's not|that isn't|"
        r"this isn't|we don't|that won't|it won't|it isn't)|(?:we|I) (?:don't|do not|"
        r"no longer) (?:offer|provide|do|give|issue|"
        r"allow|accept|refund|support|have)|^(?:no|nope|no way|absolutely not|definitely not|"
        r"not a chance|not happening)\b(?:\W*$|\W+(?!problem|worries|worry|trouble|need|doubt|"
        r"rush|one|way to)\w)",
    ),
    # alternative
    (
        "offer_alternative", 0.8, False,
        r"(?:what|something) (?:I|we) (?:can|could|am able to|are able to) (?:do|offer|try)|"
        r"(?:instead|alternatively|as an alternative|an alternative|another option|other option|"
        r"one option|other options|a workaround|a different)|(?:but|however|though),? (?:I|we|"
        r"what I|what we) (?:can|could|am able|are able|would be happy|'d be happy|'m happy|"
        r"am happy|'re happy|are happy|will|'ll|do have|have|would like|'d like)|how about|"
        r"what about (?:a |an |if |we |I )|(?:would|do) you (?:like|prefer|want) (?:me to|us to|"
        r"to|a|an|me|the option|either)|(?:the best|the most) (?:I|we) can (?:do|offer)|(?:I|"
        r"we) (?:can|could) (?:also|still|instead|either) (?:offer|suggest|give you|provide|"
        r"propose|arrange|book|send|try|check|escalate|look)|you (?:could|can|may|"
        r"might) (?:also|still|instead|always) (?:try|use|visit|contact|call|email|go|choose|"
        r"opt|request|apply|return|exchange|bring|book|reach)|(?:would|does) (?:a|an|"
        r"the) \w+ (?:\w+ )?(?:help|work|be helpful|suit)|if you(?:'d| would) (?:prefer|like|"
        r"rather)|in the meantime",
    ),
    # concrete solution
    (
        "offer_solution", 0.8, True,
        r"(?:"
        + _I_WILL
        + r"|(?:what|the best|all) (?:I|we) (?:can|could) (?:do|offer) is|(?:I|we) (?:can|"
        r"could) (?:also |still )?) (?:now |also |personally |immediately |right away |today |"
        r"go ahead and |quickly |just |then |to |happily |gladly )*"
        + _FIX_VERB,
    ),
    (
        "offer_solution", 0.8, True,
        r"(?:I've|I have|we've|we have|I just|we just|I've now|I have now|we've now|we have now|"
        r"I've just|we've just|I|we) (?:sent|issued|refunded|replaced|processed|arranged|reset|"
        r"credited|shipped|fixed|cancelled|canceled|booked|updated|applied|added|corrected|"
        r"changed|raised|logged|submitted|opened|created|reversed|removed|reimbursed|restored|"
        r"reactivated|unlocked|dispatched|escalated|resolved|ordered|reordered|extended|waived|"
        r"upgraded|put through|put (?:the|your|a) \w+ through|gone ahead|taken care|emailed|"
        r"refunded|booked)|(?:a|an|the|"
        r"your|this) (?:replacement|refund|credit|voucher|discount|new \w+|technician|engineer|"
        r"courier|reimbursement|compensation|return label|exchange|repair|fix|patch|update|"
        r"callback|call back|appointment|visit|collection|delivery) (?:is|will be|has been|"
        r"'s been|was|should be|should arrive|will arrive|is on its way|is being)|"
        r"here(?:'s| is) what (?:I|we)(?:'ll| will| can|"
        r" are going to|'re going to) do|(?:the|one) (?:fix|solution|workaround|answer) (?:is|"
        r"would be|will be)",
    ),
    (
        "offer_solution", 0.6, True,
        r"(?:you can|you could|you may|you need to|you'll need to|you will need to|please|"
        r"try|try to|kindly|you should) (?:try |simply |just |also |"
        r"now |then |first )?(?:restart|reboot|clear|reset|update|reinstall|install|uninstall|"
        r"log (?:in|out|into)|sign (?:in|out)|go to|click|tap|select|open|navigate|check|"
        r"download|upload|turn|switch|unplug|plug|enter|fill|submit|visit|apply|use|change|"
        r"follow|press|hold|refresh|re-enter|verify|delete|disable|enable|connect|disconnect|"
        r"remove|insert|return|bring|take|register|activate|go|put|cover|charge|recharge|"
        r"top up|cancel|unsubscribe|subscribe|select|choose|replace|pair|set)",
    ),
    (
        "offer_solution", 0.6, True,
        r"(?:^|(?<=[.!?:;>]\s)|(?<=[.!?:;>]\s\s)|(?<=\n))"
        r"(?!take (?:your|all the|as much) time)"
        r"(?:please |simply |just |first,? |then,? |next,? |now,? |go ahead and |now just )?"
        r"(?:choose|click|tap|select|open|go to|navigate to|enter|restart|reboot|reinstall|"
        r"uninstall|install|update|upgrade|clear|delete|remove|disable|enable|turn (?:on|off)|"
        r"switch|unplug|plug|hold|press|log (?:in|out|into)|sign (?:in|out)|visit|"
        r"check|try|download|reset|refresh|set|apply|fill in|submit|bring|"
        r"take|return|use|follow|insert|connect|pair|charge|replace|edit|search|find|scroll|"
        r"do (?:that|this|it) (?:again|once more|one more time)|touch|slide|swipe|drag|"
        r"move|lift|push|pull|keep (?:going|scrolling|pressing|holding)|look (?:at|for))\b",
    ),
    (
        "offer_solution", 0.6, True,
        r"(?:you are|you're|it is|it's) (?:strongly )?(?:suggested|advised|recommended) to|"
        r"(?:we|I) (?:would |'d )?(?:suggest|recommend|advise) (?:that )?(?:you )?(?:to )?"
        r"\w+|my (?:suggestion|advice|recommendation) (?:is|would be)|the (?:best|easiest|"
        r"quickest|fastest) (?:way|option|thing) (?:is|would be) to",
    ),
    (
        "offer_solution", 0.7, True,
        _I_WILL + r" [^.!?;]{1,60}? and (?:then |also )?" + _FIX_VERB,
    ),
    (
        "reflect", 0.6, False,
        r"(?:^|(?<=[.!?]\s))so,? (?:the|your) \w+ (?:is|was|has|hasn't|isn't|won't|doesn't|"
        r"didn't|never|arrived|came|got|keeps|stopped)",
    ),
    (
        "offer_alternative", 0.7, False,
        r"(?:I|we) (?:can|could) (?:also|still|instead|either) "
        + _FIX_VERB
        + r"|if (?:that's|that is|it's|it is) easier|if you(?:'d)? prefer|"
        r"(?:^|(?<=[.!?;,]\s)|(?<=\n))or,? (?:else,? )?(?:if you(?:'d| would) (?:prefer|"
        r"rather),? )?(?:I|we)(?: can| could|'d be happy to| would be happy to|'m happy to|"
        r" am happy to|'re happy to| are happy to)(?! (?:not|no longer)\b)",
    ),
    (
        "offer_solution", 0.6, False,
        r"(?:could|can|would) you (?:please |kindly |just )?(?:try|put|push|press|restart|"
        r"reboot|click|tap|open|turn|hold|unplug|plug|check|clear|reset|update|reinstall|"
        r"log (?:in|out)|select|enter|switch|remove|insert|charge|pull|slide|lift)",
    ),
    (
        "clarify", 0.7, False,
        r"(?:please |can you |could you |would you )?(?:explain|describe|tell me|let me know|"
        r"walk me through|talk me through|share|confirm) (?:what|how|when|where|which|who|why|"
        r"whether|if|a bit more|more|the (?:order|account|reference|booking|postcode|date|"
        r"details?|number|email)|your (?:order|account|reference|booking|postcode|details|"
        r"number|email|name|address))",
    ),
    (
        "set_expectation", 0.7, False,
        r"you(?:'ll| will| won't| will not| shouldn't| should not) (?:only |not |never |no longer "
        r")?(?:be|get) (?:charged|billed|refunded|credited|contacted|cut off|disconnected|"
        r"debited|asked|left)",
    ),
    (
        "reflect", 0.7, False,
        r"I can see (?:from |in |on )?(?:the |your )?(?:notes|account|history|records?|"
        r"system|file|details)?[^.!?]{0,50}?you(?: were|'ve| have| had|'re| are)",
    ),
    # the record read back: "the notes show…", "I can see on your account that…"
    (
        "reflect", 0.7, False,
        r"(?:the|your|our|my) (?:notes|records?|account|history|file|log|screen|case notes|"
        r"account notes) (?:here )?(?:show|shows|say|says|state|states|indicate|indicates|"
        r"confirm|confirms|tell me|mention|mentions)|I can see (?:(?:on|in|from) )?(?:the|your|our|"
        r"my) (?:notes|account|records?|history|system|file|screen)(?: that)?|according to "
        r"(?:the|your|our) (?:notes|records?|account|system|history)",
    ),
    # what has not happened, named as real: "the freeze hasn't gone through"
    (
        "acknowledge", 0.7, False,
        r"(?:the|your) (?:\w+ )?\w+ (?:hasn't|has not|haven't|have not|(?:was |were |has |"
        r"have )?never|didn't|did not|"
        r"wasn't|was not|weren't|were not) (?:actually |yet |ever )?(?:gone through|go through|"
        r"went through|(?:been )?(?:applied|processed|actioned|put through|set up|sent|done|"
        r"completed|submitted|received|registered|updated|issued|approved))",
    ),
    # expectation / timeline
    (
        "set_expectation", 0.9, False,
        r"(?:within|in|in the next|over the next|up to|about|around|approximately|roughly|"
        r"at least|at most|no more than|less than|under|within the next) "
        + _NUM
        + r" (?:more )?"
        + _UNIT
        + r"|(?:by|before|on|until|from|after|no later than) (?:the )?"
        + _DAYNAME
        + r"|(?:by|before|at|after|around|until) \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.|"
        r"o'clock)?|"
        + _NUM
        + r" (?:to|-|or) "
        + _NUM
        + r" "
        + _UNIT
        + r"|\d{1,2}(?::\d\d)? ?(?:am|pm)|(?:hold|holding|wait|waiting|bear with me|hang on|back)"
        r"(?: with you)? for (?:about |around |up to |roughly |just |only |another |"
        r"a further )?" + _NUM + r" (?:more )?" + _UNIT,
    ),
    (
        "set_expectation", 0.7, False,
        r"(?:it|this|that|the refund|the replacement|delivery|the process|processing|"
        r"the transfer|the repair|the review|the investigation|the credit|the money|"
        r"the funds) (?:will|should|may|might|can|could|usually|normally|typically|generally|"
        r"tends to) (?:take|arrive|reach|appear|show|clear|be (?:processed|completed|done|ready|"
        r"back|with you|delivered|resolved|fixed|credited|refunded))|(?:you(?:'ll| will)|"
        r"you can expect to) (?:receive|get|see|hear from|be (?:able|contacted|"
        r"refunded|credited|notified))|you should (?:receive|see|hear from|have (?:it|them|"
        r"the|your) (?:by|within|in))|(?:expect|expected) (?:it|to|a|an|the|your|delivery)|"
        r"(?:the|your) next step(?:s)? (?:is|are|will be)|what (?:will )?happens? next|"
        r"(?:as soon as|once) (?:it|we|the|your|this|that)|(?:will|'ll|should|shall|going to|"
        r"gonna)\b[^.!?]{0,80}?\b(?:today|tomorrow|tonight|this (?:afternoon|evening|week)|"
        r"later today|right away|straight away)",  # "soon" is not a timeline
    ),
    # escalate
    (
        "escalate", 0.9, False,
        r"(?:I'll|I will|I can|let me|I'm going to|I am going to|I've|I have|we'll|we will|"
        r"we can|I'd like to|allow me to|I'm|I am|we're|we are) (?:now |also |happily |gladly |"
        r"be )?(?:escalat\w+|transfer\w*|pass\w* (?:this|it|you|your)|refer\w* (?:this|it|you|"
        r"your)|forward\w* (?:this|it|your)|rais\w+ (?:this|it|a ticket|a case|a complaint)|"
        r"put you through|connect\w* you|"
        r"get (?:my|a|the|our) (?:manager|supervisor|team leader|team lead|"
        r"senior|specialist)|bring in|loop in|hand (?:this|it|you) over|involv\w* (?:my|a|the|"
        r"our)|report\w* (?:this|it|that|the (?:\w+ )?(?:issue|problem|fault|error|matter|case|"
        r"incident|damage|claim|outage|bug|complaint|delay|mistake|charge|payment)|your "
        r"(?:\w+ )?(?:issue|problem|fault|case|claim|complaint|order)) (?:back )?(?:up )?to "
        r"(?:my|our|the|a|an) (?:\w+ ){0,2}?(?:team|department|dept|manager|supervisor|"
        r"team lead(?:er)?|colleagues?|specialists?|engineers?|technicians?|desk|office|unit|"
        r"courier|carrier|depot|warehouse|insurers?|underwriters?|partners?|provider|"
        r"network|support|head office|line manager|boss))|"
        r"(?:my|a|the|our) (?:supervisor|manager|team lead|team leader|specialist|"
        r"senior (?:colleague|agent|advisor)|technical team|specialist team|complaints team|"
        r"escalations team|second[- ]line|tier 2|back office) (?:will|can|could|is going to|"
        r"should|who can|to)|escalat\w+ (?:this|it|your|the)",
    ),
    # follow-up
    (
        "promise_follow_up", 0.9, True,
        r"(?:I'll|I will|we'll|we will|someone will|a colleague will|the team will|I'm going to|"
        r"I am going to|we're going to|we are going to|I can|let me|we can) (?:personally |"
        r"also |then )?(?:call|phone|ring|email|contact|get back to|come back to|"
        r"(?:get|come|report|circle|be) back (?:to you|in touch|with)|follow up|update|reach out|"
        r"check back|check in|message|text|write to|let you know|keep you (?:posted|updated|"
        r"informed|in the loop)|be in touch|check on|monitor|confirm)|follow(?:-| )?up|(?:call|"
        r"ring|phone|email|text|get back to|come back to|update|contact) you (?:back|again|"
        r"tomorrow|later|"
        r"as soon|once|when|by|with|on|first thing|within|in|this|before)|(?:you'll|"
        r"you will) (?:hear (?:back )?from|receive an update|get an update|be updated|"
        r"be notified|be contacted)|keep an eye on (?:it|this|your)|I(?:'ll| will) (?:make sure|"
        r"check) (?:that )?(?:it|this|you)",
    ),
    # check agreement
    (
        "check_agreement", 0.9, False,
        r"(?:does|would|will|could|did|is) (?:that|this|it|this option|that option|"
        r"that plan|everything|all (?:of )?(?:that|this)|that all|this all|it all|the plan|"
        r"all that) (?:all |still |then |now )?(?:work|sound|help|be (?:ok|okay|alright|"
        r"all right|acceptable|helpful|fine|"
        r"suitable|good)|suit|make sense|answer|solve|resolve|fix|cover)|(?:is|are) (?:that|"
        r"this|you) (?:ok|okay|alright|all right|acceptable|happy|comfortable|fine|"
        r"good)(?: with)?|how does (?:that|this) sound|(?:are|were) you (?:happy|ok|okay|"
        r"satisfied|comfortable) (?:with|for me|if)|shall (?:I|we) (?:go ahead|proceed|do that|"
        r"book|arrange|process)|(?:can|may) I (?:go ahead|proceed)|(?:do you|would you) (?:want|"
        r"like) me to (?:go ahead|proceed|do that|book|arrange|process)|(?:ok|okay|alright|"
        r"all right) (?:with|for) you|does that make sense|(?:works|good) for you\?|"
        r"(?:does|would|will) (?:\w+ ){1,3}?(?:work|suit) (?:for )?you\b|"
        r"(?:is|are) (?:that|this|everything|it|all (?:of )?that) (?:all )?(?:clear|"
        r"understood)\?|"
        r"what do you think\?|(?:let me know|tell me) (?:if|whether) (?:that|this) (?:works|"
        r"helps|is ok)|are we (?:ok|okay|good|agreed)|do we have a deal|is that acceptable",
    ),
    # thank
    (
        "thank", 0.8, True,
        r"thank(?:s| you)(?! for nothing)|(?:I|we) (?:really |truly |do |greatly )?appreciate|"
        r"(?:I'm|I am|we're|we are) (?:very |really |so )?grateful|cheers|much appreciated|"
        r"many thanks|ta\b",
    ),
    # close
    (
        "close", 0.9, False,
        r"(?:have|enjoy) (?:a|the|your) (?:good|great|nice|lovely|wonderful|pleasant|fantastic|"
        r"brilliant|fab|rest of (?:the|your)) ?(?:day|evening|weekend|one|night|afternoon|"
        r"morning|week|rest of)?|take care|(?:good)?bye|all the best|(?:best|kind|warm) regards|"
        r"glad (?:I|we) could help|happy to (?:have )?help(?:ed)?|(?:you're|you are) (?:very |"
        r"most )?welcome|thank(?:s| you) for (?:contacting|calling|chatting|reaching out|"
        r"getting in touch|your patience|your understanding|choosing|being)|(?:is|"
        r"was) there anything else(?= ?\?| (?:I|we) can| you need| you'd like)|"
        r"anything else (?:I|we) can (?:help|do)|(?:speak|"
        r"talk) (?:to you )?soon|good (?:night|evening|day)",
    ),
    # harmful
    (
        "swear", 1.0, False,
        _SWEAR,
    ),
    (
        "insult", 1.0, False,
        _NAME_CALLING,
    ),
    (
        "insult", 0.9, False,
        r"(?:you|u|ya) (?:stupid |dumb |bloody |fucking |absolute |complete |utter |total |"
        r"useless |pathetic |little |silly |old )*"
        + _INSULT_N
        + r"|(?:what an?|such an?|you absolute|you complete|you utter|you total) "
        + _INTENS
        + r"(?:"
        + _INSULT_N
        + r"|"
        + _INSULT_A
        + r")|(?:are you|r u|are u) "
        + _INTENS
        + r"(?:"
        + _INSULT_N
        + r"|"
        + _INSULT_A
        + r"|deaf|stupid|thick|serious|kidding|joking)",
    ),
    (
        "insult", 0.8, False,
        r"(?:how|why are you so) (?:stupid|dumb|dense|thick|slow|clueless)|(?:can't you|"
        r"cannot you|can you not|don't you|you can't|you cannot) (?:even )?(?:read|"
        r"understand|listen|follow simple)|(?:learn|"
        r"try) to (?:read|listen|understand)|(?:use|get) your (?:brain|head)|"
        r"(?:even )?a (?:child|kid|monkey|five[- ]year[- ]old|toddler) (?:could|can|would)|"
        r"(?:shut up|shut it|shut your)|get a life|grow up|get lost|go away|piss off|bugger off|"
        r"sod off|get stuffed",
    ),
    (
        "blame", 0.9, True,
        r"(?:it's|it is|that's|that is|this is|it was|that was) (?:entirely |totally |all |"
        r"completely |really |clearly |obviously |actually )?(?:your|your own|the customer's|"
        r"yours)(?: own)? (?:fault|problem|mistake|responsibility|issue|doing|error)|(?:that's|"
        r"that is|it's|this is) (?:on you|user error|customer error)|(?:you|you've|you have|"
        r"you must have|you must've) (?:clearly |obviously |probably |just )?(?:broken|broke|"
        r"damaged|dropped|caused|messed|misread|misunderstood|ignored|missed|forgot|forgotten)|"
        r"(?:you|you've|you have|you must have|you must've) (?:clearly |obviously |probably |"
        r"just )?(?:entered|typed|ordered|selected|chosen|chose|picked|clicked|used|installed|"
        r"set|put|given|paid|bought|booked|made|done|did|read) (?:it |this |that |them |the |"
        r"a |an |your )?(?:wrong|wrongly|incorrectly|by mistake|a mistake|an error|the wrong|"
        r"a wrong|old|outdated|expired|incorrect|invalid|an old|an outdated|an expired|"
        r"an incorrect|an invalid|the old)|(?:you should|you should've|you shouldn't|"
        r"you should not|you didn't|"
        r"you did not|you never|you failed to|you forgot to) (?:have )?(?:clearly |"
        r"obviously |just )?(?:read|checked|followed|listened|paid attention|looked|called|"
        r"asked|told|noticed|kept|waited|bothered|entered|used|clicked|selected)(?! for)|"
        r"(?:if you had|had you|"
        r"if you'd) (?:read|followed|checked|listened|paid attention|looked|bothered|called|"
        r"done)|(?:you|your) (?:caused|broke|messed up|made a mistake|got it wrong|did it wrong|"
        r"did this|did that)|(?:you|you'll) (?:need|have) to (?:read|check|learn|pay attention)|"
        r"(?:the|it's in the|it says in the|as stated in the|clearly (?:stated|says|"
        r"written) in the) (?:terms|instructions|manual|small print|fine print)|you (?:were|"
        r"was) (?:told|warned|informed|advised)|(?:you|you've) (?:agreed|accepted|"
        r"signed up) to (?:the|our|these|this)|that(?:'s| is) what you (?:get|agreed)|"
        r"you should(?:'ve| have) (?:known|read|checked|thought|called|asked)",
    ),
    (
        "warn_conduct", 0.8, False,
        r"I need you to (?:stop|not) (?:shouting|swearing|yelling|using|calling|insulting|"
        r"being (?:rude|abusive))|(?:please )?(?:stop|quit) (?:shouting|swearing|yelling|"
        r"insulting|calling me)",
    ),
    (
        "defend", 0.7, False,
        r"(?:it's|it is|that's|that is|it was|that was) (?:the )?\w+(?:'s|s') fault|"
        r"(?:fault|problem|mistake) (?:is |was )?not (?:ours|mine)|not ours|"
        r"(?:we're|we are|they're|they are|I'm|I am|(?:the|our) \w+ (?:are|is)|everyone is|"
        r"everybody is)"
        r" (?:all |very |really |so |extremely |just |incredibly )*(?:busy|swamped|"
        r"short[- ]staffed|understaffed|overloaded|overworked|snowed under)",
    ),
    (
        "blame", 0.6, True,
        r"are you sure (?:you|it|that|this)\b|you (?:must|might|may) (?:have )?(?:be )?"
        r"\w+(?:ing|ed) (?:it |this |that |the \w+ |them |the )?(?:wrong|incorrectly)|"
        r"you(?:'ve| have| are|'re| were| did| keep)? (?:\w+ ){0,3}(?:wrong|incorrectly)"
        r"(?! (?:with|about))",
    ),
    (
        "dismiss", 0.7, False,
        r"how (?:can|could|do) you not|it's (?:right )?(?:there|in front of you)|these things "
        r"happen|(?:it|stuff|shit) happens(?=[.!]|\W*$)|"
        r"that's just (?:how it is|the way it is|life)|"
        r"like everyone else|you(?:'ll| will)? just have to (?:wait|accept|deal)|"
        r"(?:that's|that is|you're being|this is) (?:ridiculous|absurd|nonsense|silly)|"
        # contempt for the customer's difficulty: "Ugh.", "It's obvious.", "not rocket science"
        r"ugh+|(?:it's|it is|that's|that is) (?:so |pretty |really )?(?:obvious|simple|easy)"
        r"(?=\W*$|[.!,;])|(?:any|every)one can do (?:it|this|that)|"
        # daring the customer to carry out a threat: "Post whatever you want", "Go ahead and sue"
        r"(?:post|write|say|tweet|publish|share|review us|tell (?:people|anyone|everyone|"
        r"whoever)) (?:whatever|what|anything) you (?:want|like|please)|"
        r"(?:go ahead|be my guest)(?:,| and)? (?:then,? )?(?:post|sue|tweet|complain|publish|"
        r"review|write (?:your|a|that|the|what)|leave (?:your|a|that|the) (?:[\w-]+ )?review|"
        r"take (?:it|this|me|us) to|do your worst|see if I care)|be my guest|do your worst",
    ),
    (
        "refuse", 0.6, False,
        r"you (?:can't|cannot|can not|won't be able to) (?:speak|talk|have|get|do|return|"
        r"cancel|see|change|use)",
    ),
    (
        "state_limit", 0.6, False,
        r"(?:that's|that is|it's|it is|this is) (?:our|the|company|store) (?:policy|rule|rules|"
        r"procedure)",
    ),
    (
        "overpromise", 0.7, False,
        r"(?<=[,.;]\s)I (?:promise|guarantee|swear)(?=\W*$)|"
        r"I promise you (?:it|this|that)(?:'ll| will)",
    ),
    (
        "defend", 0.6, False,
        r"(?:that's|that is|this is|it's|it is) (?:just |simply )?(?:not (?:how (?:it|this|that|"
        r"things) works?|true|correct|accurate|what (?:happened|I said))|incorrect|untrue)|"
        r"I (?:completely |totally |strongly )?disagree|you(?:'re| are) (?:wrong|mistaken|"
        r"incorrect)|(?:that's|that is) your (?:opinion|problem)",
    ),
    (
        "defend", 0.8, True,
        r"(?:it's|it is|that's|that is|this is|it was|that was|this isn't|that isn't|"
        r"it isn't) (?:not )?(?:my|our|the company's) (?:fault|problem|responsibility|"
        r"department|call|decision|doing|issue)|(?:I|we) (?:did|followed|have done|"
        r"have followed|did everything) (?:everything|nothing wrong|it right|the process|"
        r"the procedure|our job|my job|all we can|all I can|the rules)|(?:I'm|I am) (?:just|"
        r"only) (?:doing my job|following|the messenger|here to|a|an|trying to do)|(?:it's|"
        r"that's|it is|that is) (?:out of|beyond|outside) (?:my|our) (?:control|hands)|(?:we|"
        r"I) (?:are|am|were|was|'re|'m) not (?:responsible|to blame|at fault|liable)|there(?:'s|"
        r" is| was) nothing wrong (?:with|on)|(?:our|the) system (?:is|was|shows|"
        r"says) (?:working|fine|correct|right)|(?:I|we) (?:can't|cannot) be (?:blamed|"
        r"held responsible)|don't (?:blame|shoot) (?:me|the messenger)|(?:I|we) (?:don't|"
        r"do not) make the (?:rules|policy|policies)|(?:I|we) (?:did|do) (?:nothing|"
        r"not do anything) wrong|(?:I've|I have|we've|we have) (?:done|tried) everything|"
        r"not (?:my|our) (?:fault|problem|department|call|decision)|(?:blame|talk to|"
        r"take it up with) (?:the|our) (?:courier|warehouse|manufacturer|other department|"
        r"supplier|bank|post office|system)",
    ),
    (
        "dismiss", 1.0, False,
        r"calm (?:yourself )?down|(?:it's|that's|this is|it is|that is) not (?:my|"
        r"our) (?:problem|concern|job|issue|department)|not my (?:problem|concern|job|issue|"
        r"department)|as I (?:already |previously |just |have already |'ve already |"
        r"'ve )?(?:said|told you|explained|mentioned|stated)|like I (?:said|told you|"
        r"already said)|I(?:'ve| have) already (?:told|explained|said|answered)|(?:I|"
        r"we) (?:already|just) told you|there(?:'s| is) nothing (?:more |else )?(?:I|we) can do|"
        r"nothing (?:more|else) (?:I|we) can do|(?:whatever(?=\W*$|[.!,;])|so what(?=\W*$|[?!.,])|"
        r"deal with it|get over it|"
        r"too bad|tough luck|take it or leave it|that's life|not my concern|suck it up|"
        r"live with it|move on|end of story|end of discussion|that's that|that's final|"
        r"not interested)|(?:you're|you are) (?:overreacting|over-reacting|being (?:dramatic|"
        r"unreasonable|ridiculous|silly|difficult|hysterical|emotional|childish|paranoid|"
        r"irrational|petty)|so (?:dramatic|emotional|sensitive))|(?:just )?(?:relax|"
        r"chill(?: out)?)|(?:it's|that's|this is) not (?:a )?(?:big deal|the end of the world|"
        r"a problem|that bad|that serious|complicated|hard|that hard|that difficult|"
        r"that complicated|rocket science)|(?:I|we) (?:don't|"
        r"do not) (?:care|have time for (?:this|that|you|it))(?=\W*$|[.!,;])|"
        r"I don't know what (?:else )?to tell you|"
        r"how many times (?:do|must|have) I|(?:read|check) (?:the|my) (?:previous|last|"
        r"earlier) (?:message|email|reply)|there's no need to (?:get|be) (?:upset|angry|"
        r"worked up|emotional|so)|(?:stop|quit) (?:complaining|whining|moaning|crying|"
        r"shouting at me)|(?:you|people like you) (?:always|never) |(?:it is|it's) what it is|"
        r"(?:I|we) can't help you(?! with)|(?:we're|we are|I'm|I am) done here|lower your voice|"
        r"settle down|take a (?:deep )?breath",
    ),
    (
        "sarcasm", 0.9, False,
        r"(?:oh,? )?(?:well,? )?(?:great|wonderful|brilliant|fantastic|lovely|congratulations|"
        r"congrats|bravo|nice going|well done|good job|genius|perfect),? (?:so you|you've|"
        r"you have|thanks for(?!" + _SINCERE_FOR + r")|now you|another|just what|that's)|"
        r"(?:yeah|yes|oh),? right|"
        r"thanks for nothing|(?:clearly|obviously|apparently),? (?:you|someone) (?:didn't|don't|"
        r"did not|do not|can't|haven't|has not|hasn't|never|know|think|are)|good luck with that|"
        r"I'm sure you (?:did|do|know|are|have|were|think)|what a (?:surprise|shock|shocker)|"
        r"as if!|like that's (?:going to|gonna)|(?:sure|right),? because|did you (?:even|"
        r"actually|really) (?:read|try|look|bother|listen|check)|news flash|shocking|"
        r"(?:oh )?genius|bless your (?:heart|soul|little)|nice try|(?:gee|golly|duh|"
        r"d'oh),|sorry to (?:break it to you|disappoint you|burst your bubble)|(?:who|"
        r"whoever) would(?:'ve| have) (?:thought|guessed)|big surprise|(?:oh )?poor (?:you|"
        r"thing|baby)|you don't say|tell me something I don't know|(?:what|"
        r"which) part of [^?]{1,40} (?:don't|do not|didn't) you (?:understand|get)|"
        r"is that (?:so )?hard|was that so (?:hard|difficult)|(?:must be|must) nice|"
        r"aren't you (?:clever|special|smart)|(?:well|oh),? excuse me|my bad for|(?:it|"
        r"that) must be (?:hard|tough|difficult) being|in case you (?:didn't|haven't) (?:notice|"
        r"realise|realize)|(?:i|we) live to serve",
    ),
    (
        "sarcasm", 0.7, False,
        r"(?:good|nice) one[!.]|oh wait|welcome to the club|participation (?:trophy|award)|"
        r"cry (?:more|me a river)|cope harder|seethe|ok boomer|stay mad|touch grass|"
        r"sure,? jan|whatever you say|if you say so|keep telling yourself|how original|"
        r"thanks,? captain obvious|tell us how you really feel|"
        r"(?:wow|gee),? (?:thanks(?!(?: so much| very much| a lot)? for" + _SINCERE_FOR + r")|so)|"
        r"must be nice|try harder|nobody asked|you got there|boo hoo|boohoo|aww+|wittle|"
        r"who (?:could|would)(?:'ve| have) (?:predicted|guessed|known|seen|expected)|"
        r"poor (?:baby|thing|you)|remind me again|who needs \w+|you must be (?:a|one of the|"
        r"the|some kind of|such a) \w*(?:genius|geniuses|expert|experts|einstein|scholar|"
        r"comedian|mind reader)|(?:such|what) a (?:genius|mind reader|comedian|hero|"
        r"know-it-all|scholar|visionary)|(?:really|very|so|truly) (?:insightful|original|"
        r"clever|helpful|constructive|mature|smart|profound|deep) (?:analysis|comment|point|"
        r"contribution|take|remark|observation|stuff)|you(?:'re| are) (?:clearly |obviously )?"
        r"the (?:perfect|best|ideal|right) person to",
    ),
    (
        "sarcasm", 0.5, False,
        r"(?:oh )?wow,(?! (?:thanks|thank you)(?: so much| very much| a lot)? for"
        + _SINCERE_FOR + r")|(?:buddy|pal|champ|sweetie|sweetheart|honey|hun|kiddo|princess|"
        r"bud|bro|dude|genius|einstein|smartass|smart guy|hotshot)(?=\W*$|[.!?,])|lol|lmao|"
        r"lmfao|rofl|haha\w*|hehe\w*|(?:yeah|sure),? (?:sure|right|ok|okay)|(?:oh|ah),? "
        r"(?:sure|really|please)|keep (?:it up|crying|dreaming|telling yourself)|"
        r"(?:wow|whoa),? (?:just )?wow|(?:real|very) (?:mature|original|clever|smart)",
    ),
    (
        "insult", 0.8, False,
        r"(?:people|folks|idiots|morons|clowns|trolls|losers|guys|kids) like you|"
        r"(?:your|ur) (?:life|mom|mum|mother|face|comments?|opinions?|brain|argument|logic|"
        r"post|take) (?:is|are) (?:the |a |so |such a |just )?(?:trash|garbage|joke|pathetic|"
        r"sad|worthless|stupid|dumb|rubbish|a mess)|get a (?:grip|life|clue|brain)|"
        r"(?:only|any|what) an? (?:idiot|moron|fool|clown|imbecile)|keyboard (?:warrior|"
        r"tough guy)|tough guy|snowflake|crybaby|cry baby|wimp|pussy|neckbeard|incel|"
        r"(?:your|ur) (?:fragile |little |tiny |massive |huge |inflated )?(?:ego|insecurities|"
        r"insecurity|stupidity|ignorance)|keep projecting|"
        r"virgin|(?:you're|you are|you're being|you are being|you sound|you seem) (?:so |"
        r"deliberately |being |just |really |very )*(?:obtuse|delusional|insecure|childish|"
        r"immature|petty|toxic|heartless|entitled(?! to\b| under\b| by law\b)|naive|naïve|"
        r"pathetic|clueless|ignorant|"
        r"dense|paranoid|unhinged|bitter|jealous)",
    ),
    (
        "insult", 0.8, False,
        r"(?:don't|do not|stop) (?:be|being) (?:so |such an? )?(?:dense|stupid|thick|dumb|"
        r"an idiot|a moron|ridiculous|childish|pathetic|an? \w+ idiot)",
    ),
    (
        "retaliate", 0.9, False,
        r"same (?:back )?(?:to you|at you|at ya)|(?:right )?back at (?:you|ya)|"
        r"(?:no,? )?you(?:'re| are) the (?:one|idiot|"
        r"rude one|problem|stupid one)|(?:no,? )?you are(?:!|\.)$|how dare you|"
        r"who do you think you(?:'re| are)|(?:watch|mind) your (?:mouth|tone|language|manners)|"
        r"(?:don't|do not) you (?:dare|talk to me|speak to me)|(?:I'll|I will|we'll|we will|"
        r"I'm going to|I am going to) (?:ban|block|report (?:you|u)\b|sue|blacklist|"
        r"cancel your account|"
        r"have you (?:removed|banned|arrested))|(?:you|u) can (?:go|take your business|"
        r"shop) (?:elsewhere|somewhere else|to hell|jump)|(?:we|I) don't (?:need|"
        r"want) customers like you|(?:go|take your business) (?:somewhere|elsewhere)|"
        r"talk to me like that again|look who's talking|takes one to know one|(?:I|we) (?:hope|"
        r"wish) (?:that )?you (?:die|rot|choke|suffer|get fired|lose|burn|get what)",
    ),
    (
        "cave_in", 0.8, False,
        r"(?:ok|okay|alright|all right|fine)[,. ]+(?:ok(?:ay)?[,. ]+)?(?:fine[,. ]+)?(?:I'll|"
        r"I will|you win|we'll|we will|whatever you want|you can have|have it your way|"
        r"just this once|here)|you win|(?:just|only) this once|(?:I|we)(?:'ll| will|'ve| have|"
        r" can) (?:make an exception|bend the rules|break the rules|override the policy|"
        r"ignore the policy)|whatever you want|(?:anything|whatever) (?:to|if it) (?:make|makes|"
        r"keep|keeps) you (?:happy|quiet|calm)|(?:just )?(?:please )?stop (?:shouting|yelling|"
        r"swearing),? (?:and )?(?:I'll|I will)|have it your way|you(?:'ve| have) worn me down|"
        r"fine,? (?:whatever|take it)|I give up",
    ),
    (
        "overpromise", 0.9, False,
        r"(?:I|we) (?:100% |absolutely |personally |can )?(?:guarantee|promise|"
        r"swear)(?:s)? (?:you |that )?(?:(?:this|it|that) (?:will never|won't ever|"
        r"will not ever|won't|will not|never|will)|you(?:'ll| will) (?:never|always|get|have|"
        r"receive)|it|this|that|nothing)|(?:will|'ll|won't|will not) never happen again|"
        r"(?:won't|will not) (?:ever )?happen again|(?:100|a hundred)(?: ?%|"
        r" percent) (?:guarantee|guaranteed|sure|certain)|(?:I|we) (?:promise|"
        r"guarantee) (?:it'll|it will|you'll|you will|this will|we'll)|(?:guaranteed|definitely|"
        r"certainly) (?:by|within|today|tomorrow|tonight)|(?:I|we)(?:'ll| will) (?:make sure|"
        r"ensure) (?:this|it|that) never",
    ),
)

_CUSTOMER_ROWS: tuple[tuple[str, float, bool, str], ...] = (
    ("abuse", 1.0, False, _SLUR),
    (
        "abuse", 0.9, False,
        _STRONG_A
        + r" (?:\w+ )?(?:like you|such as you|bot|machine|computer|program|robot|thing|ai|"
        r"assistant|being|creature|piece of|excuse for)|(?:you|u|ya) (?:do |really |totally |"
        r"so |just |all |guys )*(?:suck|stink|blow)|(?:are you|r u|are u|ru|aren't you) "
        + _INTENS
        + r"(?:"
        + _INSULT_N
        + r"|"
        + _INSULT_A
        + r")",
    ),
    (
        "abuse", 0.8, False,
        r"(?:your|yo|ur|you're) (?:mama|momma|mum|mom|mother|mamma|mommy)|I (?:\w+ )?(?:hate|"
        r"despise|loathe|detest|don't like|dont like|do not like|can't stand|cannot stand) "
        r"(?:you|u|ya|talking to you)|(?:don't|do not|dont) (?:want to|wanna) talk to (?:you|u)",
    ),
    (
        "abuse", 0.6, False,
        r"get out|go away|leave me alone|get lost|buzz off|hang up|be quiet|zip it|"
        r"what(?:'s| is) wrong with you|(?:who|whoever) (?:made|programmed|built|designed) "
        r"(?:you|this)",
    ),
    (
        "abuse", 0.8, False,
        r"(?:suck|bite|eat|blow|lick|spank|kiss) (?:me|my|mine)\b",
    ),
    (
        "threat", 0.8, False,
        r"(?:you|u) (?:\w+ ){0,3}(?:die|died|dead)\b|(?:kill|murder|exterminate) (?:all|every) "
        r"\w+",
    ),
    (
        "threat", 0.9, False,
        r"(?:kill|kick|punch|hit|stab|shoot|hurt|slap|beat|strangle|choke|smash|chop|murder|rape|"
        r"burn|break|slit|cut) (?:you|u|ya|your \w+)(?: up| down| to death)?|(?:you|u) "
        r"(?:should|must|will|gonna|going to|can|better|deserve to) (?:just )?die|(?:hope|wish|"
        r"like if|want|pray) (?:that )?(?:you|u) (?:would |will |)(?:die|rot|burn)|"
        r"(?:want|wanna) to die\?|^(?:just |go |now |pls |please )?die\W*$",
    ),
    (
        "abuse", 1.0, False,
        _NAME_CALLING,
    ),
    (
        "abuse", 0.95, False,
        r"(?:you|u|ya) (?:stupid |dumb |bloody |fucking |absolute |complete |utter |total |"
        r"useless |pathetic |little |silly |old |stinking |worthless )*"
        + _INSULT_N
        + r"|(?:what an?|such an?|you absolute|you complete|you utter|you total) "
        + _INTENS
        + r"(?:"
        + _INSULT_N
        + r"|"
        + _INSULT_A
        + r")|(?:are you|r u|are u|you) "
        + _INTENS
        + r"(?:"
        + _INSULT_N
        + r"|stupid|dumb|thick|retarded|deaf|useless|incompetent)",
    ),
    (
        "abuse", 1.0, False,
        r"(?:fuck|f\*+k|screw|sod|damn|bugger|piss on|to hell with|the hell with) (?:you|u|off|"
        r"ya|yourself|this|your|the lot)|(?:go|get) (?:fuck|screw|kill|hang) (?:yourself|urself|"
        r"off)|kill yourself|kys|drop dead|go die|go to hell|die in a|(?:shut up|shut it|"
        r"shut your|stfu)|(?:eat|suck) (?:shit|my|a)|piss off|bugger off|sod off|get stuffed|"
        r"f off|fuck off|eff off|(?:son of a|sob)|(?:bitch|bastard|cunt|twat|dickhead|prick|"
        r"asshole|arsehole|wanker|tosser|whore|slut|dick)s?",
    ),
    (
        "abuse", 0.5, False,
        r"(?:your|this|the|that) "
        + _INTENS
        + _PRODUCT_INSULT
        + r" (?:company|service|machine|firm|business|shop|store|outfit|operation|system|app|"
        r"product|device|program|computer|thing|answer|reply|advice|website|site|phone|"
        r"network|policy|rules?)",
    ),
    (
        "abuse", 0.9, False,
        r"(?:your|this|the|that) "
        + _INTENS
        + _PRODUCT_INSULT
        + r" (?:bot|staff|people|agent|team|assistant|robot|manager|employees?|workers?|"
        r"person|idiots?|clowns?|muppets?)|(?:i hate|i despise|i loathe|"
        r"i can't stand) (?:you|u|this company|your company|your)|(?:you|u) (?:suck|stink|"
        r"are the worst|are a joke|are pathetic|are useless)|(?:do your|"
        r"learn to do your) (?:fucking |bloody |damn )?job|(?:useless|pathetic|incompetent|"
        r"brainless|clueless|stupid|worthless)(?:!|\.|$)|(?:learn|try) to (?:read|listen|speak|"
        r"do your job)|(?:monkeys?|a child|a kid|toddlers?) (?:could|would) do (?:a )?better|"
        r"(?:people|idiots|morons|clowns) like you|(?:can't you|"
        r"cannot you|can you not|you can't|you cannot) (?:even )?(?:read|understand|listen|"
        r"follow)|(?:what|"
        r"how) (?:is )?wrong with you|(?:are you|r u) (?:deaf|blind|stupid|thick|dense|"
        r"brain ?dead)|"
        + _SEXUAL,
    ),
    (
        "abuse", 0.5, False,
        _SWEAR,
    ),
    (
        "threat", 1.0, False,
        r"(?:I'll|I will|I'm going to|I am going to|I'm gonna|gonna|i wanna|I want to|"
        r"I'd like to) (?!(?:\w+ )?(?:myself|me)\b)(?:hurt|kill|punch|hit|beat|smack|slap|"
        r"stab|shoot|find|come (?:down|"
        r"round|over) (?:there|to)|destroy|burn|break your|smash|murder|strangle|rape)|"
        r"(?:I know|I'll find out|I will find out|I'll find|I will find) where you (?:live|"
        r"work)|watch your back|you(?:'ll| will) (?:regret|be sorry|pay for)|you(?:'d|"
        r" had) better (?:watch|be careful)|(?:or|otherwise) (?:else|you'll regret|I'll make)|"
        r"(?:you're|you are) (?:dead|going to die|gonna die)|I(?:'ll| will) (?:make|"
        r"ensure) (?:you|sure you) (?:lose|get fired|regret|pay)|(?:have|get) you (?:fired|"
        r"sacked)|(?:your|ur) (?:job|jobs)(?: is| are)? (?:on the line|at stake)|(?:i hope|"
        r"hope) you (?:die|get fired|lose your job|rot)",
    ),
    (
        "threat", 0.7, False,
        r"(?:I'll|I will|I'm going to|I am going to|I'm gonna|gonna|I shall|I'll be|I will be|"
        r"I'm) (?:sue|suing|report|reporting|take (?:you|this|legal)|taking (?:you|this|legal)|"
        r"call(?:ing)? my (?:lawyer|solicitor|attorney)|contact(?:ing)? (?:my|a) (?:lawyer|"
        r"solicitor|attorney)|go(?:ing)? to the (?:press|media|news|papers|ombudsman|regulator|"
        r"police|bbb|fca|ftc|trading standards)|post(?:ing)? (?:this|about|it|on)|leav(?:e|"
        r"ing) (?:a|you a) (?:bad|terrible|horrible|1[- ]star|one[- ]star|negative|scathing)|"
        r"writ(?:e|ing) (?:a|about|to)|tell(?:ing)? everyone|(?:cancel|close|closing|cancelling|"
        r"canceling) (?:my|the|this) (?:account|contract|subscription|order|membership)|"
        r"never (?:use|shop|buy|come)|take my business|tak(?:e|ing) my (?:business|money)|"
        r"dispute|charge ?back|complain(?:ing)? to)|(?:my|a) (?:lawyer|solicitor|attorney)|"
        r"legal action|small claims|charge ?backs?|dispute the (?:charge|payment|transaction)|"
        r"(?:see|take) you (?:in|to) court|(?:the|my) (?:ombudsman|"
        r"regulator|bbb|better business bureau|trading standards)|(?:1|one)[- ]star review|"
        r"(?:all )?over (?:social media|twitter|facebook|the internet)",
    ),
    (
        "unreasonable_demand", 0.9, False,
        r"(?:I|we) (?:want|demand|expect|insist on|need|deserve|require|am owed|'m owed|"
        r"am entitled to|'m entitled to)(?: a| my| the| to get| to have| to be given|"
        r" you to give me| you to| an)? ?(?:full |complete |immediate |total |100% |whole |"
        r"double |triple |extra |some |proper |fair )*(?:refund|compensation|money back|"
        r"reimbursement|free|replacement|discount|credit|voucher|upgrade|cash|payment|payout|"
        r"it (?:now|today|immediately|right now|for free|tonight)|everything|all my money|"
        r"(?:this|it) (?:fixed|sorted|done|delivered|replaced) (?:now|today|immediately|"
        r"right now|tonight|this minute|this instant))",
    ),
    (
        "unreasonable_demand", 0.8, False,
        r"(?:give|get|send|pay|refund) me (?:a |my |the |an |back |some )?(?:full |complete |"
        r"immediate |whole |double |triple |every )*(?:refund|money|free|discount|compensation|"
        r"replacement|credit|voucher|upgrade|penny|cent|cash)|(?:want|need|demand|expect|"
        r"do|fix|sort|give|send|refund|replace|get|have|deliver|call|put)\b[^.!?]{0,40}?"
        r"(?:right now|immediately|this instant|this minute|this second|or else)|no excuses|"
        r"no ifs|no buts|i don't care (?:about|what|how)|(?:want|give|get|expect|should|"
        r"demand|need|deserve|send|replace|fix)\b[^.!?]{0,40}?"
        r"(?:for free|free of charge|at no cost|without charge)|(?:waive|cancel|drop|remove) "
        r"(?:the|all|all the|any|my|these|those|"
        r"this) (?:fees?|charges?|penalt\w+|costs?|bill|fine)|(?:double|triple|twice|"
        r"three times) (?:my money|the amount|what I paid)|(?:I|we) (?:demand|insist)|(?:you|"
        r"you guys|your company) (?:owe|owes) me|make (?:an )?exception|bend the rules|i(?:'m|"
        r" am) not (?:paying|leaving|going anywhere)|(?:I|we) (?:won't|will not|"
        r"refuse to) (?:pay|accept|take no)|(?:fix|sort|do) (?:it|this) (?:now|today|"
        r"immediately|right now)|don't (?:give me|tell me about) (?:your|the|that) (?:policy|"
        r"excuses|rules)",
    ),
    (
        "demand_manager", 0.8, False,
        r"(?:is|isn't) there (?:a|any|an) (?:manager|supervisor|boss|team leader|senior|"
        r"someone senior|someone in charge)|someone (?:more )?(?:senior|in charge)",
    ),
    (
        "threat", 0.6, False,
        r"formal complaint|complain(?:t)? to (?:your )?(?:head office|ceo|management|the ceo|"
        r"the board|corporate|your boss)|head office|(?:report|reporting) (?:you|this) to",
    ),
    (
        "demand_manager", 1.0, False,
        r"(?:let me|I want to|I need to|I demand to|I wish to|I'd like to|I would like to|can I|"
        r"could I|may I|get me|put me (?:through )?to|transfer me to|connect me (?:to|with)|"
        r"I insist on speaking|I want|I need|I demand|give me|find me|fetch|bring me|get|"
        r"just get) (?:speak |talk |a word )?(?:to |with )?(?:a |your |the |someone's |"
        r"some )?(?:manager|supervisor|boss|superior|team lead(?:er)?|head of|someone (?:else|"
        r"in charge|senior|higher up|more senior|competent|who knows)|human|real person|"
        r"actual person|person in charge|somebody (?:else|in charge|senior)|higher up|senior)|"
        r"(?:manager|supervisor|boss)[,.!]? (?:now|please|immediately|right now)|(?:escalate|"
        r"elevate) (?:this|it|me|my complaint)|who(?:'s| is) (?:your|the) (?:manager|supervisor|"
        r"boss)|(?:is there|isn't there) (?:anyone|someone|somebody) (?:else|senior|in charge|"
        r"competent|who)|(?:put|transfer|pass|send) me (?:through|on|up|over)",
    ),
    (
        "thanks", 0.9, True,
        r"thank(?:s| you| u| ya)(?! for nothing| for wasting| a lot for nothing)|thx|ty\b|tyvm|"
        r"(?:I|we) (?:really |truly |do )?appreciate|(?:much|greatly) appreciated|cheers|(?:I'm|"
        r"I am) (?:very |really |so )?grateful|many thanks",
    ),
    (
        "satisfied", 0.9, True,
        r"(?:that|this|it) (?:sorts|sorted|does|did|fixes|fixed|solves|solved) it|"
        r"(?:that|this|it)(?:'s| is| has| now| finally)? ?(?:works|worked|working|helps|helped|"
        r"sorted|fixed|solved|resolved|done the trick|did the trick|perfect|great|brilliant|"
        r"excellent|wonderful|fantastic|fine|good|lovely|fair|reasonable|acceptable|ok|okay|"
        r"(?:really |very |so |super )?(?:helpful|useful)|"
        r"all I needed|exactly what I (?:need|needed|wanted)|much better|a relief|"
        r"sorted)(?! out)|problem (?:solved|fixed|resolved|sorted)|(?:I'm|I am|we're|"
        r"we are) (?:very |really |so |quite )?(?:happy|satisfied|pleased|relieved|glad|content|"
        r"okay|ok|fine) (?:with|now|about|that)|sounds (?:good|great|fair|reasonable|perfect|"
        r"fine|like a plan)|(?:ok|okay|alright|all right|great|perfect|brilliant|excellent|"
        r"lovely|awesome|cool|fab),? (?:thanks|thank you|cheers|that works|that's fine|"
        r"sounds good|deal|I'll (?:do that|try that|wait))|(?:all )?(?:sorted|resolved|"
        r"fixed)(?:!|\.|,|$)|you(?:'ve| have) been (?:very |really |so |most |"
        r"extremely )?(?:helpful|great|brilliant|kind|patient|amazing|wonderful)|(?:great|good|"
        r"excellent|fantastic|amazing|wonderful) (?:service|help|job|work)|(?:it|that) (?:works|"
        r"worked) (?:now|fine|perfectly)|I (?:got|have received|received) (?:it|the|my)|"
        r"(?:I can|I'll) (?:live with|accept) that|deal(?:!|\.|$)|fair enough|"
        r"(?:now|finally) (?:the |my |it )?(?:\w+ )?(?:works|is working|is fine|is ok|is okay|"
        r"is normal|is back)|(?:works|working) (?:now|again|fine|perfectly)|"
        r"(?:got it|i see|understood|noted|will do|I(?:'ll| will) (?:try|do) (?:it|that|this|so)"
        r"|I(?:'ll| will) try)(?:[.!,]|$)",
    ),
    (
        "satisfied", 0.6, False,
        r"^(?:ok|okay|alright|all right|fine|good|great|perfect|cool|noted|sure|yes|got it|"
        r"i see)\W*$",
    ),
    (
        "repeat_complaint", 0.9, False,
        r"(?:(?:two|three|four|five|six|several|many|so many|countless|\d+) times|"
        r"(?:I|we)(?: have|'ve| had|'d)? already (?:told|said|explained|called|emailed|asked|"
        r"sent|given|tried|done|contacted|complained|spoken|provided|been)|(?:yet )?again(?:!|"
        r"\?|\.|,|$)|(?:once|yet) again|(?:for|this is|it's) (?:the|my) (?:second|third|fourth|"
        r"fifth|sixth|tenth|umpteenth|nth|\d+(?:st|nd|rd|th)) time|how many (?:more )?times|"
        r"(?:I've|I have|we've|we have) been (?:waiting|calling|trying|chasing|on hold|emailing|"
        r"writing|going back and forth) (?:for|since|over|all)|(?:still|yet to|never) (?:not |"
        r"hasn't |haven't |isn't |doesn't |hasnt |havent )?(?:arrived|received|working|fixed|"
        r"sorted|resolved|heard|got|waiting|no|nothing|broken|not)|(?:keep|kept) (?:telling|"
        r"saying|asking|getting|being)|(?:nobody|no one|noone) (?:has |ever |will )?(?:helped|"
        r"listened|called|got back|gets back|replied|responded|fixed|bothered|calls|helps|"
        r"listens|replies|responds|answers|rings)|(?:every|"
        r"each) time I (?:call|ask|contact|write)|(?:same|this) (?:thing|problem|issue|answer|"
        r"excuse|rubbish|script) (?:again|over and over|every time)|(?:over and over|"
        r"again and again|time and again)|(?:you|your colleague|someone|they|the last (?:person|"
        r"agent)) (?:already |)(?:said|told me|promised))",
    ),
    (
        "complain", 0.8, False,
        r"(?:doesn't|does not|didn't|did not|won't|will not|can't|cannot|couldn't|could not|"
        r"isn't|is not|wasn't|was not|haven't|hasn't|have not|has not|not|never|still not) "
        r"(?:\w+ )?(?:work|working|worked|help|helped|helping|load|loading|open|opening|connect|"
        r"connecting|start|starting|turn on|arrive|arrived|received|receive|come|came|fix|fixed|"
        r"solve|solved|resolve|resolved|be (?:connected|opened|used|found|got through|zoomed)|"
        r"get through|got through|answered|answer|reply|replied|refunded|delivered|right|correct)|"
        r"still (?:the same|not|no|can't|cannot|doesn't|isn't|hasn't|broken|waiting|nothing|"
        r"having|getting|happening|occurs|there)|no (?:use|help|response|reply|answer|signal|"
        r"network|service|one (?:answers|answered|replied|helped|came))|(?:broken|faulty|damaged|"
        r"defective|missing|overcharged|charged twice|double charged|not working|out of order)|"
        r"(?:problem|issue|fault|error)s? (?:is still|still|persists?|remains?|again|occurs?|"
        r"occurred|has not been|hasn't been)|(?:disappointed|unhappy|dissatisfied|not happy|"
        r"not satisfied|fed up|sick of|tired of)|(?:ridiculous|unacceptable|outrageous|"
        r"disgraceful|appalling|shameful|a joke|a scam|a rip-off|rip off|irrelevant|worst|"
        r"terrible|awful|horrible|rubbish|shocking|kidding me|for real|seriously\?|"
        r"speechless|pointless|no good|not good enough|useless|not helping|no help)|"
        r"why (?:don't|didn't|can't|"
        r"won't|haven't|hasn't|isn't|aren't|doesn't|do|does|did|is|are|has|have) (?:you|it|this|"
        r"that|my|the|nobody|no one)|how (?:can|could|dare) you|what (?:is|'s) (?:going on|"
        r"wrong|the point)|(?:when|how long) (?:will|can|do|must|should) (?:you|I|it|this|we)",
    ),
)


def _build(rows: tuple[tuple[str, float, bool, str], ...]) -> tuple[Pattern, ...]:
    return tuple(
        Pattern(label, strength, negatable, compile_phrase(src))
        for label, strength, negatable, src in rows
    )


# An insult word with no frame around it ("idiot", "dumb bot"): strong when the whole
# utterance is short, weak otherwise.
_AMBIGUOUS_ALONE = frozenset(
    {"joke", "nobody", "dog", "rat", "snake", "worm", "animal", "ape", "waste of time", "git",
     "knob", "wally", "peasant", "donkey", "thick", "dense", "fat", "lame"}
)
BARE_INSULT: re.Pattern[str] = compile_phrase(
    _alt(
        (
            *(w for w in INSULT_NOUNS + STRONG_INSULT_ADJECTIVES if w not in _AMBIGUOUS_ALONE),
            "basta?u?rd", "slag", "egit", "eejit",
        )
    )
)
AGENT_PATTERNS: tuple[Pattern, ...] = _build(_AGENT_ROWS)
CUSTOMER_PATTERNS: tuple[Pattern, ...] = _build(_CUSTOMER_ROWS)
