from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="CovenantFiguresLinks")


@_attrs_define
class CovenantFiguresLinks:
    """Links of a covenant's figures.

    Attributes:
        covenant (Link): A hyperlink (HAL style).
        progress (Link): A hyperlink (HAL style).
        market_coverage (Link): A hyperlink (HAL style).
    """

    covenant: Link
    progress: Link
    market_coverage: Link
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant.to_dict()

        progress = self.progress.to_dict()

        market_coverage = self.market_coverage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covenant": covenant,
                "progress": progress,
                "marketCoverage": market_coverage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        covenant = Link.from_dict(d.pop("covenant"))

        progress = Link.from_dict(d.pop("progress"))

        market_coverage = Link.from_dict(d.pop("marketCoverage"))

        covenant_figures_links = cls(
            covenant=covenant,
            progress=progress,
            market_coverage=market_coverage,
        )

        covenant_figures_links.additional_properties = d
        return covenant_figures_links

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
