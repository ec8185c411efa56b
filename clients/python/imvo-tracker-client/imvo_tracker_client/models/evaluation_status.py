from enum import StrEnum


class EvaluationStatus(StrEnum):
    COMPLETED = "completed"
    INPROGRESS = "inProgress"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
