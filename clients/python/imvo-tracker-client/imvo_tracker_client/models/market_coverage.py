from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target_progress import TargetProgress


T = TypeVar("T", bound="MarketCoverage")


@_attrs_define
class MarketCoverage:
    """Market coverage of a covenant.

    Attributes:
        as_of (datetime.date): The date the figure is computed for.
        covenant (str): The covenant's code. Example: textile.
        definition (str): How the figures are defined.
        active_participants (int): Participants active at `asOf` (joined on or before, not left on or
            before). Example: 79.
        company_participants (int): Of those, participants in the role `company`. Example: 75.
        computed_coverage (float): The sum of the active participants' market shares, capped at 1. Example: 0.42.
        capped (bool): Whether the sum exceeded 1 and was capped.
        participants_without_share (int): Active participants without a market share (not in the sum). Example: 4.
        reported (None | TargetProgress | Unset):
    """

    as_of: datetime.date
    covenant: str
    definition: str
    active_participants: int
    company_participants: int
    computed_coverage: float
    capped: bool
    participants_without_share: int
    reported: None | TargetProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.target_progress import TargetProgress  # noqa: PLC0415

        as_of = self.as_of.isoformat()

        covenant = self.covenant

        definition = self.definition

        active_participants = self.active_participants

        company_participants = self.company_participants

        computed_coverage = self.computed_coverage

        capped = self.capped

        participants_without_share = self.participants_without_share

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
                "computedCoverage": computed_coverage,
                "capped": capped,
                "participantsWithoutShare": participants_without_share,
            }
        )
        if reported is not UNSET:
            field_dict["reported"] = reported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_progress import TargetProgress  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        covenant = d.pop("covenant")

        definition = d.pop("definition")

        active_participants = d.pop("activeParticipants")

        company_participants = d.pop("companyParticipants")

        computed_coverage = d.pop("computedCoverage")

        capped = d.pop("capped")

        participants_without_share = d.pop("participantsWithoutShare")

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
            computed_coverage=computed_coverage,
            capped=capped,
            participants_without_share=participants_without_share,
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
