"""Errors a spell checker misses, found with spaCy ``Matcher`` rules over the tokens:
real-word confusables in context, repeated words and phrases, words split in two and
a/an/and slips.  Each rule names the token it blames, the fix and its confidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from spacy.matcher import Matcher
from spacy.tokens import Doc

from essaylens.language.issues import Issue

# Nouns a history essay often uses with a possessive (its/whose) or after "sole".
POSSESSED = [
    "ideas", "idea", "policies", "policy", "actions", "views", "view", "power", "aims", "aim",
    "leadership", "rule", "reign", "regime", "influence", "role", "death", "murder", "position",
    "wife", "son", "daughter", "family", "followers", "supporters", "ideology", "beliefs",
    "popularity", "authority", "army", "economy", "leaders", "leader", "citizens", "members",
    "enemies", "allies", "opponents", "rivals", "rise", "fall", "downfall", "failure",
    "success", "successes", "failures", "reforms", "goals", "motives", "intentions", "decision",
    "decisions", "purpose", "origins", "causes", "consequences", "impact", "effect", "effects",
    "president", "founder", "founders", "head", "capital", "chairman", "government",
    "constitution", "soldiers", "troops", "workers", "population", "territory", "borders",
    "empire", "colonies", "navy", "history", "culture", "industry", "society",
    "lives", "homes", "jobs", "land", "rights", "children", "country", "people",
    "own",
]
SOLE_NOUNS = [
    "contributor", "contributors", "reason", "reasons", "cause", "causes", "purpose", "aim",
    "factor", "responsibility", "survivor", "ruler", "leader", "power", "authority", "motive",
    "source", "focus", "objective", "goal", "intention", "beneficiary", "explanation",
    "driver", "culprit", "author", "architect", "instigator", "owner", "right", "control",
    "basis", "means", "exception", "person", "man", "figure", "victim", "target", "decider",
    "arbiter", "determinant", "trigger", "catalyst", "agent", "representative",
]
PRINCIPAL_NOUNS = [
    "reason", "reasons", "cause", "causes", "factor", "factors", "aim", "aims", "figure",
    "figures", "architect", "motive", "motives", "author", "source", "objective", "goal",
    "concern", "target", "targets", "victim", "victims", "beneficiary", "beneficiaries",
    "opponent", "opponents", "rival", "rivals", "enemy", "enemies", "role", "actor",
    "actors", "driver", "instigator", "means", "method", "purpose", "trigger", "catalyst",
    "contributor", "feature", "characteristic", "weapon", "tool", "instrument", "obstacle",
    "problem", "issue", "threat", "danger", "achievement", "consequence", "result",
    "outcome", "difference", "player", "players", "leader", "leaders", "minister", "ministers",
    "advisor", "adviser", "ally", "allies", "supporter", "supporters", "focus",
]
#: People a verb "affect" (influence) takes as object; "effect" (bring about) never does.
PEOPLE = ["him", "them", "us", "me", "her", "people", "everyone", "everybody", "voters",
          "workers", "peasants", "women", "men", "soldiers", "citizens", "families", "children",
          "civilians", "farmers", "millions", "many", "most", "thousands"]
#: Things one influences (affects) but does not bring about (effect).
AFFECTED_THINGS = ["outcome", "outcomes", "thinking", "judgement", "judgment", "behaviour",
                   "behavior", "lives", "life", "morale", "relations", "health", "mood",
                   "attitude", "attitudes", "opinion", "opinions", "views", "decision",
                   "decisions", "economy", "people", "population", "reputation", "popularity",
                   "ability", "chances", "confidence", "mind", "minds", "result",
                   "results", "position", "power", "authority", "support"]
#: Adjectives after "its" that want "it's": "its clear that".
IT_IS_ADJ = ["clear", "obvious", "evident", "likely", "unlikely", "possible", "impossible",
             "important", "true", "hard", "difficult", "easy", "apparent", "necessary",
             "interesting", "significant", "worth", "fair", "arguable", "undeniable", "vital",
             "essential", "crucial", "surprising", "doubtful", "certain", "debatable"]
FUNCTION_WORDS = ["of", "the", "a", "an", "and", "or", "but", "to", "in", "on", "at", "by",
                  "for", "with", "from", "as", "is", "was", "that", "which", "who", "this",
                  "it", "its", "his", "her", "their", "our", "my", "your", "be", "been"]
THEE_OK_NEXT = ["my", "thy", "thine", "o", "and", "that", "not", "to", "in", "for", "i",
                "we", "with", "from", "of", "as", "alone", "be", "is", "was", "who", "which",
                "only", "too", "again", "up", "down", "well", "now"]
THERE_AFTER_THEIR = ["is", "are", "was", "were", "seems", "seemed", "appears", "appeared",
                     "exists", "existed", "remains", "remained"]
#: Words before "lead to" that make the present plural or infinitive right.
LEAD_OK_BEFORE = ["will", "would", "could", "can", "may", "might", "must", "should", "shall",
                  "to", "did", "does", "do", "not", "n't", "'t", "’t", "they", "we", "you", "i",
                  "these", "those", "the", "a", "an", "which", "that", "who", "and", "or",
                  "often", "also", "always", "usually", "sometimes", "never", "both", "all",
                  "many", "some", "few", "others", "people", "men", "women", "children",
                  "seem", "seemed", "help", "helped", "then", "eventually",
                  "ultimately", "cannot", "nor", "only",
                  "in", "its", "his", "her", "their", "our", "my", "your", "take", "took",
                  "taken", "takes", "taking", "lost", "lead", "led"]
MODAL_BEFORE_LOSE = ["to", "will", "would", "could", "might", "may", "must", "did", "not",
                     "cannot", "can", "should", "shall", "never", "n't", "’t", "'t"]
REAP_OBJECTS = ["results", "rewards", "reward", "benefits", "benefit", "profits", "profit",
                "harvest", "dividends", "gains", "success", "successes", "fruits", "advantages"]
BE_HAVE = ["has", "have", "had", "was", "were", "been", "being", "having"]
AN_WORDS_AFTER_ITS = ["a", "an", "the", "not", "been", "because"]
NOT_AN_AFTER_AND = ["always", "often", "indeed", "instead", "else",
                    "out", "over", "on", "off", "under", "into", "up", "upon", "about", "after",
                    "at", "in", "it", "its", "is", "are", "was", "all", "any", "each",
                    "either", "even", "ever", "every", "other", "others", "our", "as", "also",
                    "again", "only", "once", "one", "or", "if", "of", "away", "eventually",
                    "above", "across", "against", "among", "around", "until", "unless",
                    "yet", "early", "earlier", "i", "economic", "economically"]
#: Words before "and" that cannot be its left conjunct: "to and extent" must be "to an".
FUNCTION_BEFORE_AN = ["to", "of", "in", "is", "was", "be", "been", "as", "for", "with", "by",
                      "at", "from", "into", "had", "has", "have", "became", "become",
                      "such", "quite", "create", "created", "creates", "make", "made", "makes",
                      "what", "without", "like", "reach", "reached", "gave", "give", "gives",
                      "provide", "provides", "provided", "are", "were", "being", "caused",
                      "cause", "causes", "formed", "form", "forms", "an", "the", "a"]
#: Prepositions (and copulas) after which "and" + unlisted word must be "an".
PREP_BEFORE_AN = {"to", "of", "as", "for", "with", "by", "at", "from", "into", "such", "quite",
                  "is", "was", "be", "been", "became", "become"}
#: Splits that are standard words written in two (curated: "some times" is fine).
SPLIT_PAIRS = {
    ("where", "ever"): "wherever", ("when", "ever"): "whenever", ("what", "ever"): "whatever",
    ("who", "ever"): "whoever", ("through", "out"): "throughout", ("never", "theless"):
    "nevertheless", ("none", "theless"): "nonetheless", ("some", "how"): "somehow",
    ("there", "fore"): "therefore", ("him", "self"): "himself", ("her", "self"): "herself",
    ("them", "selves"): "themselves", ("it", "self"): "itself", ("my", "self"): "myself",
    ("our", "selves"): "ourselves", ("further", "more"): "furthermore", ("more", "over"):
    "moreover", ("there", "after"): "thereafter", ("no", "where"): "nowhere",
    ("every", "where"): "everywhere", ("some", "where"): "somewhere", ("to", "gether"):
    "together", ("fore", "mentioned"): "aforementioned", ("a", "foremention"): "aforementioned",
    ("mean", "while"): "meanwhile", ("never", "the"): "", ("where", "as"): "whereas",
    ("with", "stood"): "withstood", ("over", "whelming"): "overwhelming",
}
#: Prefixes that never stand alone: "un met", "un disputable", "dis agree".
BOUND_PREFIXES = {"nano", "micro", "macro", "mega", "mini",
                  "re", "un", "dis", "mis", "non", "ir", "il", "anti", "semi", "pre", "inter",
                  "counter", "multi", "pseudo", "neo", "post", "sub", "super", "trans"}
#: Free words that also join as prefixes: "over looked" -> overlooked, unless the pair
#: is itself common ("under way", "over all").
FREE_PREFIXES = ("over", "under", "out", "up", "down", "with", "fore", "back", "through",
                 "count", "off", "after")
#: Words that may rightly be doubled ("had had", "that that").
DOUBLE_OK = {"had", "that", "is", "bye", "no", "so", "very", "ha", "do", "far", "many", "long",
             "yes", "go", "knock", "tut", "well", "now"}
#: After "X and X", these make the second X a contrast or a different set.
CONTRAST_AFTER_X_AND_X = {"not", "n't", "never", "among", "in", "for", "from", "with", "at",
                          "by", "on", "of", "under", "over", "between", "during", "after",
                          "before", "to", "who", "which", "that", "aged", "whose"}
#: Words that form idioms as "X and X" ("more and more", "again and again").
X_AND_X_OK = {"more", "less", "again", "over", "on", "round", "through", "by", "up", "down",
              "back", "further", "better", "worse", "time", "bit", "step", "year", "years",
              "around", "out", "in", "off", "miles", "hours", "days", "weeks", "months",
              "side", "hand", "arm", "neck", "head", "tooth", "nail", "inch", "inches", "bigger",
              "higher", "faster", "slower", "harder", "deeper", "closer", "wider", "stronger",
              "weaker", "fewer", "little", "much", "far", "such", "so", "and", "one", "two",
              "face", "heart", "shoulder", "toe", "cheek", "jowl", "tit", "tat", "try",
              "rows", "row", "layer", "layers", "generation",
              "generations", "pages", "piles", "heaps", "hundreds", "thousands", "millions"}


@dataclass(frozen=True)
class Rule:
    """One pattern: which token(s) it blames (``blame`` slice), the fix and why."""

    name: str
    kind: str
    patterns: list[list[dict[str, Any]]]
    blame: tuple[int, int]
    fix: str | Callable[[list[str]], str]
    message: str
    confidence: float


def _l(*words: str) -> dict[str, Any]:
    return {"LOWER": {"IN": list(words)}}


RULES: list[Rule] = [
    Rule("sole-soul", "confusable",
         [[_l("soul"), _l(*SOLE_NOUNS)],
          [_l("soul"), {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"NOT_IN": FUNCTION_WORDS}},
           _l(*SOLE_NOUNS)]], (0, 1), "sole",
         "‘soul’ is the spirit; ‘sole’ means only", 0.9),
    Rule("thee-the", "confusable",
         [[_l("thee"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": THEE_OK_NEXT}}]], (0, 1), "the",
         "‘thee’ (archaic ‘you’) where the article ‘the’ is meant", 0.9),
    Rule("their-there", "confusable", [[_l("their"), _l(*THERE_AFTER_THEIR)]], (0, 1), "there",
         "‘their’ is possessive; ‘there is/was’ is meant", 0.9),
    Rule("there-their", "confusable", [[_l("there", "they're", "they’re"), _l("own")]], (0, 1),
         "their", "‘their own’ is possessive", 0.95),
    Rule("there-their-noun", "confusable",
         [[_l("on", "of", "in", "for", "with", "to", "by", "from", "against"), _l("there"),
           _l(*[w for w in POSSESSED if w != "own"], "side", "country", "army", "lives",
              "land", "homes", "jobs", "rights", "vote", "votes", "interests", "leader")]],
         (1, 2), "their", "‘there’ is a place; the possessive is ‘their’", 0.85),
    Rule("their-theyre", "confusable",
         [[_l("their"), _l("going", "trying"), _l("to")]], (0, 1), "they're",
         "‘their’ is possessive; ‘they are’ (they're) is meant", 0.85),
    Rule("theyre-their", "confusable",
         [[_l("they"), {"ORTH": {"IN": ["'re", "’re"]}},
           _l(*[w for w in POSSESSED if w != "own"])]], (0, 2), "their",
         "‘they're’ means they are; the possessive is ‘their’", 0.85),
    Rule("of-have", "confusable",
         [[_l("could", "would", "should", "must"), _l("of")]], (1, 2), "have",
         "‘could of’ is a mishearing of ‘could have’ (could've)", 0.95),
    Rule("lead-led-aux", "confusable", [[_l(*BE_HAVE), _l("lead")]], (1, 2), "led",
         "the past tense and participle of ‘lead’ is ‘led’", 0.85),
    Rule("lead-led-subject", "confusable",
         [[_l("this", "it", "he", "she", "which"), _l("lead"), _l("to", "him", "them")]],
         (1, 2), "led", "the past tense of ‘lead’ is ‘led’", 0.8),
    Rule("lead-led-past", "confusable",
         [[{"LOWER": {"NOT_IN": LEAD_OK_BEFORE}, "IS_PUNCT": False,
            "TEXT": {"REGEX": r"^(?!.*(?:ly|s)$)"}}, _l("lead"), _l("to")]], (1, 2), "led",
         "a singular subject needs ‘leads’ (now) or ‘led’ (past)", 0.7),
    Rule("loose-lose-modal", "confusable", [[_l(*MODAL_BEFORE_LOSE), _l("loose")]], (1, 2),
         "lose", "‘loose’ means not tight; the verb is ‘lose’", 0.85),
    Rule("loose-lose-object", "confusable",
         [[_l("loose"), _l("his", "her", "their", "its", "our", "my", "your", "power",
                            "control", "support", "faith", "face")]], (0, 1), "lose",
         "‘loose’ means not tight; the verb is ‘lose’", 0.8),
    Rule("loosing-losing", "confusable", [[_l("loosing")]], (0, 1), "losing",
         "‘loosing’ means setting free; ‘losing’ is meant", 0.75),
    Rule("loose-loss", "confusable",
         [[_l("the", "a", "his", "her", "their", "its", "our", "this", "heavy", "great", "'s",
              "’s"),
           _l("loose"), _l("of")]], (1, 2), "loss",
         "‘loose’ means not tight; the noun is ‘loss’", 0.85),
    Rule("lose-loose", "confusable",
         [[_l("a", "very", "too", "so", "more", "rather", "quite", "fairly", "relatively"),
           _l("lose")]], (1, 2), "loose", "‘lose’ is a verb; the adjective is ‘loose’", 0.85),
    Rule("affect-effect-noun", "confusable",
         [[_l("an", "the", "little", "no", "significant", "great", "major",
              "positive", "negative", "profound", "lasting", "devastating", "huge", "biggest",
              "main", "greatest", "direct", "overall", "desired", "adverse", "knock-on"),
           _l("affect", "affects")]], (1, 2), lambda w: "effects" if w[1].endswith("s")
         else "effect", "‘affect’ is the verb; the noun is ‘effect’", 0.85),
    Rule("affect-on", "confusable", [[_l("affect", "affects"), _l("on", "upon")]], (0, 1),
         lambda w: "effects" if w[0].endswith("s") else "effect",
         "‘an effect on’: the noun is ‘effect’", 0.85),
    Rule("effect-affect-person", "confusable",
         [[_l("effect", "effects", "effected", "effecting"), _l(*PEOPLE)]], (0, 1),
         lambda w: {"effect": "affect", "effects": "affects", "effected": "affected",
                    "effecting": "affecting"}[w[0].lower()],
         "‘effect’ as a verb means bring about; ‘affect’ (influence) is meant", 0.85),
    Rule("effect-affect-object", "confusable",
         [[_l("effect", "effects", "effected", "effecting"),
           {"LOWER": {"IN": ["the", "his", "her", "their", "its", "our", "my", "your", "this",
                             "that", "these", "those"]}, "OP": "?"},
           {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}, _l(*AFFECTED_THINGS)],
          [_l("effect", "effects", "effected", "effecting"), {"IS_TITLE": True},
           {"ORTH": {"IN": ["'s", "’s"]}}, _l(*AFFECTED_THINGS)]], (0, 1),
         lambda w: {"effect": "affect", "effects": "affects", "effected": "affected",
                    "effecting": "affecting"}[w[0].lower()],
         "‘effect’ as a verb means bring about; ‘affect’ (influence) is meant", 0.75),
    Rule("reek-reap", "confusable",
         [[_l("reeking", "reeked", "reek", "reeks"), {"IS_ALPHA": True, "OP": "?"},
           _l(*REAP_OBJECTS)]], (0, 1),
         lambda w: {"reeking": "reaping", "reeked": "reaped", "reek": "reap",
                    "reeks": "reaps"}[w[0].lower()],
         "‘reek’ means to stink; one ‘reaps’ results or rewards", 0.85),
    Rule("reap-wreak", "confusable",
         [[_l("reaping", "reaped", "reap", "reaps", "reeking", "reeked", "reek", "reeks"),
           _l("havoc")]], (0, 1),
         lambda w: "wreak" + w[0].lower().removeprefix("reap").removeprefix("reek"),
         "one ‘wreaks’ havoc", 0.9),
    Rule("principle-principal", "confusable",
         [[_l("principle"), _l(*PRINCIPAL_NOUNS)]], (0, 1), "principal",
         "‘principle’ is a rule or belief; ‘principal’ means main", 0.85),
    Rule("in-principal", "confusable", [[_l("in"), _l("principal")]], (1, 2), "principle",
         "‘in principle’ (as a rule) is spelled with -ple", 0.9),
    Rule("principal-principle", "confusable",
         [[_l("moral", "basic", "guiding", "founding", "core", "fundamental", "marxist",
              "communist", "socialist", "democratic", "ideological", "first"),
           _l("principal", "principals")]], (1, 2),
         lambda w: "principles" if w[1].endswith("s") else "principle",
         "‘principal’ means main; a belief or rule is a ‘principle’", 0.85),
    Rule("whose-whos", "confusable", [[_l("whose"), _l("is", "was", "been", "going", "not")]],
         (0, 1), "who's", "‘whose’ is possessive; ‘who is/who has’ is meant", 0.85),
    Rule("whos-whose", "confusable",
         [[_l("who"), {"ORTH": {"IN": ["'s", "’s"]}}, _l(*POSSESSED)]], (0, 2), "whose",
         "‘who's’ means who is; the possessive is ‘whose’", 0.85),
    Rule("its-possessive", "confusable",
         [[_l("it"), {"ORTH": {"IN": ["'s", "’s"]}}, _l(*POSSESSED)]], (0, 2), "its",
         "‘it's’ means it is; the possessive is ‘its’", 0.85),
    Rule("its-itis", "confusable",
         [[{"LOWER": "its"}, _l(*AN_WORDS_AFTER_ITS)],
          [{"LOWER": "its"}, _l(*IT_IS_ADJ), _l("that", "to", "whether", "how", "why", "what")]],
         (0, 1), "it's", "‘its’ is possessive; ‘it is’ (it's) is meant", 0.85),
]


_MATCHERS: dict[int, Matcher] = {}


def _matcher(vocab: Any) -> Matcher:
    """One matcher per vocabulary (the shared pipeline has one)."""
    matcher = _MATCHERS.get(id(vocab))
    if matcher is None:
        matcher = Matcher(vocab)
        for rule in RULES:
            matcher.add(rule.name, rule.patterns)
        _MATCHERS[id(vocab)] = matcher
    return matcher


class Tok(NamedTuple):
    """A plain-Python copy of a token: attribute access on spaCy tokens is slow."""

    text: str
    lower_: str
    idx: int
    i: int
    whitespace_: str
    is_alpha: bool
    is_lower: bool
    is_title: bool

    def __len__(self) -> int:
        return len(self.text)


def tokens(doc: Doc) -> list[Tok]:
    """The non-space tokens of ``doc`` as :class:`Tok` s (built once per check)."""
    out = []
    for t in doc:
        text = t.text
        if text.isspace():
            continue
        out.append(Tok(text, text.lower(), t.idx, t.i, t.whitespace_, text.isalpha(),
                       text.islower(), text.istitle()))
    return out


def _anchors() -> frozenset[str]:
    """For each pattern, the words of its smallest closed word set: every match
    contains one, so the Matcher need only look at windows around them."""
    words: set[str] = set()
    for rule in RULES:
        for pattern in rule.patterns:
            sets = [[spec["LOWER"]] if isinstance(spec.get("LOWER"), str)
                    else spec["LOWER"]["IN"] for spec in pattern
                    if "OP" not in spec and (isinstance(spec.get("LOWER"), str) or (
                        isinstance(spec.get("LOWER"), dict) and "IN" in spec["LOWER"]))]
            # the smallest set; among equals the longest (rarer) words
            words.update(min(sets, key=lambda ws: (len(list(ws)), -min(map(len, ws)))))
    return frozenset(words)


ANCHORS = _anchors()
WINDOW = max(len(p) for r in RULES for p in r.patterns)


def _windows(toks: list[Tok], n: int) -> list[tuple[int, int]]:
    """Merged token windows around anchor words (the Matcher costs ~40 us a token)."""
    out: list[tuple[int, int]] = []
    for tok in toks:
        if tok.lower_ in ANCHORS:
            lo, hi = max(0, tok.i - WINDOW + 1), min(n, tok.i + WINDOW)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
    return out


def match_rules(doc: Doc, toks: list[Tok] | None = None) -> list[Issue]:
    """Confusable issues from the rule table."""
    toks = tokens(doc) if toks is None else toks
    by_name = {r.name: r for r in RULES}
    out = []
    matcher = _matcher(doc.vocab)
    found: set[tuple[int, int, int]] = set()
    for lo, hi in _windows(toks, len(doc)):
        for match_id, s, e in matcher(doc[lo:hi]):
            found.add((match_id, lo + s, lo + e))
    for match_id, start, end in sorted(found, key=lambda m: (m[1], m[2])):
        rule = by_name[doc.vocab.strings[match_id]]
        words = [t.text for t in doc[start:end]]
        a, b = rule.blame
        blamed = doc[start + a:start + b]
        fix = rule.fix(words) if callable(rule.fix) else rule.fix
        fix = _match_case(blamed.text, fix)
        out.append(Issue(blamed.start_char, blamed.end_char, rule.kind, blamed.text,
                         rule.message, (fix,), rule.confidence, rule.name))
    return out


def _match_case(original: str, fix: str) -> str:
    if original[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


def repetitions(text: str, toks: list[Tok]) -> list[Issue]:
    """Repeated words (``the the``), repeated phrases (``of the of the``) and
    ``fears and fears``."""
    out: list[Issue] = []
    low = [t.lower_ for t in toks]
    taken: set[int] = set()
    for i in range(len(toks) - 2):
        a, mid, b = toks[i], toks[i + 1], toks[i + 2]
        nxt = toks[i + 3].lower_ if i + 3 < len(toks) else ""
        if nxt in CONTRAST_AFTER_X_AND_X:
            continue  # "can and cannot", "suicides and suicides among the old"
        if (mid.lower_ == "and" and a.is_alpha and a.lower_ == b.lower_ and len(a) >= 3
                and "\n" not in text[a.idx:b.idx]
                and a.lower_ not in X_AND_X_OK and not a.lower_.endswith("er")
                and not a.is_title):
            s, e = a.idx, b.idx + len(b)
            taken.update((i, i + 1, i + 2))
            out.append(Issue(s, e, "repetition", text[s:e],
                             f"‘{a.text}’ repeated around ‘and’", (a.text,), 0.8, "x-and-x"))
    for n in (4, 3, 2):
        for i in range(len(toks) - 2 * n + 1):
            if low[i] != low[i + n] or any(k in taken for k in range(i, i + 2 * n)):
                continue
            first, second = low[i:i + n], low[i + n:i + 2 * n]
            if n == 2 and ("and" in first or "or" in first):
                continue  # "more and more and": an idiom, left to the X-and-X check
            if "\n" in text[toks[i].idx:toks[i + 2 * n - 1].idx]:
                continue  # a heading repeated as the first words of the text
            if first == second and all(toks[k].is_alpha for k in range(i, i + 2 * n)):
                s, e = toks[i].idx, toks[i + 2 * n - 1].idx + len(toks[i + 2 * n - 1])
                once = " ".join(t.text for t in toks[i:i + n])
                out.append(Issue(s, e, "repetition", text[s:e], "Phrase repeated", (once,),
                                 0.9, "repeated-phrase"))
                taken.update(range(i, i + 2 * n))
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if i in taken or not a.is_alpha or a.lower_ != b.lower_ or a.lower_ in DOUBLE_OK:
            continue
        if "\n" in text[a.idx:b.idx] or (a.is_lower and b.is_title):
            continue  # a heading repeated as the first words, or "the The Times"
        s, e = a.idx, b.idx + len(b)
        out.append(Issue(s, e, "repetition", text[s:e], "Word repeated", (a.text,),
                         0.95, "repeated-word"))
    return out


#: Words before "there" that make it a place ("over there", "in there").
PLACE_BEFORE_THERE = {"over", "out", "up", "down", "in", "from", "to", "here", "back",
                      "around", "near", "get", "got", "go", "went", "stay", "stayed", "live",
                      "lived", "be", "been", "is", "was", "were", "are", "right", "just"}


#: Adverbs that follow a place "there" ("happening there everyday").
NOT_NOUNS_AFTER_THERE = {"everyday", "today", "yesterday", "tomorrow", "now", "then", "once",
                         "again", "also", "too", "before", "after", "already", "yet", "still",
                         "anyway", "instead", "alone", "together", "forever", "tonight",
                         "daily", "often", "sometimes", "first", "last", "later", "earlier"}
#: Words before "it's" after which it is a subject (it is), not a possessive.
SUBJECT_BEFORE_ITS = {"and", "but", "because", "so", "if", "when", "that", "as", "since",
                      "think", "thought", "believe", "know", "knew", "say", "said", "hope",
                      "guess", "feel", "felt", "maybe", "perhaps", "now", "then", "though",
                      "although", "while", "whether", "unless", "until", "once", "where", "or"}


def lm_confusables(toks: list[Tok], bigram: Callable[[str], int]) -> list[Issue]:
    """Confusables judged by two-word counts (SymSpell's bigram list) where word lists
    run out: ``there work`` never occurs but ``their work`` often does."""
    out: list[Issue] = []
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        if not nxt.is_alpha or not nxt.is_lower:
            continue
        word = nxt.lower_
        if (tok.lower_ == "there" and (i == 0 or toks[i - 1].lower_ not in PLACE_BEFORE_THERE)
                and word not in NOT_NOUNS_AFTER_THERE
                and bigram(f"their {word}") >= 5_000_000 and bigram(f"there {word}") == 0):
            out.append(Issue(tok.idx, tok.idx + len(tok), "confusable", tok.text,
                             "‘there’ is a place; the possessive is ‘their’",
                             (_match_case(tok.text, "their"),), 0.75, "there-their-lm"))
        elif (tok.lower_ in ("'s", "’s") and i > 1 and toks[i - 1].lower_ == "it"
              and toks[i - 1].idx + len(toks[i - 1]) == tok.idx
              and toks[i - 2].is_alpha and not toks[i - 2].lower_.endswith("ly")
              and toks[i - 2].lower_ not in SUBJECT_BEFORE_ITS):
            its = bigram(f"its {word}")
            if its >= 5_000_000 and its > 2 * bigram(f"is {word}"):
                prev = toks[i - 1]
                out.append(Issue(prev.idx, tok.idx + len(tok), "confusable",
                                 prev.text + tok.text,
                                 "‘it's’ means it is; the possessive is ‘its’",
                                 (_match_case(prev.text, "its"),), 0.75, "its-lm"))
    return out


def split_words(text: str, toks: list[Tok], known: Callable[[str], bool],
                correct: Callable[[str], str | None],
                rare: Callable[[str], bool] = lambda w: False,
                common_pair: Callable[[str, str], bool] | None = None,
                lower_word: Callable[[str], bool] | None = None) -> list[Issue]:
    """A word written as two: ``un met`` -> unmet, ``where ever`` -> wherever.

    ``lower_word`` says whether a lower-case string is a word as written (``ing`` is
    not, though ``ING`` is); it defaults to ``known``."""
    lower_word = lower_word or known
    out: list[Issue] = []
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if not (a.is_alpha and b.is_alpha) or a.whitespace_ != " ":
            continue
        la, lb = a.lower_, b.lower_
        joined = la + lb
        fix: str | None = None
        conf = 0.9
        if (la, lb) in SPLIT_PAIRS:
            fix = SPLIT_PAIRS[(la, lb)] or None
        elif la in ("demi", "quasi") and (a.is_lower or a.is_title) and known(joined):
            fix = joined  # "demi God" -> demigod
        elif la in BOUND_PREFIXES and a.is_lower and b.is_lower:
            if known(joined):
                fix = joined
            elif la in ("un", "dis", "mis", "non", "ir", "il", "pre"):
                fix = correct(joined) or (f"{la}-{lb}" if la in ("non", "pre") else None)
                conf = 0.85
        elif (a.is_lower and b.is_lower and len(joined) >= 5 and known(joined)
              and not rare(joined) and (not lower_word(la) or not lower_word(lb))):
            fix = joined
            conf = 0.85
        elif (common_pair is not None and la in FREE_PREFIXES and b.is_lower
              and not rare(joined) and not common_pair(la, lb)
              and not (i > 0 and known(toks[i - 1].lower_ + la))):  # "check out line"
            fix = joined
            conf = 0.8
        if fix:
            fixes = [fix]
            if rare(fix):  # "undisputable" exists, but "indisputable" is the usual word
                usual = correct(fix)
                if usual and usual.rstrip("s") != fix.rstrip("s"):  # not nanotube(s)
                    fixes.insert(0, usual)
            s, e = a.idx, b.idx + len(b)
            out.append(Issue(s, e, "split_word", text[s:e], "One word written as two",
                             tuple(_match_case(a.text, f) for f in fixes), conf, "split"))
    return out


#: Words that start with a "you" sound and so take "a" (a union, a useful, a European).
YOU_SOUND = ("univers", "union", "unique", "unit", "unif", "unanim", "usual", "useful",
             "use", "user", "utili", "utopia", "eu", "one-", "once")


def _short_u(word: str) -> bool:
    """A "u" before two consonants is the vowel of "utter", "urban", "unpopular"."""
    return len(word) > 2 and word[0] == "u" and word[1] not in "aeiouy" \
        and word[2] not in "aeiouy"


def _and_for_an(prev: Tok, word: str, after: Tok | None, an_count: Callable[[str], int],
                known: Callable[[str], bool]) -> float:
    """Confidence that ``prev and word`` should read ``prev an word`` (0: it should not).

    "and" cannot follow a preposition, copula or verb that wants an object ("to and
    extent"), nor an adverb before a noun ("definitely and element").  The word must be
    one that often follows "an" (bigram counts), or, when the counts do not know it, a
    plain word followed by its noun ("as and existential threat")."""
    p = prev.lower_
    if word.endswith(("ly", "ing", "ed")):
        return 0.0  # "quickly and efficiently", "seriously and advertising"
    count = an_count(word)
    if (p in FUNCTION_BEFORE_AN or (p.endswith("ly") and prev.is_alpha)) and count >= 1_000_000:
        return 0.85
    if (count == 0 and p in PREP_BEFORE_AN and known(word) and after is not None
            and after.is_alpha and after.is_lower and after.lower_ not in FUNCTION_WORDS):
        return 0.7
    return 0.0


def articles(toks: list[Tok], an_count: Callable[[str], int],
             known: Callable[[str], bool] = lambda w: False) -> list[Issue]:
    """``a``/``an``/``and`` slips: ``to and extent``, ``a extent``, ``an policy``."""
    out: list[Issue] = []
    for i in range(1, len(toks) - 1):
        prev, tok, nxt = toks[i - 1], toks[i], toks[i + 1]
        word = nxt.lower_
        if not nxt.is_alpha or not nxt.is_lower:
            continue
        if tok.lower_ == "and" and word[0] in "aeio" and word not in NOT_AN_AFTER_AND:
            conf = _and_for_an(prev, word, toks[i + 2] if i + 2 < len(toks) else None,
                               an_count, known)
            if conf:
                out.append(Issue(tok.idx, tok.idx + len(tok), "article", tok.text,
                                 "‘and’ where the article ‘an’ is meant", ("an",), conf,
                                 "and-an"))
        elif tok.lower_ == "a" and (word[0] in "aeio" or _short_u(word)) \
                and not word.startswith(("one", "once", "eu", "ewe", "oui")) \
                and word not in FUNCTION_WORDS and word not in NOT_AN_AFTER_AND:
            out.append(Issue(tok.idx, tok.idx + len(tok), "article", tok.text,
                             "‘an’ goes before a vowel sound", (_match_case(tok.text, "an"),),
                             0.9, "a-an"))
        elif tok.lower_ == "an" and (word[0] in "bcdfgjklmnpqrstvwz"
                                     or word.startswith(YOU_SOUND)):
            out.append(Issue(tok.idx, tok.idx + len(tok), "article", tok.text,
                             "‘a’ goes before a consonant sound", (_match_case(tok.text, "a"),),
                             0.9, "an-a"))
    return out
