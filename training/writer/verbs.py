"""The present-tense forms a past-tense verb may take, spelled without vowels as Arabic headlines write them.

Rules cover the verb forms of news prose (أفعل, افتعل, استفعل, تفاعل; hollow, defective and assimilated
verbs); which of the candidates is right is not decided here but by the archive: a form counts only when
editors used it in the headline of an article that opens with the past form (see `training.writer.lexicon`).
"""

from __future__ import annotations

from service.engines.salience import STOPWORDS
from service.engines.writer.chunks import DANGLING, SAY_VERBS

FUNCTION_WORDS = (DANGLING | STOPWORDS) - SAY_VERBS  # words that open no verb's clause and are no object


def present_forms(past: str) -> set[str]:
    """Candidate present-tense forms (third person) of a folded past form.

    >>> "تعلن" in present_forms("اعلنت"), "يقول" in present_forms("قال"), "تدعو" in present_forms("دعت")
    (True, True, True)
    >>> "يؤكد" in present_forms("اكد")
    True
    """
    feminine = past.endswith("ت") and len(past) >= 3
    stems = ([(past[:-1], "ت")] if feminine else []) + [(past, "ي")]
    forms: set[str] = set()
    for stem, prefix in stems:
        bases = {stem}
        if stem.startswith("ا") and len(stem) >= 3:
            forms.add(prefix + "ؤ" + stem[1:])  # أكّد → يؤكد
            if len(stem) >= 4:  # أفعل, افتعل, انفعل, استفعل: the alef goes
                bases.add(stem[1:])
        if stem.startswith("و") and len(stem) == 3:  # وصل → يصل
            bases.add(stem[1:])
        for base in list(bases):
            bases.update(_weak_variants(base, feminine))
        forms.update(prefix + base for base in bases)
    return forms


def _weak_variants(base: str, feminine: bool) -> set[str]:
    """Hollow (قال → قول), defective (دعا → دعو, بنى → بني) and feminine-defective (دعت → دعو) stems."""
    variants = set()
    if len(base) >= 3 and base[-2] == "ا":
        variants.update({base[:-2] + "و" + base[-1], base[:-2] + "ي" + base[-1]})
    if base.endswith(("ي", "ا")):
        variants.update({base[:-1] + "ي", base[:-1] + "و"})
    if feminine and len(base) >= 2:
        variants.update({base + "ي", base + "و"})
    return variants


def other_gender_pasts(past: str) -> list[str]:
    """The past forms a folded past may take in the other gender: «قال» → «قالت»; a verb ending in a long vowel
    drops it or keeps it («دعا» → «دعت», «بقي» → «بقيت»; folded, «ى» is «ي»), so back from «دعت» all three
    are candidates. Only forms an archive writes are ever looked up.

    >>> other_gender_pasts("قال"), other_gender_pasts("دعا"), other_gender_pasts("دعت")
    (['قالت'], ['دعات', 'دعت'], ['دع', 'دعا', 'دعي'])
    """
    if past.endswith("ت") and len(past) > 2:
        stem = past[:-1]
        return [stem, stem + "ا", stem + "ي"]
    if past.endswith(("ي", "ا")) and len(past) > 2:
        return [past + "ت", past[:-1] + "ت"]
    return [past + "ت"]
