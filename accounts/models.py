from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .constants import AuditEvent, Profession, Sex


class UserManager(DjangoUserManager):
    """Email is the login; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            # Two accounts must never differ only by the case of their email.
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email


class Profile(models.Model):
    """What a learner tells us about themselves; required before taking a course."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    full_name = models.CharField(_("full name"), max_length=200)
    profession = models.CharField(_("profession"), max_length=30, choices=Profession.choices)
    position = models.CharField(_("position"), max_length=200,
                                help_text=_("Your job title, e.g. senior investigator."))
    preferred_language = models.CharField(_("preferred language"), max_length=5,
                                          choices=settings.LANGUAGES, default="ru")
    sex = models.CharField(_("sex"), max_length=10, choices=Sex.choices, default=Sex.NOT_SAID)
    year_of_birth = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    demographics_consent_at = models.DateTimeField(_("consent to demographic data given at"),
                                                   null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        constraints = [
            models.CheckConstraint(
                condition=Q(year_of_birth__isnull=True)
                | Q(year_of_birth__gte=1930, year_of_birth__lte=2015),
                name="accounts_profile_year_of_birth_range",
            ),
        ]

    def __str__(self):
        return self.full_name


class AuditLog(models.Model):
    """Security events: who did what, to whom, when. Never passwords or codes."""

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    event = models.CharField(_("event"), max_length=30, choices=AuditEvent.choices)
    actor = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+", verbose_name=_("who"))
    actor_label = models.CharField(_("who (at the time)"), max_length=255, blank=True)
    target_user = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("about whom"))
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.event} {self.actor_label}"
