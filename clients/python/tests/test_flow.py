"""The generated Python SDK (imvo_tracker_client) driven through a real flow
against a live server: list a collection, get a covenant with `expand`, create
a sector as an admin and patch it with `If-Match`, follow `_links.next` to the
end of a collection, read a metric.

Environment:
    IMVO_TRACKER_URL    the API's address including /v1, e.g. http://127.0.0.1:8080/v1
    IMVO_TRACKER_TOKEN  an admin JWT (`imvo-tracker token --role admin`)

.ci/clients.sh starts a server, mints the token and runs this file with pytest.
The flow writes one sector (with a fresh code) and deletes it again, so it can
run against any database, more than once.
"""

import json
import os
import uuid
from datetime import date
from http import HTTPStatus
from pathlib import Path

import pytest
from imvo_tracker_client import AuthenticatedClient, Client
from imvo_tracker_client.api.covenants import get_covenant, list_covenants
from imvo_tracker_client.api.metrics import get_overview
from imvo_tracker_client.api.organisations import list_organisations
from imvo_tracker_client.api.sectors import create_sector, delete_sector, get_sector, update_sector
from imvo_tracker_client.models import (
    CovenantExpansion,
    CovenantKind,
    CovenantList,
    CovenantView,
    OrganisationList,
    Overview,
    Problem,
    SectorInput,
    SectorPatch,
    SectorView,
)

OPENAPI = Path(__file__).resolve().parents[3] / "openapi" / "openapi.json"


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: see this file's docstring", pytrace=False)
    return value


@pytest.fixture(scope="module")
def base_url() -> str:
    return _env("IMVO_TRACKER_URL").rstrip("/")


@pytest.fixture(scope="module")
def client(base_url: str):
    with Client(base_url=base_url, raise_on_unexpected_status=True) as client:
        yield client


@pytest.fixture(scope="module")
def admin(base_url: str):
    token = _env("IMVO_TRACKER_TOKEN")
    with AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True) as admin:
        yield admin


def _all_covenants(client: Client) -> CovenantList:
    response = list_covenants.sync_detailed(client=client, page_size=100)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, CovenantList)
    return response.parsed


def test_list_covenants(client: Client, base_url: str) -> None:
    listing = _all_covenants(client)
    assert listing.items, "the seeded record has covenants"
    assert listing.page.number == 1
    assert listing.page.size == 100
    assert listing.page.total_items == len(listing.items)
    assert listing.page.total_pages == 1
    assert not listing.field_links.next_
    assert not listing.field_links.prev
    codes = [c.code for c in listing.items]
    assert codes == sorted(codes), "the default order is by code"
    for covenant in listing.items:
        assert covenant.field_links.self_.href == f"{base_url}/covenants/{covenant.code}"


def test_get_covenant_with_expand(client: Client, base_url: str) -> None:
    covenant = next(c for c in _all_covenants(client).items if c.sector)
    response = get_covenant.sync_detailed(
        covenant.code, client=client, expand=[CovenantExpansion.SECTOR, CovenantExpansion.TARGETS]
    )
    assert response.status_code == HTTPStatus.OK
    got = response.parsed
    assert isinstance(got, CovenantView)
    assert got.code == covenant.code
    assert got.title_en == covenant.title_en
    assert got.field_embedded, "expand=sector embeds the sector"
    assert isinstance(got.field_embedded.sector, SectorView)
    assert got.field_embedded.sector.code == covenant.sector
    assert got.field_embedded.sector.field_links.self_.href == f"{base_url}/sectors/{covenant.sector}"
    # Only what was asked for is embedded.
    assert not got.field_embedded.annual_reports
    assert isinstance(got.field_embedded.targets, list), "expand=targets embeds the targets"

    # Without expand nothing is embedded.
    plain = get_covenant.sync_detailed(covenant.code, client=client)
    assert plain.status_code == HTTPStatus.OK
    assert isinstance(plain.parsed, CovenantView)
    assert not plain.parsed.field_embedded

    # The ETag of a read revalidates it: 304, no body.
    etag = response.headers["ETag"]
    again = get_covenant.sync_detailed(
        covenant.code,
        client=client,
        expand=[CovenantExpansion.SECTOR, CovenantExpansion.TARGETS],
        if_none_match=etag,
    )
    assert again.status_code == HTTPStatus.NOT_MODIFIED
    assert again.content == b""

    # An unknown code is a documented 404 problem.
    missing = get_covenant.sync_detailed("no-such-covenant", client=client)
    assert missing.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(missing.parsed, Problem)
    assert missing.parsed.status == 404


