"""API plumbing shared by every app: errors, pagination, permissions, the evidence field, viewsets."""
