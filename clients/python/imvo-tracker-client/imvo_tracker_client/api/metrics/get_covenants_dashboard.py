import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.covenants_dashboard import CovenantsDashboard
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["asOf"] = json_as_of

    json_known_at: str | Unset = UNSET
    if not isinstance(known_at, Unset):
        json_known_at = known_at.isoformat()
    params["knownAt"] = json_known_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metrics/covenants",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CovenantsDashboard | Problem | None:
    if response.status_code == 200:
        response_200 = CovenantsDashboard.from_dict(response.json())

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
) -> Response[Any | CovenantsDashboard | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | CovenantsDashboard | Problem]:
    """Every covenant's figures in one call

     What a dashboard shows, in one answer: each covenant track the overview
    counts at `asOf`, with its status then, its participants at each year
    end, its market coverage (computed and reported, against its target)
    and every target's progress; and the national figures: the overview and
    the 90% indicator. Each figure is the one its own endpoint answers.

    Args:
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CovenantsDashboard | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        known_at=known_at,
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
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | CovenantsDashboard | Problem | None:
    """Every covenant's figures in one call

     What a dashboard shows, in one answer: each covenant track the overview
    counts at `asOf`, with its status then, its participants at each year
    end, its market coverage (computed and reported, against its target)
    and every target's progress; and the national figures: the overview and
    the 90% indicator. Each figure is the one its own endpoint answers.

    Args:
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CovenantsDashboard | Problem
    """

    return sync_detailed(
        client=client,
        as_of=as_of,
        known_at=known_at,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | CovenantsDashboard | Problem]:
    """Every covenant's figures in one call

     What a dashboard shows, in one answer: each covenant track the overview
    counts at `asOf`, with its status then, its participants at each year
    end, its market coverage (computed and reported, against its target)
    and every target's progress; and the national figures: the overview and
    the 90% indicator. Each figure is the one its own endpoint answers.

    Args:
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CovenantsDashboard | Problem]
    """

    kwargs = _get_kwargs(
        as_of=as_of,
        known_at=known_at,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | CovenantsDashboard | Problem | None:
    """Every covenant's figures in one call

     What a dashboard shows, in one answer: each covenant track the overview
    counts at `asOf`, with its status then, its participants at each year
    end, its market coverage (computed and reported, against its target)
    and every target's progress; and the national figures: the overview and
    the 90% indicator. Each figure is the one its own endpoint answers.

    Args:
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CovenantsDashboard | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            as_of=as_of,
            known_at=known_at,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
