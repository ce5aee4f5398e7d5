"""Routing to a child page in one query, for the busiest index pages (home, protocols,
courses, modules), instead of Wagtail's lookup of the child followed by `.specific`."""

from django.apps import apps


class ChildRouteMixin:
    """Set `child_model` to the child page model (or its "app.Model" label)."""

    child_model = None

    def route(self, request, path_components):
        model = self.child_model
        if isinstance(model, str):
            model = apps.get_model(model)
        if path_components and model is not None:
            child = model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)
