from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")
    ORDERING = "ordering", _("Put in order")
    FREE_TEXT = "free_text", _("Short free text (marked by a reviewer)")


class Scoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PARTIAL = "partial", _("Partial credit")


class FeedbackTiming(models.TextChoices):
    AFTER_EACH = "after_each", _("After each attempt")
    ONCE_PASSED = "once_passed", _("Only once passed")


class QuizRole(models.TextChoices):
    QUIZ = "quiz", _("Quiz")
    PRE_TEST = "pre_test", _("Pre-test")
    POST_TEST = "post_test", _("Post-test")


class AttemptStatus(models.TextChoices):
    OPEN = "open", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    PENDING_REVIEW = "pending_review", _("Waiting for a reviewer")
