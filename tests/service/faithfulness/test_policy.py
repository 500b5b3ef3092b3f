"""The flag / repair / refuse policy through the pipeline, on an engine that invents details and on a random
(untrained) bundle whose outputs are noise."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.digest import Digest
from service.errors import UnsupportedOutputError
from service.faithfulness import ArticleEvidence, check_digest
from service.options import Limits, build_options
from service.pipeline import summarize_text, summarize_texts
from tests.arabic_samples import ARTICLES, ECONOMY
from tests.service.faithfulness.helpers import INVENTED_NAME, INVENTED_NUMBER, InventingEngine

ENGINE = InventingEngine()


def options(policy: str | None):  # noqa: ANN201 - SummaryOptions
    return build_options(Limits(), faithfulness=policy)


def test_flag_reports_every_invented_detail_and_changes_nothing() -> None:
    digest = summarize_text(ENGINE, ECONOMY, options("flag"))
    found = {(finding.slot, finding.kind, finding.text) for finding in digest.checks}
    assert found == {("headline", "name", INVENTED_NAME), ("bullets[1]", "number", INVENTED_NUMBER),
                     ("summary", "name", INVENTED_NAME)}
    assert digest.headline.startswith(INVENTED_NAME) and digest.repaired == []
    assert "checks" in digest.timings_ms


def test_flag_is_the_default() -> None:
    assert summarize_text(ENGINE, ECONOMY, options(None)).checks


def test_repair_replaces_the_slots_with_extractive_text_and_says_which() -> None:
    digest = summarize_text(ENGINE, ECONOMY, options("repair"))
    assert digest.repaired == ["headline", "bullets[1]", "summary"]
    assert digest.checks == []
    assert INVENTED_NAME not in digest.headline and INVENTED_NUMBER not in " ".join(digest.bullets)
    assert INVENTED_NAME not in digest.summary and digest.summary.startswith(ECONOMY.split("،")[0])
    flagged = summarize_text(ENGINE, ECONOMY, options("flag"))
    kept = [bullet for bullet in digest.bullets if bullet in flagged.bullets]
    assert kept == [flagged.bullets[0], flagged.bullets[2]]  # the flagged bullet was replaced or dropped


def test_refuse_turns_the_article_into_an_unsupported_output_error() -> None:
    with pytest.raises(UnsupportedOutputError) as refused:
        summarize_text(ENGINE, ECONOMY, options("refuse"))
    assert refused.value.code == "unsupported_output"
    assert f"headline: name «{INVENTED_NAME}»" in refused.value.message
    assert f"bullets[1]: number «{INVENTED_NUMBER}»" in refused.value.message


def test_refuse_is_per_article_in_a_batch() -> None:
    results = summarize_texts(ENGINE, [ECONOMY, "short"], options("refuse"))
    assert isinstance(results[0], UnsupportedOutputError) and results[1].code == "empty_input" or \
        results[1].code == "not_arabic"


def test_unknown_policy_is_a_bad_option() -> None:
    with pytest.raises(Exception, match="unknown faithfulness policy 'publish'"):
        options("publish")


@pytest.fixture(scope="module")
def random_engine(tiny_bundle: Path):  # noqa: ANN201 - Seq2SeqEngine
    from service.engines.seq2seq import Seq2SeqEngine

    return Seq2SeqEngine(tiny_bundle, threads=1)


def test_a_random_bundle_gets_findings_on_most_outputs(random_engine) -> None:  # noqa: ANN001
    digests = summarize_texts(random_engine, list(ARTICLES.values()), options("flag"))
    outputs = [(digest, text) for digest in digests for text in [digest.headline, *digest.bullets, digest.summary]]
    flagged = [text for digest, text in outputs if any(f.text in text for f in digest.checks)]
    assert len(flagged) > len(outputs) / 2, [d.checks for d in digests]


def test_repair_leaves_a_random_bundle_only_supported_text(random_engine) -> None:  # noqa: ANN001
    texts = list(ARTICLES.values())
    for text, digest in zip(texts, summarize_texts(random_engine, texts, options("repair"))):
        assert isinstance(digest, Digest) and digest.repaired and digest.checks == []
        from service.article import prepare_article

        assert check_digest(ArticleEvidence(prepare_article(text, Limits()).text), digest) == []
