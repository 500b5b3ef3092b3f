"""From raw user input to a checked, cleaned Article: the single gate every way in goes through."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator

from service.digest import InputInfo
from service.errors import EmptyInputError, InputTooLongError, InvalidEncodingError, NotArabicError
from service.options import Limits
from service.text import (
    NewsPage,
    TextProfile,
    normalize_for_model,
    parse_page,
    remove_markup,
    split_sentences,
    text_profile,
)


@dataclass(frozen=True)
class Article:
    text: str
    page: NewsPage
    sentences: list[str]
    info: InputInfo
    # How many of `sentences` each of `page.paragraphs` holds, in order; () when not recorded.
    paragraph_sizes: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def body(self) -> str:
        """The article without its page furniture (headline, deck, teasers), sections as paragraphs."""
        return "\n".join(self.page.paragraphs)

    def paragraph_sentences(self) -> Iterator[list[str]]:
        """The sentences of each paragraph in turn: `sentences` shared out by `paragraph_sizes`, or split afresh
        where the sizes do not fit (an Article made by other means)."""
        paragraphs = self.page.paragraphs
        if len(self.paragraph_sizes) != len(paragraphs) or sum(self.paragraph_sizes) != len(self.sentences):
            return map(split_sentences, paragraphs)
        return _shared_out(self.sentences, self.paragraph_sizes)


def _shared_out(items: list[str], sizes: tuple[int, ...]) -> Iterator[list[str]]:
    """Consecutive slices of `items` of the given sizes."""
    start = 0
    for size in sizes:
        yield items[start:start + size]
        start += size


def decode_utf8(data: bytes) -> str:
    """Strict UTF-8 (a BOM is allowed); the error names the first bad byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidEncodingError(
            f"the text is not valid UTF-8 (bad byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def read_limited(stream: BinaryIO, limits: Limits) -> bytes:
    """An article's bytes from a file or stdin, reading at most what `limits.max_chars` characters can take in
    UTF-8 (4 bytes each, plus a BOM) and one byte more: a larger input (even /dev/zero) is refused without being
    read whole. The character count itself is checked by `prepare_article`."""
    limit = 4 * limits.max_chars + 3
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLongError(f"the input is over {limit:,} bytes, more than {limits.max_chars:,} characters "
                                "(the limit) can take")
    return data


def check_arabic(text: str, limits: Limits) -> TextProfile:
    """The words, Arabic-script letters and all letters of an Arabic text; NotArabicError for any other, Persian
    and Urdu included (same script, other words)."""
    profile = text_profile(text)
    arabic, letters, evidence = profile.arabic_letters, profile.letters, profile.language
    if arabic < limits.min_arabic_letters or arabic / letters < limits.min_arabic_ratio:
        share = f"{arabic / letters:.0%}" if letters else "none"
        raise NotArabicError(
            f"the text does not look like Arabic news (Arabic letters: {arabic}, share of letters: {share}; "
            f"at least {limits.min_arabic_letters} and {limits.min_arabic_ratio:.0%} are needed)"
        )
    if evidence.guess != "Arabic":
        words = evidence.persian if evidence.guess == "Persian" else evidence.urdu
        raise NotArabicError(
            f"the text looks like {evidence.guess}, not Arabic ({words} {evidence.guess} words and letters against "
            f"{evidence.arabic} Arabic ones); only Arabic news can be summarised"
        )
    return profile


def prepare_article(raw: object, limits: Limits) -> Article:
    """Decode, refuse unusable input with a clear message, strip HTML, normalise and parse (`raw` is meant to be
    text or UTF-8 bytes; anything else, a JSON null included, is refused as EmptyInputError)."""
    text = decode_utf8(raw) if isinstance(raw, bytes) else raw
    if not isinstance(text, str):
        raise EmptyInputError("the article text must be a string")
    if len(text) > limits.max_chars:
        raise InputTooLongError(f"the article has {len(text):,} characters; the limit is {limits.max_chars:,}")
    text, html_stripped = remove_markup(text)
    text = normalize_for_model(text)
    if not text:
        raise EmptyInputError("the article is empty")
    profile = check_arabic(text, limits)
    page = parse_page(text)
    if not page.paragraphs:
        raise EmptyInputError("the article has a headline but no body text")
    by_paragraph = [split_sentences(paragraph) for paragraph in page.paragraphs]
    sentences = list(itertools.chain.from_iterable(by_paragraph))
    info = InputInfo(
        chars=len(text), words=profile.words, sentences=len(sentences), paragraphs=len(page.paragraphs),
        sections=len(page.headings), arabic_ratio=round(profile.arabic_letters / profile.letters, 3),
        html_stripped=html_stripped,
    )
    return Article(text=text, page=page, sentences=sentences, info=info,
                   paragraph_sizes=tuple(map(len, by_paragraph)))
