"""Faithfulness guard: numbers, name-like words and negations in generated text must be supported by the article.

`check_digest` finds them (`Digest.checks`); `FaithfulnessGuard` applies the request's policy (flag, repair,
refuse) and is what the pipeline runs for every engine. `unsupported_findings` is the one-call form used by
evaluation. Importing this package imports neither torch nor FastAPI.
"""

from service.article import Article
from service.digest import Digest, Finding
from service.faithfulness.check import check_digest, check_text
from service.faithfulness.evidence import ArticleEvidence
from service.faithfulness.policy import FaithfulnessGuard, describe


def unsupported_findings(article: Article, digest: Digest) -> list[Finding]:
    """The findings of one Digest against its article."""
    return check_digest(ArticleEvidence(article.text), digest)


__all__ = ["ArticleEvidence", "FaithfulnessGuard", "check_digest", "check_text", "describe", "unsupported_findings"]
