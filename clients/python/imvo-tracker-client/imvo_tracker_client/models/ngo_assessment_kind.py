from enum import StrEnum


class NgoAssessmentKind(StrEnum):
    ASSESSMENT = "assessment"
    SHADOWREPORT = "shadowReport"
    STATEMENT = "statement"

    def __str__(self) -> str:
        return str(self.value)
