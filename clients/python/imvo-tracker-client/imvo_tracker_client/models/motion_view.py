from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_status import MotionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.motion_links import MotionLinks
    from ..models.motion_response_view import MotionResponseView


T = TypeVar("T", bound="MotionView")


@_attrs_define
class MotionView:
    """A motion as the API shows it.

    Attributes:
        id (int): Server-assigned identifier of the motion. Example: 12.
        dossier (str): Its Kamerstuk dossier. Example: 26 485.
        number (int): Its number within the dossier. Example: 224.
        citation (str): How it is cited (read-only): `Kamerstuk <dossier>, nr. <number>`. Example: Kamerstuk 26 485, nr.
            224.
        title (str): Its title. Example: Motie van het lid Van Laar over het jaarlijks toetsen van de impact van de
            IMVO-convenanten.
        submitters (list[str]): Who submitted it, the first one first. Example: ['Van Laar'].
        request (str): What it asks of the government.
        status (MotionStatus): Where a motion stands.
        covenants (list[str]): Codes of the covenants it concerns, in code order. Example: ['banking', 'textile'].
        created_at (datetime.datetime): When the motion was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the motion last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        responses (list[MotionResponseView]): The government's responses: which letters reported on the motion and
            what they said, oldest first.
        field_links (MotionLinks): Links of a motion.
        submitted_on (datetime.date | None | Unset): When it was submitted (`null` when no source gives the date).
            Example: 2016-05-19.
        voted_on (datetime.date | None | Unset): When the House voted on it. Example: 2016-05-24.
        source (None | str | Unset): Where these facts come from. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-
            beleid'.
    """

    id: int
    dossier: str
    number: int
    citation: str
    title: str
    submitters: list[str]
    request: str
    status: MotionStatus
    covenants: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    responses: list[MotionResponseView]
    field_links: MotionLinks
    submitted_on: datetime.date | None | Unset = UNSET
    voted_on: datetime.date | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dossier = self.dossier

        number = self.number

        citation = self.citation

        title = self.title

        submitters = self.submitters

        request = self.request

        status = self.status.value

        covenants = self.covenants

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        responses = []
        for responses_item_data in self.responses:
            responses_item = responses_item_data.to_dict()
            responses.append(responses_item)

        field_links = self.field_links.to_dict()

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        voted_on: None | str | Unset
        if isinstance(self.voted_on, Unset):
            voted_on = UNSET
        elif isinstance(self.voted_on, datetime.date):
            voted_on = self.voted_on.isoformat()
        else:
            voted_on = self.voted_on

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dossier": dossier,
                "number": number,
                "citation": citation,
                "title": title,
                "submitters": submitters,
                "request": request,
                "status": status,
                "covenants": covenants,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "responses": responses,
                "_links": field_links,
            }
        )
        if submitted_on is not UNSET:
            field_dict["submittedOn"] = submitted_on
        if voted_on is not UNSET:
            field_dict["votedOn"] = voted_on
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.motion_links import MotionLinks  # noqa: PLC0415
        from ..models.motion_response_view import MotionResponseView  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        dossier = d.pop("dossier")

        number = d.pop("number")

        citation = d.pop("citation")

        title = d.pop("title")

        submitters = cast(list[str], d.pop("submitters"))

        request = d.pop("request")

        status = MotionStatus(d.pop("status"))

        covenants = cast(list[str], d.pop("covenants"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        responses = []
        _responses = d.pop("responses")
        for responses_item_data in _responses:
            responses_item = MotionResponseView.from_dict(responses_item_data)

            responses.append(responses_item)

        field_links = MotionLinks.from_dict(d.pop("_links"))

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submittedOn", UNSET))

        def _parse_voted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voted_on_type_0 = datetime.date.fromisoformat(data)

                return voted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        voted_on = _parse_voted_on(d.pop("votedOn", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        motion_view = cls(
            id=id,
            dossier=dossier,
            number=number,
            citation=citation,
            title=title,
            submitters=submitters,
            request=request,
            status=status,
            covenants=covenants,
            created_at=created_at,
            updated_at=updated_at,
            responses=responses,
            field_links=field_links,
            submitted_on=submitted_on,
            voted_on=voted_on,
            source=source,
        )

        motion_view.additional_properties = d
        return motion_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
