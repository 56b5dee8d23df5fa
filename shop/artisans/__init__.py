"""Artisans' public side: a storefront profile per Oscar partner, the directory, contact via the platform."""
