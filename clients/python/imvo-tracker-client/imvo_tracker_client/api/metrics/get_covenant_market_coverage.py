import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.market_coverage import MarketCoverage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
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
        "url": "/covenants/{code}/market-coverage".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MarketCoverage | Problem | None:
    if response.status_code == 200:
        response_200 = MarketCoverage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Any | MarketCoverage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | MarketCoverage | Problem]:
    """Market coverage of a covenant

     At `asOf`: the participations recorded as active then (joined on or
    before, not left on or before), how many are companies, and the sum of
    their market shares as a ratio from 0 to 1 (capped at 1; participants
    without a share are counted apart). When no active participant has a
    market share the coverage cannot be computed: `computedCoverage` is
    `null`, not 0, and `notComputed` gives the reason as a code
    (`noParticipants`, `noMarketShares`) and a sentence. Beside it, as what
    they are, the figures the covenant itself reported (`reportedFigures`:
    its `market-coverage` and `participants` measurements up to `asOf`, each
    with its source), and its `market-coverage` target progress: latest
    measurement with its source, series, least-squares projection and status
    (the rule of every metric, as for the 90% indicator: see `ProgressStatus`).

    Args:
        code (str):
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarketCoverage | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
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
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | MarketCoverage | Problem | None:
    """Market coverage of a covenant

     At `asOf`: the participations recorded as active then (joined on or
    before, not left on or before), how many are companies, and the sum of
    their market shares as a ratio from 0 to 1 (capped at 1; participants
    without a share are counted apart). When no active participant has a
    market share the coverage cannot be computed: `computedCoverage` is
    `null`, not 0, and `notComputed` gives the reason as a code
    (`noParticipants`, `noMarketShares`) and a sentence. Beside it, as what
    they are, the figures the covenant itself reported (`reportedFigures`:
    its `market-coverage` and `participants` measurements up to `asOf`, each
    with its source), and its `market-coverage` target progress: latest
    measurement with its source, series, least-squares projection and status
    (the rule of every metric, as for the 90% indicator: see `ProgressStatus`).

    Args:
        code (str):
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarketCoverage | Problem
    """

    return sync_detailed(
        code=code,
        client=client,
        as_of=as_of,
        known_at=known_at,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | MarketCoverage | Problem]:
    """Market coverage of a covenant

     At `asOf`: the participations recorded as active then (joined on or
    before, not left on or before), how many are companies, and the sum of
    their market shares as a ratio from 0 to 1 (capped at 1; participants
    without a share are counted apart). When no active participant has a
    market share the coverage cannot be computed: `computedCoverage` is
    `null`, not 0, and `notComputed` gives the reason as a code
    (`noParticipants`, `noMarketShares`) and a sentence. Beside it, as what
    they are, the figures the covenant itself reported (`reportedFigures`:
    its `market-coverage` and `participants` measurements up to `asOf`, each
    with its source), and its `market-coverage` target progress: latest
    measurement with its source, series, least-squares projection and status
    (the rule of every metric, as for the 90% indicator: see `ProgressStatus`).

    Args:
        code (str):
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarketCoverage | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        as_of=as_of,
        known_at=known_at,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    as_of: datetime.date | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | MarketCoverage | Problem | None:
    """Market coverage of a covenant

     At `asOf`: the participations recorded as active then (joined on or
    before, not left on or before), how many are companies, and the sum of
    their market shares as a ratio from 0 to 1 (capped at 1; participants
    without a share are counted apart). When no active participant has a
    market share the coverage cannot be computed: `computedCoverage` is
    `null`, not 0, and `notComputed` gives the reason as a code
    (`noParticipants`, `noMarketShares`) and a sentence. Beside it, as what
    they are, the figures the covenant itself reported (`reportedFigures`:
    its `market-coverage` and `participants` measurements up to `asOf`, each
    with its source), and its `market-coverage` target progress: latest
    measurement with its source, series, least-squares projection and status
    (the rule of every metric, as for the 90% indicator: see `ProgressStatus`).

    Args:
        code (str):
        as_of (datetime.date | Unset):
        known_at (datetime.datetime | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarketCoverage | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            as_of=as_of,
            known_at=known_at,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
