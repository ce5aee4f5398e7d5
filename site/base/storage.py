"""Where private files live: certificates and report exports.

They are kept outside MEDIA_ROOT, which a web server may serve to anyone with the path,
and they have no URL: only the views that check ownership open them."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages


class PrivateFileStorage(FileSystemStorage):
    """A folder of files without a URL, in PRIVATE_MEDIA_ROOT (read when used, so a test or a
    worker pointing it elsewhere needs no restart)."""

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no URL; serve them through a view that checks "
                         "who is asking.")


def private_storage():
    """For FileField(storage=...): the storage configured as STORAGES["private"]."""
    return storages["private"]


def files_make_private(names):
    """Move files saved under MEDIA_ROOT before they were private into the private folder,
    under the same names (used by the migrations that made them private)."""
    import shutil
    from pathlib import Path

    private = private_storage()
    moved = 0
    for name in names:
        source = Path(settings.MEDIA_ROOT) / name
        if source.is_file() and not private.exists(name):
            target = Path(private.path(name))
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(source, target)
            moved += 1
    return moved