def test_create_and_patch_sector_with_if_match(admin: AuthenticatedClient, client: Client, base_url: str) -> None:
    # The document's own example body, under a code no earlier run has used.
    example = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]["SectorInput"]["example"]
    body = SectorInput.from_dict(example)
    body.code = f"{example['code']}-{uuid.uuid4().hex[:8]}"

    created = create_sector.sync_detailed(client=admin, body=body)
    assert created.status_code == HTTPStatus.CREATED, created.content
    sector = created.parsed
    assert isinstance(sector, SectorView)
    assert (sector.code, sector.name_nl, sector.name_en) == (body.code, example["nameNl"], example["nameEn"])
    assert sector.field_links.self_.href == f"{base_url}/sectors/{body.code}"
    assert created.headers["Location"].endswith(f"/sectors/{body.code}")
    created_etag = created.headers["ETag"]
    try:
        # Writes need a token: the anonymous client is refused.
        anonymous = update_sector.sync_detailed(body.code, client=client, body=SectorPatch(name_en="Anonymous"))
        assert anonymous.status_code == HTTPStatus.UNAUTHORIZED
        assert isinstance(anonymous.parsed, Problem)

        # The ETag of the create answer makes the patch safe.
        patched = update_sector.sync_detailed(
            body.code, client=admin, body=SectorPatch(name_en="Electronics and ICT"), if_match=created_etag
        )
        assert patched.status_code == HTTPStatus.OK, patched.content
        assert isinstance(patched.parsed, SectorView)
        assert patched.parsed.name_en == "Electronics and ICT"
        assert patched.parsed.name_nl == example["nameNl"], "a merge patch leaves other members alone"
        patched_etag = patched.headers["ETag"]
        assert patched_etag != created_etag

        # The create's ETag is stale now: the same write is refused.
        stale = update_sector.sync_detailed(
            body.code, client=admin, body=SectorPatch(name_en="Lost update"), if_match=created_etag
        )
        assert stale.status_code == HTTPStatus.PRECONDITION_FAILED
        assert isinstance(stale.parsed, Problem)
        assert stale.parsed.status == 412

        # A read shows the patch, under the patch's ETag.
        read = get_sector.sync_detailed(body.code, client=client)
        assert read.status_code == HTTPStatus.OK
        assert isinstance(read.parsed, SectorView)
        assert read.parsed.name_en == "Electronics and ICT"
        assert read.headers["ETag"] == patched_etag
    finally:
        deleted = delete_sector.sync_detailed(body.code, client=admin)
        assert deleted.status_code == HTTPStatus.NO_CONTENT, deleted.content
    gone = get_sector.sync_detailed(body.code, client=client)
    assert gone.status_code == HTTPStatus.NOT_FOUND


def test_follow_next_links_to_the_end(client: Client, base_url: str) -> None:
    page_size = 7
    first = list_organisations.sync_detailed(client=client, page_size=page_size)
    assert first.status_code == HTTPStatus.OK
    listing = first.parsed
    assert isinstance(listing, OrganisationList)
    total = listing.page.total_items
    assert total > 2 * page_size, "the seeded record has enough organisations for three pages"
    assert not listing.field_links.prev

    ids = [o.id for o in listing.items]
    pages = 1
    http = client.get_httpx_client()
    while listing.field_links.next_:
        href = listing.field_links.next_.href
        # Links are absolute, at the address the client used.
        assert href.startswith(f"{base_url}/organisations?"), href
        response = http.get(href)
        assert response.status_code == HTTPStatus.OK, response.text
        listing = OrganisationList.from_dict(response.json())
        pages += 1
        assert listing.page.number == pages
        assert listing.page.size == page_size
        assert listing.page.total_items == total
        assert listing.field_links.prev, "every page after the first links back"
        ids.extend(o.id for o in listing.items)
        assert pages <= total, "next links must end"

    assert pages == listing.page.total_pages == -(-total // page_size)
    assert len(ids) == total
    assert len(set(ids)) == total, "no organisation twice"
    assert 0 < len(listing.items) <= page_size


def test_read_overview_metric(client: Client) -> None:
    response = get_overview.sync_detailed(client=client)
    assert response.status_code == HTTPStatus.OK
    overview = response.parsed
    assert isinstance(overview, Overview)
    assert isinstance(overview.as_of, date)
    by_status = overview.covenants_by_status
    counted = (
        by_status.exploring
        + by_status.negotiating
        + by_status.signed
        + by_status.ended
        + by_status.stalled
        + by_status.dropped
        + by_status.unknown
    )
    # The overview counts IMVO covenants only, not agreements of another kind.
    imvo = list_covenants.sync_detailed(
        client=client, page_size=100, kind=[CovenantKind.SERFACILITATED]
    )
    assert isinstance(imvo.parsed, CovenantList)
    assert counted == imvo.parsed.page.total_items
    assert overview.national_indicators, "the national indicators are tracked"

    # asOf reads the record at an earlier date.
    earlier = get_overview.sync_detailed(client=client, as_of=date(2016, 1, 1))
    assert earlier.status_code == HTTPStatus.OK
    assert isinstance(earlier.parsed, Overview)
    assert earlier.parsed.as_of == date(2016, 1, 1)
