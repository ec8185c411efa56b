from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OecdEndorsementInput")


@_attrs_define
class OecdEndorsementInput:
    """What a client writes: the body of
    `POST /v1/organisations/{id}/oecd-endorsements` and
    `PUT /v1/organisations/{id}/oecd-endorsements/{endorsementId}`, and what a
    merge patch applies to. The organisation endorses from `endorsedOn` up to
    the day before `withdrawnOn`; one organisation's periods must not
    overlap.

        Example:
            {'endorsedOn': '2018-01-01', 'evidenceUrl': 'https://www.abnamro.com/en/about-abn-amro/our-
                company/sustainability', 'source': 'Transparantiebenchmark 2018'}

        Attributes:
            endorsed_on (datetime.date): The first day the organisation endorses the Guidelines (as far as
                the source shows). Example: 2018-01-01.
            source (str): Where the fact comes from. Example: Transparantiebenchmark 2018.
            withdrawn_on (datetime.date | None | Unset): The day it stopped endorsing them, if it did; not before
                `endorsedOn`.
            evidence_url (None | str | Unset): Where the endorsement can be read (policy statement, report page). Example:
                https://www.aholddelhaize.com/sustainability/human-rights.
    """

    endorsed_on: datetime.date
    source: str
    withdrawn_on: datetime.date | None | Unset = UNSET
    evidence_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endorsed_on = self.endorsed_on.isoformat()

        source = self.source

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
                "endorsedOn": endorsed_on,
                "source": source,
            }
        )
        if withdrawn_on is not UNSET:
            field_dict["withdrawnOn"] = withdrawn_on
        if evidence_url is not UNSET:
            field_dict["evidenceUrl"] = evidence_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endorsed_on = datetime.date.fromisoformat(d.pop("endorsedOn"))

        source = d.pop("source")

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

        oecd_endorsement_input = cls(
            endorsed_on=endorsed_on,
            source=source,
            withdrawn_on=withdrawn_on,
            evidence_url=evidence_url,
        )

        oecd_endorsement_input.additional_properties = d
        return oecd_endorsement_input

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
