"""Word lists shared by the move patterns: profanity, insults, acronyms, negators.

Hand-written from general knowledge of English; nothing here is derived from the
calibration data sets.
"""

from __future__ import annotations

# Profanity, including common obfuscations (f*ck, sh!t). Regex fragments, matched as words.
SWEARS: tuple[str, ...] = (
    r"f+u+c+k+\w*",
    r"f[\*\#\@\$%!]+c?k\w*",
    r"f[\*]+\w*",
    r"fck\w*",
    r"fk",
    r"fuk\w*",
    r"effing",
    r"motherf\w+",
    r"sh[i1!\*]+t\w*",
    r"bullsh\w*",
    r"horsesh\w*",
    r"crap(?:py|s)?",
    r"damn(?:ed|it)?",
    r"goddamn\w*",
    r"god damn",
    r"dammit",
    r"bloody",
    r"bollocks",
    r"bugger\w*",
    r"piss(?:ed|ing)?(?: off)?",
    r"arse\w*",
    r"ass(?:hole|holes|hat|wipe)?",
    r"a[\*]+hole",
    r"bastard\w*",
    r"bitch\w*",
    r"b[\*]+ch",
    r"c[u\*]nt\w*",
    r"dick(?:head|s)?",
    r"prick\w*",
    r"cock\w*",
    r"twat\w*",
    r"wank\w*",
    r"douche\w*",
    r"wtf",
    r"stfu",
    r"ffs",
    r"omfg",
    r"jfc",
    r"what the hell",
    r"the hell",
    r"go to hell",
    r"hell no",
    r"screw (?:you|this|that|off)",
    r"sod (?:off|this|that|you)",
    # common profanity in other languages met on English-speaking channels
    r"puta\w*", r"mierda", r"cabr[oó]n", r"pendejo", r"joder", r"scheisse", r"schei(?:ß|ss)e",
    r"merde", r"putain", r"caralho", r"porra", r"cazzo", r"vaffanculo", r"kurwa", r"blyat",
)

# Slurs against groups: abuse wherever they appear.
SLURS: tuple[str, ...] = (
    r"fag+(?:g?[oi]ts?|s)?", r"faggit", r"dykes?", r"trann(?:y|ies)", r"retards?", r"spastic",
    r"spaz", r"nigg\w*", r"n[i1]gg?[ae]r?s?", r"negro(?:es)?", r"coons?", r"spics?", r"chinks?",
    r"gooks?", r"kikes?", r"pakis?", r"wetbacks?", r"towel ?heads?", r"sand ?n\w+", r"homos?",
    r"queers?", r"shemales?", r"midgets?", r"mongs?", r"cripples?", r"sluts?", r"whores?",
    r"hoes?", r"thots?",
)

# Words that demean a person when aimed at them. Some are only insults when directed
# ("you're useless"); the patterns in patterns.py say which need a target.
INSULT_NOUNS: tuple[str, ...] = (
    "idiot", "idiots", "moron", "morons", "imbecile", "cretin", "fool", "fools", "clown",
    "clowns", "loser", "losers", "jerk", "dumbass", "dimwit", "halfwit", "nitwit", "numpty",
    "muppet", "pillock", "tosser", "scumbag", "scum", "creep", "pig", "pigs", "parasite",
    "parasites", "thief", "thieves", "crook", "crooks", "liar", "liars", "con artist",
    "con artists", "joke", "disgrace", "waste of space", "waste of time", "troll", "freak",
    "weirdo", "retard", "dumbo", "donkey", "peasant", "nobody", "piece of work",
    "piece of junk", "piece of garbage", "piece of trash",
    "slut", "whore", "skank", "hoe", "bimbo", "low life", "lowlife", "dog", "rat", "snake",
    "worm", "maggot", "cockroach", "animal", "monkey", "ape", "pervert", "perv", "psycho",
    "lunatic", "nutcase", "nutjob", "coward", "hypocrite", "fraud",
    "dummy", "dork", "twit", "prat", "plonker", "wally", "git", "knob", "bellend",
    "butthole", "buttface", "nincompoop", "ignoramus", "simpleton", "dunce", "idiot box",
    "asshole", "arsehole", "bastard", "bitch", "dick", "dickhead", "prick", "twat", "wanker",
    "cunt", "douche", "douchebag", "jackass", "shithead", "motherfucker", "sheep",
)
INSULT_ADJECTIVES: tuple[str, ...] = (
    "stupid", "dumb", "thick", "useless", "worthless", "incompetent", "pathetic", "clueless",
    "brainless", "brain dead", "brain-dead", "idiotic", "moronic", "retarded", "ignorant",
    "hopeless", "inept", "lazy", "rude", "disgusting", "ugly", "fat", "pointless",
    "ridiculous", "dense", "slow", "mental", "crazy", "insane", "deaf", "blind", "gormless",
    "spineless", "arrogant", "condescending", "patronising", "patronizing", "shameless",
    "dishonest", "crooked", "corrupt", "dodgy", "shady", "sad", "sorry excuse", "annoying",
    "horrible", "awful", "terrible", "a joke", "dumbest", "stupidest", "worst", "sexy",
    "hot", "naughty", "dirty", "gay", "lame", "weird", "creepy", "boring", "nosy", "nosey",
    "evil", "sick", "twisted", "perverted", "psycho", "nuts", "bonkers", "daft", "silly",
    "rubbish", "trash", "garbage", "crap", "shit", "shitty", "crappy", "fake", "miserable",
    "pitiful", "sad", "stinky", "smelly", "hideous",
)

