"""What every app shares: evidence spans, timestamps, API plumbing, name folding, upserts, health."""
