from enum import StrEnum


class CovenantExpansion(StrEnum):
    ANNUALREPORTS = "annualReports"
    PARTICIPATIONS = "participations"
    SECTOR = "sector"
    TARGETS = "targets"
    WORKINGGROUPS = "workingGroups"

    def __str__(self) -> str:
        return str(self.value)
