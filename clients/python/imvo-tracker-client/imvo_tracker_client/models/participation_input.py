from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participation_role import ParticipationRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipationInput")


@_attrs_define
class ParticipationInput:
    """What a client writes: the body of `POST /v1/participations` and
    `PUT /v1/participations/{id}`, and what a merge patch applies to. The
    organisation takes part from `joinedOn` up to the day before `leftOn`;
    its participations in one covenant must not overlap.

        Example:
            {'covenant': 'banking', 'organisation': 16, 'role': 'company', 'joinedOn': '2016-10-28', 'source': 'Convenant
                Duurzaam Bankwezen, lijst van ondertekenaars'}

        Attributes:
            covenant (str): Code of the covenant. Example: textile.
            organisation (int): Id of the participating organisation. Example: 12.
            role (ParticipationRole): In what capacity an organisation takes part in a covenant. It need not
                equal the organisation's kind: an industry association may, for
                instance, take part as `facilitator`.
            joined_on (datetime.date): The day it joined (signed or adhered to) the covenant. Example: 2016-07-04.
            left_on (datetime.date | None | Unset): The day it left, if it did; not before `joinedOn`.
            market_share (float | None | Unset): The share (a ratio from 0 to 1; 0.05 is 5%) of the sector's Dutch
                market it represents;
                only for the roles `company` and `industryAssociation`. Example: 0.012.
            source (None | str | Unset): Where the fact comes from. Example: Jaarrapportage Convenant Duurzame Kleding en
                Textiel 2018, bijlage 1.
    """

    covenant: str
    organisation: int
    role: ParticipationRole
    joined_on: datetime.date
    left_on: datetime.date | None | Unset = UNSET
    market_share: float | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant

        organisation = self.organisation

        role = self.role.value

        joined_on = self.joined_on.isoformat()

        left_on: None | str | Unset
        if isinstance(self.left_on, Unset):
            left_on = UNSET
        elif isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        market_share: float | None | Unset
        if isinstance(self.market_share, Unset):
            market_share = UNSET
        else:
            market_share = self.market_share

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "covenant": covenant,
                "organisation": organisation,
                "role": role,
                "joinedOn": joined_on,
            }
        )
        if left_on is not UNSET:
            field_dict["leftOn"] = left_on
        if market_share is not UNSET:
            field_dict["marketShare"] = market_share
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covenant = d.pop("covenant")

        organisation = d.pop("organisation")

        role = ParticipationRole(d.pop("role"))

        joined_on = datetime.date.fromisoformat(d.pop("joinedOn"))

        def _parse_left_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        left_on = _parse_left_on(d.pop("leftOn", UNSET))

        def _parse_market_share(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        market_share = _parse_market_share(d.pop("marketShare", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        participation_input = cls(
            covenant=covenant,
            organisation=organisation,
            role=role,
            joined_on=joined_on,
            left_on=left_on,
            market_share=market_share,
            source=source,
        )

        participation_input.additional_properties = d
        return participation_input

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
