from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.webhook_subscription import WebhookSubscription
from ...models.webhook_subscription_input import WebhookSubscriptionInput
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookSubscriptionInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook-subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WebhookSubscription | None:
    if response.status_code == 201:
        response_201 = WebhookSubscription.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
) -> Response[Problem | WebhookSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | WebhookSubscription]:
    """Subscribe to changes

     From now on, every create, update and delete of the resource types
    named is `POST`ed to `url`, as the change feed shows it, signed as the
    Standard Webhooks specification says (`webhook-id`: the change's feed
    cursor; `webhook-timestamp`; `webhook-signature`: HMAC-SHA256 with the
    secret). Deliveries arrive at least once (deduplicate by `webhook-id`)
    and, per resource, in order. A target that answers anything but a 2xx
    gets the delivery again after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10
    and 10 hours; after that the subscription is disabled and says why. A
    `410 Gone` answer disables it at once. Any token may subscribe; the
    subscription belongs to the token's subject. For a copy of what happened
    before, or to catch up after a pause, read the change feed.

    Args:
        idempotency_key (str | Unset):
        body (WebhookSubscriptionInput): What a client writes: the body of `POST /v1/webhook-
            subscriptions` and
            `PUT /v1/webhook-subscriptions/{id}`, and what a merge patch applies to. Example: {'url':
            'https://ngo.example.org/hooks/imvo', 'resourceTypes': ['covenant', 'participation'],
            'secret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | WebhookSubscription | None:
    """Subscribe to changes

     From now on, every create, update and delete of the resource types
    named is `POST`ed to `url`, as the change feed shows it, signed as the
    Standard Webhooks specification says (`webhook-id`: the change's feed
    cursor; `webhook-timestamp`; `webhook-signature`: HMAC-SHA256 with the
    secret). Deliveries arrive at least once (deduplicate by `webhook-id`)
    and, per resource, in order. A target that answers anything but a 2xx
    gets the delivery again after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10
    and 10 hours; after that the subscription is disabled and says why. A
    `410 Gone` answer disables it at once. Any token may subscribe; the
    subscription belongs to the token's subject. For a copy of what happened
    before, or to catch up after a pause, read the change feed.

    Args:
        idempotency_key (str | Unset):
        body (WebhookSubscriptionInput): What a client writes: the body of `POST /v1/webhook-
            subscriptions` and
            `PUT /v1/webhook-subscriptions/{id}`, and what a merge patch applies to. Example: {'url':
            'https://ngo.example.org/hooks/imvo', 'resourceTypes': ['covenant', 'participation'],
            'secret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | WebhookSubscription]:
    """Subscribe to changes

     From now on, every create, update and delete of the resource types
    named is `POST`ed to `url`, as the change feed shows it, signed as the
    Standard Webhooks specification says (`webhook-id`: the change's feed
    cursor; `webhook-timestamp`; `webhook-signature`: HMAC-SHA256 with the
    secret). Deliveries arrive at least once (deduplicate by `webhook-id`)
    and, per resource, in order. A target that answers anything but a 2xx
    gets the delivery again after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10
    and 10 hours; after that the subscription is disabled and says why. A
    `410 Gone` answer disables it at once. Any token may subscribe; the
    subscription belongs to the token's subject. For a copy of what happened
    before, or to catch up after a pause, read the change feed.

    Args:
        idempotency_key (str | Unset):
        body (WebhookSubscriptionInput): What a client writes: the body of `POST /v1/webhook-
            subscriptions` and
            `PUT /v1/webhook-subscriptions/{id}`, and what a merge patch applies to. Example: {'url':
            'https://ngo.example.org/hooks/imvo', 'resourceTypes': ['covenant', 'participation'],
            'secret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WebhookSubscriptionInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | WebhookSubscription | None:
    """Subscribe to changes

     From now on, every create, update and delete of the resource types
    named is `POST`ed to `url`, as the change feed shows it, signed as the
    Standard Webhooks specification says (`webhook-id`: the change's feed
    cursor; `webhook-timestamp`; `webhook-signature`: HMAC-SHA256 with the
    secret). Deliveries arrive at least once (deduplicate by `webhook-id`)
    and, per resource, in order. A target that answers anything but a 2xx
    gets the delivery again after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10
    and 10 hours; after that the subscription is disabled and says why. A
    `410 Gone` answer disables it at once. Any token may subscribe; the
    subscription belongs to the token's subject. For a copy of what happened
    before, or to catch up after a pause, read the change feed.

    Args:
        idempotency_key (str | Unset):
        body (WebhookSubscriptionInput): What a client writes: the body of `POST /v1/webhook-
            subscriptions` and
            `PUT /v1/webhook-subscriptions/{id}`, and what a merge patch applies to. Example: {'url':
            'https://ngo.example.org/hooks/imvo', 'resourceTypes': ['covenant', 'participation'],
            'secret': 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WebhookSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
