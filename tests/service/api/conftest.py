"""Fixtures of the HTTP tests; the helpers they use live in tests/service/api/helpers.py."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.service.api.helpers import app_client, make_settings


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """The default app (extractive engine), started once per test module."""
    with app_client(make_settings()) as test_client:
        yield test_client
