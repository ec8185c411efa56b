from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CovenantsByStatus")


@_attrs_define
class CovenantsByStatus:
    """Covenant tracks by their status at a date: each counts under the
    status of its latest status change on or before it.

        Attributes:
            exploring (int): Exploring whether a covenant is possible. Example: 1.
            negotiating (int): Negotiating its text. Example: 5.
            signed (int): Signed and running. Example: 7.
            ended (int): Its term over. Example: 0.
            stalled (int): Work on it halted. Example: 0.
            dropped (int): Given up without a covenant. Example: 0.
            unknown (int): Known to the record, its status at that date not: a source names it
                without its stage, or stops mentioning it. Example: 4.
    """

    exploring: int
    negotiating: int
    signed: int
    ended: int
    stalled: int
    dropped: int
    unknown: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exploring = self.exploring

        negotiating = self.negotiating

        signed = self.signed

        ended = self.ended

        stalled = self.stalled

        dropped = self.dropped

        unknown = self.unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exploring": exploring,
                "negotiating": negotiating,
                "signed": signed,
                "ended": ended,
                "stalled": stalled,
                "dropped": dropped,
                "unknown": unknown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exploring = d.pop("exploring")

        negotiating = d.pop("negotiating")

        signed = d.pop("signed")

        ended = d.pop("ended")

        stalled = d.pop("stalled")

        dropped = d.pop("dropped")

        unknown = d.pop("unknown")

        covenants_by_status = cls(
            exploring=exploring,
            negotiating=negotiating,
            signed=signed,
            ended=ended,
            stalled=stalled,
            dropped=dropped,
            unknown=unknown,
        )

        covenants_by_status.additional_properties = d
        return covenants_by_status

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
