from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishedFigurePatch")


@_attrs_define
class PublishedFigurePatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            figure (str | Unset): The metric request, with its `asOf` and nothing else:
                `/v1/metrics/overview?asOf=DATE`, `/v1/metrics/oecd-endorsement?asOf=DATE`,
                `/v1/covenants/{code}/market-coverage?asOf=DATE` or
                `/v1/covenants/{code}/progress?asOf=DATE`. Example: /v1/metrics/oecd-endorsement?asOf=2018-11-13.
            letter (int | Unset): Id of the letter that sent it to parliament. Example: 2.
            published_at (datetime.datetime | Unset): The instant the figure was taken from this service for the letter
                (RFC 3339), not in the future: reading it again computes the figure
                with `knownAt` at this instant. Example: 2018-11-13T12:00:00Z.
            description (None | str | Unset): What the figure is in the letter (plain text). Example: The 90% indicator as
                the letter reports it..
    """

    figure: str | Unset = UNSET
    letter: int | Unset = UNSET
    published_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figure = self.figure

        letter = self.letter

        published_at: str | Unset = UNSET
        if not isinstance(self.published_at, Unset):
            published_at = self.published_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if figure is not UNSET:
            field_dict["figure"] = figure
        if letter is not UNSET:
            field_dict["letter"] = letter
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        figure = d.pop("figure", UNSET)

        letter = d.pop("letter", UNSET)

        _published_at = d.pop("publishedAt", UNSET)
        published_at: datetime.datetime | Unset
        if isinstance(_published_at, Unset):
            published_at = UNSET
        else:
            published_at = datetime.datetime.fromisoformat(_published_at)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        published_figure_patch = cls(
            figure=figure,
            letter=letter,
            published_at=published_at,
            description=description,
        )

        published_figure_patch.additional_properties = d
        return published_figure_patch

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
