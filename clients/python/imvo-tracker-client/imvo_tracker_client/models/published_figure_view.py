from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.published_figure_links import PublishedFigureLinks


T = TypeVar("T", bound="PublishedFigureView")


@_attrs_define
class PublishedFigureView:
    """A published figure, as the API shows it.

    Attributes:
        id (int): Server-assigned identifier, used in paths. Example: 1.
        figure (str): The metric request, with its `asOf`. Example: /v1/metrics/oecd-endorsement?asOf=2018-11-13.
        letter (int): Id of the letter that sent it to parliament. Example: 2.
        published_at (datetime.datetime): The instant it was taken for the letter (UTC). Example:
            2018-11-13T12:00:00.000Z.
        created_at (datetime.datetime): When it was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (PublishedFigureLinks): Links of a published figure.
        description (None | str | Unset): What the figure is in the letter.
    """

    id: int
    figure: str
    letter: int
    published_at: datetime.datetime
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: PublishedFigureLinks
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        figure = self.figure

        letter = self.letter

        published_at = self.published_at.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "figure": figure,
                "letter": letter,
                "publishedAt": published_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.published_figure_links import PublishedFigureLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        figure = d.pop("figure")

        letter = d.pop("letter")

        published_at = datetime.datetime.fromisoformat(d.pop("publishedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = PublishedFigureLinks.from_dict(d.pop("_links"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        published_figure_view = cls(
            id=id,
            figure=figure,
            letter=letter,
            published_at=published_at,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            description=description,
        )

        published_figure_view.additional_properties = d
        return published_figure_view

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
