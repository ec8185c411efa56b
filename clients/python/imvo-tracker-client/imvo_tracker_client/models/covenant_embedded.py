from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annual_report_view import AnnualReportView
    from ..models.participation_view import ParticipationView
    from ..models.sector_view import SectorView
    from ..models.target_view import TargetView
    from ..models.working_group_view import WorkingGroupView


T = TypeVar("T", bound="CovenantEmbedded")


@_attrs_define
class CovenantEmbedded:
    """Related resources embedded on request (`expand`).

    Attributes:
        sector (None | SectorView | Unset):
        annual_reports (list[AnnualReportView] | None | Unset): Its annual reports, oldest reporting year first
            (`expand=annualReports`).
        targets (list[TargetView] | None | Unset): Its targets, earliest due first (`expand=targets`).
        working_groups (list[WorkingGroupView] | None | Unset): The covenant's working groups, by name
            (`expand=workingGroups`).
        participations (list[ParticipationView] | None | Unset): All of the covenant's participations, past and present,
            in the order
            they joined (`expand=participations`).
    """

    sector: None | SectorView | Unset = UNSET
    annual_reports: list[AnnualReportView] | None | Unset = UNSET
    targets: list[TargetView] | None | Unset = UNSET
    working_groups: list[WorkingGroupView] | None | Unset = UNSET
    participations: list[ParticipationView] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sector_view import SectorView  # noqa: PLC0415

        sector: dict[str, Any] | None | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        elif isinstance(self.sector, SectorView):
            sector = self.sector.to_dict()
        else:
            sector = self.sector

        annual_reports: list[dict[str, Any]] | None | Unset
        if isinstance(self.annual_reports, Unset):
            annual_reports = UNSET
        elif isinstance(self.annual_reports, list):
            annual_reports = []
            for annual_reports_type_0_item_data in self.annual_reports:
                annual_reports_type_0_item = annual_reports_type_0_item_data.to_dict()
                annual_reports.append(annual_reports_type_0_item)

        else:
            annual_reports = self.annual_reports

        targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.targets, Unset):
            targets = UNSET
        elif isinstance(self.targets, list):
            targets = []
            for targets_type_0_item_data in self.targets:
                targets_type_0_item = targets_type_0_item_data.to_dict()
                targets.append(targets_type_0_item)

        else:
            targets = self.targets

        working_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.working_groups, Unset):
            working_groups = UNSET
        elif isinstance(self.working_groups, list):
            working_groups = []
            for working_groups_type_0_item_data in self.working_groups:
                working_groups_type_0_item = working_groups_type_0_item_data.to_dict()
                working_groups.append(working_groups_type_0_item)

        else:
            working_groups = self.working_groups

        participations: list[dict[str, Any]] | None | Unset
        if isinstance(self.participations, Unset):
            participations = UNSET
        elif isinstance(self.participations, list):
            participations = []
            for participations_type_0_item_data in self.participations:
                participations_type_0_item = participations_type_0_item_data.to_dict()
                participations.append(participations_type_0_item)

        else:
            participations = self.participations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sector is not UNSET:
            field_dict["sector"] = sector
        if annual_reports is not UNSET:
            field_dict["annualReports"] = annual_reports
        if targets is not UNSET:
            field_dict["targets"] = targets
        if working_groups is not UNSET:
            field_dict["workingGroups"] = working_groups
        if participations is not UNSET:
            field_dict["participations"] = participations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annual_report_view import AnnualReportView  # noqa: PLC0415
        from ..models.participation_view import ParticipationView  # noqa: PLC0415
        from ..models.sector_view import SectorView  # noqa: PLC0415
        from ..models.target_view import TargetView  # noqa: PLC0415
        from ..models.working_group_view import WorkingGroupView  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sector(data: object) -> None | SectorView | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sector_type_0 = SectorView.from_dict(data)

                return sector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SectorView | Unset, data)

        sector = _parse_sector(d.pop("sector", UNSET))

        def _parse_annual_reports(data: object) -> list[AnnualReportView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annual_reports_type_0 = []
                _annual_reports_type_0 = data
                for annual_reports_type_0_item_data in _annual_reports_type_0:
                    annual_reports_type_0_item = AnnualReportView.from_dict(annual_reports_type_0_item_data)

                    annual_reports_type_0.append(annual_reports_type_0_item)

                return annual_reports_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnnualReportView] | None | Unset, data)

        annual_reports = _parse_annual_reports(d.pop("annualReports", UNSET))

        def _parse_targets(data: object) -> list[TargetView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                targets_type_0 = []
                _targets_type_0 = data
                for targets_type_0_item_data in _targets_type_0:
                    targets_type_0_item = TargetView.from_dict(targets_type_0_item_data)

                    targets_type_0.append(targets_type_0_item)

                return targets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetView] | None | Unset, data)

        targets = _parse_targets(d.pop("targets", UNSET))

        def _parse_working_groups(data: object) -> list[WorkingGroupView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                working_groups_type_0 = []
                _working_groups_type_0 = data
                for working_groups_type_0_item_data in _working_groups_type_0:
                    working_groups_type_0_item = WorkingGroupView.from_dict(working_groups_type_0_item_data)

                    working_groups_type_0.append(working_groups_type_0_item)

                return working_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkingGroupView] | None | Unset, data)

        working_groups = _parse_working_groups(d.pop("workingGroups", UNSET))

        def _parse_participations(data: object) -> list[ParticipationView] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                participations_type_0 = []
                _participations_type_0 = data
                for participations_type_0_item_data in _participations_type_0:
                    participations_type_0_item = ParticipationView.from_dict(participations_type_0_item_data)

                    participations_type_0.append(participations_type_0_item)

                return participations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ParticipationView] | None | Unset, data)

        participations = _parse_participations(d.pop("participations", UNSET))

        covenant_embedded = cls(
            sector=sector,
            annual_reports=annual_reports,
            targets=targets,
            working_groups=working_groups,
            participations=participations,
        )

        covenant_embedded.additional_properties = d
        return covenant_embedded

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
