from enum import StrEnum


class ProgrammeKind(StrEnum):
    BUDGET = "budget"
    FUND = "fund"
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
