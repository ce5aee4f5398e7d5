import csv

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from accounts.constants import AuditEvent
from accounts.services import audit_record
from institutions.views import administrator_required

from .forms import StaffImportForm
from .models import OnboardingJob
from .services import onboarding_start, onboarding_template_rows
from .staff_file import StaffFileError


@administrator_required
def staff_import(request):
    """Upload a staff list: accounts, memberships, invitations, and a course if chosen."""
    form = StaffImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = data["file"]
        try:
            job = onboarding_start(user=request.user, file_name=upload.name,
                                   data=upload.read(), course=data["course"],
                                   due_date=data["due_date"])
        except StaffFileError as error:
            form.add_error("file", str(error))
        else:
            return redirect("onboarding:status", token=job.token)
    recent = OnboardingJob.objects.filter(user=request.user).only(
        "token", "file_name", "status", "created_at", "result")[:5]
    return render(request, "onboarding/import.html", {"form": form, "recent": recent},
                  status=400 if form.errors else 200)


@administrator_required
def staff_import_status(request, token):
    job = OnboardingJob.objects.filter(token=token, user=request.user).first()
    if job is None:
        audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path)
        raise Http404
    return render(request, "onboarding/status.html", {
        "job": job, "errors_total": job.result.get("error_count") or len(job.errors)})


@administrator_required
def staff_import_template(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="staff-list.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    for row in onboarding_template_rows():
        writer.writerow(row)
    return response
