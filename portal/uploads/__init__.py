"""Limits on every uploaded image, and its thumbnails made at upload time.

``validators.check_image`` is the one check every image upload goes through
(Oscar product images, artisans' photos, applications, Wagtail images): bytes
first, then Pillow reads only the header (format by content, pixel size,
frames); nothing is decoded before the limits pass. ``renditions`` lists the
thumbnails and Wagtail renditions the templates ask for, and ``signals`` makes
them when an image is saved, so that no visitor's request decodes an original.
"""
