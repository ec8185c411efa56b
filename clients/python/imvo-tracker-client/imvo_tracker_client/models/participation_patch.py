from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participation_role import ParticipationRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipationPatch")


@_attrs_define
class ParticipationPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            covenant (str | Unset): Code of the covenant. Example: textile.
            organisation (int | Unset): Id of the participating organisation. Example: 12.
            role (ParticipationRole | Unset): In what capacity an organisation takes part in a covenant. It need not
                equal the organisation's kind: an industry association may, for
                instance, take part as `facilitator`.
            joined_on (datetime.date | Unset): The day it joined (signed or adhered to) the covenant. Example: 2016-07-04.
            left_on (datetime.date | None | Unset): The day it left, if it did; not before `joinedOn`.
            market_share (float | None | Unset): The share (a ratio from 0 to 1; 0.05 is 5%) of the sector's Dutch
                market it represents;
                only for the roles `company` and `industryAssociation`. Example: 0.012.
            source (None | str | Unset): Where the fact comes from. Example: Jaarrapportage Convenant Duurzame Kleding en
                Textiel 2018, bijlage 1.
    """

    covenant: str | Unset = UNSET
    organisation: int | Unset = UNSET
    role: ParticipationRole | Unset = UNSET
    joined_on: datetime.date | Unset = UNSET
    left_on: datetime.date | None | Unset = UNSET
    market_share: float | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        covenant = self.covenant

        organisation = self.organisation

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        joined_on: str | Unset = UNSET
        if not isinstance(self.joined_on, Unset):
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
        field_dict.update({})
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if role is not UNSET:
            field_dict["role"] = role
        if joined_on is not UNSET:
            field_dict["joinedOn"] = joined_on
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
        covenant = d.pop("covenant", UNSET)

        organisation = d.pop("organisation", UNSET)

        _role = d.pop("role", UNSET)
        role: ParticipationRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ParticipationRole(_role)

        _joined_on = d.pop("joinedOn", UNSET)
        joined_on: datetime.date | Unset
        if isinstance(_joined_on, Unset):
            joined_on = UNSET
        else:
            joined_on = datetime.date.fromisoformat(_joined_on)

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

        participation_patch = cls(
            covenant=covenant,
            organisation=organisation,
            role=role,
            joined_on=joined_on,
            left_on=left_on,
            market_share=market_share,
            source=source,
        )

        participation_patch.additional_properties = d
        return participation_patch

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
