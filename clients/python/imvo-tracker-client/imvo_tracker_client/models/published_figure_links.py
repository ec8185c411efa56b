from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="PublishedFigureLinks")


@_attrs_define
class PublishedFigureLinks:
    """Links of a published figure.

    Attributes:
        self_ (Link): A hyperlink (HAL style).
        letter (Link): A hyperlink (HAL style).
        as_published (Link): A hyperlink (HAL style).
        today (Link): A hyperlink (HAL style).
        comparison (Link): A hyperlink (HAL style).
    """

    self_: Link
    letter: Link
    as_published: Link
    today: Link
    comparison: Link
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        letter = self.letter.to_dict()

        as_published = self.as_published.to_dict()

        today = self.today.to_dict()

        comparison = self.comparison.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "letter": letter,
                "asPublished": as_published,
                "today": today,
                "comparison": comparison,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        self_ = Link.from_dict(d.pop("self"))

        letter = Link.from_dict(d.pop("letter"))

        as_published = Link.from_dict(d.pop("asPublished"))

        today = Link.from_dict(d.pop("today"))

        comparison = Link.from_dict(d.pop("comparison"))

        published_figure_links = cls(
            self_=self_,
            letter=letter,
            as_published=as_published,
            today=today,
            comparison=comparison,
        )

        published_figure_links.additional_properties = d
        return published_figure_links

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
