"""Weekly and monthly email summaries for administrators, and their subscriptions."""
import datetime as dt

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.base.services import absolute_url, email_queue

from .constants import Frequency
from .models import ReportSubscription
from .selectors import Filters, report_scope
from .tables import dashboard_tables


def subscription_set(*, user, institution, frequency, language):
    """Subscribe `user` to `institution`'s summary at `frequency`, or unsubscribe (empty
    frequency). Returns the subscription, or None."""
    if not frequency:
        ReportSubscription.objects.filter(user=user, institution=institution).delete()
        return None
    subscription, _created = ReportSubscription.objects.update_or_create(
        user=user, institution=institution,
        defaults={"frequency": frequency, "language": language})
    return subscription


def subscription_end(*, subscription):
    subscription.delete()


def subscriptions_due(now=None):
    now = now or timezone.now()
    return list(ReportSubscription.objects.filter(
        Q(last_sent_at__isnull=True)
        | Q(frequency=Frequency.WEEKLY, last_sent_at__lte=now - dt.timedelta(days=7))
        | Q(frequency=Frequency.MONTHLY, last_sent_at__lte=now - dt.timedelta(days=30))
    ).select_related("user", "institution"))


def subscription_summary(subscription, now=None):
    """(subject, body) of a subscription's email, in its language."""
    now = now or timezone.now()
    days = 7 if subscription.frequency == Frequency.WEEKLY else 30
    scope = report_scope(subscription.user)
    if scope is None or subscription.institution_id not in scope.by_id:
        return None
    unit = scope.by_id[subscription.institution_id]
    with translation.override(subscription.language):
        whole = dashboard_tables(scope, Filters(unit=unit), only={"courses"})[0]
        recent = dashboard_tables(scope, Filters(unit=unit, date_from=(now - dt.timedelta(
            days=days)).date()), only={"trend"})[0]
        enrolled = sum(row[1] for row in recent.rows)
        completed = sum(row[2] for row in recent.rows)
        name = unit.name
        lines = [_("Training summary for %(institution)s") % {"institution": name}, "",
                 _("In the last %(days)s days: %(enrolled)s enrolments, %(completed)s "
                   "completions.") % {"days": days, "enrolled": enrolled,
                                      "completed": completed}, ""]
        header = whole.columns
        lines.append(f"{whole.heading}:")
        for row in whole.rows:
            lines.append(f"{row[0]}: {header[3]} {row[3]}, {header[4]} {row[4]}, "
                         f"{header[6]} {row[6]}")
        if not whole.rows:
            lines.append(_("No one in this institution is enrolled in a course yet."))
        lines += ["", _("The full report, signed in:"),
                  absolute_url(reverse("reports:dashboard") + f"?unit={unit.pk}"), "",
                  _("To stop these emails: %(link)s") % {
                      "link": absolute_url(reverse("reports:subscriptions"))}]
        subject = _("Training summary: %(institution)s") % {"institution": name}
    return subject, "\n".join(lines)


def subscription_send(subscription, now=None):
    """Send one summary; a subscriber who lost their role is unsubscribed instead."""
    now = now or timezone.now()
    summary = subscription_summary(subscription, now)
    if summary is None:
        subscription.delete()
        return 0
    subject, body = summary
    email_queue(to=[subscription.user.email], subject=subject, body=body)
    type(subscription).objects.filter(pk=subscription.pk).update(last_sent_at=now)
    return 1
