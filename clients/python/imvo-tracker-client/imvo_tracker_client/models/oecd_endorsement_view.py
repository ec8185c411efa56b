from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.oecd_endorsement_links import OecdEndorsementLinks


T = TypeVar("T", bound="OecdEndorsementView")


@_attrs_define
class OecdEndorsementView:
    """An endorsement of the OECD Guidelines, as the API shows it.

    Attributes:
        id (int): Server-assigned identifier, used in paths. Example: 3.
        organisation (int): Id of the endorsing organisation. Example: 12.
        endorsed_on (datetime.date): The first day of the endorsement. Example: 2018-01-01.
        source (str): Where the fact comes from. Example: Transparantiebenchmark 2018.
        created_at (datetime.datetime): When the endorsement was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the endorsement last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (OecdEndorsementLinks): Links of an endorsement.
        withdrawn_on (datetime.date | None | Unset): The day it was withdrawn, if it was.
        evidence_url (None | str | Unset): Where the endorsement can be read. Example:
            https://www.aholddelhaize.com/sustainability/human-rights.
    """

    id: int
    organisation: int
    endorsed_on: datetime.date
    source: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: OecdEndorsementLinks
    withdrawn_on: datetime.date | None | Unset = UNSET
    evidence_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation = self.organisation

        endorsed_on = self.endorsed_on.isoformat()

        source = self.source

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        withdrawn_on: None | str | Unset
        if isinstance(self.withdrawn_on, Unset):
            withdrawn_on = UNSET
        elif isinstance(self.withdrawn_on, datetime.date):
            withdrawn_on = self.withdrawn_on.isoformat()
        else:
            withdrawn_on = self.withdrawn_on

        evidence_url: None | str | Unset
        if isinstance(self.evidence_url, Unset):
            evidence_url = UNSET
        else:
            evidence_url = self.evidence_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisation": organisation,
                "endorsedOn": endorsed_on,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if withdrawn_on is not UNSET:
            field_dict["withdrawnOn"] = withdrawn_on
        if evidence_url is not UNSET:
            field_dict["evidenceUrl"] = evidence_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oecd_endorsement_links import OecdEndorsementLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        organisation = d.pop("organisation")

        endorsed_on = datetime.date.fromisoformat(d.pop("endorsedOn"))

        source = d.pop("source")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = OecdEndorsementLinks.from_dict(d.pop("_links"))

        def _parse_withdrawn_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_on_type_0 = datetime.date.fromisoformat(data)

                return withdrawn_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        withdrawn_on = _parse_withdrawn_on(d.pop("withdrawnOn", UNSET))

        def _parse_evidence_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence_url = _parse_evidence_url(d.pop("evidenceUrl", UNSET))

        oecd_endorsement_view = cls(
            id=id,
            organisation=organisation,
            endorsed_on=endorsed_on,
            source=source,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            withdrawn_on=withdrawn_on,
            evidence_url=evidence_url,
        )

        oecd_endorsement_view.additional_properties = d
        return oecd_endorsement_view

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
