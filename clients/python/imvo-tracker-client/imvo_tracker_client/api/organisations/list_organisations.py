import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.country_code import CountryCode
from ...models.organisation_kind import OrganisationKind
from ...models.organisation_list import OrganisationList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    kind: list[OrganisationKind] | Unset = UNSET,
    country: list[CountryCode] | Unset = UNSET,
    name: str | Unset = UNSET,
    kvk_number: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
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

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = []
        for country_item_data in country:
            country_item = country_item_data.value
            json_country.append(country_item)

    params["country"] = json_country

    params["name"] = name

    json_kvk_number: list[str] | Unset = UNSET
    if not isinstance(kvk_number, Unset):
        json_kvk_number = kvk_number

    params["kvkNumber"] = json_kvk_number

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OrganisationList | Problem | None:
    if response.status_code == 200:
        response_200 = OrganisationList.from_dict(response.json())

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
) -> Response[Any | OrganisationList | Problem]:
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
    kind: list[OrganisationKind] | Unset = UNSET,
    country: list[CountryCode] | Unset = UNSET,
    name: str | Unset = UNSET,
    kvk_number: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | OrganisationList | Problem]:
    """List organisations

     The organisations that take part in covenants or are counted by the indicators, a page at a time,
    filtered by kind, country, KvK number or a part of the name (ignoring case), in the order asked for.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        kind (list[OrganisationKind] | Unset):
        country (list[CountryCode] | Unset):
        name (str | Unset):
        kvk_number (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OrganisationList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        kind=kind,
        country=country,
        name=name,
        kvk_number=kvk_number,
        sort=sort,
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
    kind: list[OrganisationKind] | Unset = UNSET,
    country: list[CountryCode] | Unset = UNSET,
    name: str | Unset = UNSET,
    kvk_number: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | OrganisationList | Problem | None:
    """List organisations

     The organisations that take part in covenants or are counted by the indicators, a page at a time,
    filtered by kind, country, KvK number or a part of the name (ignoring case), in the order asked for.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        kind (list[OrganisationKind] | Unset):
        country (list[CountryCode] | Unset):
        name (str | Unset):
        kvk_number (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OrganisationList | Problem
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        kind=kind,
        country=country,
        name=name,
        kvk_number=kvk_number,
        sort=sort,
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
    kind: list[OrganisationKind] | Unset = UNSET,
    country: list[CountryCode] | Unset = UNSET,
    name: str | Unset = UNSET,
    kvk_number: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | OrganisationList | Problem]:
    """List organisations

     The organisations that take part in covenants or are counted by the indicators, a page at a time,
    filtered by kind, country, KvK number or a part of the name (ignoring case), in the order asked for.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        kind (list[OrganisationKind] | Unset):
        country (list[CountryCode] | Unset):
        name (str | Unset):
        kvk_number (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OrganisationList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        kind=kind,
        country=country,
        name=name,
        kvk_number=kvk_number,
        sort=sort,
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
    kind: list[OrganisationKind] | Unset = UNSET,
    country: list[CountryCode] | Unset = UNSET,
    name: str | Unset = UNSET,
    kvk_number: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | OrganisationList | Problem | None:
    """List organisations

     The organisations that take part in covenants or are counted by the indicators, a page at a time,
    filtered by kind, country, KvK number or a part of the name (ignoring case), in the order asked for.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        kind (list[OrganisationKind] | Unset):
        country (list[CountryCode] | Unset):
        name (str | Unset):
        kvk_number (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OrganisationList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            changed_since=changed_since,
            known_at=known_at,
            kind=kind,
            country=country,
            name=name,
            kvk_number=kvk_number,
            sort=sort,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
