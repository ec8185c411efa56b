from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.covenant_status import CovenantStatus

if TYPE_CHECKING:
    from ..models.covenant_figures_links import CovenantFiguresLinks
    from ..models.market_coverage import MarketCoverage
    from ..models.target_progress import TargetProgress
    from ..models.year_count import YearCount


T = TypeVar("T", bound="CovenantFigures")


@_attrs_define
class CovenantFigures:
    """One covenant's figures at a date.

    Attributes:
        covenant (str): The covenant's code. Example: textile.
        title_nl (str): Its title in Dutch. Example: Convenant Duurzame Kleding en Textiel.
        title_en (str): Its title in English. Example: Agreement on Sustainable Garments and Textile.
        status (CovenantStatus): Where a covenant track stands.
        participants (list[YearCount]): Active participants recorded at the end of each year from the year
            of the first joining, the last at `asOf` itself (empty without
            participations).
        coverage (MarketCoverage): Market coverage of a covenant: what can be computed from the recorded
            participations, beside what the covenant reported.
        targets (list[TargetProgress]): Each of its targets with its progress, earliest due first.
        field_links (CovenantFiguresLinks): Links of a covenant's figures.
    """

    covenant: str
    title_nl: str
    title_en: str
    status: CovenantStatus
    participants: list[YearCount]
    coverage: MarketCoverage
    targets: list[TargetProgress]
    field_links: CovenantFiguresLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant

        title_nl = self.title_nl

        title_en = self.title_en

        status = self.status.value

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        coverage = self.coverage.to_dict()

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covenant": covenant,
                "titleNl": title_nl,
                "titleEn": title_en,
                "status": status,
                "participants": participants,
                "coverage": coverage,
                "targets": targets,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covenant_figures_links import CovenantFiguresLinks  # noqa: PLC0415
        from ..models.market_coverage import MarketCoverage  # noqa: PLC0415
        from ..models.target_progress import TargetProgress  # noqa: PLC0415
        from ..models.year_count import YearCount  # noqa: PLC0415

        d = dict(src_dict)
        covenant = d.pop("covenant")

        title_nl = d.pop("titleNl")

        title_en = d.pop("titleEn")

        status = CovenantStatus(d.pop("status"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = YearCount.from_dict(participants_item_data)

            participants.append(participants_item)

        coverage = MarketCoverage.from_dict(d.pop("coverage"))

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = TargetProgress.from_dict(targets_item_data)

            targets.append(targets_item)

        field_links = CovenantFiguresLinks.from_dict(d.pop("_links"))

        covenant_figures = cls(
            covenant=covenant,
            title_nl=title_nl,
            title_en=title_en,
            status=status,
            participants=participants,
            coverage=coverage,
            targets=targets,
            field_links=field_links,
        )

        covenant_figures.additional_properties = d
        return covenant_figures

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
