import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.motion_list import MotionList
from ...models.motion_status import MotionStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    changed_since: datetime.datetime | Unset = UNSET,
    known_at: datetime.datetime | Unset = UNSET,
    dossier: list[str] | Unset = UNSET,
    number: list[int] | Unset = UNSET,
    status: list[MotionStatus] | Unset = UNSET,
    covenant: list[str] | Unset = UNSET,
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

    json_dossier: list[str] | Unset = UNSET
    if not isinstance(dossier, Unset):
        json_dossier = dossier

    params["dossier"] = json_dossier

    json_number: list[int] | Unset = UNSET
    if not isinstance(number, Unset):
        json_number = number

    params["number"] = json_number

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_covenant: list[str] | Unset = UNSET
    if not isinstance(covenant, Unset):
        json_covenant = covenant

    params["covenant"] = json_covenant

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/motions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MotionList | Problem | None:
    if response.status_code == 200:
        response_200 = MotionList.from_dict(response.json())

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
) -> Response[Any | MotionList | Problem]:
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
    dossier: list[str] | Unset = UNSET,
    number: list[int] | Unset = UNSET,
    status: list[MotionStatus] | Unset = UNSET,
    covenant: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | MotionList | Problem]:
    """List motions

     Motions of the Tweede Kamer about the covenants, a page at a time, filtered by Kamerstuk dossier and
    number, status or the covenant they concern, in the order asked for. `?dossier=26%20485&number=224`
    finds Kamerstuk 26 485, nr. 224.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        dossier (list[str] | Unset):
        number (list[int] | Unset):
        status (list[MotionStatus] | Unset):
        covenant (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MotionList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        dossier=dossier,
        number=number,
        status=status,
        covenant=covenant,
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
    dossier: list[str] | Unset = UNSET,
    number: list[int] | Unset = UNSET,
    status: list[MotionStatus] | Unset = UNSET,
    covenant: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | MotionList | Problem | None:
    """List motions

     Motions of the Tweede Kamer about the covenants, a page at a time, filtered by Kamerstuk dossier and
    number, status or the covenant they concern, in the order asked for. `?dossier=26%20485&number=224`
    finds Kamerstuk 26 485, nr. 224.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        dossier (list[str] | Unset):
        number (list[int] | Unset):
        status (list[MotionStatus] | Unset):
        covenant (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MotionList | Problem
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        dossier=dossier,
        number=number,
        status=status,
        covenant=covenant,
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
    dossier: list[str] | Unset = UNSET,
    number: list[int] | Unset = UNSET,
    status: list[MotionStatus] | Unset = UNSET,
    covenant: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | MotionList | Problem]:
    """List motions

     Motions of the Tweede Kamer about the covenants, a page at a time, filtered by Kamerstuk dossier and
    number, status or the covenant they concern, in the order asked for. `?dossier=26%20485&number=224`
    finds Kamerstuk 26 485, nr. 224.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        dossier (list[str] | Unset):
        number (list[int] | Unset):
        status (list[MotionStatus] | Unset):
        covenant (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MotionList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        changed_since=changed_since,
        known_at=known_at,
        dossier=dossier,
        number=number,
        status=status,
        covenant=covenant,
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
    dossier: list[str] | Unset = UNSET,
    number: list[int] | Unset = UNSET,
    status: list[MotionStatus] | Unset = UNSET,
    covenant: list[str] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | MotionList | Problem | None:
    """List motions

     Motions of the Tweede Kamer about the covenants, a page at a time, filtered by Kamerstuk dossier and
    number, status or the covenant they concern, in the order asked for. `?dossier=26%20485&number=224`
    finds Kamerstuk 26 485, nr. 224.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        changed_since (datetime.datetime | Unset):
        known_at (datetime.datetime | Unset):
        dossier (list[str] | Unset):
        number (list[int] | Unset):
        status (list[MotionStatus] | Unset):
        covenant (list[str] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MotionList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            changed_since=changed_since,
            known_at=known_at,
            dossier=dossier,
            number=number,
            status=status,
            covenant=covenant,
            sort=sort,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
