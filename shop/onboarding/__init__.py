"""Artisan onboarding: the public application form, its status page and the staff review."""
