from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qualifier import Qualifier

if TYPE_CHECKING:
    from ..models.progress_value_links import ProgressValueLinks


T = TypeVar("T", bound="LatestValue")


@_attrs_define
class LatestValue:
    """The latest value and where it comes from.

    Attributes:
        value (float): The value. Example: 0.45.
        qualifier (Qualifier): How a value relates to the figure its source gives: sources say "circa",
            "meer dan" or "minimaal", and a value stored without that would claim a
            precision the source does not.
        measured_on (datetime.date): Its date. Example: 2018-11-13.
        field_links (ProgressValueLinks): Links of a latest value.
    """

    value: float
    qualifier: Qualifier
    measured_on: datetime.date
    field_links: ProgressValueLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        qualifier = self.qualifier.value

        measured_on = self.measured_on.isoformat()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "qualifier": qualifier,
                "measuredOn": measured_on,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_value_links import ProgressValueLinks  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        qualifier = Qualifier(d.pop("qualifier"))

        measured_on = datetime.date.fromisoformat(d.pop("measuredOn"))

        field_links = ProgressValueLinks.from_dict(d.pop("_links"))

        latest_value = cls(
            value=value,
            qualifier=qualifier,
            measured_on=measured_on,
            field_links=field_links,
        )

        latest_value.additional_properties = d
        return latest_value

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
