"""The HTTP API against a real server on a loopback port (uvicorn in a thread)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from live_server import LiveServer
from store_fixtures import MEETING, make_store

from rasid.server import create_app

TOKEN = "test-token-for-ingest"
INJECTIONS = ["' OR '1'='1", "1; DROP TABLE articles; --", '" OR 1=1 --', "%' --",
              "x') UNION SELECT key, name, name, name, code FROM actors --", "IRN%' OR '%'='"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_store(tmp_path_factory.mktemp("server"))


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[httpx.Client]:
    with LiveServer(create_app(db)) as client:
        yield client


@pytest.fixture(scope="module")
def spec(api: httpx.Client) -> dict:
    return api.get("/openapi.json").json()


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("articles", "actors", "entities", "quotes", "events")}


def test_health_and_listings(api: httpx.Client) -> None:
    assert api.get("/health").json()["articles"] == 4
    first = api.get("/articles", params={"limit": 3}).json()
    rest = api.get("/articles", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert len(first["items"]) == 3 and len(rest["items"]) == 1 and rest["next_cursor"] is None
    assert {a["doc_id"] for a in first["items"] + rest["items"]} == {"a1", "b1", "c1", "f1"}
    record = api.get(f"/articles/{first['items'][1]['id']}").json()
    assert record["id"] == "b1" and record["store"]["copies_in_story"] == 3 and record["events"]
    events = api.get("/events", params={"type": "CONSULT", "country": "JOR"}).json()["items"]
    assert events and all(e["type"] == "CONSULT" for e in events)
    assert api.get("/quotes", params={"source": "site-a"}).status_code == 200
    actors = api.get("/actors", params={"name": "Safadi"}).json()["items"]
    assert actors and api.get(f"/actors/{actors[0]['id']}").json()["counts"]["mentions"] >= 3
    assert api.get("/search", params={"q": "الأردني"}).json()["totals"]["articles"] == 1
    assert api.get("/stats").json()["counts"]["stories"] == 2


def test_errors_are_json_4xx(api: httpx.Client) -> None:
    cases = [("/articles/999999", 404), ("/actors/999999", 404), ("/events?cursor=not-a-cursor", 400),
             ("/events?limit=100000", 422), ("/events?from=2024-02-31", 422), ("/articles/abc", 422),
             ("/export?format=xml", 422), ("/stats?top=0", 422)]
    for url, status in cases:
        response = api.get(url)
        assert response.status_code == status, url
        assert "error" in response.json() and "Traceback" not in response.text


def test_analyze(api: httpx.Client) -> None:
    response = api.post("/analyze", json={"text": "التقى وزير الخارجية الأردني نظيره المصري في عمان.",
                                          "published": "2024-05-02"})
    assert response.status_code == 200
    assert response.json()["events"][0]["source"]["code"] == "JORGOV"
    assert api.post("/analyze", json={"text": "   "}).status_code == 422
    assert api.post("/analyze", json={"txt": "typo"}).status_code == 422
    assert api.post("/analyze", content=b"not json", headers={"content-type": "application/json"}).status_code == 422
    huge = api.post("/analyze", json={"text": "كلمة " * 600_000})
    assert huge.status_code == 413 and "error" in huge.json()


def test_export_streams(api: httpx.Client) -> None:
    response = api.get("/export", params={"format": "cameo"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/tab-separated-values")
    assert response.text.splitlines()[0].startswith("EventID\tDate")
    plover = api.get("/export", params={"format": "plover", "once_per_story": "true"})
    assert plover.status_code == 200 and plover.text.count("\n") >= 1
    assert api.get("/export", params={"format": "parquet"}).content[:4] == b"PAR1"


def test_ingest_is_off_by_default(api: httpx.Client) -> None:
    response = api.post("/documents", json={"documents": [{"text": MEETING}]})
    assert response.status_code == 403


def test_ingest_with_the_token(tmp_path: Path) -> None:
    db = tmp_path / "ingest.db"
    with LiveServer(create_app(db, ingest_token=TOKEN)) as client:
        body = {"documents": [{"id": "m1", "text": MEETING, "source": "site-x"}, {"id": "empty", "text": " "}]}
        assert client.post("/documents", json=body).status_code == 401
        assert client.post("/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
        response = client.post("/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 201
        results = response.json()
        assert results[0]["status"] == "new" and results[1]["status"] == "failed"
        again = client.post("/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again[0]["status"] == "already stored"
        assert client.get("/health").json()["articles"] == 1


def test_no_injection_through_any_filter(api: httpx.Client, db: Path) -> None:
    before = _counts(db)
    endpoints = {"/articles": ["from", "to", "type", "actor", "country", "source", "cursor"],
                 "/events": ["type", "actor", "country", "source", "cursor"],
                 "/quotes": ["type", "actor", "country", "source"],
                 "/actors": ["name", "cursor"], "/search": ["q", "type", "actor", "country", "source"],
                 "/stats": ["from", "to"], "/export": ["q", "type", "actor", "country", "source"]}
    for path, params in endpoints.items():
        for param in params:
            for attack in INJECTIONS:
                response = api.get(path, params={param: attack})
                assert response.status_code in (200, 400, 422), (path, param, attack, response.text)
                if response.status_code == 200 and path in ("/articles", "/events", "/quotes", "/actors"):
                    assert response.json()["items"] == [], (path, param, attack)
                if response.status_code == 200 and path == "/search":
                    assert response.json()["totals"] == {"articles": 0, "quotes": 0, "events": 0}
    assert _counts(db) == before


# -- the OpenAPI contract, by property: whatever the parameters, a JSON answer of the declared shape

def _param_strategy(schema: dict) -> st.SearchStrategy:
    kinds = {s.get("type") for s in schema.get("anyOf", [schema])}
    if "integer" in kinds:
        return st.integers(-5, 2000)
    if "boolean" in kinds:
        return st.booleans()
    return st.one_of(st.text(max_size=20), st.sampled_from(INJECTIONS + ["2024-05-02", "CONSULT", "IRN", "٢٠٢٤"]))


def _operations(spec: dict) -> list[tuple[str, list[dict]]]:
    return [(path, ops["get"].get("parameters", [])) for path, ops in spec["paths"].items() if "get" in ops]


def _response_schema(spec: dict, path: str) -> dict | None:
    content = spec["paths"][path]["get"]["responses"]["200"].get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return {**schema, "components": spec["components"]} if schema else None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_openapi_contract_holds_for_any_parameters(api: httpx.Client, spec: dict, data: st.DataObject) -> None:
    path, parameters = data.draw(st.sampled_from(_operations(spec)), label="operation")
    url, query = path, {}
    for p in parameters:
        if p["in"] == "path":
            url = url.replace("{" + p["name"] + "}", str(data.draw(st.integers(-3, 10), label=p["name"])))
        elif data.draw(st.booleans(), label=f"send {p['name']}"):
            query[p["name"]] = data.draw(_param_strategy(p["schema"]), label=p["name"])
    response = api.get(url, params=query)
    assert response.status_code in (200, 400, 404, 422), (url, query, response.text[:300])
    if response.status_code != 200:
        assert "error" in response.json()
        return
    if not response.headers["content-type"].startswith("application/json"):
        assert path == "/export"  # the only endpoint answering in other formats
        return
    schema = _response_schema(spec, path)
    assert schema is not None, path
    jsonschema.validate(response.json(), schema)
