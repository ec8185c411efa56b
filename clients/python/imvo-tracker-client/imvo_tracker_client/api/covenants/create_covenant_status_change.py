from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.status_change_input import StatusChangeInput
from ...models.status_change_view import StatusChangeView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    body: StatusChangeInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/covenants/{code}/status-changes".format(
            code=quote(str(code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StatusChangeView | None:
    if response.status_code == 201:
        response_201 = StatusChangeView.from_dict(response.json())

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
) -> Response[Problem | StatusChangeView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: StatusChangeInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StatusChangeView]:
    """Record a status change

     Records the covenant's status from a date (admins only): one change per covenant and date (409
    naming the date). `letter`, when given, must exist (400).

    Args:
        code (str):
        idempotency_key (str | Unset):
        body (StatusChangeInput): What a client writes: the body of
            `POST /v1/covenants/{code}/status-changes` and of a replace, and what a
            merge patch applies to. One change per covenant and date. Example: {'status': 'signed',
            'on': '2016-07-04', 'onPrecision': 'day', 'basis': 'changed', 'source': 'Convenant
            Duurzame Kleding en Textiel, ondertekend op 4 juli 2016', 'note': 'The day of the signing
            that the letters give as July 2016.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatusChangeView]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: StatusChangeInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StatusChangeView | None:
    """Record a status change

     Records the covenant's status from a date (admins only): one change per covenant and date (409
    naming the date). `letter`, when given, must exist (400).

    Args:
        code (str):
        idempotency_key (str | Unset):
        body (StatusChangeInput): What a client writes: the body of
            `POST /v1/covenants/{code}/status-changes` and of a replace, and what a
            merge patch applies to. One change per covenant and date. Example: {'status': 'signed',
            'on': '2016-07-04', 'onPrecision': 'day', 'basis': 'changed', 'source': 'Convenant
            Duurzame Kleding en Textiel, ondertekend op 4 juli 2016', 'note': 'The day of the signing
            that the letters give as July 2016.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatusChangeView
    """

    return sync_detailed(
        code=code,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: StatusChangeInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | StatusChangeView]:
    """Record a status change

     Records the covenant's status from a date (admins only): one change per covenant and date (409
    naming the date). `letter`, when given, must exist (400).

    Args:
        code (str):
        idempotency_key (str | Unset):
        body (StatusChangeInput): What a client writes: the body of
            `POST /v1/covenants/{code}/status-changes` and of a replace, and what a
            merge patch applies to. One change per covenant and date. Example: {'status': 'signed',
            'on': '2016-07-04', 'onPrecision': 'day', 'basis': 'changed', 'source': 'Convenant
            Duurzame Kleding en Textiel, ondertekend op 4 juli 2016', 'note': 'The day of the signing
            that the letters give as July 2016.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StatusChangeView]
    """

    kwargs = _get_kwargs(
        code=code,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: StatusChangeInput,
    idempotency_key: str | Unset = UNSET,
) -> Problem | StatusChangeView | None:
    """Record a status change

     Records the covenant's status from a date (admins only): one change per covenant and date (409
    naming the date). `letter`, when given, must exist (400).

    Args:
        code (str):
        idempotency_key (str | Unset):
        body (StatusChangeInput): What a client writes: the body of
            `POST /v1/covenants/{code}/status-changes` and of a replace, and what a
            merge patch applies to. One change per covenant and date. Example: {'status': 'signed',
            'on': '2016-07-04', 'onPrecision': 'day', 'basis': 'changed', 'source': 'Convenant
            Duurzame Kleding en Textiel, ondertekend op 4 juli 2016', 'note': 'The day of the signing
            that the letters give as July 2016.'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StatusChangeView
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
