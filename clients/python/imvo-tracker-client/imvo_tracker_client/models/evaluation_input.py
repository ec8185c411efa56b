from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.evaluation_kind import EvaluationKind
from ..models.evaluation_status import EvaluationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationInput")


@_attrs_define
class EvaluationInput:
    """What a client writes: the body of `POST /v1/evaluations` and
    `PUT /v1/evaluations/{id}`, and what a merge patch applies to.

        Example:
            {'title': 'Tussentijdse evaluatie Convenant Duurzame Kleding en Textiel', 'kind': 'evaluation', 'status':
                'planned', 'commissionedBy': 'Stuurgroep Convenant Duurzame Kleding en Textiel', 'expectedOn': '2019-01-01',
                'expectedOnPrecision': 'year', 'expectedAsStated': 'in de loop van 2019', 'source': 'Jaarrapportage Convenant
                Duurzame Kleding en Textiel 2018'}

        Attributes:
            title (str): Its name, as the source gives it. Example: Evaluatie van het IMVO-convenantenbeleid.
            kind (EvaluationKind): What kind of work it is.
            status (EvaluationStatus): Where it stands.
            source (str): Where these facts come from, quoting it. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-
                beleid', § IMVO-onderzoek en evaluaties.
            commissioned_by (None | str | Unset): Who commissioned it. Example: SER-commissie IMVO.
            carried_out_by (None | str | Unset): Who carries it out. Example: Directie Internationaal Onderzoek en
                Beleidsevaluatie (IOB).
            expected_on (datetime.date | None | Unset): When it is expected to be finished, as the latest source states it,
                as exactly as known (with `expectedOnPrecision` `month` or `year`, the
                first day of that month or year). `null` when no source says. Example: 2019-01-01.
            expected_on_precision (DatePrecision | None | Unset):
            expected_as_stated (None | str | Unset): The expectation in the source's words, where a date cannot say it
                ("voorjaar van 2019", "begin 2019"); only with `expectedOn`. Example: voorjaar van 2019.
            published_on (datetime.date | None | Unset): When it was published, as exactly as known; only when `completed`,
                and `null` when the date is not known. Example: 2019-05-01.
            published_on_precision (DatePrecision | None | Unset):
            url (None | str | Unset): Where it can be read. Example: https://www.iob-evaluatie.nl.
            summary (None | str | Unset): What it covers or found, in a few sentences. Example: Studies of the covenant
                policy and of the National Contact Point, within the policy review of the budget article on sustainable trade
                and investment..
    """

    title: str
    kind: EvaluationKind
    status: EvaluationStatus
    source: str
    commissioned_by: None | str | Unset = UNSET
    carried_out_by: None | str | Unset = UNSET
    expected_on: datetime.date | None | Unset = UNSET
    expected_on_precision: DatePrecision | None | Unset = UNSET
    expected_as_stated: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    published_on_precision: DatePrecision | None | Unset = UNSET
    url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind = self.kind.value

        status = self.status.value

        source = self.source

        commissioned_by: None | str | Unset
        if isinstance(self.commissioned_by, Unset):
            commissioned_by = UNSET
        else:
            commissioned_by = self.commissioned_by

        carried_out_by: None | str | Unset
        if isinstance(self.carried_out_by, Unset):
            carried_out_by = UNSET
        else:
            carried_out_by = self.carried_out_by

        expected_on: None | str | Unset
        if isinstance(self.expected_on, Unset):
            expected_on = UNSET
        elif isinstance(self.expected_on, datetime.date):
            expected_on = self.expected_on.isoformat()
        else:
            expected_on = self.expected_on

        expected_on_precision: None | str | Unset
        if isinstance(self.expected_on_precision, Unset):
            expected_on_precision = UNSET
        elif isinstance(self.expected_on_precision, DatePrecision):
            expected_on_precision = self.expected_on_precision.value
        else:
            expected_on_precision = self.expected_on_precision

        expected_as_stated: None | str | Unset
        if isinstance(self.expected_as_stated, Unset):
            expected_as_stated = UNSET
        else:
            expected_as_stated = self.expected_as_stated

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        published_on_precision: None | str | Unset
        if isinstance(self.published_on_precision, Unset):
            published_on_precision = UNSET
        elif isinstance(self.published_on_precision, DatePrecision):
            published_on_precision = self.published_on_precision.value
        else:
            published_on_precision = self.published_on_precision

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "kind": kind,
                "status": status,
                "source": source,
            }
        )
        if commissioned_by is not UNSET:
            field_dict["commissionedBy"] = commissioned_by
        if carried_out_by is not UNSET:
            field_dict["carriedOutBy"] = carried_out_by
        if expected_on is not UNSET:
            field_dict["expectedOn"] = expected_on
        if expected_on_precision is not UNSET:
            field_dict["expectedOnPrecision"] = expected_on_precision
        if expected_as_stated is not UNSET:
            field_dict["expectedAsStated"] = expected_as_stated
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_on_precision is not UNSET:
            field_dict["publishedOnPrecision"] = published_on_precision
        if url is not UNSET:
            field_dict["url"] = url
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        kind = EvaluationKind(d.pop("kind"))

        status = EvaluationStatus(d.pop("status"))

        source = d.pop("source")

        def _parse_commissioned_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commissioned_by = _parse_commissioned_by(d.pop("commissionedBy", UNSET))

        def _parse_carried_out_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carried_out_by = _parse_carried_out_by(d.pop("carriedOutBy", UNSET))

        def _parse_expected_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_on_type_0 = datetime.date.fromisoformat(data)

                return expected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_on = _parse_expected_on(d.pop("expectedOn", UNSET))

        def _parse_expected_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_on_precision_type_0 = DatePrecision(data)

                return expected_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        expected_on_precision = _parse_expected_on_precision(d.pop("expectedOnPrecision", UNSET))

        def _parse_expected_as_stated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expected_as_stated = _parse_expected_as_stated(d.pop("expectedAsStated", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("publishedOn", UNSET))

        def _parse_published_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_precision_type_0 = DatePrecision(data)

                return published_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        published_on_precision = _parse_published_on_precision(d.pop("publishedOnPrecision", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        evaluation_input = cls(
            title=title,
            kind=kind,
            status=status,
            source=source,
            commissioned_by=commissioned_by,
            carried_out_by=carried_out_by,
            expected_on=expected_on,
            expected_on_precision=expected_on_precision,
            expected_as_stated=expected_as_stated,
            published_on=published_on,
            published_on_precision=published_on_precision,
            url=url,
            summary=summary,
        )

        evaluation_input.additional_properties = d
        return evaluation_input

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
