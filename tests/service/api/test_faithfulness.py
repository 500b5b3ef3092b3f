"""The faithfulness policy over HTTP: the server's default, a request's own choice, 422 for `refuse`."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.arabic_samples import ECONOMY, SPORTS_SHORT
from tests.service.api.helpers import app_client, make_settings, stand_in_loader
from tests.service.faithfulness.helpers import INVENTED_NAME, InventingEngine


def inventing_client(**settings: object) -> Iterator[TestClient]:
    engine = InventingEngine(make_settings().limits())
    with app_client(make_settings(engine="standin", **settings), stand_in_loader(engine)) as client:  # type: ignore[arg-type]
        yield client


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    yield from inventing_client()


def test_by_default_findings_are_reported_and_the_text_kept(client: TestClient) -> None:
    digest = client.post("/v1/summarize", json={"text": ECONOMY}).json()
    assert {"field": "headline", "index": None, "kind": "name", "text": INVENTED_NAME} in digest["checks"]
    assert digest["headline"].startswith(INVENTED_NAME) and digest["repaired"] == []
    assert client.get("/v1/info").json()["faithfulness"] == "flag"


def test_a_request_may_ask_for_repair(client: TestClient) -> None:
    digest = client.post("/v1/summarize", json={"text": ECONOMY, "faithfulness": "repair"}).json()
    assert digest["checks"] == [] and digest["repaired"][0] == "headline"
    assert INVENTED_NAME not in digest["headline"]


def test_refuse_is_422_unsupported_output_naming_what_is_unsupported(client: TestClient) -> None:
    response = client.post("/v1/summarize", json={"text": ECONOMY, "faithfulness": "refuse"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "unsupported_output" and f"headline: name «{INVENTED_NAME}»" in error["message"]


def test_refuse_in_a_batch_is_per_item(client: TestClient) -> None:
    body = {"items": [{"id": 1, "text": ECONOMY}, {"id": 2, "text": "hello"}], "faithfulness": "refuse"}
    results = client.post("/v1/summarize/batch", json=body).json()["results"]
    assert [result["error"]["code"] for result in results] == ["unsupported_output", "not_arabic"]


def test_an_unknown_policy_is_an_invalid_request(client: TestClient) -> None:
    response = client.post("/v1/summarize", json={"text": ECONOMY, "faithfulness": "publish"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_the_server_setting_is_the_default_and_a_request_overrides_it() -> None:
    for client in inventing_client(faithfulness="repair"):
        assert client.post("/v1/summarize", json={"text": SPORTS_SHORT}).json()["repaired"]
        kept = client.post("/v1/summarize", json={"text": SPORTS_SHORT, "faithfulness": "flag"}).json()
        assert kept["repaired"] == [] and kept["checks"]


def test_the_extractive_engine_has_nothing_to_report() -> None:
    with app_client(make_settings()) as client:
        digest = client.post("/v1/summarize", json={"text": ECONOMY, "faithfulness": "refuse"}).json()
    assert digest["checks"] == [] and digest["repaired"] == []
