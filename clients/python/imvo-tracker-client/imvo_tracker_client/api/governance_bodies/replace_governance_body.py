from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.governance_body_input import GovernanceBodyInput
from ...models.governance_body_view import GovernanceBodyView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: GovernanceBodyInput,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/governance-bodies/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GovernanceBodyView | Problem | None:
    if response.status_code == 200:
        response_200 = GovernanceBodyView.from_dict(response.json())

        return response_200

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = Problem.from_dict(response.json())

        return response_414

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[GovernanceBodyView | Problem]:
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
    body: GovernanceBodyInput,
    if_match: str | Unset = UNSET,
) -> Response[GovernanceBodyView | Problem]:
    """Replace a governance body

     Replaces the body's fields (admins only). A name another body of the covenant has is a 409.

    Args:
        id (int):
        if_match (str | Unset):
        body (GovernanceBodyInput): What a client writes: the body of `POST /v1/governance-bodies`
            and
            `PUT /v1/governance-bodies/{id}`, and what a merge patch applies to. Example: {'covenant':
            'textile', 'kind': 'monitoringCommittee', 'name': 'Onafhankelijke monitoringscommissie',
            'duties': "Supervises the monitoring of the covenant's progress and the quality of the
            annual report.", 'membersAsStated': 'Three independent members', 'source': 'Jaarrapportage
            textielconvenant 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GovernanceBodyView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: GovernanceBodyInput,
    if_match: str | Unset = UNSET,
) -> GovernanceBodyView | Problem | None:
    """Replace a governance body

     Replaces the body's fields (admins only). A name another body of the covenant has is a 409.

    Args:
        id (int):
        if_match (str | Unset):
        body (GovernanceBodyInput): What a client writes: the body of `POST /v1/governance-bodies`
            and
            `PUT /v1/governance-bodies/{id}`, and what a merge patch applies to. Example: {'covenant':
            'textile', 'kind': 'monitoringCommittee', 'name': 'Onafhankelijke monitoringscommissie',
            'duties': "Supervises the monitoring of the covenant's progress and the quality of the
            annual report.", 'membersAsStated': 'Three independent members', 'source': 'Jaarrapportage
            textielconvenant 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GovernanceBodyView | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: GovernanceBodyInput,
    if_match: str | Unset = UNSET,
) -> Response[GovernanceBodyView | Problem]:
    """Replace a governance body

     Replaces the body's fields (admins only). A name another body of the covenant has is a 409.

    Args:
        id (int):
        if_match (str | Unset):
        body (GovernanceBodyInput): What a client writes: the body of `POST /v1/governance-bodies`
            and
            `PUT /v1/governance-bodies/{id}`, and what a merge patch applies to. Example: {'covenant':
            'textile', 'kind': 'monitoringCommittee', 'name': 'Onafhankelijke monitoringscommissie',
            'duties': "Supervises the monitoring of the covenant's progress and the quality of the
            annual report.", 'membersAsStated': 'Three independent members', 'source': 'Jaarrapportage
            textielconvenant 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GovernanceBodyView | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: GovernanceBodyInput,
    if_match: str | Unset = UNSET,
) -> GovernanceBodyView | Problem | None:
    """Replace a governance body

     Replaces the body's fields (admins only). A name another body of the covenant has is a 409.

    Args:
        id (int):
        if_match (str | Unset):
        body (GovernanceBodyInput): What a client writes: the body of `POST /v1/governance-bodies`
            and
            `PUT /v1/governance-bodies/{id}`, and what a merge patch applies to. Example: {'covenant':
            'textile', 'kind': 'monitoringCommittee', 'name': 'Onafhankelijke monitoringscommissie',
            'duties': "Supervises the monitoring of the covenant's progress and the quality of the
            annual report.", 'membersAsStated': 'Three independent members', 'source': 'Jaarrapportage
            textielconvenant 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GovernanceBodyView | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
