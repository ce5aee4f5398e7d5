import dataclasses
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.constants import AuditEvent
from accounts.services import audit_record
from courses.constants import LearnerStatus

from .constants import EXPORT_SYNC_LIMIT, ExportFormat, ExportStatus
from .currency import PEOPLE_LISTED, currency_tables
from .export_jobs import export_job_request, export_rows
from .exports import csv_lines, xlsx_write
from .forms import CurrencyFilterForm, ReportFilterForm, SubscriptionForm
from .models import ExportJob, ReportSubscription
from .overview import FIGURES, QUESTIONS, week_changes
from .selectors import (
    course_titles,
    learner_cells,
    learner_columns,
    learner_rows,
    report_scope,
    subscribable_institutions,
)
from .subscriptions import subscription_end, subscription_set
from .tables import dashboard_tables, national_tables

PER_PAGE = 50


def _scope_or_404(request):
    scope = report_scope(request.user)
    if scope is None:
        audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path)
        raise Http404
    return scope


def _filters(request, scope, titles, *, with_basis=True):
    """The filters of the request; an invalid form means none (its errors are shown)."""
    form = ReportFilterForm(request.GET or None, courses=titles, with_basis=with_basis)
    try:
        return form, form.filters(scope)
    except LookupError:
        audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path,
                     unit=form.cleaned_data["unit"])
        raise Http404 from None


def _tables(scope, filters, request, titles, only):
    """(tables, as_of): national figures from the shared cache (all of them, kept a few
    minutes), an institution's computed for the tables asked for."""
    if scope.national:
        return national_tables(scope, filters, request.GET, titles=titles)
    return dashboard_tables(scope, filters, query=request.GET, titles=titles, only=only), None


def _report_context(request, scope, form, filters, **extra):
    query = request.GET.copy()
    query.pop("page", None)
    return {"scope": scope, "form": form, "filters": filters,
            "ancestors": scope.ancestors(filters.unit) if filters.unit else [],
            "query": query.urlencode(), **extra}


OVERVIEW_TABLES = {"summary", "units", "trend"}
OVERVIEW_BARS = 8  # units on the overview's chart; the figure page has them all
OVERVIEW_MONTHS = 6


@login_required
def dashboard(request):
    """The overview: an administrator's home (headline figures, what needs attention, the
    week, two charts) and the index of the figure pages."""
    scope = _scope_or_404(request)
    titles = course_titles()
    form, filters = _filters(request, scope, titles)
    tables, as_of = _tables(scope, filters, request, titles, OVERVIEW_TABLES)
    by_key = {t.key: t for t in tables}
    trend = by_key.get("trend")
    if trend is not None:
        trend = dataclasses.replace(trend, rows=trend.rows[-OVERVIEW_MONTHS:])
    units = by_key.get("units")
    summary = by_key.get("summary")
    overdue = summary.rows[5][1] if summary and scope.learner_level else None
    return render(request, "reports/dashboard.html", _report_context(
        request, scope, form, filters, as_of=as_of, summary=summary, overdue=overdue,
        units=units, units_more=max(0, len(units.rows) - OVERVIEW_BARS) if units else 0,
        trend=trend, week=week_changes(scope, filters), questions=QUESTIONS,
        bars=OVERVIEW_BARS, subscribable=scope.learner_level))


@login_required
def figure(request, key):
    """One question of the reports: its filters, chart, table and downloads."""
    question = FIGURES.get(key)
    scope = _scope_or_404(request)
    if question is None:
        raise Http404
    titles = course_titles()
    form, filters = _filters(request, scope, titles)
    tables, as_of = _tables(scope, filters, request, titles, {key})
    table = next(t for t in tables if t.key == key)
    return render(request, "reports/figure.html", _report_context(
        request, scope, form, filters, as_of=as_of, table=table, question=question,
        questions=QUESTIONS))


@login_required
def learners(request):
    scope = _scope_or_404(request)
    if not scope.learner_level:
        # National views are aggregates: no learner is listed by name.
        raise Http404
    titles = course_titles()
    form, filters = _filters(request, scope, titles, with_basis=False)
    status = request.GET.get("status", "")
    status = status if status in LearnerStatus.values else ""
    page = Paginator(learner_rows(scope, filters, status=status), PER_PAGE).get_page(
        request.GET.get("page"))
    today = timezone.localdate()
    rows = [learner_cells(row, scope, titles, today) for row in page.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "reports/learners.html", {
        "scope": scope, "form": form, "filters": filters, "page": page, "rows": rows,
        "columns": learner_columns(), "status": status, "query": query.urlencode(),
        "statuses": [("", _("All")), *[(s, LearnerStatus(s).label) for s in (
            LearnerStatus.OVERDUE, LearnerStatus.NOT_STARTED, LearnerStatus.IN_PROGRESS,
            LearnerStatus.COMPLETED)]],
    })


