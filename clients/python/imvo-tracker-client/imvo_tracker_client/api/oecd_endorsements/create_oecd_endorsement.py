from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.oecd_endorsement_input import OecdEndorsementInput
from ...models.oecd_endorsement_view import OecdEndorsementView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: OecdEndorsementInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organisations/{id}/oecd-endorsements".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OecdEndorsementView | Problem | None:
    if response.status_code == 201:
        response_201 = OecdEndorsementView.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[OecdEndorsementView | Problem]:
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
    body: OecdEndorsementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[OecdEndorsementView | Problem]:
    """Record an OECD endorsement

     Records that the organisation endorses the OECD Guidelines from `endorsedOn` (admins only). The
    organisation must exist (404), and the period must not overlap another endorsement of it (409 naming
    that one); to record a withdrawal, set `withdrawnOn` on the existing endorsement instead.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (OecdEndorsementInput): What a client writes: the body of
            `POST /v1/organisations/{id}/oecd-endorsements` and
            `PUT /v1/organisations/{id}/oecd-endorsements/{endorsementId}`, and what a
            merge patch applies to. The organisation endorses from `endorsedOn` up to
            the day before `withdrawnOn`; one organisation's periods must not
            overlap. Example: {'endorsedOn': '2018-01-01', 'evidenceUrl':
            'https://www.abnamro.com/en/about-abn-amro/our-company/sustainability', 'source':
            'Transparantiebenchmark 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OecdEndorsementView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: OecdEndorsementInput,
    idempotency_key: str | Unset = UNSET,
) -> OecdEndorsementView | Problem | None:
    """Record an OECD endorsement

     Records that the organisation endorses the OECD Guidelines from `endorsedOn` (admins only). The
    organisation must exist (404), and the period must not overlap another endorsement of it (409 naming
    that one); to record a withdrawal, set `withdrawnOn` on the existing endorsement instead.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (OecdEndorsementInput): What a client writes: the body of
            `POST /v1/organisations/{id}/oecd-endorsements` and
            `PUT /v1/organisations/{id}/oecd-endorsements/{endorsementId}`, and what a
            merge patch applies to. The organisation endorses from `endorsedOn` up to
            the day before `withdrawnOn`; one organisation's periods must not
            overlap. Example: {'endorsedOn': '2018-01-01', 'evidenceUrl':
            'https://www.abnamro.com/en/about-abn-amro/our-company/sustainability', 'source':
            'Transparantiebenchmark 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OecdEndorsementView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: OecdEndorsementInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[OecdEndorsementView | Problem]:
    """Record an OECD endorsement

     Records that the organisation endorses the OECD Guidelines from `endorsedOn` (admins only). The
    organisation must exist (404), and the period must not overlap another endorsement of it (409 naming
    that one); to record a withdrawal, set `withdrawnOn` on the existing endorsement instead.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (OecdEndorsementInput): What a client writes: the body of
            `POST /v1/organisations/{id}/oecd-endorsements` and
            `PUT /v1/organisations/{id}/oecd-endorsements/{endorsementId}`, and what a
            merge patch applies to. The organisation endorses from `endorsedOn` up to
            the day before `withdrawnOn`; one organisation's periods must not
            overlap. Example: {'endorsedOn': '2018-01-01', 'evidenceUrl':
            'https://www.abnamro.com/en/about-abn-amro/our-company/sustainability', 'source':
            'Transparantiebenchmark 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OecdEndorsementView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: OecdEndorsementInput,
    idempotency_key: str | Unset = UNSET,
) -> OecdEndorsementView | Problem | None:
    """Record an OECD endorsement

     Records that the organisation endorses the OECD Guidelines from `endorsedOn` (admins only). The
    organisation must exist (404), and the period must not overlap another endorsement of it (409 naming
    that one); to record a withdrawal, set `withdrawnOn` on the existing endorsement instead.

    Args:
        id (int):
        idempotency_key (str | Unset):
        body (OecdEndorsementInput): What a client writes: the body of
            `POST /v1/organisations/{id}/oecd-endorsements` and
            `PUT /v1/organisations/{id}/oecd-endorsements/{endorsementId}`, and what a
            merge patch applies to. The organisation endorses from `endorsedOn` up to
            the day before `withdrawnOn`; one organisation's periods must not
            overlap. Example: {'endorsedOn': '2018-01-01', 'evidenceUrl':
            'https://www.abnamro.com/en/about-abn-amro/our-company/sustainability', 'source':
            'Transparantiebenchmark 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OecdEndorsementView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
