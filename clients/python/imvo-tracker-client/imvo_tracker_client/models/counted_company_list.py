from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counted_company import CountedCompany
    from ..models.counted_company_page import CountedCompanyPage
    from ..models.counted_company_page_links import CountedCompanyPageLinks


T = TypeVar("T", bound="CountedCompanyList")


@_attrs_define
class CountedCompanyList:
    """A page of the companies the OECD indicator counted.

    Attributes:
        as_of (datetime.date): The date of the count.
        items (list[CountedCompany]): The companies on this page, by name (compared case-insensitively),
            then by organisation id.
        page (CountedCompanyPage): The size of a page of counted companies, and how many there are.
        field_links (CountedCompanyPageLinks): Links between pages of counted companies.
    """

    as_of: datetime.date
    items: list[CountedCompany]
    page: CountedCompanyPage
    field_links: CountedCompanyPageLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page.to_dict()

        field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOf": as_of,
                "items": items,
                "page": page,
                "_links": field_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counted_company import CountedCompany  # noqa: PLC0415
        from ..models.counted_company_page import CountedCompanyPage  # noqa: PLC0415
        from ..models.counted_company_page_links import CountedCompanyPageLinks  # noqa: PLC0415

        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("asOf"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CountedCompany.from_dict(items_item_data)

            items.append(items_item)

        page = CountedCompanyPage.from_dict(d.pop("page"))

        field_links = CountedCompanyPageLinks.from_dict(d.pop("_links"))

        counted_company_list = cls(
            as_of=as_of,
            items=items,
            page=page,
            field_links=field_links,
        )

        counted_company_list.additional_properties = d
        return counted_company_list

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
