from celery import shared_task
from django.utils import timezone


@shared_task(name="reports.learner_stats_refresh", acks_late=True)
def learner_stats_refresh_task(user_ids, course_key=None):
    from .services import learner_stats_refresh

    learner_stats_refresh(user_ids, course_key)


@shared_task(name="reports.export_build", acks_late=True, soft_time_limit=1800, time_limit=1900)
def export_build(job_id):
    """Write a large export to a file, noting progress as it goes; email the link when done."""
    from .services import export_job_build

    export_job_build(job_id)


@shared_task(name="reports.exports_expire")
def exports_expire():
    """Delete the files of expired exports (the rows stay, for the record)."""
    from .constants import ExportStatus
    from .models import ExportJob

    count = 0
    for job in ExportJob.objects.filter(expires_at__lte=timezone.now()).exclude(
            status=ExportStatus.EXPIRED):
        if job.file:
            job.file.delete(save=False)
        job.status = ExportStatus.EXPIRED
        job.save(update_fields=["file", "status"])
        count += 1
    return count


@shared_task(name="reports.scheduled_send")
def scheduled_send():
    """Email each subscription that is due its weekly or monthly summary."""
    from .services import subscription_send, subscriptions_due

    sent = 0
    for subscription in subscriptions_due():
        sent += subscription_send(subscription)
    return sent


@shared_task(name="reports.national_warm")
def national_warm():
    """Recompute the default national dashboard in every language, so that it is ready."""
    from django.conf import settings
    from django.http import QueryDict
    from django.utils import translation

    from .selectors import Filters, national_scope, national_tables

    if not settings.REPORTS_NATIONAL_CACHE_SECONDS:
        return 0
    scope = national_scope()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            national_tables(scope, Filters(), QueryDict(), refresh=True)
    return len(settings.LANGUAGES)
