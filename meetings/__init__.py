"""Conferences reported by articles, and who took part in them."""
