from enum import StrEnum


class EvaluationKind(StrEnum):
    EVALUATION = "evaluation"
    POLICYREVIEW = "policyReview"
    PROGRESSREPORT = "progressReport"
    SECTORRISKANALYSIS = "sectorRiskAnalysis"
    STUDY = "study"

    def __str__(self) -> str:
        return str(self.value)
