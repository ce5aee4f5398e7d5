from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from academy.base.i18n import in_language, prefer_language, reader_language
from accounts.constants import AuditEvent
from accounts.decorators import profile_required
from accounts.services import audit_record
from institutions.constants import MembershipStatus
from institutions.models import Membership
from institutions.scope import scope_for
from institutions.selectors import (
    membership_current,
    memberships_in,
    person_label,
    user_is_administrator,
)

from .dashboard import dashboard_tasks
from .models import Certificate, CoursePage
from .selectors import learner_courses
from .services import course_assign


def certificate_verify(request, code):
    """Public: anyone holding the code (or the QR) can check a certificate."""
    certificate = Certificate.objects.filter(code=code.upper()).first()
    return render(request, "courses/certificate_verify.html", {"certificate": certificate},
                  status=200 if certificate else 404)


def certificate_download(request, code):
    certificate = get_object_or_404(Certificate, code=code.upper())
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if certificate.user_id != request.user.pk or not certificate.file:
        raise Http404
    return FileResponse(certificate.file.open("rb"), as_attachment=True,
                        filename=f"certificate-{certificate.code}.pdf",
                        content_type="application/pdf")


class AssignForm(forms.Form):
    course = forms.ModelChoiceField(label=gettext_lazy("Course"), queryset=CoursePage.objects.none())
    institution = forms.ModelChoiceField(
        label=gettext_lazy("Everyone in"), required=False, queryset=None,
        help_text=gettext_lazy("All current members of this institution and the units below it."))
    membership = forms.IntegerField(required=False, widget=forms.HiddenInput)
    due_date = forms.DateField(label=gettext_lazy("Due date"), required=False,
                               widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, institutions, **kwargs):
        super().__init__(*args, **kwargs)
        # Every live course, once, in the administrator's language where it is translated.
        chosen = prefer_language(CoursePage.objects.live().select_related("locale"),
                                 key=lambda page: page.translation_key)
        self.fields["course"].queryset = CoursePage.objects.filter(
            pk__in=[page.pk for page in chosen.values()]).select_related("locale").order_by(
            "title")
        reader = reader_language()
        self.fields["course"].label_from_instance = lambda page: (
            page.title if page.locale.language_code == reader
            else f"{page.title} ({in_language(page.locale.language_code)})")
        self.fields["institution"].queryset = institutions.order_by("path")
        self.fields["institution"].label_from_instance = lambda node: node.indented_name

    def clean(self):
        data = super().clean()
        if not data.get("institution") and not data.get("membership"):
            raise forms.ValidationError(_("Choose an institution, or assign from the member list."))
        return data


def assign(request):
    """Institution administrators assign a course, with a due date, within their subtree."""
    scope = scope_for(request.user)
    form = AssignForm(request.POST or None, institutions=scope.institutions(),
                      initial={"membership": request.GET.get("membership")})
    member = None
    membership_id = request.POST.get("membership") or request.GET.get("membership")
    if membership_id:
        try:
            member = memberships_in(scope).get(
                pk=int(membership_id))
        except (ValueError, Membership.DoesNotExist):
            audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path)
            raise Http404 from None
    if request.method == "POST" and form.is_valid():
        course = form.cleaned_data["course"]
        if member is not None:
            memberships = [member]
        else:
            memberships = list(memberships_in(scope).filter(
                institution__path__startswith=form.cleaned_data["institution"].path))
            if not request.POST.get("confirm"):
                return _assign_confirm(request, form, memberships)
        count = course_assign(memberships=memberships, course=course, assigned_by=request.user,
                              due_date=form.cleaned_data["due_date"])
        messages.success(request, _("“%(course)s” assigned to %(count)s people.")
                         % {"course": course.title, "count": count})
        return redirect("institutions:members")
    return render(request, "courses/assign.html", {"form": form, "member": member},
                  status=400 if form.errors else 200)


CONFIRM_LISTED = 50


def _assign_confirm(request, form, memberships):
    """The page between choosing a unit and assigning: who will get the course (by name,
    the first fifty), with Confirm (the same form again, confirmed) or Cancel."""
    course = form.cleaned_data["course"]
    due = form.cleaned_data["due_date"]
    consequences = [_("Each of them gets “%(course)s” on their training page, and a notification.")
                    % {"course": course.title}]
    if due:
        consequences.append(_("They are expected to complete it by %(date)s; after that it "
                              "shows as overdue in your reports.")
                            % {"date": date_format(due, "DATE_FORMAT")})
    consequences.append(_("People who already have this course keep their progress."))
    return render(request, "institutions/manage/confirm.html", {
        "title": _("Assign “%(course)s” to %(unit)s?") % {
            "course": course.title, "unit": form.cleaned_data["institution"].name},
        "people": [person_label(m) for m in memberships[:CONFIRM_LISTED]],
        "total": len(memberships), "more": max(0, len(memberships) - CONFIRM_LISTED),
        "consequences": consequences, "safe": True,
        "hidden": [(name, value) for name, value in request.POST.items()
                   if name not in ("csrfmiddlewaretoken", "confirm")],
        "confirm_label": ngettext("Assign to %(count)s person", "Assign to %(count)s people",
                                  len(memberships)) % {"count": len(memberships)},
        "cancel_url": reverse("course_assign"),
    })


@profile_required
def dashboard(request):
    """The learner's home: their courses, their institution, what waits for them."""
    # A course not yet in the reader's language links to it under their language's prefix.
    request.academy_fallback_language = reader_language()
    context = {
        "profile": request.user.profile,
        "membership": membership_current(user=request.user),
        "pending": Membership.objects.filter(
            user=request.user, status=MembershipStatus.PENDING).select_related("institution"),
        "is_administrator": user_is_administrator(request.user),
        "courses": learner_courses(user=request.user),
        "tasks": dashboard_tasks(request.user),
    }
    return render(request, "accounts/dashboard.html", context)
