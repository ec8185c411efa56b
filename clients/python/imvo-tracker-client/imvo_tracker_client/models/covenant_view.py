from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.covenant_kind import CovenantKind
from ..models.covenant_status import CovenantStatus
from ..models.date_precision import DatePrecision
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.covenant_embedded import CovenantEmbedded
    from ..models.covenant_links import CovenantLinks


T = TypeVar("T", bound="CovenantView")


@_attrs_define
class CovenantView:
    """A covenant as the API shows it.

    Attributes:
        code (str): Stable identifier of the covenant. Example: textile.
        title_nl (str): Dutch title. Example: Convenant Duurzame Kleding en Textiel.
        title_en (str): English title. Example: Agreement on Sustainable Garments and Textile.
        sector (str): Code of the sector it covers. Example: textile.
        status (CovenantStatus): Where a covenant track stands.
        signed_on_precision (DatePrecision): How exact a date is: sources sometimes give only a month or a year. The
            date is then the first day of that month or year.
        kind (CovenantKind): What kind of agreement a covenant is.
        created_at (datetime.datetime): When the covenant was recorded (UTC). Example: 2026-11-23T10:15:00.000Z.
        updated_at (datetime.datetime): When the covenant last changed (UTC). Example: 2026-11-23T10:15:00.000Z.
        field_links (CovenantLinks): Links of a covenant.
        negotiation_started_on (datetime.date | None | Unset): When negotiations started. Example: 2015-06-01.
        signed_on (datetime.date | None | Unset): When it was signed. Example: 2016-07-04.
        ends_on (datetime.date | None | Unset): When its term ends. Example: 2021-07-04.
        expected_signing_on (datetime.date | None | Unset): When it was expected to be signed, as exactly as
            `expectedSigningOnPrecision` says. Example: 2019-01-01.
        expected_signing_on_precision (DatePrecision | None | Unset):
        expected_signing_as_stated (None | str | Unset): The expectation in the source's words. Example: eerste helft
            van 2019.
        facilitator (None | str | Unset): Who facilitates it. Example: SER.
        summary (None | str | Unset): What it is about.
        website (None | str | Unset): Its website. Example: https://www.imvoconvenanten.nl/kleding-textiel.
        source (None | str | Unset): Where these facts come from. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-
            beleid'.
        field_embedded (CovenantEmbedded | None | Unset):
    """

    code: str
    title_nl: str
    title_en: str
    sector: str
    status: CovenantStatus
    signed_on_precision: DatePrecision
    kind: CovenantKind
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: CovenantLinks
    negotiation_started_on: datetime.date | None | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    expected_signing_on: datetime.date | None | Unset = UNSET
    expected_signing_on_precision: DatePrecision | None | Unset = UNSET
    expected_signing_as_stated: None | str | Unset = UNSET
    facilitator: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    field_embedded: CovenantEmbedded | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.covenant_embedded import CovenantEmbedded  # noqa: PLC0415

        code = self.code

        title_nl = self.title_nl

        title_en = self.title_en

        sector = self.sector

        status = self.status.value

        signed_on_precision = self.signed_on_precision.value

        kind = self.kind.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

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

        field_embedded: dict[str, Any] | None | Unset
        if isinstance(self.field_embedded, Unset):
            field_embedded = UNSET
        elif isinstance(self.field_embedded, CovenantEmbedded):
            field_embedded = self.field_embedded.to_dict()
        else:
            field_embedded = self.field_embedded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "titleNl": title_nl,
                "titleEn": title_en,
                "sector": sector,
                "status": status,
                "signedOnPrecision": signed_on_precision,
                "kind": kind,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
            }
        )
        if negotiation_started_on is not UNSET:
            field_dict["negotiationStartedOn"] = negotiation_started_on
        if signed_on is not UNSET:
            field_dict["signedOn"] = signed_on
        if ends_on is not UNSET:
            field_dict["endsOn"] = ends_on
        if expected_signing_on is not UNSET:
            field_dict["expectedSigningOn"] = expected_signing_on
        if expected_signing_on_precision is not UNSET:
            field_dict["expectedSigningOnPrecision"] = expected_signing_on_precision
        if expected_signing_as_stated is not UNSET:
            field_dict["expectedSigningAsStated"] = expected_signing_as_stated
        if facilitator is not UNSET:
            field_dict["facilitator"] = facilitator
        if summary is not UNSET:
            field_dict["summary"] = summary
        if website is not UNSET:
            field_dict["website"] = website
        if source is not UNSET:
            field_dict["source"] = source
        if field_embedded is not UNSET:
            field_dict["_embedded"] = field_embedded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.covenant_embedded import CovenantEmbedded  # noqa: PLC0415
        from ..models.covenant_links import CovenantLinks  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        title_nl = d.pop("titleNl")

        title_en = d.pop("titleEn")

        sector = d.pop("sector")

        status = CovenantStatus(d.pop("status"))

        signed_on_precision = DatePrecision(d.pop("signedOnPrecision"))

        kind = CovenantKind(d.pop("kind"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = CovenantLinks.from_dict(d.pop("_links"))

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

        def _parse_field_embedded(data: object) -> CovenantEmbedded | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_embedded_type_0 = CovenantEmbedded.from_dict(data)

                return field_embedded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CovenantEmbedded | None | Unset, data)

        field_embedded = _parse_field_embedded(d.pop("_embedded", UNSET))

        covenant_view = cls(
            code=code,
            title_nl=title_nl,
            title_en=title_en,
            sector=sector,
            status=status,
            signed_on_precision=signed_on_precision,
            kind=kind,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            negotiation_started_on=negotiation_started_on,
            signed_on=signed_on,
            ends_on=ends_on,
            expected_signing_on=expected_signing_on,
            expected_signing_on_precision=expected_signing_on_precision,
            expected_signing_as_stated=expected_signing_as_stated,
            facilitator=facilitator,
            summary=summary,
            website=website,
            source=source,
            field_embedded=field_embedded,
        )

        covenant_view.additional_properties = d
        return covenant_view

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
