"""Keeping people current with the protocols they work to: when a protocol changes in
substance, everyone who confirmed an earlier version gets a refresher to read the changed
clauses and confirm the new version."""
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProtocolRefresher(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="protocol_refreshers")
    translation_key = models.UUIDField(_("protocol"))
    version = models.PositiveIntegerField(_("version to confirm"))
    from_version = models.PositiveIntegerField(_("version confirmed before"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("protocol refresher")
        verbose_name_plural = _("protocol refreshers")
        constraints = [models.UniqueConstraint(fields=["user", "translation_key", "version"],
                                               name="currency_refresher_once")]
        indexes = [models.Index(fields=["user", "done_at"]),
                   models.Index(fields=["translation_key", "version"])]

    def __str__(self):
        return f"{self.user_id} · {self.translation_key} v{self.version}"
