"""Webhooks: clients register URLs for events; deliveries are signed, retried with backoff and logged."""
