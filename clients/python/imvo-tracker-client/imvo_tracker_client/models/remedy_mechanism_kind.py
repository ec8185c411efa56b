from enum import StrEnum


class RemedyMechanismKind(StrEnum):
    COMPLAINTSPROCEDURE = "complaintsProcedure"
    DIALOGUE = "dialogue"
    TRANSITIONALJUSTICE = "transitionalJustice"

    def __str__(self) -> str:
        return str(self.value)
