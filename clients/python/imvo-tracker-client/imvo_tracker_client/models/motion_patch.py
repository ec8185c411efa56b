from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.motion_status import MotionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MotionPatch")


@_attrs_define
class MotionPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            dossier (str | Unset): The Kamerstuk dossier the motion was filed under, as written (with
                the space). Example: 26 485.
            number (int | Unset): Its number within the dossier; together with `dossier` it identifies
                the motion. Example: 224.
            title (str | Unset): Its title, as the House registered it. Example: Motie van het lid Van Laar over het
                jaarlijks toetsen van de impact van de IMVO-convenanten.
            submitters (list[str] | Unset): The members who submitted it, the first one first; at least one,
                each once. Example: ['Van Laar'].
            submitted_on (datetime.date | None | Unset): When it was submitted, if known (sources often give only the letter
                that reports on a motion; no date is invented then). Example: 2016-05-19.
            voted_on (datetime.date | None | Unset): When the House voted on it, if known; not before `submittedOn`. Left
                out while the status is `submitted` or `withdrawn`. Example: 2016-05-24.
            request (str | Unset): What it asks of the government. Example: Verzoekt de regering jaarlijks de impact van de
                IMVO-convenanten en het functioneren van het toezicht op de IMVO-convenanten te toetsen..
            status (MotionStatus | Unset): Where a motion stands.
            covenants (list[str] | None | Unset): Codes of the covenants it concerns, each once; every one must exist.
                Empty (the default) for a motion about covenant policy in general.
                Listed back in code order. Example: ['textile', 'banking'].
            source (None | str | Unset): Where these facts come from (letter, Kamerstuk, page). Example: Kamerbrief 13
                november 2018 'Voortgang IMVO-beleid'.
    """

    dossier: str | Unset = UNSET
    number: int | Unset = UNSET
    title: str | Unset = UNSET
    submitters: list[str] | Unset = UNSET
    submitted_on: datetime.date | None | Unset = UNSET
    voted_on: datetime.date | None | Unset = UNSET
    request: str | Unset = UNSET
    status: MotionStatus | Unset = UNSET
    covenants: list[str] | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dossier = self.dossier

        number = self.number

        title = self.title

        submitters: list[str] | Unset = UNSET
        if not isinstance(self.submitters, Unset):
            submitters = self.submitters

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

        request = self.request

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        covenants: list[str] | None | Unset
        if isinstance(self.covenants, Unset):
            covenants = UNSET
        elif isinstance(self.covenants, list):
            covenants = self.covenants

        else:
            covenants = self.covenants

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dossier is not UNSET:
            field_dict["dossier"] = dossier
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if submitters is not UNSET:
            field_dict["submitters"] = submitters
        if submitted_on is not UNSET:
            field_dict["submittedOn"] = submitted_on
        if voted_on is not UNSET:
            field_dict["votedOn"] = voted_on
        if request is not UNSET:
            field_dict["request"] = request
        if status is not UNSET:
            field_dict["status"] = status
        if covenants is not UNSET:
            field_dict["covenants"] = covenants
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dossier = d.pop("dossier", UNSET)

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        submitters = cast(list[str], d.pop("submitters", UNSET))

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

        request = d.pop("request", UNSET)

        _status = d.pop("status", UNSET)
        status: MotionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MotionStatus(_status)

        def _parse_covenants(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                covenants_type_0 = cast(list[str], data)

                return covenants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        covenants = _parse_covenants(d.pop("covenants", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        motion_patch = cls(
            dossier=dossier,
            number=number,
            title=title,
            submitters=submitters,
            submitted_on=submitted_on,
            voted_on=voted_on,
            request=request,
            status=status,
            covenants=covenants,
            source=source,
        )

        motion_patch.additional_properties = d
        return motion_patch

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
