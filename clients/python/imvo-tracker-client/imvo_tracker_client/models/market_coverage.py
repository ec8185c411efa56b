from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coverage_not_computed import CoverageNotComputed
    from ..models.reported_figure import ReportedFigure
    from ..models.target_progress import TargetProgress


T = TypeVar("T", bound="MarketCoverage")


@_attrs_define
class MarketCoverage:
    """Market coverage of a covenant: what can be computed from the recorded
    participations, beside what the covenant reported.

        Attributes:
            as_of (datetime.date): The date the figure is computed for.
            covenant (str): The covenant's code. Example: textile.
            definition (str): How the figures are defined.
            active_participants (int): Participations recorded in this API and active at `asOf` (joined on
                or before, not left on or before). The record may hold fewer
                participants than the covenant has: compare `reportedFigures`. Example: 79.
            company_participants (int): Of those, participants in the role `company`. Example: 75.
            participants_with_share (int): Of those active, participants with a market share (in the sum). Example: 75.
            participants_without_share (int): Active participants without a market share (not in the sum). Example: 4.
            capped (bool): Whether the sum exceeded 1 and was capped.
            reported_figures (list[ReportedFigure]): The figures the covenant itself reported, as recorded: its
                `market-coverage` (unit `ratio`) and `participants` (unit `count`)
                measurements up to `asOf`, by indicator and oldest first, each with
                its source. Reported, not computed: they need not agree with the
                computed figures above.
            computed_coverage (float | None | Unset): The sum of the active participants' market shares, capped at 1: a
                ratio from 0 to 1 (0.42 is 42%). `null` when it cannot be computed
                (no active participant has a market share; `notComputed` says
                why): an unknown coverage is not 0. Example: 0.42.
            not_computed (CoverageNotComputed | None | Unset):
            reported (None | TargetProgress | Unset):
    """

    as_of: datetime.date
    covenant: str
    definition: str
    active_participants: int
    company_participants: int
    participants_with_share: int
    participants_without_share: int
    capped: bool
    reported_figures: list[ReportedFigure]
    computed_coverage: float | None | Unset = UNSET
    not_computed: CoverageNotComputed | None | Unset = UNSET
    reported: None | TargetProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.coverage_not_computed import CoverageNotComputed  # noqa: PLC0415
        from ..models.target_progress import TargetProgress  # noqa: PLC0415

        as_of = self.as_of.isoformat()

        covenant = self.covenant

        definition = self.definition

        active_participants = self.active_participants

        company_participants = self.company_participants

        participants_with_share = self.participants_with_share

        participants_without_share = self.participants_without_share

        capped = self.capped

        reported_figures = []
        for reported_figures_item_data in self.reported_figures:
            reported_figures_item = reported_figures_item_data.to_dict()
            reported_figures.append(reported_figures_item)

        computed_coverage: float | None | Unset
        if isinstance(self.computed_coverage, Unset):
            computed_coverage = UNSET
        else:
            computed_coverage = self.computed_coverage

        not_computed: dict[str, Any] | None | Unset
        if isinstance(self.not_computed, Unset):
            not_computed = UNSET
        elif isinstance(self.not_computed, CoverageNotComputed):
            not_computed = self.not_computed.to_dict()
        else:
            not_computed = self.not_computed

        reported: dict[str, Any] | None | Unset
        if isinstance(self.reported, Unset):
            reported = UNSET
        elif isinstance(self.reported, TargetProgress):
            reported = self.reported.to_dict()
        else:
            reported = self.reported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "covenant": covenant,
                "definition": definition,
                "activeParticipants": active_participants,
                "companyParticipants": company_participants,
                "participantsWithShare": participants_with_share,
                "participantsWithoutShare": participants_without_share,
                "capped": capped,
                "reportedFigures": reported_figures,
            }
        )
        if computed_coverage is not UNSET:
            field_dict["computedCoverage"] = computed_coverage
        if not_computed is not UNSET:
            field_dict["notComputed"] = not_computed
        if reported is not UNSET:
            field_dict["reported"] = reported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coverage_not_computed import CoverageNotComputed  # noqa: PLC0415
        from ..models.reported_figure import ReportedFigure  # noqa: PLC0415
        from ..models.target_progress import TargetProgress  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        covenant = d.pop("covenant")

        definition = d.pop("definition")

        active_participants = d.pop("activeParticipants")

        company_participants = d.pop("companyParticipants")

        participants_with_share = d.pop("participantsWithShare")

        participants_without_share = d.pop("participantsWithoutShare")

        capped = d.pop("capped")

        reported_figures = []
        _reported_figures = d.pop("reportedFigures")
        for reported_figures_item_data in _reported_figures:
            reported_figures_item = ReportedFigure.from_dict(reported_figures_item_data)

            reported_figures.append(reported_figures_item)

        def _parse_computed_coverage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        computed_coverage = _parse_computed_coverage(d.pop("computedCoverage", UNSET))

        def _parse_not_computed(data: object) -> CoverageNotComputed | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_computed_type_0 = CoverageNotComputed.from_dict(data)

                return not_computed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CoverageNotComputed | None | Unset, data)

        not_computed = _parse_not_computed(d.pop("notComputed", UNSET))

        def _parse_reported(data: object) -> None | TargetProgress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reported_type_0 = TargetProgress.from_dict(data)

                return reported_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetProgress | Unset, data)

        reported = _parse_reported(d.pop("reported", UNSET))

        market_coverage = cls(
            as_of=as_of,
            covenant=covenant,
            definition=definition,
            active_participants=active_participants,
            company_participants=company_participants,
            participants_with_share=participants_with_share,
            participants_without_share=participants_without_share,
            capped=capped,
            reported_figures=reported_figures,
            computed_coverage=computed_coverage,
            not_computed=not_computed,
            reported=reported,
        )

        market_coverage.additional_properties = d
        return market_coverage

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
