from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_unit import IndicatorUnit
from ..models.progress_basis import ProgressBasis
from ..models.progress_status import ProgressStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.latest_value import LatestValue
    from ..models.projection import Projection
    from ..models.series_point import SeriesPoint
    from ..models.target_value import TargetValue


T = TypeVar("T", bound="TargetProgress")


@_attrs_define
class TargetProgress:
    """A figure with its target: latest value, gap, series, projection, status.

    Attributes:
        indicator (str): Code of the indicator. Example: market-coverage.
        unit (IndicatorUnit): What an indicator's values are: `ratio`, a share from 0 to 1 (0.45 is
            45%; clients may show it as a percentage); `percent`, a percentage from
            0 to 100; `count`, a whole number, 0 or more; `eur`, whole euros. A value
            and its unit always agree: a market coverage of 45% is `0.45` with unit
            `ratio`; targets and measurements outside their unit's range are
            refused.
        direction (IndicatorDirection): Whether progress means the value going up or down.
        target (TargetValue): The value to reach by a date.
        basis (ProgressBasis): Where the values of a target's progress come from.
        series (list[SeriesPoint]): The measurements up to `asOf`, oldest first; for a computed figure,
            its series (year ends, then `asOf`).
        status (ProgressStatus): Where a figure stands against its target, by one rule for every metric,
            checked in this order: `achieved` when the latest value reaches the
            target (at or below it for lower-is-better indicators); else `missed`
            once `asOf` is past the target date; else `insufficientData` with fewer
            than two points; else `onTrack` when the least-squares projection
            reaches the target by its date, `offTrack` when it does not.
        latest (LatestValue | None | Unset):
        gap (float | None | Unset): How far the latest value is from the target, in the indicator's
            unit; positive means still to go (for a lower-is-better indicator:
            still to come down). `null` without a value.
        projection (None | Projection | Unset):
    """

    indicator: str
    unit: IndicatorUnit
    direction: IndicatorDirection
    target: TargetValue
    basis: ProgressBasis
    series: list[SeriesPoint]
    status: ProgressStatus
    latest: LatestValue | None | Unset = UNSET
    gap: float | None | Unset = UNSET
    projection: None | Projection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.latest_value import LatestValue  # noqa: PLC0415
        from ..models.projection import Projection  # noqa: PLC0415

        indicator = self.indicator

        unit = self.unit.value

        direction = self.direction.value

        target = self.target.to_dict()

        basis = self.basis.value

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)

        status = self.status.value

        latest: dict[str, Any] | None | Unset
        if isinstance(self.latest, Unset):
            latest = UNSET
        elif isinstance(self.latest, LatestValue):
            latest = self.latest.to_dict()
        else:
            latest = self.latest

        gap: float | None | Unset
        if isinstance(self.gap, Unset):
            gap = UNSET
        else:
            gap = self.gap

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
                "indicator": indicator,
                "unit": unit,
                "direction": direction,
                "target": target,
                "basis": basis,
                "series": series,
                "status": status,
            }
        )
        if latest is not UNSET:
            field_dict["latest"] = latest
        if gap is not UNSET:
            field_dict["gap"] = gap
        if projection is not UNSET:
            field_dict["projection"] = projection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latest_value import LatestValue  # noqa: PLC0415
        from ..models.projection import Projection  # noqa: PLC0415
        from ..models.series_point import SeriesPoint  # noqa: PLC0415
        from ..models.target_value import TargetValue  # noqa: PLC0415

        d = dict(src_dict)
        indicator = d.pop("indicator")

        unit = IndicatorUnit(d.pop("unit"))

        direction = IndicatorDirection(d.pop("direction"))

        target = TargetValue.from_dict(d.pop("target"))

        basis = ProgressBasis(d.pop("basis"))

        series = []
        _series = d.pop("series")
        for series_item_data in _series:
            series_item = SeriesPoint.from_dict(series_item_data)

            series.append(series_item)

        status = ProgressStatus(d.pop("status"))

        def _parse_latest(data: object) -> LatestValue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_type_0 = LatestValue.from_dict(data)

                return latest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatestValue | None | Unset, data)

        latest = _parse_latest(d.pop("latest", UNSET))

        def _parse_gap(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gap = _parse_gap(d.pop("gap", UNSET))

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

        target_progress = cls(
            indicator=indicator,
            unit=unit,
            direction=direction,
            target=target,
            basis=basis,
            series=series,
            status=status,
            latest=latest,
            gap=gap,
            projection=projection,
        )

        target_progress.additional_properties = d
        return target_progress

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
