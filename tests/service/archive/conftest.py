"""Archive fixtures."""

from __future__ import annotations

import pytest

from tests.service.archive.samples import make_articles


@pytest.fixture
def articles() -> list[dict[str, str]]:
    """Twelve distinct articles with ids n00000..n00011."""
    return make_articles(12)
