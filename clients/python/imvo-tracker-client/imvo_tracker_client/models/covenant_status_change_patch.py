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

T = TypeVar("T", bound="CovenantStatusChangePatch")


@_attrs_define
class CovenantStatusChangePatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            status (CovenantStatus | Unset): Where a covenant track stands.
            on (datetime.date | Unset): The date of the change, or of the document that reports the status
                (`basis`); the first day of the month or year when `onPrecision`
                says so. Example: 2018-11-13.
            on_precision (DatePrecision | None | Unset):
            basis (DateBasis | None | Unset):
            letter (int | None | Unset): Id of the letter that reports it, if one does. Example: 2.
            source (str | Unset): Where the fact comes from. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'.
            note (None | str | Unset): What the source says beyond the status (plain text). Example: The negotiation phase
                has started, on a date not stated..
    """

    status: CovenantStatus | Unset = UNSET
    on: datetime.date | Unset = UNSET
    on_precision: DatePrecision | None | Unset = UNSET
    basis: DateBasis | None | Unset = UNSET
    letter: int | None | Unset = UNSET
    source: str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        on: str | Unset = UNSET
        if not isinstance(self.on, Unset):
            on = self.on.isoformat()

        on_precision: None | str | Unset
        if isinstance(self.on_precision, Unset):
            on_precision = UNSET
        elif isinstance(self.on_precision, DatePrecision):
            on_precision = self.on_precision.value
        else:
            on_precision = self.on_precision

        basis: None | str | Unset
        if isinstance(self.basis, Unset):
            basis = UNSET
        elif isinstance(self.basis, DateBasis):
            basis = self.basis.value
        else:
            basis = self.basis

        letter: int | None | Unset
        if isinstance(self.letter, Unset):
            letter = UNSET
        else:
            letter = self.letter

        source = self.source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if on is not UNSET:
            field_dict["on"] = on
        if on_precision is not UNSET:
            field_dict["onPrecision"] = on_precision
        if basis is not UNSET:
            field_dict["basis"] = basis
        if letter is not UNSET:
            field_dict["letter"] = letter
        if source is not UNSET:
            field_dict["source"] = source
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CovenantStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CovenantStatus(_status)

        _on = d.pop("on", UNSET)
        on: datetime.date | Unset
        if isinstance(_on, Unset):
            on = UNSET
        else:
            on = datetime.date.fromisoformat(_on)

        def _parse_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_precision_type_0 = DatePrecision(data)

                return on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        on_precision = _parse_on_precision(d.pop("onPrecision", UNSET))

        def _parse_basis(data: object) -> DateBasis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = DateBasis(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateBasis | None | Unset, data)

        basis = _parse_basis(d.pop("basis", UNSET))

        def _parse_letter(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        letter = _parse_letter(d.pop("letter", UNSET))

        source = d.pop("source", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        covenant_status_change_patch = cls(
            status=status,
            on=on,
            on_precision=on_precision,
            basis=basis,
            letter=letter,
            source=source,
            note=note,
        )

        covenant_status_change_patch.additional_properties = d
        return covenant_status_change_patch

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
