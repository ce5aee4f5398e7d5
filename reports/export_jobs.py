"""Exports of report tables: the rows of a table as a file, at once or prepared in the
background for the one user who asked (ExportJob), with its link emailed when ready."""
import os
import tempfile
from datetime import timedelta

from django.core.files import File
from django.db import transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from academy.base.services import absolute_url, email_queue

from .constants import EXPORT_KEEP_HOURS, ExportFormat, ExportStatus
from .exports import csv_lines, xlsx_write
from .forms import ReportFilterForm
from .models import ExportJob
from .selectors import (
    course_titles,
    learner_cells,
    learner_columns,
    learner_rows,
    report_scope,
)
from .tables import dashboard_tables


def export_job_request(*, user, table, fmt, params, rows_total):
    """Ask for a large export to be prepared in the background; the task starts once the
    request's transaction commits."""
    from .tasks import export_build

    with transaction.atomic():
        job = ExportJob.objects.create(
            user=user, table=table, format=fmt, params=params,
            language=translation.get_language(), rows_total=rows_total,
            expires_at=timezone.now() + timedelta(hours=EXPORT_KEEP_HOURS))
        export_build.delay_on_commit(job.pk)
    return job


def export_rows(scope, filters, table_key, status="", *, titles=None):
    """(title, columns, row iterator, row count) of one table, for a file.

    Raises LookupError for a table that does not exist (or that `scope` may not see).
    """
    titles = course_titles() if titles is None else titles
    if table_key == "learners":
        if not scope.learner_level:
            raise LookupError(table_key)
        rows = learner_rows(scope, filters, status=status)
        total = rows.count()
        today = timezone.localdate()
        iterator = (learner_cells(row, scope, titles, today)
                    for row in rows.iterator(chunk_size=2000))
        return _("Learners"), learner_columns(), iterator, total
    tables = dashboard_tables(scope, filters, only={table_key}, titles=titles)
    if not tables and table_key.startswith("currency_"):
        from .currency import currency_tables

        tables = currency_tables(scope, filters, only={table_key}, titles=titles)
    if not tables:
        raise LookupError(table_key)
    table = tables[0]
    return table.title, table.columns, iter(table.rows), len(table.rows)


def export_file_write(handle, *, fmt, title, columns, rows, progress=None):
    """Write an export to an open binary file, calling progress(rows written) now and then."""
    if fmt == ExportFormat.XLSX:
        xlsx_write(handle, title=title, columns=columns, rows=rows, progress=progress)
        return
    for count, line in enumerate(csv_lines(columns, rows)):
        handle.write(line.encode("utf-8"))
        if progress and count and count % 2000 == 0:
            progress(count)


def export_job_build(job_id):
    job = ExportJob.objects.select_related("user").filter(pk=job_id).first()
    if job is None or job.status in (ExportStatus.READY, ExportStatus.EXPIRED):
        return
    with translation.override(job.language):
        # rows_done from 0: a redelivered job whose worker died starts again from the top.
        ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.RUNNING, rows_done=0)
        try:
            # The scope is checked again: a role withdrawn since the request ends the export.
            scope = report_scope(job.user)
            if scope is None:
                raise LookupError("scope")
            query = QueryDict(mutable=True)
            query.update(job.params)
            titles = course_titles()
            form = ReportFilterForm(query, courses=titles)
            title, columns, rows, total = export_rows(scope, form.filters(scope), job.table,
                                                      job.params.get("status", ""), titles=titles)
            ExportJob.objects.filter(pk=job.pk).update(rows_total=total)

            def progress(done):
                ExportJob.objects.filter(pk=job.pk).update(rows_done=done)

            fd, path = tempfile.mkstemp(suffix=f".{job.format}")
            try:
                with os.fdopen(fd, "wb") as handle:
                    export_file_write(handle, fmt=job.format, title=title, columns=columns,
                                      rows=rows, progress=progress)
                name = f"{slugify(title) or 'report'}-{timezone.localdate().isoformat()}.{job.format}"
                with open(path, "rb") as handle:
                    job.file.save(name, File(handle), save=False)
            finally:
                os.unlink(path)
        except LookupError:
            export_job_fail(job.pk, error=_("You may no longer see this report."))
            return
        ExportJob.objects.filter(pk=job.pk).update(
            status=ExportStatus.READY, file=job.file.name, rows_done=total,
            finished_at=timezone.now())
        link = absolute_url(reverse("reports:export_status", args=[job.token]))
        email_queue(to=[job.user.email], subject=_("Your export is ready"),
                    body=_("The export you asked for (%(title)s, %(rows)s rows) is ready. "
                           "Download it, signed in, before %(expires)s:\n%(link)s\n")
                    % {"title": title, "rows": total, "link": link,
                       "expires": timezone.localtime(job.expires_at).strftime("%Y-%m-%d %H:%M")})


def export_job_fail(job_id, *, error=""):
    """End an export that cannot finish; `error`, translated, is shown to the one who asked."""
    ExportJob.objects.filter(pk=job_id).exclude(
        status__in=(ExportStatus.READY, ExportStatus.EXPIRED)).update(
        status=ExportStatus.FAILED, error=error, finished_at=timezone.now())


