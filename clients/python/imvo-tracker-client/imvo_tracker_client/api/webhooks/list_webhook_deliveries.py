from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook_delivery_list import WebhookDeliveryList
from ...models.webhook_delivery_state import WebhookDeliveryState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    state: list[WebhookDeliveryState] | Unset = UNSET,
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

    json_state: list[str] | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = []
        for state_item_data in state:
            state_item = state_item_data.value
            json_state.append(state_item)

    params["state"] = json_state

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhook-subscriptions/{id}/deliveries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | WebhookDeliveryList | None:
    if response.status_code == 200:
        response_200 = WebhookDeliveryList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[Any | Problem | WebhookDeliveryList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    state: list[WebhookDeliveryState] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | Problem | WebhookDeliveryList]:
    """List a subscription's deliveries

     What was sent, or is to be sent, to the subscription, newest first:
    each change with its state, when it will be tried next, and every
    attempt with the target's status or what went wrong. A delivered one is
    kept for 30 days (the deployment's `WEBHOOK_RETENTION_DAYS`); pending and
    failed ones until they are delivered.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        state (list[WebhookDeliveryState] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | WebhookDeliveryList]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        state=state,
        sort=sort,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    state: list[WebhookDeliveryState] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | Problem | WebhookDeliveryList | None:
    """List a subscription's deliveries

     What was sent, or is to be sent, to the subscription, newest first:
    each change with its state, when it will be tried next, and every
    attempt with the target's status or what went wrong. A delivered one is
    kept for 30 days (the deployment's `WEBHOOK_RETENTION_DAYS`); pending and
    failed ones until they are delivered.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        state (list[WebhookDeliveryState] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | WebhookDeliveryList
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        page_size=page_size,
        state=state,
        sort=sort,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    state: list[WebhookDeliveryState] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Response[Any | Problem | WebhookDeliveryList]:
    """List a subscription's deliveries

     What was sent, or is to be sent, to the subscription, newest first:
    each change with its state, when it will be tried next, and every
    attempt with the target's status or what went wrong. A delivered one is
    kept for 30 days (the deployment's `WEBHOOK_RETENTION_DAYS`); pending and
    failed ones until they are delivered.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        state (list[WebhookDeliveryState] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | WebhookDeliveryList]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        page_size=page_size,
        state=state,
        sort=sort,
        if_none_match=if_none_match,
        if_modified_since=if_modified_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    state: list[WebhookDeliveryState] | Unset = UNSET,
    sort: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
) -> Any | Problem | WebhookDeliveryList | None:
    """List a subscription's deliveries

     What was sent, or is to be sent, to the subscription, newest first:
    each change with its state, when it will be tried next, and every
    attempt with the target's status or what went wrong. A delivered one is
    kept for 30 days (the deployment's `WEBHOOK_RETENTION_DAYS`); pending and
    failed ones until they are delivered.

    Args:
        id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        state (list[WebhookDeliveryState] | Unset):
        sort (str | Unset):
        if_none_match (str | Unset):
        if_modified_since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | WebhookDeliveryList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            page_size=page_size,
            state=state,
            sort=sort,
            if_none_match=if_none_match,
            if_modified_since=if_modified_since,
        )
    ).parsed
