"""Contains all the data models used in inputs/outputs"""

from .annual_report_input import AnnualReportInput
from .annual_report_links import AnnualReportLinks
from .annual_report_list import AnnualReportList
from .annual_report_patch import AnnualReportPatch
from .annual_report_view import AnnualReportView
from .audit_action import AuditAction
from .audit_event_links import AuditEventLinks
from .audit_event_list import AuditEventList
from .audit_event_view import AuditEventView
from .audit_event_view_after_type_0 import AuditEventViewAfterType0
from .audit_event_view_before_type_0 import AuditEventViewBeforeType0
from .change_links import ChangeLinks
from .change_list import ChangeList
from .change_list_links import ChangeListLinks
from .change_since import ChangeSince
from .change_since_links import ChangeSinceLinks
from .change_view import ChangeView
from .change_view_resource_type_0 import ChangeViewResourceType0
from .comparison_links import ComparisonLinks
from .counted_company import CountedCompany
from .counted_company_links import CountedCompanyLinks
from .counted_company_list import CountedCompanyList
from .counted_company_page import CountedCompanyPage
from .counted_company_page_links import CountedCompanyPageLinks
from .country_code import CountryCode
from .covenant_embedded import CovenantEmbedded
from .covenant_expansion import CovenantExpansion
from .covenant_figures import CovenantFigures
from .covenant_figures_links import CovenantFiguresLinks
from .covenant_input import CovenantInput
from .covenant_kind import CovenantKind
from .covenant_links import CovenantLinks
from .covenant_list import CovenantList
from .covenant_patch import CovenantPatch
from .covenant_progress import CovenantProgress
from .covenant_status import CovenantStatus
from .covenant_status_change_list import CovenantStatusChangeList
from .covenant_status_change_patch import CovenantStatusChangePatch
from .covenant_view import CovenantView
from .covenants_by_status import CovenantsByStatus
from .covenants_dashboard import CovenantsDashboard
from .coverage_not_computed import CoverageNotComputed
from .coverage_not_computed_reason import CoverageNotComputedReason
from .date_basis import DateBasis
from .date_precision import DatePrecision
from .evaluation_input import EvaluationInput
from .evaluation_kind import EvaluationKind
from .evaluation_links import EvaluationLinks
from .evaluation_list import EvaluationList
from .evaluation_patch import EvaluationPatch
from .evaluation_status import EvaluationStatus
from .evaluation_view import EvaluationView
from .field_error import FieldError
from .figure_comparison import FigureComparison
from .figure_comparison_as_published import FigureComparisonAsPublished
from .figure_comparison_today import FigureComparisonToday
from .figure_scope import FigureScope
from .governance_body_input import GovernanceBodyInput
from .governance_body_kind import GovernanceBodyKind
from .governance_body_links import GovernanceBodyLinks
from .governance_body_list import GovernanceBodyList
from .governance_body_patch import GovernanceBodyPatch
from .governance_body_view import GovernanceBodyView
from .health import Health
from .indicator_direction import IndicatorDirection
from .indicator_input import IndicatorInput
from .indicator_links import IndicatorLinks
from .indicator_list import IndicatorList
from .indicator_patch import IndicatorPatch
from .indicator_unit import IndicatorUnit
from .indicator_view import IndicatorView
from .latest_value import LatestValue
from .latest_value_links import LatestValueLinks
from .letter_input import LetterInput
from .letter_links import LetterLinks
from .letter_list import LetterList
from .letter_patch import LetterPatch
from .letter_view import LetterView
from .link import Link
from .market_coverage import MarketCoverage
from .measurement_input import MeasurementInput
from .measurement_links import MeasurementLinks
from .measurement_list import MeasurementList
from .measurement_patch import MeasurementPatch
from .measurement_view import MeasurementView
from .motion_input import MotionInput
from .motion_links import MotionLinks
from .motion_list import MotionList
from .motion_patch import MotionPatch
from .motion_response_input import MotionResponseInput
from .motion_response_links import MotionResponseLinks
from .motion_response_list import MotionResponseList
from .motion_response_patch import MotionResponsePatch
from .motion_response_view import MotionResponseView
from .motion_status import MotionStatus
from .motion_view import MotionView
from .ngo_assessment_input import NgoAssessmentInput
from .ngo_assessment_kind import NgoAssessmentKind
from .ngo_assessment_links import NgoAssessmentLinks
from .ngo_assessment_list import NgoAssessmentList
from .ngo_assessment_patch import NgoAssessmentPatch
from .ngo_assessment_view import NgoAssessmentView
from .oecd_endorsement_input import OecdEndorsementInput
from .oecd_endorsement_links import OecdEndorsementLinks
from .oecd_endorsement_list import OecdEndorsementList
from .oecd_endorsement_metric import OecdEndorsementMetric
from .oecd_endorsement_patch import OecdEndorsementPatch
from .oecd_endorsement_view import OecdEndorsementView
from .oecd_links import OecdLinks
from .organisation_input import OrganisationInput
from .organisation_kind import OrganisationKind
from .organisation_links import OrganisationLinks
from .organisation_list import OrganisationList
from .organisation_patch import OrganisationPatch
from .organisation_view import OrganisationView
from .overview import Overview
from .page_info import PageInfo
from .page_links import PageLinks
from .participation_input import ParticipationInput
from .participation_links import ParticipationLinks
from .participation_list import ParticipationList
from .participation_patch import ParticipationPatch
from .participation_role import ParticipationRole
from .participation_view import ParticipationView
from .problem import Problem
from .programme_input import ProgrammeInput
from .programme_kind import ProgrammeKind
from .programme_links import ProgrammeLinks
from .programme_list import ProgrammeList
from .programme_patch import ProgrammePatch
from .programme_view import ProgrammeView
from .progress_basis import ProgressBasis
from .progress_status import ProgressStatus
from .progress_value_links import ProgressValueLinks
from .projection import Projection
from .published_figure_input import PublishedFigureInput
from .published_figure_links import PublishedFigureLinks
from .published_figure_list import PublishedFigureList
from .published_figure_patch import PublishedFigurePatch
from .published_figure_view import PublishedFigureView
from .qualifier import Qualifier
from .ratio import Ratio
from .remedy_mechanism_input import RemedyMechanismInput
from .remedy_mechanism_kind import RemedyMechanismKind
from .remedy_mechanism_links import RemedyMechanismLinks
from .remedy_mechanism_list import RemedyMechanismList
from .remedy_mechanism_patch import RemedyMechanismPatch
from .remedy_mechanism_status import RemedyMechanismStatus
from .remedy_mechanism_view import RemedyMechanismView
from .reported_figure import ReportedFigure
from .sector_input import SectorInput
from .sector_links import SectorLinks
from .sector_list import SectorList
from .sector_patch import SectorPatch
from .sector_view import SectorView
from .series_point import SeriesPoint
from .size_fact_input import SizeFactInput
from .size_fact_links import SizeFactLinks
from .size_fact_list import SizeFactList
from .size_fact_patch import SizeFactPatch
from .size_fact_view import SizeFactView
from .status_change_input import StatusChangeInput
from .status_change_links import StatusChangeLinks
from .status_change_view import StatusChangeView
from .status_count import StatusCount
from .target_input import TargetInput
from .target_links import TargetLinks
from .target_list import TargetList
from .target_patch import TargetPatch
from .target_progress import TargetProgress
from .target_value import TargetValue
from .target_view import TargetView
from .token_role import TokenRole
from .webhook_attempt import WebhookAttempt
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_list import WebhookDeliveryList
from .webhook_delivery_state import WebhookDeliveryState
from .webhook_resource_type import WebhookResourceType
from .webhook_subscription import WebhookSubscription
from .webhook_subscription_input import WebhookSubscriptionInput
from .webhook_subscription_links import WebhookSubscriptionLinks
from .webhook_subscription_list import WebhookSubscriptionList
from .webhook_subscription_patch import WebhookSubscriptionPatch
from .working_group_input import WorkingGroupInput
from .working_group_links import WorkingGroupLinks
from .working_group_list import WorkingGroupList
from .working_group_output_input import WorkingGroupOutputInput
from .working_group_output_links import WorkingGroupOutputLinks
from .working_group_output_list import WorkingGroupOutputList
from .working_group_output_patch import WorkingGroupOutputPatch
from .working_group_output_view import WorkingGroupOutputView
from .working_group_patch import WorkingGroupPatch
from .working_group_status import WorkingGroupStatus
from .working_group_theme import WorkingGroupTheme
from .working_group_view import WorkingGroupView
from .year_count import YearCount

