"""English decree rules: acts signed or issued, with signatory, date, number and subject.

A decree, an order or a resolution counts when it is signed, issued or adopted, and
when it is named as in force ("the mobilization decree", "Decree No. 647"). A law
counts only when it is signed ("signed the law", "signed the bill into law"): a law
that parliament passed, adopted or approved is no event, nor is a bill or a draft.
Vetoes cancel acts that are demanded, drafted, not (yet) signed or only possibly signed.
"""

from conflictevents.pack import Context, Rule, RuleSet, Table, Veto

# Words that say what an act is about, by the subject they give it.
_SUBJECTS = {
    "mobilization": [
        "mobilization",
        "mobilisation",
        "partial mobilization",
        "partial mobilisation",
        "general mobilization",
        "general mobilisation",
        "mobilize",
        "mobilise",
        "mobilizing",
        "mobilising",
        "mobilized",
        "mobilised",
        "mobilizes",
        "mobilises",
        "be mobilized",
        "be mobilised",
        "reservists",
        "martial law and mobilization",
    ],
    "conscription": [
        "conscription",
        "spring conscription",
        "autumn conscription",
        "call-up",
        "call up",
        "callup",
        "spring call-up",
        "autumn call-up",
        "draft",
        "spring draft",
        "autumn draft",
        "fall draft",
        "conscripts",
        "military service",
        "recruitment",
        "compulsory military service",
        "conscription campaign",
    ],
    "demobilization": [
        "demobilization",
        "demobilisation",
        "demobilize",
        "demobilise",
        "demobilized",
        "demobilised",
        "discharge",
        "discharged",
        "end of mobilization",
        "end of the mobilization",
    ],
    "exemption": [
        "exemption",
        "exemptions",
        "exempt",
        "exempts",
        "exempted",
        "exempting",
        "deferment",
        "deferments",
        "deferral",
        "deferrals",
        "reservation",
        "reserved",
        "reserving",
        "booking",
        "booked",
    ],
}

_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

