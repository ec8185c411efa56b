from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ngo_assessment_input import NgoAssessmentInput
from ...models.ngo_assessment_view import NgoAssessmentView
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NgoAssessmentInput,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ngo-assessments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NgoAssessmentView | Problem | None:
    if response.status_code == 201:
        response_201 = NgoAssessmentView.from_dict(response.json())

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
) -> Response[NgoAssessmentView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NgoAssessmentInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[NgoAssessmentView | Problem]:
    """Record an NGO assessment

     Records an NGO's assessment of a covenant or a theme (admins only). Its `title` must be unused
    (409); `covenant` must name a covenant (400).

    Args:
        idempotency_key (str | Unset):
        body (NgoAssessmentInput): What a client writes: the body of `POST /v1/ngo-assessments`
            and
            `PUT /v1/ngo-assessments/{id}`, and what a merge patch applies to. Example: {'title':
            'Schaduwrapport Convenant Duurzame Kleding en Textiel 2018', 'kind': 'shadowReport',
            'author': 'Schone Kleren Campagne', 'covenant': 'textile', 'publishedOn': '2018-10-01',
            'publishedOnPrecision': 'month', 'findings': 'Few participating brands disclose what they
            do about living wages in their supply chains.', 'url': 'https://schonekleren.nl',
            'source': 'Schone Kleren Campagne, schaduwrapport 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NgoAssessmentView | Problem]
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
    body: NgoAssessmentInput,
    idempotency_key: str | Unset = UNSET,
) -> NgoAssessmentView | Problem | None:
    """Record an NGO assessment

     Records an NGO's assessment of a covenant or a theme (admins only). Its `title` must be unused
    (409); `covenant` must name a covenant (400).

    Args:
        idempotency_key (str | Unset):
        body (NgoAssessmentInput): What a client writes: the body of `POST /v1/ngo-assessments`
            and
            `PUT /v1/ngo-assessments/{id}`, and what a merge patch applies to. Example: {'title':
            'Schaduwrapport Convenant Duurzame Kleding en Textiel 2018', 'kind': 'shadowReport',
            'author': 'Schone Kleren Campagne', 'covenant': 'textile', 'publishedOn': '2018-10-01',
            'publishedOnPrecision': 'month', 'findings': 'Few participating brands disclose what they
            do about living wages in their supply chains.', 'url': 'https://schonekleren.nl',
            'source': 'Schone Kleren Campagne, schaduwrapport 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NgoAssessmentView | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NgoAssessmentInput,
    idempotency_key: str | Unset = UNSET,
) -> Response[NgoAssessmentView | Problem]:
    """Record an NGO assessment

     Records an NGO's assessment of a covenant or a theme (admins only). Its `title` must be unused
    (409); `covenant` must name a covenant (400).

    Args:
        idempotency_key (str | Unset):
        body (NgoAssessmentInput): What a client writes: the body of `POST /v1/ngo-assessments`
            and
            `PUT /v1/ngo-assessments/{id}`, and what a merge patch applies to. Example: {'title':
            'Schaduwrapport Convenant Duurzame Kleding en Textiel 2018', 'kind': 'shadowReport',
            'author': 'Schone Kleren Campagne', 'covenant': 'textile', 'publishedOn': '2018-10-01',
            'publishedOnPrecision': 'month', 'findings': 'Few participating brands disclose what they
            do about living wages in their supply chains.', 'url': 'https://schonekleren.nl',
            'source': 'Schone Kleren Campagne, schaduwrapport 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NgoAssessmentView | Problem]
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
    body: NgoAssessmentInput,
    idempotency_key: str | Unset = UNSET,
) -> NgoAssessmentView | Problem | None:
    """Record an NGO assessment

     Records an NGO's assessment of a covenant or a theme (admins only). Its `title` must be unused
    (409); `covenant` must name a covenant (400).

    Args:
        idempotency_key (str | Unset):
        body (NgoAssessmentInput): What a client writes: the body of `POST /v1/ngo-assessments`
            and
            `PUT /v1/ngo-assessments/{id}`, and what a merge patch applies to. Example: {'title':
            'Schaduwrapport Convenant Duurzame Kleding en Textiel 2018', 'kind': 'shadowReport',
            'author': 'Schone Kleren Campagne', 'covenant': 'textile', 'publishedOn': '2018-10-01',
            'publishedOnPrecision': 'month', 'findings': 'Few participating brands disclose what they
            do about living wages in their supply chains.', 'url': 'https://schonekleren.nl',
            'source': 'Schone Kleren Campagne, schaduwrapport 2018'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NgoAssessmentView | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
