from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.change_since import ChangeSince
    from ..models.comparison_links import ComparisonLinks
    from ..models.figure_comparison_as_published import FigureComparisonAsPublished
    from ..models.figure_comparison_today import FigureComparisonToday


T = TypeVar("T", bound="FigureComparison")


@_attrs_define
class FigureComparison:
    """A published figure as published and as it is today.

    Attributes:
        figure (str): The metric request. Example: /v1/covenants/textile/market-coverage?asOf=2018-11-13.
        published_at (datetime.datetime): The instant it was published (UTC). Example: 2018-11-13T12:00:00.000Z.
        as_published (FigureComparisonAsPublished): The figure computed with `knownAt` at `publishedAt`: as published.
        today (FigureComparisonToday): The figure computed from today's record.
        changed (bool): Whether the two differ.
        changes_since (list[ChangeSince]): Changes since `publishedAt` to the kinds of records the figure
            reads, oldest first: what may have moved it. At most 100; the
            change feed has them all.
        more_changes (bool): Whether there are more than `changesSince` lists.
        field_links (ComparisonLinks): Links of a comparison.
    """

    figure: str
    published_at: datetime.datetime
    as_published: FigureComparisonAsPublished
    today: FigureComparisonToday
    changed: bool
    changes_since: list[ChangeSince]
    more_changes: bool
    field_links: ComparisonLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        figure = self.figure

        published_at = self.published_at.isoformat()

        as_published = self.as_published.to_dict()

        today = self.today.to_dict()

        changed = self.changed

        changes_since = []
        for changes_since_item_data in self.changes_since:
            changes_since_item = changes_since_item_data.to_dict()
            changes_since.append(changes_since_item)

        more_changes = self.more_changes

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "figure": figure,
                "publishedAt": published_at,
                "asPublished": as_published,
                "today": today,
                "changed": changed,
                "changesSince": changes_since,
                "moreChanges": more_changes,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_since import ChangeSince  # noqa: PLC0415
        from ..models.comparison_links import ComparisonLinks  # noqa: PLC0415
        from ..models.figure_comparison_as_published import FigureComparisonAsPublished  # noqa: PLC0415
        from ..models.figure_comparison_today import FigureComparisonToday  # noqa: PLC0415

        d = dict(src_dict)
        figure = d.pop("figure")

        published_at = datetime.datetime.fromisoformat(d.pop("publishedAt"))

        as_published = FigureComparisonAsPublished.from_dict(d.pop("asPublished"))

        today = FigureComparisonToday.from_dict(d.pop("today"))

        changed = d.pop("changed")

        changes_since = []
        _changes_since = d.pop("changesSince")
        for changes_since_item_data in _changes_since:
            changes_since_item = ChangeSince.from_dict(changes_since_item_data)

            changes_since.append(changes_since_item)

        more_changes = d.pop("moreChanges")

        field_links = ComparisonLinks.from_dict(d.pop("_links"))

        figure_comparison = cls(
            figure=figure,
            published_at=published_at,
            as_published=as_published,
            today=today,
            changed=changed,
            changes_since=changes_since,
            more_changes=more_changes,
            field_links=field_links,
        )

        figure_comparison.additional_properties = d
        return figure_comparison

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