RULES = RuleSet(
    event="decree",
    cue=r"(?<!\w)(?:\L<decree_act>|\L<law_act>|decreed)(?!\w)",
    tables={"decree_subject": Table("subject", _SUBJECTS)},
    lists={
        # Acts that are in force once signed, issued or adopted.
        "decree_act": [
            "decree",
            "decrees",
            "executive order",
            "executive orders",
            "order",
            "resolution",
            "resolutions",
            "edict",
            "edicts",
            "ukaz",
        ],
        # Acts in force only once signed: parliament passes or adopts laws too.
        "law_act": ["law", "laws"],
        # What a signature turns "into law".
        "bill": ["bill", "bills", "legislation", "measure", "amendments", "law", "it", "them"],
        # Acts whose bare mention implies they are in force ("the mobilization decree").
        "decree_noun": ["decree", "decrees", "executive order", "ukaz", "edict", "order"],
        # Acts that a possessive attributes to their signer ("Putin's decree"); "Putin's
        # order to advance" is a command, so "order" needs a subject ("Putin's mobilization order").
        "owned_act": ["decree", "decrees", "executive order", "edict", "ukaz"],
        # Active verbs that put a decree, an order or a resolution in force.
        "sign": [
            "signed",
            "signs",
            "sign",
            "signing",
            "has signed",
            "had signed",
            "have signed",
            "issued",
            "issues",
            "issuing",
            "has issued",
            "had issued",
            "enacted",
            "adopted",
            "adopts",
            "has adopted",
            "had adopted",
            "approved",
            "approves",
            "has approved",
            "had approved",
            "promulgated",
            "signed off on",
        ],
        # Active verbs that put a law in force: only a signature does.
        "sign_law": ["signed", "signs", "sign", "signing", "has signed", "had signed", "have signed"],
        # Participles of a decree put in force ("the decree, signed by ...").
        "signed_pp": ["signed", "issued", "adopted", "approved", "promulgated", "enacted"],
        # Any form of a verb that would put an act in force (for the vetoes).
        "sign_verb": [
            "sign",
            "signs",
            "signed",
            "signing",
            "issue",
            "issues",
            "issued",
            "issuing",
            "adopt",
            "adopts",
            "adopted",
            "approve",
            "approves",
            "approved",
            "enact",
            "enacts",
            "enacted",
            "promulgate",
        ],
        # Present forms that "once" and "until" make future ("once the president signs").
        "sign_present": ["sign", "signs", "issue", "issues", "adopt", "adopts", "approve", "approves"],
        # Words that link two phrases and so cannot stand between a verb and its act.
        "not_adj": [
            "in",
            "into",
            "to",
            "of",
            "on",
            "for",
            "with",
            "by",
            "and",
            "or",
            "not",
            "no",
            "at",
            "from",
            "that",
            "which",
            "under",
            "than",
            "as",
        ],
        "have": ["has", "had", "have", "now", "then", "later", "subsequently"],
        # "a series of decrees"
        "group_of": ["series", "package", "set", "number", "pair", "raft", "batch", "slew"],
        "be": ["was", "were", "is", "are", "has been", "had been", "have been"],
        "det": ["a", "an", "the", "his", "her", "its", "another", "new", "two", "three"],
        # Words between an act and its subject ("a decree on", "an order declaring").
        "about": [
            "on",
            "about",
            "regarding",
            "concerning",
            "for",
            "ordering",
            "announcing",
            "declaring",
            "launching",
            "extending",
            "introducing",
            "granting",
            "that allows",
            "allowing",
        ],
        "about_strict": ["on", "about", "regarding", "concerning", "announcing", "declaring"],
        # Modifiers between "on" and the subject ("on the spring call-up").
        "subject_mod": [
            "the",
            "a",
            "an",
            "new",
            "partial",
            "general",
            "spring",
            "autumn",
            "fall",
            "annual",
            "regular",
            "next",
            "second",
            "full",
        ],
        "signed_when": [
            "also",
            "already",
            "formally",
            "finally",
            "officially",
            "reportedly",
            "personally",
            "quickly",
            "late",
            "earlier",
            "this week",
            "last week",
            "just",
        ],
        # What puts a following signature in doubt: negation, modality, a condition.
        "unsigned": [
            "not",
            "never",
            "no longer",
            "yet to",
            "refuse to",
            "refuses to",
            "refused to",
            "refusing to",
            "decline to",
            "declines to",
            "declined to",
            "refrain from",
            "refrains from",
            "refrained from",
            "refraining from",
            "fail to",
            "fails to",
            "failed to",
            "could",
            "would",
            "may",
            "might",
            "will",
            "shall",
            "should",
            "must",
            "can",
            "cannot",
            "to",
        ],
        "unsigned_adverb": ["yet", "soon", "also", "formally", "personally", "officially", "immediately", "quickly"],
        # Capitalised words that are no signer's name: function words, institutions, places, dates.
        "nonname": [
            "A",
            "An",
            "On",
            "In",
            "At",
            "By",
            "For",
            "And",
            "But",
            "Or",
            "So",
            "As",
            "If",
            "Under",
            "With",
            "Without",
            "Through",
            "Despite",
            "According",
            "From",
            "To",
            "Of",
            "Following",
            "During",
            "Amid",
            "Per",
            "Via",
            "After",
            "Before",
            "Since",
            "When",
            "While",
            "Then",
            "Now",
            "Also",
            "Earlier",
            "Later",
            "Meanwhile",
            "However",
            "Today",
            "Yesterday",
            "Tonight",
            "Last",
            "This",
            "Next",
            "It",
            "He",
            "She",
            "They",
            "We",
            "I",
            "Kremlin",
            "Pentagon",
            "Cabinet",
            "Government",
            "Ministers",
            "Ministry",
            "Parliament",
            "Rada",
            "Verkhovna",
            "Duma",
            "Senate",
            "Congress",
            "Assembly",
            "Council",
            "Presidium",
            "Office",
            "Presidency",
            "Junta",
            "Army",
            "State",
            "White House",
            "Moscow",
            "Kyiv",
            "Kiev",
            "Minsk",
            "Russia",
            "Ukraine",
            "Belarus",
            "Lawmakers",
            "Deputies",
            "Officials",
            "Authorities",
            *_MONTH_NAMES,
        ],
        # Lower-case particles inside names ("Abdel Fattah al-Burhan", "Ursula von der Leyen").
        "particle": ["al", "el", "bin", "ibn", "de", "da", "di", "van", "von", "der", "le", "la"],
    },
    macros={
        # One word of a person's name: capitalised, not a title nor a word that is no name.
        "NAMEWORD": (
            r"(?<![\p{L}\p{M}'’])(?!(?i:\L<title>|\L<nonname>|\L<weekday>)(?![\p{L}\p{M}-]))"
            r"\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*|['’]\p{Lu}[\p{L}\p{M}]*)*"
        ),
        "PERSON": r"(?-i:{NAMEWORD}(?:[ \u00a0](?:\L<particle>[ -])?{NAMEWORD}){0,3})",
        # "Burkina Faso's", "Russia's" before the signer's titles.
        "POSS": r"(?-i:(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}]*)?['’]s)",
        # Titles, then the name as ``signatory`` ("Burkina Faso's junta leader Captain Ibrahim Traore").
        "SIGNATORY": r"(?:{POSS}\s+)?(?:(?<!\w)\L<title>\s+){0,4}(?P<signatory>{PERSON})",
        # A signer before an active verb, with the date or an adverb between ("Putin on Friday signed").
        "SIGNER_PRE": r"(?:{SIGNATORY},?\s+(?:(?:(?:on\s+)?(?P<date>{DATE})|\L<signed_when>|\L<have>),?\s+){0,3})?",
        # A word between the verb and the act ("a new presidential decree"): no act, no link word.
        "ADJ": r"(?:(?!(?:\L<decree_act>|\L<law_act>|\L<not_adj>)(?!\w))[\w-]+\s+|\L<group_of>\s+of\s+)",
        # "No. 647", "No 254/2024", "#254", "№ 69/2022"
        "MARKED_NUMBER": r"\s+(?:No\.?|Nr\.?|number|#|№)\s*(?P<number>\d+(?:[/-]\w+)*)",
        # "Executive Order 14024": two or more digits that are no date, quantity or count of people.
        "BARE_NUMBER": r"\s+(?!{DATE})(?P<number>\d{2,}(?:[/-]\w+)*)(?![\w,.]\d|\w|\s*\L<unit>(?!\w)|\s+\L<people>(?!\w))",
        "NUMBER": r"(?:{MARKED_NUMBER}|{BARE_NUMBER})?",
        # The signing date right after the act ("a decree on Thursday (31)", "Decree No. 64 of 24 February").
        "WHEN": r"(?:,?\s+(?:(?:on|dated|of)\s+)?(?P<date>{DATE})(?!\w))?",
        # A Belarusian or Russian call-up decree is "on discharge from active duty, conscription
        # and ...": the discharge that opens its title is routine, the call-up is what it is about.
        "ABOUT": (
            r"(?:\s+\L<about>\s+(?:(?:discharge|retirement|release)\s+(?:[\w-]+\s+){0,4}?(?:to|from|into)\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:and\s+)?(?=conscription|call-up|draft))?"
            r"(?:\L<subject_mod>\s+){0,2}(?P<subject>\L<decree_subject>)(?!\w))?"
        ),
        # Adverbs and the date after a participle or a verb ("signed late on Thursday").
        "AFTER": r"(?:\s+(?:(?:on\s+)?(?P<date>{DATE})(?!\w)|\L<signed_when>)){0,2}",
        # "by X" after a participle, then the date ("signed by Putin on March 30").
        "AGENT": r"{AFTER}(?:\s+by\s+(?:{SIGNATORY}|the\s+[\w-]+(?:\s+of\s+[\w-]+)?)(?:\s+(?:on\s+)?(?P<date>{DATE})(?!\w))?)?",
        # From an act to its participle: "decree, which was", "decree was", "order on X of Y was".
        "TO_PARTICIPLE": (
            r"(?:,?\s+(?:(?:which|that)\s+)?(?:\L<be>\s+)?"
            r"|(?:\s+(?!\L<unsigned>(?!\w))[\w-]+){1,6}?\s+\L<be>\s+"
            # a participle phrase: "A law lowering the mobilisation age from 27 to 25 has been signed"
            r"|\s+(?!\L<unsigned>(?!\w))[\w-]+ing(?:\s+[\w'’,-]+){1,10}?\s+\L<be>\s+)(?:\L<signed_when>\s+)?"
        ),
    },
    rules=[
        # "Russian President Vladimir Putin signed a decree on Thursday (31) ordering the call-up ..."
        Rule(
            "signed",
            r"{SIGNER_PRE}(?<!\w)\L<sign>\s+(?:\L<det>\s+)?(?:(?P<subject>\L<decree_subject>)\s+|{ADJ}){0,2}"
            r"(?P<anchor>\L<decree_act>)(?!\w){NUMBER}{WHEN}{ABOUT}",
        ),
        # "Kyrgyz President Sadyr Japarov signed a law on Monday abolishing ..."
        Rule(
            "signed_law",
            r"{SIGNER_PRE}(?<!\w)\L<sign_law>\s+(?:\L<det>\s+)?(?:(?P<subject>\L<decree_subject>)\s+|{ADJ}){0,2}"
            r"(?P<anchor>\L<law_act>)(?!\w){NUMBER}{WHEN}{ABOUT}",
        ),
        # "Zelensky signed into law a bill ...", "Putin signed the bill into law on Thursday"
        Rule(
            "into_law",
            r"{SIGNER_PRE}(?<!\w)\L<sign_law>\s+(?:(?:\L<det>\s+)?(?:[\w-]+\s+){0,3}?\L<bill>\s+)?(?P<anchor>into\s+law)(?!\w){WHEN}",
        ),
        # "The decree, signed by President Vladimir Putin on March 30, ...", "A decree signed on March 31 by Putin"
        Rule(
            "signed_by",
            r"(?:(?<!\w)(?P<subject>\L<decree_subject>)\s+)?(?<!\w)(?P<anchor>\L<decree_act>)(?!\w){NUMBER}{WHEN}{ABOUT}"
            r"{TO_PARTICIPLE}\L<signed_pp>(?!\w){AGENT}",
        ),
        # "Law No. 3633-IX, signed by Zelensky on Tuesday, ..."
        Rule(
            "law_signed_by",
            r"(?<!\w)(?P<anchor>\L<law_act>)(?!\w){NUMBER}{WHEN}{ABOUT}{TO_PARTICIPLE}signed(?!\w){AGENT}",
        ),
        # "The decree on demobilization, which Putin signed on Friday, ...", "the order that the governor signed"
        Rule(
            "signed_relative",
            r"(?:(?<!\w)(?P<subject>\L<decree_subject>)\s+)?(?<!\w)(?P<anchor>\L<decree_act>|\L<law_act>)(?!\w){NUMBER}{ABOUT}"
            r"(?:,?\s+(?:that|which)\s+|\s+)(?:{SIGNATORY}|(?:the|his|her)\s+(?:\L<title>\s+){0,2}\L<title>|he|she)"
            r"\s+(?:(?:has|had|just|also)\s+)?(?:signed|issued)(?!\w)(?!\s+(?:a|an|the|his|her|its|their|it|this)\s){AFTER}",
        ),
        # "Partial mobilization was decreed by President Putin on 21 September"
        Rule(
            "decreed",
            r"(?<!\w)(?P<subject>\L<decree_subject>)\s+(?:[\w-]+\s+){0,3}?\L<be>\s+(?:\L<signed_when>\s+)?"
            r"(?P<anchor>decreed)(?!\w){AGENT}",
        ),
        # "Decree No. 647 on partial mobilization", "resolution No. 76 on the reservation of ..."
        Rule(
            "numbered",
            r"(?:(?<!\w)(?P<subject>\L<decree_subject>)\s+)?(?<!\w)(?:(?P<anchor>\L<decree_act>){MARKED_NUMBER}"
            r"|(?-i:(?=\p{Lu}))(?P<anchor>\L<decree_act>){BARE_NUMBER}){WHEN}{ABOUT}",
        ),
        # "Vladimir Putin's decree on partial mobilization", "Putin's mobilization order"
        Rule(
            "owned",
            r"(?:{SIGNATORY}|(?<!\w)(?:\L<title>\s+){0,2}\L<title>)['’]s\s+(?:(?P<subject>\L<decree_subject>)\s+(?P<anchor>\L<decree_noun>)|(?:[\w-]+\s+)?(?P<anchor>\L<owned_act>))"
            r"(?!\w){NUMBER}{ABOUT}",
        ),
        # "The conscription law was brought into force on Saturday by order of Senior General Min Aung
        # Hlaing", "Min Aung Hlaing activated the conscription law on Feb. 10": an order puts it in force
        Rule(
            "by_order_of",
            r"(?<!\w)(?P<subject>\L<decree_subject>)\s+(?P<anchor>law|act)\s+(?:\L<be>\s+)?(?:brought|put|came|entered)\s+into\s+"
            r"(?:force|effect){AFTER}\s+by\s+(?:an?\s+|the\s+)?(?:order|decree|edict)\s+of\s+{SIGNATORY}",
        ),
        Rule(
            "activated",
            r"{SIGNATORY},?\s+(?:(?:(?:on\s+)?(?P<date>{DATE})|\L<signed_when>|\L<have>),?\s+){0,3}"
            r"(?:activated|enacted|invoked)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?P<subject>\L<decree_subject>)\s+"
            r"(?P<anchor>law|act)(?!\w){WHEN}",
        ),
        # "the mobilization decree"
        Rule("subject_decree", r"(?<!\w)(?P<subject>\L<decree_subject>)\s+(?P<anchor>\L<decree_noun>)(?!\w)"),
        # "the decree on partial mobilization", "the presidential decree of March 24 on the autumn draft"
        Rule(
            "decree_on_subject",
            r"(?<!\w)(?P<anchor>\L<decree_noun>)(?!\w){NUMBER}(?:\s+(?:of|dated)\s+(?P<date>{DATE})(?!\w))?"
            r"\s+\L<about_strict>\s+(?:\L<subject_mod>\s+){0,2}(?P<subject>\L<decree_subject>)(?!\w)",
        ),
    ],
    vetoes=[
        # A bill, a draft or a plan is no act in force ("the spring draft decree" is one).
        Veto(
            "draft",
            r"(?<!\w)(?<!(?:spring|autumn|fall|winter|summer|annual)\s)(?:draft|proposed|planned)\s+(?:[\w-]+\s+)?(?:\L<decree_act>|\L<law_act>)(?!\w)",
        ),
        # A demanded act is not (yet) in force.
        Veto(
            "demand",
            r"(?<!\w)(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?\s+for|await(?:s|ed|ing)?"
            r"|wait(?:s|ed|ing)?\s+for|want(?:s|ed|ing)?|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for"
            r"|petition(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:\L<decree_act>|\L<law_act>)(?!\w)",
        ),
        # Not signed, not yet, or only possibly: "did not sign the new decree on demobilization",
        # "has yet to sign the law", "could sign a decree", "expected to sign it into law".
        Veto(
            "unsigned",
            r"(?:(?<!\w)\L<unsigned>|n't)\s+(?:\L<unsigned_adverb>\s+){0,2}\L<sign_verb>\s+(?:[\w-]+\s+){0,4}?(?:\L<decree_act>|\L<law_act>)(?!\w)",
        ),
        # A condition or a denial: "if Putin signs a mobilization decree", "once the president signs
        # the law", "denied that Putin had signed a new mobilization decree".
        Veto(
            "condition",
            r"(?<!\w)(?:(?:if|unless|whether|den(?:y|ies|ied)\s+that)\s+(?:[\w-]+\s+){0,4}?\L<sign_verb>|(?:once|until|when)\s+(?:[\w-]+\s+){0,4}?\L<sign_present>)"
            r"\s+(?:[\w-]+\s+){0,4}?(?:\L<decree_act>|\L<law_act>)(?!\w)",
        ),
        # "there was no decree on a new mobilization wave"
        Veto("no_act", r"(?<!\w)no\s+(?:[\w-]+\s+){0,2}?(?:\L<decree_act>|\L<law_act>)(?!\w)"),
        # A call-up notice served on one man is no decree: "he received a mobilization order".
        Veto(
            "summons",
            r"(?<!\w)(?:receiv(?:e|es|ed|ing)|handed|served\s+with|deliver(?:s|ed|ing)?|got|gets)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?\L<decree_noun>(?!\w)",
        ),
        # "law enforcement", "martial law" name no law that is signed.
        Veto(
            "other_sense",
            r"(?<!\w)(?:law[\s-]+enforcement|martial\s+law|in\s+order\s+to|(?:restore|restored|restoring|maintain|keep|public|law\s+and)\s+order)(?!\w)",
        ),
        # Resolutions of international bodies are no act of a state.
        Veto(
            "international",
            r"(?<!\w)(?:(?-i:UN|U\.N\.)|United\s+Nations|Security\s+Council|General\s+Assembly|European\s+Parliament|Parliamentary\s+Assembly|OSCE|NATO|European\s+Council)"
            r"\s+(?:[\w-]+\s+){0,3}?resolutions?(?!\w)|(?<!\w)resolutions?\s+(?:[\w-]+\s+){0,3}?by\s+the\s+(?:(?-i:UN|U\.N\.)|United\s+Nations|Security\s+Council|General\s+Assembly|European\s+Parliament)",
        ),
    ],
    context=[
        # The nearest date in the sentence, unless it bounds a period ("until August 23", "from May 14")
        # or says when the act takes effect ("takes effect on May 1").
        Context(
            "date",
            r"(?<!(?:from|until|till|through|to|by|before|after|since|between|and|than|effect|effective|force|starting|beginning|expires?)\s{1,20}(?:on\s{1,20})?)"
            r"(?:(?<!\w)(?:on|dated)\s+)?(?P<date>{DATE})(?!\w)",
        ),
        Context("subject", r"(?<!\w)(?P<subject>\L<decree_subject>)(?!\w)", document=True),
        Context("signed_by", r"(?<!\w)(?:signed|issued)\s+by\s+{SIGNATORY}"),
    ],
)