# Adjectives that insult on their own, even without "you are".
STRONG_INSULT_ADJECTIVES: tuple[str, ...] = (
    "stupid", "dumb", "useless", "idiotic", "pathetic", "worthless", "incompetent", "ugly",
    "fat", "retarded", "moronic", "brainless", "clueless", "gay", "brain dead", "brain-dead",
    "dense", "thick", "lame", "creepy", "disgusting", "hopeless",
)

# Sexual harassment aimed at the other party (common in abuse aimed at assistants).
SEXUAL: tuple[str, ...] = (
    r"sex\w*", r"porn\w*", r"nudes?", r"naked", r"boobs?", r"tits?", r"titties", r"breasts?",
    r"penis", r"vagina", r"puss(?:y|ies)", r"horny", r"blow ?job", r"suck (?:my|it)\w*",
    r"strip(?:tease)?", r"undress\w*", r"take (?:off )?your (?:clothes|bra|panties|pants)",
    r"panties", r"bra", r"lingerie", r"orgasm\w*", r"masturbat\w*", r"jerk off", r"cum",
    r"kiss me", r"make love", r"sleep with me", r"in bed", r"bang (?:you|me)", r"hump\w*",
    r"spank\w*", r"erotic", r"kinky", r"fetish\w*", r"rape\w*", r"molest\w*",
    r"lick (?:it|me|my|your|this)", r"kiss (?:you|u|me)", r"blow (?:me|my|your)",
    r"talk dirty", r"dirty talk", r"submissive", r"dominatrix", r"genitals?", r"genital area",
    r"masterbat\w*", r"wank\w*", r"jerk(?:ing)? (?:off|me)", r"on cam", r"nipples?", r"butt",
    r"balls", r"(?:my|your|his) (?:dick|cock|junk|package|member|willy|willie|wiener)",
    r"make out", r"sexting", r"dildo\w*", r"condoms?", r"thong", r"hooker\w*", r"escort",
    r"prostitut\w*", r"whore\w*", r"slut\w*", r"(?:show|send) (?:me )?(?:your )?(?:pics|photos|"
    r"pictures|body)", r"bend over", r"get (?:naked|laid)", r"sleep with (?:you|u|me)",
    r"date me", r"marry me", r"be my (?:girlfriend|boyfriend|wife|gf|bf)", r"your body",
    r"come over here", r"sit on my", r"ride me",
)

# All-caps tokens that are not shouting.
ACRONYMS: frozenset[str] = frozenset(
    {
        "I", "OK", "OKAY", "ID", "PIN", "PINS", "USB", "PC", "PCS", "TV", "DVD", "CD", "SMS",
        "SIM", "HR", "CEO", "CFO", "CTO", "VIP", "FAQ", "FAQS", "URL", "URLS", "PDF", "PDFS",
        "API", "APIS", "UK", "USA", "EU", "UAE", "NHS", "VAT", "GST", "UPS", "DHL", "FEDEX",
        "USPS", "ETA", "PM", "GMT", "UTC", "BST", "EST", "PST", "CET", "IBAN", "BIC", "SWIFT",
        "ATM", "ISP", "VPN", "WIFI", "LAN", "DNS", "IP", "IOS", "OS", "MAC", "RAM", "SSD", "HDD",
        "GPS", "QR", "SKU", "RMA", "PO", "TBC", "TBA", "FYI", "NB", "PS", "AI", "CV", "ZIP",
        "HTML", "CSS", "JS", "SQL", "IMEI", "EMI", "APR", "PPI", "GDPR", "KYC", "AML", "MFA",
        "OTP", "SSN", "DOB", "ASAP", "LOL", "BRB", "DM", "DMS", "SLA", "CRM", ", ", "S", "NFC",
        "HD", "UHD", "LCD", "LED", "TNT", "AA", "AAA", "RSVP", "MR", "MRS", "MS", "DR", "ST",
    }
)

# Words that turn the meaning of what follows.
NEGATORS: frozenset[str] = frozenset(
    {
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "cannot",
        "without", "hardly", "barely", "isn't", "aren't", "wasn't", "weren't", "don't",
        "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "haven't",
        "hasn't", "hadn't", "mustn't", "ain't", "isnt", "arent", "wasnt", "dont", "doesnt",
        "didnt", "wont", "wouldnt", "cant", "couldnt", "shouldnt", "havent", "hasnt",
    }
)
