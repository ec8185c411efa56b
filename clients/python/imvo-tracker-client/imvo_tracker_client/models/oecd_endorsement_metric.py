from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.progress_status import ProgressStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oecd_links import OecdLinks
    from ..models.projection import Projection
    from ..models.ratio import Ratio
    from ..models.series_point import SeriesPoint
    from ..models.target_value import TargetValue


T = TypeVar("T", bound="OecdEndorsementMetric")


@_attrs_define
class OecdEndorsementMetric:
    """The 90% indicator: the share of large Dutch companies that endorse the
    OECD Guidelines.

        Attributes:
            as_of (datetime.date): The date the figure is computed for. Example: 2023-12-31.
            definition (str): How the figure is defined.
            large_companies (int): Large Dutch companies at `asOf` (the denominator). Example: 120.
            endorsing (int): Of those, how many endorse the OECD Guidelines at `asOf`. Example: 90.
            share (Ratio): A ratio with what it counts.
            target (TargetValue): The value to reach by a date.
            series (list[SeriesPoint]): The share at each year end from the first year with size facts, and
                last at `asOf`; at most 15 points (the latest).
            status (ProgressStatus): Where a figure stands against its target, by one rule for every metric,
                checked in this order: `achieved` when the latest value reaches the
                target (at or below it for lower-is-better indicators); else `missed`
                once `asOf` is past the target date; else `insufficientData` with fewer
                than two points; else `onTrack` when the least-squares projection
                reaches the target by its date, `offTrack` when it does not.
            field_links (OecdLinks): Links of the OECD indicator.
            projection (None | Projection | Unset):
    """

    as_of: datetime.date
    definition: str
    large_companies: int
    endorsing: int
    share: Ratio
    target: TargetValue
    series: list[SeriesPoint]
    status: ProgressStatus
    field_links: OecdLinks
    projection: None | Projection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.projection import Projection  # noqa: PLC0415

        as_of = self.as_of.isoformat()

        definition = self.definition

        large_companies = self.large_companies

        endorsing = self.endorsing

        share = self.share.to_dict()

        target = self.target.to_dict()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        status = self.status.value

        field_links = self.field_links.to_dict()

        projection: dict[str, Any] | None | Unset
        if isinstance(self.projection, Unset):
            projection = UNSET
        elif isinstance(self.projection, Projection):
            projection = self.projection.to_dict()
        else:
            projection = self.projection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "definition": definition,
                "largeCompanies": large_companies,
                "endorsing": endorsing,
                "share": share,
                "target": target,
                "series": series,
                "status": status,
                "_links": field_links,
            }
        )
        if projection is not UNSET:
            field_dict["projection"] = projection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oecd_links import OecdLinks  # noqa: PLC0415
        from ..models.projection import Projection  # noqa: PLC0415
        from ..models.ratio import Ratio  # noqa: PLC0415
        from ..models.series_point import SeriesPoint  # noqa: PLC0415
        from ..models.target_value import TargetValue  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        definition = d.pop("definition")

        large_companies = d.pop("largeCompanies")

        endorsing = d.pop("endorsing")

        share = Ratio.from_dict(d.pop("share"))

        target = TargetValue.from_dict(d.pop("target"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = SeriesPoint.from_dict(series_item_data)

            series.append(series_item)

        status = ProgressStatus(d.pop("status"))

        field_links = OecdLinks.from_dict(d.pop("_links"))

        def _parse_projection(data: object) -> None | Projection | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projection_type_0 = Projection.from_dict(data)

                return projection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Projection | Unset, data)

        projection = _parse_projection(d.pop("projection", UNSET))

        oecd_endorsement_metric = cls(
            as_of=as_of,
            definition=definition,
            large_companies=large_companies,
            endorsing=endorsing,
            share=share,
            target=target,
            series=series,
            status=status,
            field_links=field_links,
            projection=projection,
        )

        oecd_endorsement_metric.additional_properties = d
        return oecd_endorsement_metric

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
