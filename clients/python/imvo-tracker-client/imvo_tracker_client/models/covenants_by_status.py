from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CovenantsByStatus")


@_attrs_define
class CovenantsByStatus:
    """Covenants by their status at a date.

    Attributes:
        exploring (int):
        negotiating (int):
        signed (int):
        ended (int):
    """

    exploring: int
    negotiating: int
    signed: int
    ended: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exploring = self.exploring

        negotiating = self.negotiating

        signed = self.signed

        ended = self.ended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exploring": exploring,
                "negotiating": negotiating,
                "signed": signed,
                "ended": ended,
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

        covenants_by_status = cls(
            exploring=exploring,
            negotiating=negotiating,
            signed=signed,
            ended=ended,
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
