"""portal.core holds no models (the craft taxonomy lives in portal.taxonomy).

The module stays: Django sends ``post_migrate`` only to apps with a models
module, and core's handler names the django.contrib.sites row (sites.py).
"""
