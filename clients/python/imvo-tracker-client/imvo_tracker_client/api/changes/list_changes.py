from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_list import ChangeList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/changes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChangeList | Problem | None:
    if response.status_code == 200:
        response_200 = ChangeList.from_dict(response.json())

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
) -> Response[Any | ChangeList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | ChangeList | Problem]:
    """Read the change feed

     Every create, update and delete of every resource, oldest first, in the
    order they were committed: the kind of resource, its identifier and link,
    its version, when, and the resource as it was right after the change
    (`null` for a delete). Poll it to keep a copy of the record up to date:
    read from the start (no `after`) once, then follow `next` for ever. A
    change is never skipped, however transactions interleave, and the feed
    keeps every change since the service began: a cursor never expires.
    Who made each change is in the admin-only audit trail.

    Args:
        after (str | Unset):
        limit (int | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangeList | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
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
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | ChangeList | Problem | None:
    """Read the change feed

     Every create, update and delete of every resource, oldest first, in the
    order they were committed: the kind of resource, its identifier and link,
    its version, when, and the resource as it was right after the change
    (`null` for a delete). Poll it to keep a copy of the record up to date:
    read from the start (no `after`) once, then follow `next` for ever. A
    change is never skipped, however transactions interleave, and the feed
    keeps every change since the service began: a cursor never expires.
    Who made each change is in the admin-only audit trail.

    Args:
        after (str | Unset):
        limit (int | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangeList | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | ChangeList | Problem]:
    """Read the change feed

     Every create, update and delete of every resource, oldest first, in the
    order they were committed: the kind of resource, its identifier and link,
    its version, when, and the resource as it was right after the change
    (`null` for a delete). Poll it to keep a copy of the record up to date:
    read from the start (no `after`) once, then follow `next` for ever. A
    change is never skipped, however transactions interleave, and the feed
    keeps every change since the service began: a cursor never expires.
    Who made each change is in the admin-only audit trail.

    Args:
        after (str | Unset):
        limit (int | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChangeList | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | ChangeList | Problem | None:
    """Read the change feed

     Every create, update and delete of every resource, oldest first, in the
    order they were committed: the kind of resource, its identifier and link,
    its version, when, and the resource as it was right after the change
    (`null` for a delete). Poll it to keep a copy of the record up to date:
    read from the start (no `after`) once, then follow `next` for ever. A
    change is never skipped, however transactions interleave, and the feed
    keeps every change since the service began: a cursor never expires.
    Who made each change is in the admin-only audit trail.

    Args:
        after (str | Unset):
        limit (int | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChangeList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
