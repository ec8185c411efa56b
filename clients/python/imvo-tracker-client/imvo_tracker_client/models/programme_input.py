from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.date_precision import DatePrecision
from ..models.programme_kind import ProgrammeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeInput")


@_attrs_define
class ProgrammeInput:
    """What a client writes: the body of `POST /v1/programmes` and
    `PUT /v1/programmes/{id}`, and what a merge patch applies to.

        Example:
            {'name': 'Leefbaar loon in de kledingketen', 'kind': 'project', 'purpose': 'Pilots with garment factories on
                paying a living wage.', 'runBy': 'Fair Wear', 'covenant': 'textile', 'startsOn': '2018-01-01',
                'startsOnPrecision': 'year', 'periodAsStated': 'drie jaar', 'budgetEur': 1500000, 'budgetAsStated': '1,5 miljoen
                euro over drie jaar', 'source': 'Jaarrapportage Convenant Duurzame Kleding en Textiel 2018'}

        Attributes:
            name (str): Its name, as the source gives it. Example: Fonds Verantwoorde Productie.
            kind (ProgrammeKind): What kind of programme it is.
            purpose (str): What it is for, in a few sentences. Example: Finances joint projects of companies, NGOs and
                unions against abuses in the value chains of the companies concerned..
            source (str): Where these facts come from, quoting it. Example: Kamerbrief 13 november 2018 'Voortgang IMVO-
                beleid', § Voortgang IMVO-convenanten.
            run_by (None | str | Unset): Who runs or carries it out. Example: Institute for Human Rights and Business
                (IHRB).
            covenant (None | str | Unset): Code of the covenant it serves. Give `covenant`, `theme` or both. Example: gold.
            theme (None | str | Unset): The theme it serves, where it is not (only) one covenant. Example: Living wage.
            starts_on (datetime.date | None | Unset): When it starts or started, as exactly as known (with
                `startsOnPrecision` `month` or `year`, the first day of that month or
                year); `null` when not known. Example: 2019-01-01.
            starts_on_precision (DatePrecision | None | Unset):
            ends_on (datetime.date | None | Unset): When it ends or ended, as exactly as known; not before `startsOn`;
                `null` when not known or open-ended. Example: 2022-01-01.
            ends_on_precision (DatePrecision | None | Unset):
            period_as_stated (None | str | Unset): Its period in the source's words, where dates cannot say it ("een
                looptijd van vier jaar"). Example: een looptijd van vier jaar.
            budget_eur (int | None | Unset): Its budget in whole euros, as the source states it; what it covers
                (a year, the whole period) is in `budgetAsStated`. Example: 8300000.
            budget_as_stated (None | str | Unset): The budget in the source's words, with what it covers; required with
                `budgetEur`. Example: voor het eerste jaar is 8,3 miljoen euro beschikbaar.
            results (None | str | Unset): What it achieved so far, as the source reports it. Example: Eight human-rights
                defenders have been hosted in The Hague and Middelburg..
            url (None | str | Unset): Where to read more. Example: https://www.rvo.nl.
    """

    name: str
    kind: ProgrammeKind
    purpose: str
    source: str
    run_by: None | str | Unset = UNSET
    covenant: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    starts_on_precision: DatePrecision | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    ends_on_precision: DatePrecision | None | Unset = UNSET
    period_as_stated: None | str | Unset = UNSET
    budget_eur: int | None | Unset = UNSET
    budget_as_stated: None | str | Unset = UNSET
    results: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        purpose = self.purpose

        source = self.source

        run_by: None | str | Unset
        if isinstance(self.run_by, Unset):
            run_by = UNSET
        else:
            run_by = self.run_by

        covenant: None | str | Unset
        if isinstance(self.covenant, Unset):
            covenant = UNSET
        else:
            covenant = self.covenant

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        starts_on_precision: None | str | Unset
        if isinstance(self.starts_on_precision, Unset):
            starts_on_precision = UNSET
        elif isinstance(self.starts_on_precision, DatePrecision):
            starts_on_precision = self.starts_on_precision.value
        else:
            starts_on_precision = self.starts_on_precision

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        ends_on_precision: None | str | Unset
        if isinstance(self.ends_on_precision, Unset):
            ends_on_precision = UNSET
        elif isinstance(self.ends_on_precision, DatePrecision):
            ends_on_precision = self.ends_on_precision.value
        else:
            ends_on_precision = self.ends_on_precision

        period_as_stated: None | str | Unset
        if isinstance(self.period_as_stated, Unset):
            period_as_stated = UNSET
        else:
            period_as_stated = self.period_as_stated

        budget_eur: int | None | Unset
        if isinstance(self.budget_eur, Unset):
            budget_eur = UNSET
        else:
            budget_eur = self.budget_eur

        budget_as_stated: None | str | Unset
        if isinstance(self.budget_as_stated, Unset):
            budget_as_stated = UNSET
        else:
            budget_as_stated = self.budget_as_stated

        results: None | str | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        else:
            results = self.results

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "purpose": purpose,
                "source": source,
            }
        )
        if run_by is not UNSET:
            field_dict["runBy"] = run_by
        if covenant is not UNSET:
            field_dict["covenant"] = covenant
        if theme is not UNSET:
            field_dict["theme"] = theme
        if starts_on is not UNSET:
            field_dict["startsOn"] = starts_on
        if starts_on_precision is not UNSET:
            field_dict["startsOnPrecision"] = starts_on_precision
        if ends_on is not UNSET:
            field_dict["endsOn"] = ends_on
        if ends_on_precision is not UNSET:
            field_dict["endsOnPrecision"] = ends_on_precision
        if period_as_stated is not UNSET:
            field_dict["periodAsStated"] = period_as_stated
        if budget_eur is not UNSET:
            field_dict["budgetEur"] = budget_eur
        if budget_as_stated is not UNSET:
            field_dict["budgetAsStated"] = budget_as_stated
        if results is not UNSET:
            field_dict["results"] = results
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = ProgrammeKind(d.pop("kind"))

        purpose = d.pop("purpose")

        source = d.pop("source")

        def _parse_run_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_by = _parse_run_by(d.pop("runBy", UNSET))

        def _parse_covenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        covenant = _parse_covenant(d.pop("covenant", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("startsOn", UNSET))

        def _parse_starts_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_precision_type_0 = DatePrecision(data)

                return starts_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        starts_on_precision = _parse_starts_on_precision(d.pop("startsOnPrecision", UNSET))

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

        def _parse_ends_on_precision(data: object) -> DatePrecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_precision_type_0 = DatePrecision(data)

                return ends_on_precision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatePrecision | None | Unset, data)

        ends_on_precision = _parse_ends_on_precision(d.pop("endsOnPrecision", UNSET))

        def _parse_period_as_stated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_as_stated = _parse_period_as_stated(d.pop("periodAsStated", UNSET))

        def _parse_budget_eur(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        budget_eur = _parse_budget_eur(d.pop("budgetEur", UNSET))

        def _parse_budget_as_stated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_as_stated = _parse_budget_as_stated(d.pop("budgetAsStated", UNSET))

        def _parse_results(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        programme_input = cls(
            name=name,
            kind=kind,
            purpose=purpose,
            source=source,
            run_by=run_by,
            covenant=covenant,
            theme=theme,
            starts_on=starts_on,
            starts_on_precision=starts_on_precision,
            ends_on=ends_on,
            ends_on_precision=ends_on_precision,
            period_as_stated=period_as_stated,
            budget_eur=budget_eur,
            budget_as_stated=budget_as_stated,
            results=results,
            url=url,
        )

        programme_input.additional_properties = d
        return programme_input

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
