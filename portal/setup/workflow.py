"""The moderation workflow: submit → the moderators review → publish (or reject with a comment).

Wagtail's migrations create a "Moderators approval" workflow (one
GroupApprovalTask for the Moderators group) on the tree's root. A flushed or
hand-edited database may lack it, so setup finds that task and workflow, or
creates them, and assigns the workflow to the home page of every locale of
every Site (``WorkflowPage``): every page of the site goes through it,
whichever locale it is in. A home page an administrator gave another workflow
keeps it. Editors without the ``publish`` page permission get "Submit to
Moderators approval" instead of "Publish"; a moderator approves (which
publishes, at the go-live date if one is set) or requests changes with a comment.
"""

from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Site, Workflow, WorkflowPage, WorkflowTask

from .editorial import MODERATORS

TASK_NAME = WORKFLOW_NAME = "Moderators approval"  # Wagtail's own names (its migration 0048)


def moderators_task():
    moderators = Group.objects.get(name=MODERATORS)
    task = GroupApprovalTask.objects.filter(active=True, groups=moderators).order_by("pk").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True)
        task.groups.add(moderators)
    return task


def moderation_workflow():
    task = moderators_task()
    workflow = Workflow.objects.filter(active=True, workflow_tasks__task=task).order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def every_home():
    for site in Site.objects.select_related("root_page"):
        yield from site.root_page.get_translations(inclusive=True).select_related("locale").order_by("pk")


def ensure_moderation_workflow():
    """Assign the moderation workflow to every locale's home page that has none; return their locales."""
    workflow = moderation_workflow()
    changes = []
    for home in every_home():
        _row, created = WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
        if created:
            changes.append(home.locale.language_code)
    return changes
