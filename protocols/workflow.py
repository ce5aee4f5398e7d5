"""The editorial workflow for protocols: civil-society review, then legal review."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import TranslationsCurrentTask

WORKFLOW_NAME = "Protocol review"
REVIEW_GROUPS = ("Civil-society reviewers", "Legal reviewers")
# Civil-society reviewers may edit what they review; legal review is the last
# step, and approving it publishes the page, so legal reviewers may publish.
REVIEW_PAGE_PERMISSIONS = {
    "Civil-society reviewers": ("change_page",),
    "Legal reviewers": ("change_page", "publish_page"),
}


@transaction.atomic
def protocol_workflow_ensure(*, index_pages=()):
    """Create (once) the review groups and the two-step workflow; attach it to `index_pages`."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin",
                                          codename="access_admin")
    groups = []
    for name in REVIEW_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups.append(group)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        # Legal review, the last step, also keeps translations in step: it will not approve
        # a new source version while a translation is behind (moderators may override).
        steps = (("Civil-society review", GroupApprovalTask),
                 ("Legal review", TranslationsCurrentTask))
        for order, (group, (task_name, model)) in enumerate(zip(groups, steps, strict=True)):
            task = model.objects.filter(name=task_name).first()
            if task is None:
                task = model.objects.create(name=task_name)
                task.groups.set([group])
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    for page in index_pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
        for group in groups:
            for codename in REVIEW_PAGE_PERMISSIONS[group.name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page,
                    permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                                      codename=codename),
                )
    return workflow
