from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.covenant_status import CovenantStatus
from ..models.date_basis import DateBasis
from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_change_links import StatusChangeLinks


T = TypeVar("T", bound="StatusChangeView")


@_attrs_define
class StatusChangeView:
    """A status change of a covenant track, as the API shows it.

    Attributes:
        id (int): Server-assigned identifier, used in paths. Example: 20.
        covenant (str): Code of the covenant. Example: agriculture.
        status (CovenantStatus): Where a covenant track stands.
        on (datetime.date): The date of the change, or of the document that reports it. Example: 2018-11-13.
        on_precision (DatePrecision): How exact a date is: sources sometimes give only a month or a year. The
            date is then the first day of that month or year.
        basis (DateBasis): What the date of a status change is.
        source (str): Where the fact comes from. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-beleid'.
        created_at (datetime.datetime): When the change was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (StatusChangeLinks): Links of a status change.
        letter (int | None | Unset): Id of the letter that reports it, if one does. Example: 2.
        note (None | str | Unset): What the source says beyond the status. Example: The negotiation phase has started,
            on a date not stated..
    """

    id: int
    covenant: str
    status: CovenantStatus
    on: datetime.date
    on_precision: DatePrecision
    basis: DateBasis
    source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: StatusChangeLinks
    letter: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        covenant = self.covenant

        status = self.status.value

        on = self.on.isoformat()

        on_precision = self.on_precision.value

        basis = self.basis.value

        source = self.source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

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
                "id": id,
                "covenant": covenant,
                "status": status,
                "on": on,
                "onPrecision": on_precision,
                "basis": basis,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if letter is not UNSET:
            field_dict["letter"] = letter
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_change_links import StatusChangeLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        covenant = d.pop("covenant")

        status = CovenantStatus(d.pop("status"))

        on = datetime.date.fromisoformat(d.pop("on"))

        on_precision = DatePrecision(d.pop("onPrecision"))

        basis = DateBasis(d.pop("basis"))

        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = StatusChangeLinks.from_dict(d.pop("_links"))

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

        status_change_view = cls(
            id=id,
            covenant=covenant,
            status=status,
            on=on,
            on_precision=on_precision,
            basis=basis,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            letter=letter,
            note=note,
        )

        status_change_view.additional_properties = d
        return status_change_view

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
