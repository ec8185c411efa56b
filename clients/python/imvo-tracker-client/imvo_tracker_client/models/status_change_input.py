from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.covenant_status import CovenantStatus
from ..models.date_basis import DateBasis
from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusChangeInput")


@_attrs_define
class StatusChangeInput:
    """What a client writes: the body of
    `POST /v1/covenants/{code}/status-changes` and of a replace, and what a
    merge patch applies to. One change per covenant and date.

        Example:
            {'status': 'signed', 'on': '2016-07-04', 'onPrecision': 'day', 'basis': 'changed', 'source': 'Convenant Duurzame
                Kleding en Textiel, ondertekend op 4 juli 2016', 'note': 'The day of the signing that the letters give as July
                2016.'}

        Attributes:
            status (CovenantStatus): Where a covenant track stands.
            on (datetime.date): The date of the change, or of the document that reports the status
                (`basis`); the first day of the month or year when `onPrecision`
                says so. Example: 2018-11-13.
            source (str): Where the fact comes from. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'.
            on_precision (DatePrecision | Unset): How exact a date is: sources sometimes give only a month or a year. The
                date is then the first day of that month or year.
            basis (DateBasis | Unset): What the date of a status change is.
            letter (int | None | Unset): Id of the letter that reports it, if one does. Example: 2.
            note (None | str | Unset): What the source says beyond the status (plain text). Example: The negotiation phase
                has started, on a date not stated..
    """

    status: CovenantStatus
    on: datetime.date
    source: str
    on_precision: DatePrecision | Unset = UNSET
    basis: DateBasis | Unset = UNSET
    letter: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        on = self.on.isoformat()

        source = self.source

        on_precision: str | Unset = UNSET
        if not isinstance(self.on_precision, Unset):
            on_precision = self.on_precision.value

        basis: str | Unset = UNSET
        if not isinstance(self.basis, Unset):
            basis = self.basis.value

        letter: int | None | Unset
        if isinstance(self.letter, Unset):
            letter = UNSET
        else:
            letter = self.letter

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "on": on,
                "source": source,
            }
        )
        if on_precision is not UNSET:
            field_dict["onPrecision"] = on_precision
        if basis is not UNSET:
            field_dict["basis"] = basis
        if letter is not UNSET:
            field_dict["letter"] = letter
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = CovenantStatus(d.pop("status"))

        on = datetime.date.fromisoformat(d.pop("on"))

        source = d.pop("source")

        _on_precision = d.pop("onPrecision", UNSET)
        on_precision: DatePrecision | Unset
        if isinstance(_on_precision, Unset):
            on_precision = UNSET
        else:
            on_precision = DatePrecision(_on_precision)

        _basis = d.pop("basis", UNSET)
        basis: DateBasis | Unset
        if isinstance(_basis, Unset):
            basis = UNSET
        else:
            basis = DateBasis(_basis)

        def _parse_letter(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        letter = _parse_letter(d.pop("letter", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        status_change_input = cls(
            status=status,
            on=on,
            source=source,
            on_precision=on_precision,
            basis=basis,
            letter=letter,
            note=note,
        )

        status_change_input.additional_properties = d
        return status_change_input

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
