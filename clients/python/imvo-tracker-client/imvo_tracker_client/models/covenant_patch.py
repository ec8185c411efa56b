from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.covenant_kind import CovenantKind
from ..models.covenant_status import CovenantStatus
from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="CovenantPatch")


@_attrs_define
class CovenantPatch:
    """The members to change (JSON Merge Patch, RFC 7396): members given replace the stored ones, `null` clears an optional
    one; the result must be valid as a whole.

        Attributes:
            code (str | Unset): Stable identifier of the covenant, used in paths and filters. It
                cannot be changed once the covenant exists. Example: textile.
            title_nl (str | Unset): Dutch title, as the covenant is called. Example: Convenant Duurzame Kleding en Textiel.
            title_en (str | Unset): English title. Example: Agreement on Sustainable Garments and Textile.
            sector (str | Unset): Code of the sector the covenant covers. Example: textile.
            status (CovenantStatus | Unset): Where a covenant track stands.
            negotiation_started_on (datetime.date | None | Unset): When negotiations started. Example: 2015-06-01.
            signed_on (datetime.date | None | Unset): When the covenant was signed; not before `negotiationStartedOn`.
                Example: 2016-07-04.
            signed_on_precision (DatePrecision | None | Unset):
            ends_on (datetime.date | None | Unset): When the covenant's term ends; not before `signedOn`. Example:
                2021-07-04.
            expected_signing_on (datetime.date | None | Unset): When the covenant was expected to be signed, as the latest
                source
                stated it before the signing, as exactly as known (with
                `expectedSigningOnPrecision` `month` or `year`, the first day of that
                month or year): beside `signedOn` it shows the slippage. Kept once
                signed. Example: 2019-01-01.
            expected_signing_on_precision (DatePrecision | None | Unset):
            expected_signing_as_stated (None | str | Unset): The expectation in the source's words, where a date cannot say
                it
                ("eerste helft van 2019"); only with `expectedSigningOn`. Example: eerste helft van 2019.
            kind (CovenantKind | None | Unset):
            facilitator (None | str | Unset): Who facilitates the covenant. Example: SER.
            summary (None | str | Unset): What the covenant is about, in a few sentences. Example: Companies, unions, NGOs
                and government work together on the risks in the garment supply chain..
            website (None | str | Unset): The covenant's website. Example: https://www.imvoconvenanten.nl/kleding-textiel.
            source (None | str | Unset): Where these facts come from (letter, Kamerstuk, page). Example: Kamerbrief 13
                november 2018 'Voortgang IMVO-beleid'.
    """

    code: str | Unset = UNSET
    title_nl: str | Unset = UNSET
    title_en: str | Unset = UNSET
    sector: str | Unset = UNSET
    status: CovenantStatus | Unset = UNSET
    negotiation_started_on: datetime.date | None | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    signed_on_precision: DatePrecision | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    expected_signing_on: datetime.date | None | Unset = UNSET
    expected_signing_on_precision: DatePrecision | None | Unset = UNSET
    expected_signing_as_stated: None | str | Unset = UNSET
    kind: CovenantKind | None | Unset = UNSET
    facilitator: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title_nl = self.title_nl

        title_en = self.title_en

        sector = self.sector

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        negotiation_started_on: None | str | Unset
        if isinstance(self.negotiation_started_on, Unset):
            negotiation_started_on = UNSET
        elif isinstance(self.negotiation_started_on, datetime.date):
            negotiation_started_on = self.negotiation_started_on.isoformat()
        else:
            negotiation_started_on = self.negotiation_started_on

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        signed_on_precision: None | str | Unset
        if isinstance(self.signed_on_precision, Unset):
            signed_on_precision = UNSET
        elif isinstance(self.signed_on_precision, DatePrecision):
            signed_on_precision = self.signed_on_precision.value
        else:
            signed_on_precision = self.signed_on_precision

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        expected_signing_on: None | str | Unset
        if isinstance(self.expected_signing_on, Unset):
            expected_signing_on = UNSET
        elif isinstance(self.expected_signing_on, datetime.date):
            expected_signing_on = self.expected_signing_on.isoformat()
        else:
            expected_signing_on = self.expected_signing_on

        expected_signing_on_precision: None | str | Unset
        if isinstance(self.expected_signing_on_precision, Unset):
            expected_signing_on_precision = UNSET
        elif isinstance(self.expected_signing_on_precision, DatePrecision):
            expected_signing_on_precision = self.expected_signing_on_precision.value
        else:
            expected_signing_on_precision = self.expected_signing_on_precision

        expected_signing_as_stated: None | str | Unset
        if isinstance(self.expected_signing_as_stated, Unset):
            expected_signing_as_stated = UNSET
        else:
            expected_signing_as_stated = self.expected_signing_as_stated

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, CovenantKind):
            kind = self.kind.value
        else:
            kind = self.kind

        facilitator: None | str | Unset
        if isinstance(self.facilitator, Unset):
            facilitator = UNSET
        else:
            facilitator = self.facilitator

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if title_nl is not UNSET:
            field_dict["titleNl"] = title_nl
        if title_en is not UNSET:
            field_dict["titleEn"] = title_en
        if sector is not UNSET:
            field_dict["sector"] = sector
        if status is not UNSET:
            field_dict["status"] = status
        if negotiation_started_on is not UNSET:
            field_dict["negotiationStartedOn"] = negotiation_started_on
        if signed_on is not UNSET:
            field_dict["signedOn"] = signed_on
        if signed_on_precision is not UNSET:
            field_dict["signedOnPrecision"] = signed_on_precision
        if ends_on is not UNSET:
            field_dict["endsOn"] = ends_on
        if expected_signing_on is not UNSET:
            field_dict["expectedSigningOn"] = expected_signing_on
        if expected_signing_on_precision is not UNSET:
            field_dict["expectedSigningOnPrecision"] = expected_signing_on_precision
        if expected_signing_as_stated is not UNSET:
            field_dict["expectedSigningAsStated"] = expected_signing_as_stated
        if kind is not UNSET:
            field_dict["kind"] = kind
        if facilitator is not UNSET:
            field_dict["facilitator"] = facilitator
        if summary is not UNSET:
            field_dict["summary"] = summary
        if website is not UNSET:
            field_dict["website"] = website
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        title_nl = d.pop("titleNl", UNSET)

        title_en = d.pop("titleEn", UNSET)

        sector = d.pop("sector", UNSET)

        _status = d.pop("status", UNSET)
        status: CovenantStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CovenantStatus(_status)

        def _parse_negotiation_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                negotiation_started_on_type_0 = datetime.date.fromisoformat(data)

                return negotiation_started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        negotiation_started_on = _parse_negotiation_started_on(d.pop("negotiationStartedOn", UNSET))

        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        signed_on = _parse_signed_on(d.pop("signedOn", UNSET))

        def _parse_signed_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_precision_type_0 = DatePrecision(data)

                return signed_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        signed_on_precision = _parse_signed_on_precision(d.pop("signedOnPrecision", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("endsOn", UNSET))

        def _parse_expected_signing_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_signing_on_type_0 = datetime.date.fromisoformat(data)

                return expected_signing_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_signing_on = _parse_expected_signing_on(d.pop("expectedSigningOn", UNSET))

        def _parse_expected_signing_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_signing_on_precision_type_0 = DatePrecision(data)

                return expected_signing_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        expected_signing_on_precision = _parse_expected_signing_on_precision(d.pop("expectedSigningOnPrecision", UNSET))

        def _parse_expected_signing_as_stated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_signing_as_stated = _parse_expected_signing_as_stated(d.pop("expectedSigningAsStated", UNSET))

        def _parse_kind(data: object) -> CovenantKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = CovenantKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CovenantKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_facilitator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facilitator = _parse_facilitator(d.pop("facilitator", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        covenant_patch = cls(
            code=code,
            title_nl=title_nl,
            title_en=title_en,
            sector=sector,
            status=status,
            negotiation_started_on=negotiation_started_on,
            signed_on=signed_on,
            signed_on_precision=signed_on_precision,
            ends_on=ends_on,
            expected_signing_on=expected_signing_on,
            expected_signing_on_precision=expected_signing_on_precision,
            expected_signing_as_stated=expected_signing_as_stated,
            kind=kind,
            facilitator=facilitator,
            summary=summary,
            website=website,
            source=source,
        )

        covenant_patch.additional_properties = d
        return covenant_patch

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
