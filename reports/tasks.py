from celery import shared_task
from django.utils import timezone


@shared_task(name="reports.learner_stats_refresh", acks_late=True)
def learner_stats_refresh_task(user_ids, course_key=None):
    from .services import learner_stats_refresh

    learner_stats_refresh(user_ids, course_key)


@shared_task(name="reports.question_stats_recount", acks_late=True)
def question_stats_recount_task(question_keys, institution_id, month):
    import datetime

    from .services import question_stats_recount

    question_stats_recount(question_keys=question_keys, institution_id=institution_id,
                           month=datetime.date.fromisoformat(month))


# The longest task: its hard limit sets how long a killed worker's tasks wait to run again,
# since the broker's visibility timeout (CELERY_BROKER_TRANSPORT_OPTIONS, 900 s) must exceed
# it. Ten minutes is many times the benchmarked export (100,000 learner rows in under 30 s
# as CSV, about a minute as XLSX). A redelivered export starts again from the first row
# and a file is stored only once complete, so a killed run leaves nothing half-written.
@shared_task(name="reports.export_build", acks_late=True, soft_time_limit=600, time_limit=660)
def export_build(job_id):
    """Write a large export to a file, noting progress as it goes; email the link when done."""
    from celery.exceptions import SoftTimeLimitExceeded

    from .export_jobs import export_job_build, export_job_fail

    try:
        export_job_build(job_id)
    except SoftTimeLimitExceeded:
        # A task that fails is not run again, so without this the job would stay "being
        # prepared" for ever.
        export_job_fail(job_id)


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
    from .subscriptions import subscription_send, subscriptions_due

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

    from .selectors import Filters, national_scope
    from .tables import national_tables

    if not settings.REPORTS_NATIONAL_CACHE_SECONDS:
        return 0
    scope = national_scope()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            national_tables(scope, Filters(), QueryDict(), refresh=True)
    return len(settings.LANGUAGES)
