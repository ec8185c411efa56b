from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participation_role import ParticipationRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.participation_links import ParticipationLinks


T = TypeVar("T", bound="ParticipationView")


@_attrs_define
class ParticipationView:
    """A participation as the API shows it.

    Attributes:
        id (int): Server-assigned identifier, used in paths. Example: 7.
        covenant (str): Code of the covenant. Example: textile.
        organisation (int): Id of the participating organisation. Example: 12.
        role (ParticipationRole): In what capacity an organisation takes part in a covenant. It need not
            equal the organisation's kind: an industry association may, for
            instance, take part as `facilitator`.
        joined_on (datetime.date): The day it joined. Example: 2016-07-04.
        created_at (datetime.datetime): When the participation was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the participation last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (ParticipationLinks): Links of a participation.
        organisation_name (str | Unset): The organisation's name, so that a list or CSV row names it. Example: Voorbeeld
            Textiel B.V..
        left_on (datetime.date | None | Unset): The day it left, if it did.
        market_share (float | None | Unset): The share (a ratio from 0 to 1; 0.05 is 5%) of the sector's Dutch
            market it represents. Example: 0.012.
        source (None | str | Unset): Where the fact comes from. Example: Jaarrapportage Convenant Duurzame Kleding en
            Textiel 2018, bijlage 1.
    """

    id: int
    covenant: str
    organisation: int
    role: ParticipationRole
    joined_on: datetime.date
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: ParticipationLinks
    organisation_name: str | Unset = UNSET
    left_on: datetime.date | None | Unset = UNSET
    market_share: float | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        covenant = self.covenant

        organisation = self.organisation

        role = self.role.value

        joined_on = self.joined_on.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        organisation_name = self.organisation_name

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
                "id": id,
                "covenant": covenant,
                "organisation": organisation,
                "role": role,
                "joinedOn": joined_on,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if organisation_name is not UNSET:
            field_dict["organisationName"] = organisation_name
        if left_on is not UNSET:
            field_dict["leftOn"] = left_on
        if market_share is not UNSET:
            field_dict["marketShare"] = market_share
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participation_links import ParticipationLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        covenant = d.pop("covenant")

        organisation = d.pop("organisation")

        role = ParticipationRole(d.pop("role"))

        joined_on = datetime.date.fromisoformat(d.pop("joinedOn"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = ParticipationLinks.from_dict(d.pop("_links"))

        organisation_name = d.pop("organisationName", UNSET)

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

        participation_view = cls(
            id=id,
            covenant=covenant,
            organisation=organisation,
            role=role,
            joined_on=joined_on,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            organisation_name=organisation_name,
            left_on=left_on,
            market_share=market_share,
            source=source,
        )

        participation_view.additional_properties = d
        return participation_view

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
