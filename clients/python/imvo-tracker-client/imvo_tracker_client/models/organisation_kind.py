from enum import StrEnum


class OrganisationKind(StrEnum):
    COMPANY = "company"
    GOVERNMENT = "government"
    INDUSTRYASSOCIATION = "industryAssociation"
    KNOWLEDGEINSTITUTE = "knowledgeInstitute"
    NGO = "ngo"
    TRADEUNION = "tradeUnion"

    def __str__(self) -> str:
        return str(self.value)
