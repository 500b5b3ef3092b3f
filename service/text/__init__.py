"""Arabic text core: standard library only. One code path for training and serving."""

from service.text.language import (
    ScriptLanguage,
    TextProfile,
    arabic_ratio,
    count_letters,
    script_language,
    text_profile,
)
from service.text.markup import looks_like_html, remove_markup, strip_html
from service.text.normalize import (
    NORMALISATION_SPEC,
    fold_for_metrics,
    fold_word,
    metric_tokens,
    normalize_for_metrics,
    normalize_for_model,
    strip_diacritics,
)
from service.text.page import NewsPage, parse_page
from service.text.segment import (
    Section,
    first_words,
    is_heading,
    split_overlong,
    split_paragraphs,
    split_sections,
    split_sentences,
    word_count,
)

__all__ = [
    "NORMALISATION_SPEC", "NewsPage", "ScriptLanguage", "Section", "TextProfile", "arabic_ratio", "count_letters",
    "first_words", "fold_for_metrics", "fold_word", "is_heading", "looks_like_html", "metric_tokens",
    "normalize_for_metrics", "normalize_for_model", "parse_page", "remove_markup", "script_language",
    "split_overlong", "split_paragraphs", "split_sections", "split_sentences", "strip_diacritics", "strip_html",
    "text_profile", "word_count",
]
