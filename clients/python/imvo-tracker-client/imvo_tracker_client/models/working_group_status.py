from enum import StrEnum


class WorkingGroupStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