__all__ = (
    "AnnualReportInput",
    "AnnualReportLinks",
    "AnnualReportList",
    "AnnualReportPatch",
    "AnnualReportView",
    "AuditAction",
    "AuditEventLinks",
    "AuditEventList",
    "AuditEventView",
    "AuditEventViewAfterType0",
    "AuditEventViewBeforeType0",
    "ChangeLinks",
    "ChangeList",
    "ChangeListLinks",
    "ChangeSince",
    "ChangeSinceLinks",
    "ChangeView",
    "ChangeViewResourceType0",
    "ComparisonLinks",
    "CountedCompany",
    "CountedCompanyLinks",
    "CountedCompanyList",
    "CountedCompanyPage",
    "CountedCompanyPageLinks",
    "CountryCode",
    "CovenantEmbedded",
    "CovenantExpansion",
    "CovenantFigures",
    "CovenantFiguresLinks",
    "CovenantInput",
    "CovenantKind",
    "CovenantLinks",
    "CovenantList",
    "CovenantPatch",
    "CovenantProgress",
    "CovenantsByStatus",
    "CovenantsDashboard",
    "CovenantStatus",
    "CovenantStatusChangeList",
    "CovenantStatusChangePatch",
    "CovenantView",
    "CoverageNotComputed",
    "CoverageNotComputedReason",
    "DateBasis",
    "DatePrecision",
    "EvaluationInput",
    "EvaluationKind",
    "EvaluationLinks",
    "EvaluationList",
    "EvaluationPatch",
    "EvaluationStatus",
    "EvaluationView",
    "FieldError",
    "FigureComparison",
    "FigureComparisonAsPublished",
    "FigureComparisonToday",
    "FigureScope",
    "GovernanceBodyInput",
    "GovernanceBodyKind",
    "GovernanceBodyLinks",
    "GovernanceBodyList",
    "GovernanceBodyPatch",
    "GovernanceBodyView",
    "Health",
    "IndicatorDirection",
    "IndicatorInput",
    "IndicatorLinks",
    "IndicatorList",
    "IndicatorPatch",
    "IndicatorUnit",
    "IndicatorView",
    "LatestValue",
    "LatestValueLinks",
    "LetterInput",
    "LetterLinks",
    "LetterList",
    "LetterPatch",
    "LetterView",
    "Link",
    "MarketCoverage",
    "MeasurementInput",
    "MeasurementLinks",
    "MeasurementList",
    "MeasurementPatch",
    "MeasurementView",
    "MotionInput",
    "MotionLinks",
    "MotionList",
    "MotionPatch",
    "MotionResponseInput",
    "MotionResponseLinks",
    "MotionResponseList",
    "MotionResponsePatch",
    "MotionResponseView",
    "MotionStatus",
    "MotionView",
    "NgoAssessmentInput",
    "NgoAssessmentKind",
    "NgoAssessmentLinks",
    "NgoAssessmentList",
    "NgoAssessmentPatch",
    "NgoAssessmentView",
    "OecdEndorsementInput",
    "OecdEndorsementLinks",
    "OecdEndorsementList",
    "OecdEndorsementMetric",
    "OecdEndorsementPatch",
    "OecdEndorsementView",
    "OecdLinks",
    "OrganisationInput",
    "OrganisationKind",
    "OrganisationLinks",
    "OrganisationList",
    "OrganisationPatch",
    "OrganisationView",
    "Overview",
    "PageInfo",
    "PageLinks",
    "ParticipationInput",
    "ParticipationLinks",
    "ParticipationList",
    "ParticipationPatch",
    "ParticipationRole",
    "ParticipationView",
    "Problem",
    "ProgrammeInput",
    "ProgrammeKind",
    "ProgrammeLinks",
    "ProgrammeList",
    "ProgrammePatch",
    "ProgrammeView",
    "ProgressBasis",
    "ProgressStatus",
    "ProgressValueLinks",
    "Projection",
    "PublishedFigureInput",
    "PublishedFigureLinks",
    "PublishedFigureList",
    "PublishedFigurePatch",
    "PublishedFigureView",
    "Qualifier",
    "Ratio",
    "RemedyMechanismInput",
    "RemedyMechanismKind",
    "RemedyMechanismLinks",
    "RemedyMechanismList",
    "RemedyMechanismPatch",
    "RemedyMechanismStatus",
    "RemedyMechanismView",
    "ReportedFigure",
    "SectorInput",
    "SectorLinks",
    "SectorList",
    "SectorPatch",
    "SectorView",
    "SeriesPoint",
    "SizeFactInput",
    "SizeFactLinks",
    "SizeFactList",
    "SizeFactPatch",
    "SizeFactView",
    "StatusChangeInput",
    "StatusChangeLinks",
    "StatusChangeView",
    "StatusCount",
    "TargetInput",
    "TargetLinks",
    "TargetList",
    "TargetPatch",
    "TargetProgress",
    "TargetValue",
    "TargetView",
    "TokenRole",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookDeliveryList",
    "WebhookDeliveryState",
    "WebhookResourceType",
    "WebhookSubscription",
    "WebhookSubscriptionInput",
    "WebhookSubscriptionLinks",
    "WebhookSubscriptionList",
    "WebhookSubscriptionPatch",
    "WorkingGroupInput",
    "WorkingGroupLinks",
    "WorkingGroupList",
    "WorkingGroupOutputInput",
    "WorkingGroupOutputLinks",
    "WorkingGroupOutputList",
    "WorkingGroupOutputPatch",
    "WorkingGroupOutputView",
    "WorkingGroupPatch",
    "WorkingGroupStatus",
    "WorkingGroupTheme",
    "WorkingGroupView",
    "YearCount",
)
