from enum import StrEnum


class WorkingGroupTheme(StrEnum):
    ACCESSTOREMEDY = "accessToRemedy"
    ANIMALWELFARE = "animalWelfare"
    BIODIVERSITY = "biodiversity"
    CHILDLABOUR = "childLabour"
    CLIMATE = "climate"
    DUEDILIGENCE = "dueDiligence"
    GENDEREQUALITY = "genderEquality"
    LANDRIGHTS = "landRights"
    LEVERAGE = "leverage"
    LIVINGWAGE = "livingWage"
    MONITORING = "monitoring"
    OTHER = "other"
    VALUECHAIN = "valueChain"

    def __str__(self) -> str:
        return str(self.value)
