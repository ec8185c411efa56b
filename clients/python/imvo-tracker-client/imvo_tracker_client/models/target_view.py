from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.figure_scope import FigureScope
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_links import TargetLinks


T = TypeVar("T", bound="TargetView")


@_attrs_define
class TargetView:
    """A target as the API shows it.

    Attributes:
        id (int): Identifier of the target in this API. Example: 1.
        indicator (str): Code of the indicator. Example: market-coverage.
        scope (FigureScope): Whether a figure is about one covenant or the whole country.
        value (float): The value to reach. Example: 0.5.
        due_on (datetime.date): The date by which to reach it. Example: 2018-12-31.
        created_at (datetime.datetime): When the target was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When it last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (TargetLinks): Links of a target.
        covenant (None | str | Unset): Code of the covenant (`null` for a national target). Example: textile.
        baseline_value (float | None | Unset): The value at the start.
        baseline_on (datetime.date | None | Unset): The date of the baseline value.
        description (None | str | Unset): What the target means.
        source (None | str | Unset): Where the target is set.
    """

    id: int
    indicator: str
    scope: FigureScope
    value: float
    due_on: datetime.date
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: TargetLinks
    covenant: None | str | Unset = UNSET
    baseline_value: float | None | Unset = UNSET
    baseline_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        indicator = self.indicator

        scope = self.scope.value

        value = self.value

        due_on = self.due_on.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

        baseline_value: float | None | Unset
        if isinstance(self.baseline_value, Unset):
            baseline_value = UNSET
        else:
            baseline_value = self.baseline_value

        baseline_on: None | str | Unset
        if isinstance(self.baseline_on, Unset):
            baseline_on = UNSET
        elif isinstance(self.baseline_on, datetime.date):
            baseline_on = self.baseline_on.isoformat()
        else:
            baseline_on = self.baseline_on

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "indicator": indicator,
                "scope": scope,
                "value": value,
                "dueOn": due_on,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if baseline_value is not UNSET:
            field_dict["baselineValue"] = baseline_value
        if baseline_on is not UNSET:
            field_dict["baselineOn"] = baseline_on
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_links import TargetLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        indicator = d.pop("indicator")

        scope = FigureScope(d.pop("scope"))

        value = d.pop("value")

        due_on = datetime.date.fromisoformat(d.pop("dueOn"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = TargetLinks.from_dict(d.pop("_links"))

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        def _parse_baseline_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        baseline_value = _parse_baseline_value(d.pop("baselineValue", UNSET))

        def _parse_baseline_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_on_type_0 = datetime.date.fromisoformat(data)

                return baseline_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        baseline_on = _parse_baseline_on(d.pop("baselineOn", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        target_view = cls(
            id=id,
            indicator=indicator,
            scope=scope,
            value=value,
            due_on=due_on,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            covenant=covenant,
            baseline_value=baseline_value,
            baseline_on=baseline_on,
            description=description,
            source=source,
        )

        target_view.additional_properties = d
        return target_view

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
