from enum import StrEnum


class GovernanceBodyKind(StrEnum):
    MONITORINGCOMMITTEE = "monitoringCommittee"
    SECRETARIAT = "secretariat"
    STEERINGGROUP = "steeringGroup"

    def __str__(self) -> str:
        return str(self.value)
