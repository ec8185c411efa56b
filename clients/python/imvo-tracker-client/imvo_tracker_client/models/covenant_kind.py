from enum import StrEnum


class CovenantKind(StrEnum):
    OTHER = "other"
    SERFACILITATED = "serFacilitated"

    def __str__(self) -> str:
        return str(self.value)
