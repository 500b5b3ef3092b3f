"""Fixtures of the HTTP tests; the helpers they use live in tests/service/api/helpers.py."""

from __future__ import annotations

from typing import Any, Iterator

import pytest
from fastapi.testclient import TestClient

from tests.service.api.helpers import app_client, make_settings


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """The default app (extractive engine), started once per test module."""
    with app_client(make_settings()) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for all the browser tests."""
    from tests.service.api.browser import CHROMIUM, chromium

    if not CHROMIUM.exists():
        pytest.skip("needs Debian chromium at /usr/bin/chromium (apt-get install chromium)")
    with chromium() as launched:
        yield launched
