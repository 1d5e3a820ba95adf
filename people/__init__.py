"""Officials, the organisations they serve, and the positions the articles show them in."""
