from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.motion_input import MotionInput
from ...models.motion_view import MotionView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MotionInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/motions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MotionView | Problem | None:
    if response.status_code == 201:
        response_201 = MotionView.from_dict(response.json())

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
) -> Response[MotionView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MotionInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[MotionView | Problem]:
    """Create a motion

     Records a motion (admins only). Its dossier and number must not be recorded yet (409), and every
    covenant it names must exist.

    Args:
        idempotency_key (str | Unset):
        body (MotionInput): What a client writes: the body of `POST /v1/motions` and
            `PUT /v1/motions/{id}`, and what a merge patch applies to. Example: {'dossier': '26 485',
            'number': 301, 'title': 'Motie over de monitoring van de IMVO-convenanten', 'submitters':
            ['Van Laar'], 'submittedOn': '2019-05-15', 'request': 'Verzoekt de regering de Kamer
            jaarlijks te informeren over de voortgang van de IMVO-convenanten.', 'status':
            'submitted', 'covenants': ['textile'], 'source': 'Tweede Kamer, officiële publicaties'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MotionView | Problem]
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
    body: MotionInput,
    idempotency_key: str | Unset = UNSET,
) -> MotionView | Problem | None:
    """Create a motion

     Records a motion (admins only). Its dossier and number must not be recorded yet (409), and every
    covenant it names must exist.

    Args:
        idempotency_key (str | Unset):
        body (MotionInput): What a client writes: the body of `POST /v1/motions` and
            `PUT /v1/motions/{id}`, and what a merge patch applies to. Example: {'dossier': '26 485',
            'number': 301, 'title': 'Motie over de monitoring van de IMVO-convenanten', 'submitters':
            ['Van Laar'], 'submittedOn': '2019-05-15', 'request': 'Verzoekt de regering de Kamer
            jaarlijks te informeren over de voortgang van de IMVO-convenanten.', 'status':
            'submitted', 'covenants': ['textile'], 'source': 'Tweede Kamer, officiële publicaties'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MotionView | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MotionInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[MotionView | Problem]:
    """Create a motion

     Records a motion (admins only). Its dossier and number must not be recorded yet (409), and every
    covenant it names must exist.

    Args:
        idempotency_key (str | Unset):
        body (MotionInput): What a client writes: the body of `POST /v1/motions` and
            `PUT /v1/motions/{id}`, and what a merge patch applies to. Example: {'dossier': '26 485',
            'number': 301, 'title': 'Motie over de monitoring van de IMVO-convenanten', 'submitters':
            ['Van Laar'], 'submittedOn': '2019-05-15', 'request': 'Verzoekt de regering de Kamer
            jaarlijks te informeren over de voortgang van de IMVO-convenanten.', 'status':
            'submitted', 'covenants': ['textile'], 'source': 'Tweede Kamer, officiële publicaties'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MotionView | Problem]
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
    body: MotionInput,
    idempotency_key: str | Unset = UNSET,
) -> MotionView | Problem | None:
    """Create a motion

     Records a motion (admins only). Its dossier and number must not be recorded yet (409), and every
    covenant it names must exist.

    Args:
        idempotency_key (str | Unset):
        body (MotionInput): What a client writes: the body of `POST /v1/motions` and
            `PUT /v1/motions/{id}`, and what a merge patch applies to. Example: {'dossier': '26 485',
            'number': 301, 'title': 'Motie over de monitoring van de IMVO-convenanten', 'submitters':
            ['Van Laar'], 'submittedOn': '2019-05-15', 'request': 'Verzoekt de regering de Kamer
            jaarlijks te informeren over de voortgang van de IMVO-convenanten.', 'status':
            'submitted', 'covenants': ['textile'], 'source': 'Tweede Kamer, officiële publicaties'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MotionView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
