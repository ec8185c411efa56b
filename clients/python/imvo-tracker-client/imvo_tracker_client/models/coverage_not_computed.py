from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coverage_not_computed_reason import CoverageNotComputedReason

T = TypeVar("T", bound="CoverageNotComputed")


@_attrs_define
class CoverageNotComputed:
    """Why a figure is `null`: a code for programs and a sentence for people.

    Attributes:
        reason (CoverageNotComputedReason): Why a covenant's market coverage could not be computed.
        detail (str): Why, in a sentence. Example: The one participant recorded as active at 2018-11-13 has no market
            share recorded, so the coverage cannot be computed from participations. What the covenant itself reported is in
            reportedFigures..
    """

    reason: CoverageNotComputedReason
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason.value

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = CoverageNotComputedReason(d.pop("reason"))

        detail = d.pop("detail")

        coverage_not_computed = cls(
            reason=reason,
            detail=detail,
        )

        coverage_not_computed.additional_properties = d
        return coverage_not_computed

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
