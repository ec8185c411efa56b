from enum import StrEnum


class ParticipationRole(StrEnum):
    COMPANY = "company"
    FACILITATOR = "facilitator"
    GOVERNMENT = "government"
    INDUSTRYASSOCIATION = "industryAssociation"
    KNOWLEDGEINSTITUTE = "knowledgeInstitute"
    NGO = "ngo"
    OBSERVER = "observer"
    TRADEUNION = "tradeUnion"

    def __str__(self) -> str:
        return str(self.value)