@login_required
def currency(request):
    """Who works to the latest version of each protocol, and who is current on each course
    since the protocols it teaches changed; by unit, profession and language."""
    scope = _scope_or_404(request)
    form = CurrencyFilterForm(request.GET or None)
    try:
        filters = form.filters(scope)
    except LookupError:
        audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path,
                     unit=form.cleaned_data["unit"])
        raise Http404 from None
    as_of = None
    if scope.national:  # 100,000 people take seconds: kept a few minutes, as the dashboard
        tables, as_of = national_tables(scope, filters, request.GET, compute=currency_tables)
    else:
        tables = currency_tables(scope, filters)
    summary = next(t for t in tables if t.key == "currency_summary")
    shown, more = [], 0
    for table in tables:
        if table.key == "currency_people":  # the first ones on the page, all in the download
            more = max(0, len(table.rows) - PEOPLE_LISTED)
            table = dataclasses.replace(table, rows=table.rows[:PEOPLE_LISTED])
        if table is not summary:
            shown.append(table)
    return render(request, "reports/currency.html", {
        "scope": scope, "form": form, "filters": filters, "summary": summary, "as_of": as_of,
        "tables": shown, "more": more,
        "ancestors": scope.ancestors(filters.unit) if filters.unit else [],
        "query": request.GET.urlencode(),
    })


@login_required
def export(request):
    scope = _scope_or_404(request)
    table_key = request.GET.get("table", "")
    fmt = request.GET.get("format", ExportFormat.CSV)
    if fmt not in ExportFormat.values or not table_key:
        return HttpResponse(_("Choose a table and a format (csv or xlsx)."), status=400,
                            content_type="text/plain; charset=utf-8")
    if table_key == "learners" and not scope.learner_level:
        raise Http404
    titles = course_titles()
    _form, filters = _filters(request, scope, titles)
    status = request.GET.get("status", "")
    try:
        title, columns, rows, total = export_rows(scope, filters, table_key, status,
                                                  titles=titles)
    except LookupError:
        raise Http404 from None
    audit_record(event=AuditEvent.REPORT_EXPORTED, request=request, table=table_key,
                 format=fmt, rows=total, filters=request.GET.urlencode(),
                 background=total > EXPORT_SYNC_LIMIT)
    if total > EXPORT_SYNC_LIMIT:
        job = export_job_request(user=request.user, table=table_key, fmt=fmt,
                                 params=request.GET.dict(), rows_total=total)
        messages.info(request, _("This export is large: it is being prepared, and we will "
                                 "email you when it is ready."))
        return redirect("reports:export_status", token=job.token)
    filename = f"{slugify(title) or 'report'}-{timezone.localdate().isoformat()}.{fmt}"
    if fmt == ExportFormat.CSV:
        response = StreamingHttpResponse(csv_lines(columns, rows),
                                         content_type="text/csv; charset=utf-8")
    else:
        buffer = io.BytesIO()
        xlsx_write(buffer, title=title, columns=columns, rows=rows)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _own_job_or_404(request, token):
    job = ExportJob.objects.filter(token=token, user=request.user).first()
    if job is None:
        audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path)
        raise Http404
    return job


@login_required
def export_status(request, token):
    return _export_status_page(request, _own_job_or_404(request, token))


def _export_status_page(request, job, status=200):
    waiting = job.status in (ExportStatus.QUEUED, ExportStatus.RUNNING) and not job.is_expired
    return render(request, "reports/export_status.html",
                  {"job": job, "expired": job.is_expired, "waiting": waiting}, status=status)


@login_required
def export_download(request, token):
    job = _own_job_or_404(request, token)
    if job.is_expired:
        return _export_status_page(request, job, status=410)
    if job.status != ExportStatus.READY or not job.file:
        return _export_status_page(request, job, status=409)
    audit_record(event=AuditEvent.REPORT_EXPORTED, request=request, table=job.table,
                 format=job.format, rows=job.rows_total, downloaded=str(job.token))
    response = FileResponse(job.file.open("rb"), as_attachment=True,
                            filename=job.file.name.rsplit("/", 1)[-1])
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def subscriptions(request):
    scope = _scope_or_404(request)
    institutions = subscribable_institutions(request.user)
    if not institutions.exists():
        raise Http404
    form = SubscriptionForm(request.POST or None, institutions=institutions,
                            initial={"institution": institutions.first()})
    if request.method == "POST" and form.is_valid():
        institution = form.cleaned_data["institution"]
        frequency = form.cleaned_data["frequency"]
        subscription_set(user=request.user, institution=institution, frequency=frequency,
                         language=translation.get_language())
        if frequency:
            messages.success(request, _("You will receive the summary of %(institution)s by "
                                        "email.") % {"institution": institution.name})
        else:
            messages.success(request, _("You will no longer receive the summary of "
                                        "%(institution)s.") % {"institution": institution.name})
        return redirect("reports:subscriptions")
    current = ReportSubscription.objects.filter(user=request.user).select_related("institution")
    return render(request, "reports/subscriptions.html",
                  {"form": form, "current": current, "scope": scope})


@login_required
@require_POST
def subscription_cancel(request, pk):
    subscription_end(subscription=get_object_or_404(ReportSubscription, pk=pk,
                                                    user=request.user))
    messages.success(request, _("Subscription cancelled."))
    return redirect(reverse("reports:subscriptions"))
