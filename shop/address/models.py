from oscar.apps.address.abstract_models import AbstractUserAddress

from .display import RegionByCodeMixin


class UserAddress(RegionByCodeMixin, AbstractUserAddress):
    """An address-book entry: region stored by code, shown by name in the reader's language."""


from oscar.apps.address.models import *  # noqa: E402
