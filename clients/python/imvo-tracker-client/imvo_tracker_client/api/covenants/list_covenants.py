import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.covenant_expansion import CovenantExpansion
from ...models.covenant_kind import CovenantKind
from ...models.covenant_list import CovenantList
from ...models.covenant_status import CovenantStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    status: list[CovenantStatus] | Unset = UNSET,
    kind: list[CovenantKind] | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    expand: list[CovenantExpansion] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_changed_since: str | Unset = UNSET
    if not isinstance(changed_since, Unset):
        json_changed_since = changed_since.isoformat()
    params["changedSince"] = json_changed_since

    json_known_at: str | Unset = UNSET
    if not isinstance(known_at, Unset):
        json_known_at = known_at.isoformat()
    params["knownAt"] = json_known_at

    json_sector: list[str] | Unset = UNSET
    if not isinstance(sector, Unset):
        json_sector = sector

    params["sector"] = json_sector

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_signed_from: str | Unset = UNSET
    if not isinstance(signed_from, Unset):
        json_signed_from = signed_from.isoformat()
    params["signedFrom"] = json_signed_from

    json_signed_to: str | Unset = UNSET
    if not isinstance(signed_to, Unset):
        json_signed_to = signed_to.isoformat()
    params["signedTo"] = json_signed_to

    params["sort"] = sort

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/covenants",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CovenantList | Problem | None:
    if response.status_code == 200:
        response_200 = CovenantList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 431:
        response_431 = Problem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CovenantList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    status: list[CovenantStatus] | Unset = UNSET,
    kind: list[CovenantKind] | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    expand: list[CovenantExpansion] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | CovenantList | Problem]:
    """List covenants

     The IMVO covenants, a page at a time, filtered by sector, status or signing date, in the order asked
    for. `expand` embeds related resources (`sector`, `annualReports`, `targets`, `workingGroups`,
    `participations`) so a dashboard needs one request.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        sector (list[str] | Unset):
        status (list[CovenantStatus] | Unset):
        kind (list[CovenantKind] | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        sort (str | Unset):
        expand (list[CovenantExpansion] | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CovenantList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        sector=sector,
        status=status,
        kind=kind,
        signed_from=signed_from,
        signed_to=signed_to,
        sort=sort,
        expand=expand,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    status: list[CovenantStatus] | Unset = UNSET,
    kind: list[CovenantKind] | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    expand: list[CovenantExpansion] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | CovenantList | Problem | None:
    """List covenants

     The IMVO covenants, a page at a time, filtered by sector, status or signing date, in the order asked
    for. `expand` embeds related resources (`sector`, `annualReports`, `targets`, `workingGroups`,
    `participations`) so a dashboard needs one request.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        sector (list[str] | Unset):
        status (list[CovenantStatus] | Unset):
        kind (list[CovenantKind] | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        sort (str | Unset):
        expand (list[CovenantExpansion] | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CovenantList | Problem
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        sector=sector,
        status=status,
        kind=kind,
        signed_from=signed_from,
        signed_to=signed_to,
        sort=sort,
        expand=expand,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    status: list[CovenantStatus] | Unset = UNSET,
    kind: list[CovenantKind] | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    expand: list[CovenantExpansion] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | CovenantList | Problem]:
    """List covenants

     The IMVO covenants, a page at a time, filtered by sector, status or signing date, in the order asked
    for. `expand` embeds related resources (`sector`, `annualReports`, `targets`, `workingGroups`,
    `participations`) so a dashboard needs one request.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        sector (list[str] | Unset):
        status (list[CovenantStatus] | Unset):
        kind (list[CovenantKind] | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        sort (str | Unset):
        expand (list[CovenantExpansion] | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CovenantList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        sector=sector,
        status=status,
        kind=kind,
        signed_from=signed_from,
        signed_to=signed_to,
        sort=sort,
        expand=expand,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    sector: list[str] | Unset = UNSET,
    status: list[CovenantStatus] | Unset = UNSET,
    kind: list[CovenantKind] | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    sort: str | Unset = UNSET,
    expand: list[CovenantExpansion] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | CovenantList | Problem | None:
    """List covenants

     The IMVO covenants, a page at a time, filtered by sector, status or signing date, in the order asked
    for. `expand` embeds related resources (`sector`, `annualReports`, `targets`, `workingGroups`,
    `participations`) so a dashboard needs one request.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        sector (list[str] | Unset):
        status (list[CovenantStatus] | Unset):
        kind (list[CovenantKind] | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        sort (str | Unset):
        expand (list[CovenantExpansion] | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CovenantList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            changed_since=changed_since,
            known_at=known_at,
            sector=sector,
            status=status,
            kind=kind,
            signed_from=signed_from,
            signed_to=signed_to,
            sort=sort,
            expand=expand,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
