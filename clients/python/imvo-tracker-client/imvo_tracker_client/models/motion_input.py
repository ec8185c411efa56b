from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_status import MotionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionInput")


@_attrs_define
class MotionInput:
    """What a client writes: the body of `POST /v1/motions` and
    `PUT /v1/motions/{id}`, and what a merge patch applies to.

        Example:
            {'dossier': '26 485', 'number': 301, 'title': 'Motie over de monitoring van de IMVO-convenanten', 'submitters':
                ['Van Laar'], 'submittedOn': '2019-05-15', 'request': 'Verzoekt de regering de Kamer jaarlijks te informeren
                over de voortgang van de IMVO-convenanten.', 'status': 'submitted', 'covenants': ['textile'], 'source': 'Tweede
                Kamer, officiële publicaties'}

        Attributes:
            dossier (str): The Kamerstuk dossier the motion was filed under, as written (with
                the space). Example: 26 485.
            number (int): Its number within the dossier; together with `dossier` it identifies
                the motion. Example: 224.
            title (str): Its title, as the House registered it. Example: Motie van het lid Van Laar over het jaarlijks
                toetsen van de impact van de IMVO-convenanten.
            submitters (list[str]): The members who submitted it, the first one first; at least one,
                each once. Example: ['Van Laar'].
            request (str): What it asks of the government. Example: Verzoekt de regering jaarlijks de impact van de IMVO-
                convenanten en het functioneren van het toezicht op de IMVO-convenanten te toetsen..
            status (MotionStatus): Where a motion stands.
            submitted_on (datetime.date | None | Unset): When it was submitted, if known (sources often give only the letter
                that reports on a motion; no date is invented then). Example: 2016-05-19.
            voted_on (datetime.date | None | Unset): When the House voted on it, if known; not before `submittedOn`. Left
                out while the status is `submitted` or `withdrawn`. Example: 2016-05-24.
            covenants (list[str] | Unset): Codes of the covenants it concerns, each once; every one must exist.
                Empty (the default) for a motion about covenant policy in general.
                Listed back in code order. Example: ['textile', 'banking'].
            source (None | str | Unset): Where these facts come from (letter, Kamerstuk, page). Example: Kamerbrief 13
                november 2018 'Voortgang IMVO-beleid'.
    """

    dossier: str
    number: int
    title: str
    submitters: list[str]
    request: str
    status: MotionStatus
    submitted_on: datetime.date | None | Unset = UNSET
    voted_on: datetime.date | None | Unset = UNSET
    covenants: list[str] | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dossier = self.dossier

        number = self.number

        title = self.title

        submitters = self.submitters

        request = self.request

        status = self.status.value

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

        covenants: list[str] | Unset = UNSET
        if not isinstance(self.covenants, Unset):
            covenants = self.covenants

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dossier": dossier,
                "number": number,
                "title": title,
                "submitters": submitters,
                "request": request,
                "status": status,
            }
        )
        if submitted_on is not UNSET:
            field_dict["submittedOn"] = submitted_on
        if voted_on is not UNSET:
            field_dict["votedOn"] = voted_on
        if covenants is not UNSET:
            field_dict["covenants"] = covenants
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dossier = d.pop("dossier")

        number = d.pop("number")

        title = d.pop("title")

        submitters = cast(list[str], d.pop("submitters"))

        request = d.pop("request")

        status = MotionStatus(d.pop("status"))

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

        covenants = cast(list[str], d.pop("covenants", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        motion_input = cls(
            dossier=dossier,
            number=number,
            title=title,
            submitters=submitters,
            request=request,
            status=status,
            submitted_on=submitted_on,
            voted_on=voted_on,
            covenants=covenants,
            source=source,
        )

        motion_input.additional_properties = d
        return motion_input

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
